import { promises as fs } from 'node:fs';
import type { FileSystem } from '../../../src/gold/atomicWrite';

export type InjectedFault = 'ENOSPC' | 'EACCES' | 'EISDIR';
export const INJECTED_FAULTS: readonly InjectedFault[] = ['ENOSPC', 'EACCES', 'EISDIR'];

/**
 * Node's file operations with a failure injected where the real one happens: ENOSPC while writing
 * into an open file (a full disk), EACCES when creating a file (a folder one may not write in),
 * EISDIR when renaming over the target (someone made it a folder). An armed fault fires once, or
 * until disarmed when persistent.
 */
export class FaultyFileSystem {
  readonly fired: Record<InjectedFault, number> = { ENOSPC: 0, EACCES: 0, EISDIR: 0 };
  private armed: { code: InjectedFault; persistent: boolean } | undefined;
  readonly fs: FileSystem;

  /** `onFire` hears of each fault as it fires (a process killed right after still has it logged). */
  constructor(onFire: (code: InjectedFault) => void = () => undefined) {
    const fail = (code: InjectedFault, syscall: string, path: string): never => {
      this.fired[code]++;
      onFire(code);
      if (!this.armed?.persistent) this.armed = undefined;
      throw Object.assign(new Error(`${code}: injected failure, ${syscall} '${path}'`), { code, syscall, path });
    };
    const withFullDisk = (handle: fs.FileHandle, path: string): fs.FileHandle =>
      new Proxy(handle, {
        get: (target, property) => {
          if ((property === 'writeFile' || property === 'write') && this.armed?.code === 'ENOSPC') return async () => fail('ENOSPC', 'write', path);
          const value = Reflect.get(target, property) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    this.fs = {
      ...fs,
      open: (async (path: string, flags?: string, mode?: number) => {
        if (flags === 'wx' && this.armed?.code === 'EACCES') fail('EACCES', 'open', path);
        return withFullDisk(await fs.open(path, flags, mode), path);
      }) as FileSystem['open'],
      rename: async (from, to) => {
        if (this.armed?.code === 'EISDIR') fail('EISDIR', 'rename', String(to));
        return fs.rename(from, to);
      },
    };
  }

  arm(code: InjectedFault, options: { persistent?: boolean } = {}): void {
    this.armed = { code, persistent: options.persistent ?? false };
  }

  disarm(): void {
    this.armed = undefined;
  }
}
