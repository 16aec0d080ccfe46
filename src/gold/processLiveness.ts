/**
 * Whether a process with this id runs on this machine. Signal 0 checks without sending anything;
 * EPERM means it runs under another user. A recycled id reads as alive: callers also age out.
 */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
