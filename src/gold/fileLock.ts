import { promises as nodeFs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { describeFileSystemError, FileSystemError } from '../engine/files/fileSystemError';
import { removeLeftoverTemporaryFiles, type FileSystem } from './atomicWrite';
import { isProcessAlive } from './processLiveness';

export interface FileLockOptions {
  /** Give up after this long. */
  timeoutMs?: number;
  /**
   * A lock not refreshed for this long is taken over even when its process seems alive (its id
   * was recycled, or it runs on another machine sharing the folder). A holder refreshes its lock
   * three times within this time.
   */
  staleMs?: number;
  fileSystem?: FileSystem;
}

/** Who holds a lock: written into the lock file, so that a crashed holder can be told from a live one. */
interface LockOwner {
  pid: number;
  host: string;
  token: string;
  since: string;
}

/** A lock file with no owner in it yet is being written: this long after, its writer is gone. */
const UNWRITTEN_LOCK_GRACE_MS = 1000;
/** The takeover guard is held for an instant: this long after, its writer was killed holding it. */
const GUARD_LEFT_OVER_MS = 1000;

/**
 * Runs `action` while holding `<file>.lock`, an exclusive-create lock file, so that two writers
 * (two windows, two stores in one process, the command line) never interleave their
 * read-merge-write cycles. A lock whose process is gone (same host, pid not running) is taken
 * over at once; the lock is removed on every way out of `action`, and never left half-made.
 * Temporary files of `file` left by crashed writers are removed before `action` runs.
 */
export async function withFileLock<T>(file: string, action: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const fs = options.fileSystem ?? nodeFs;
  const lockPath = `${file}.lock`;
  const staleMs = options.staleMs ?? 30_000;
  const owner: LockOwner = { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex'), since: new Date().toISOString() };
  await acquire(lockPath, owner, options.timeoutMs ?? 10_000, staleMs, fs);
  const refresh = setInterval(() => void fs.utimes(lockPath, new Date(), new Date()).catch(() => undefined), staleMs / 3);
  refresh.unref();
  try {
    // Only a lock holder writes the file's temporary files: any found now were left by a crash.
    await removeLeftoverTemporaryFiles(file, staleMs, fs);
    await removeIfOlder(`${lockPath}.takeover`, GUARD_LEFT_OVER_MS, fs);
    return await action();
  } finally {
    clearInterval(refresh);
    await release(lockPath, owner, fs);
  }
}

async function acquire(lockPath: string, owner: LockOwner, timeoutMs: number, staleMs: number, fs: FileSystem): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 5;
  for (;;) {
    if (await tryCreate(lockPath, owner, fs)) return;
    const held = await readLock(lockPath, fs);
    if (held === undefined) continue;
    if (isStale(held, staleMs)) {
      await takeOver(lockPath, held.raw, fs);
      continue;
    }
    if (Date.now() > deadline) throw lockedError(lockPath, held.owner);
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 100);
  }
}

/** Creates the lock with its owner inside; false when another writer holds it. A failed write leaves no lock. */
async function tryCreate(lockPath: string, owner: LockOwner, fs: FileSystem): Promise<boolean> {
  let handle: nodeFs.FileHandle;
  try {
    handle = await fs.open(lockPath, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw describeFileSystemError(error, lockPath, 'create the lock file');
  }
  try {
    await handle.writeFile(JSON.stringify(owner) + '\n');
    await handle.close();
    return true;
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(lockPath, { force: true }).catch(() => undefined);
    throw describeFileSystemError(error, lockPath, 'create the lock file');
  }
}

interface HeldLock {
  raw: string;
  /** Undefined while the holder has created the file but not yet written itself into it. */
  owner: LockOwner | undefined;
  ageMs: number;
}

async function readLock(lockPath: string, fs: FileSystem): Promise<HeldLock | undefined> {
  try {
    const [raw, stat] = await Promise.all([fs.readFile(lockPath, 'utf8'), fs.stat(lockPath)]);
    return { raw, owner: parseOwner(raw), ageMs: Date.now() - stat.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw describeFileSystemError(error, lockPath, 'read the lock file');
  }
}

/** The owner of a lock; older versions wrote only `<pid>\n`, on this machine. */
function parseOwner(raw: string): LockOwner | undefined {
  if (/^\d+\n?$/.test(raw)) return { pid: Number(raw.trim()), host: hostname(), token: '', since: '' };
  try {
    const value = JSON.parse(raw) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string') {
      return { pid: value.pid, host: value.host, token: value.token, since: typeof value.since === 'string' ? value.since : '' };
    }
  } catch {
    // cut short: a holder killed while writing it, or still writing it
  }
  return undefined;
}

function isStale(held: HeldLock, staleMs: number): boolean {
  if (!held.owner) return held.ageMs > UNWRITTEN_LOCK_GRACE_MS;
  if (held.owner.host === hostname() && !isProcessAlive(held.owner.pid)) return true;
  return held.ageMs > staleMs;
}

/**
 * Removes a stale lock. Two waiting writers may judge the same lock stale, and the first may have
 * taken a fresh lock by the time the second acts; so a writer removes a stale lock only while it
 * holds `<lock>.takeover` (made exclusively, for the instant of a check), and only if the lock is
 * still the one it judged stale.
 */
async function takeOver(lockPath: string, staleContent: string, fs: FileSystem): Promise<void> {
  const guard = `${lockPath}.takeover`;
  if (!(await tryCreateGuard(guard, fs))) return;
  try {
    const current = await fs.readFile(lockPath, 'utf8').catch(() => undefined);
    if (current === staleContent) await fs.rm(lockPath, { force: true });
  } finally {
    await fs.rm(guard, { force: true }).catch(() => undefined);
  }
}

/** False while another writer holds the guard; a guard older than a second was left by a writer killed while holding it. */
async function tryCreateGuard(guard: string, fs: FileSystem): Promise<boolean> {
  try {
    await (await fs.open(guard, 'wx')).close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw describeFileSystemError(error, guard, 'take over the stale lock file');
    await removeIfOlder(guard, GUARD_LEFT_OVER_MS, fs);
    return false;
  }
}

async function removeIfOlder(file: string, ageMs: number, fs: FileSystem): Promise<void> {
  try {
    if (Date.now() - (await fs.stat(file)).mtimeMs > ageMs) await fs.rm(file, { force: true });
  } catch {
    // gone meanwhile
  }
}

/** Removes the lock if it is still this owner's (a holder declared stale may have lost it). */
async function release(lockPath: string, owner: LockOwner, fs: FileSystem): Promise<void> {
  try {
    const held = parseOwner(await fs.readFile(lockPath, 'utf8'));
    if (held?.token === owner.token) await fs.rm(lockPath, { force: true });
  } catch {
    // already gone, or unreadable: a later writer finds it and judges it by its owner
  }
}

function lockedError(lockPath: string, owner: LockOwner | undefined): FileSystemError {
  const file = lockPath.slice(0, -'.lock'.length);
  const holder = owner ? `process ${owner.pid} on ${owner.host}${owner.since ? ` since ${owner.since}` : ''}` : 'another writer';
  return new FileSystemError(file, 'ELOCKED',
    `${file}: locked by ${holder}; try again in a moment, or, if that process is no longer running, delete ${lockPath}`);
}
