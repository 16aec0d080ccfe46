import { constants, promises as nodeFs, type Stats } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describeFileSystemError, readOnlyFileError } from '../engine/files/fileSystemError';
import { isProcessAlive } from './processLiveness';

/** The file operations the gold store uses: Node's, or in tests one that fails on purpose (a full disk). */
export type FileSystem = typeof nodeFs;

/**
 * Replaces `file` with `content` so that readers see either the old or the new file, never a
 * half-written one: write a temporary file in the same directory (rename is only atomic within a
 * file system), fsync it, rename it over the target, then fsync the directory so the rename
 * itself survives a crash. A read-only file is refused, not replaced; the file keeps its
 * permissions; on any failure the temporary file is removed and the error names `file`.
 */
export async function writeFileAtomic(file: string, content: string, fs: FileSystem = nodeFs): Promise<void> {
  const existing = await statIfPresent(file, fs);
  if (existing && !existing.isDirectory() && !(await isWritable(file, existing, fs))) {
    throw readOnlyFileError(file);
  }
  const temp = temporaryPath(file);
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(content, 'utf8');
    if (existing?.isFile()) await handle.chmod(existing.mode & 0o777);
    await handle.sync();
    const written = handle;
    handle = undefined;
    await written.close();
    await fs.rename(temp, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw describeFileSystemError(error, file, 'write');
  }
  await syncDirectory(path.dirname(file), fs);
}

/** `.<name>.<pid>.<random>.tmp` beside `file`: the pid tells a later sweep whether its writer is gone. */
function temporaryPath(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Removes the temporary files of `file` left by writers that were killed or failed mid-write:
 * those whose process is gone, and any older than `staleMs`. Call it while holding the file's
 * lock, when no other writer can be writing one. Best effort: a file that cannot be removed stays
 * for the next sweep. Returns how many were removed.
 */
export async function removeLeftoverTemporaryFiles(file: string, staleMs: number, fs: FileSystem = nodeFs): Promise<number> {
  const dir = path.dirname(file);
  const base = path.basename(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^\\.${base}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = pattern.exec(name)?.[1];
    if (pid === undefined) continue;
    const temp = path.join(dir, name);
    try {
      const stat = await fs.stat(temp);
      if (isProcessAlive(Number(pid)) && Date.now() - stat.mtimeMs < staleMs) continue;
      await fs.rm(temp, { force: true });
      removed++;
    } catch {
      // gone meanwhile, or not removable now: the next sweep tries again
    }
  }
  return removed;
}

async function statIfPresent(file: string, fs: FileSystem): Promise<Stats | undefined> {
  try {
    return await fs.stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw describeFileSystemError(error, file, 'write');
  }
}

/** No write permission bit at all counts as read-only even for root, who could write it anyway. */
async function isWritable(file: string, stat: Stats, fs: FileSystem): Promise<boolean> {
  if ((stat.mode & 0o222) === 0) return false;
  try {
    await fs.access(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

async function syncDirectory(dir: string, fs: FileSystem): Promise<void> {
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic.
  } finally {
    await handle?.close();
  }
}
