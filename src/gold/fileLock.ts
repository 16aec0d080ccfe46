import { promises as fs } from 'node:fs';

export interface FileLockOptions {
  /** Give up after this long. */
  timeoutMs?: number;
  /** A lock file older than this is left over from a crashed writer and is taken over. */
  staleMs?: number;
}

/**
 * Runs `action` while holding `<file>.lock`, an exclusive-create lock file, so that two writers
 * (two windows, two stores in one process) never interleave their read-merge-write cycles.
 */
export async function withFileLock<T>(file: string, action: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const lockPath = `${file}.lock`;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const staleMs = options.staleMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  let delay = 5;
  for (;;) {
    try {
      const handle = await fs.open(lockPath, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (await isStale(lockPath, staleMs)) {
        await fs.rm(lockPath, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`gold file is locked by another writer: ${lockPath}`, { cause: e });
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 100);
    }
  }
  try {
    return await action();
  } finally {
    await fs.rm(lockPath, { force: true });
  }
}

async function isStale(lockPath: string, staleMs: number): Promise<boolean> {
  try {
    const stat = await fs.stat(lockPath);
    return Date.now() - stat.mtimeMs > staleMs;
  } catch {
    return false;
  }
}
