import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';

/** The id of a process that has run and exited: what a crashed writer leaves in its lock. */
export function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

/** Lock-file content as a writer on this machine writes it. */
export function lockContent(pid: number, token = 'f00dfeedf00dfeed'): string {
  return JSON.stringify({ pid, host: hostname(), token, since: '2025-03-01T10:00:00.000Z' }) + '\n';
}
