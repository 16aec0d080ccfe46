import { spawn } from 'node:child_process';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '../../../src/cli/main.ts');
/** The account that runs `asUnprivileged` commands when the tests run as root, for whom permissions do not apply. */
const NOBODY = 65534;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Killed after `timeoutMs`: it hung. */
  hung: boolean;
}

/**
 * Runs `clinical-ner ARGS` as its own process, as a user runs it (so that a hang can be stopped,
 * and so that it can run as an unprivileged user, to whom a chmod 000 file is unreadable).
 */
export function runCliProcess(args: string[], options: { asUnprivileged?: boolean; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const dropPrivileges = options.asUnprivileged && process.getuid?.() === 0;
  const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), CLI, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // tsx would leave a compile cache of the other user's behind in the temporary folder
    env: { ...(options.env ?? process.env), ...(dropPrivileges ? { TSX_DISABLE_CACHE: '1' } : {}) },
    ...(dropPrivileges ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  let hung = false;
  const timer = setTimeout(() => {
    hung = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 30_000);
  return new Promise((resolve) => {
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, hung });
    });
  });
}
