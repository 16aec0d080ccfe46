/**
 * A file-system operation that failed, told as one sentence that names the file the user knows
 * (the gold file, not the temporary file beside it) and says what to do about it.
 */
export class FileSystemError extends Error {
  override name = 'FileSystemError';

  constructor(
    readonly file: string,
    /** The Node error code (`ENOSPC`, `EACCES`…), or one of ours (`ELOCKED`, `EREADONLY`). */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const REMEDIES: Record<string, string> = {
  ENOSPC: 'the disk is full; free some space and try again',
  EDQUOT: 'your disk quota is used up; free some space and try again',
  EACCES: 'permission denied; check the permissions of the file and of its folder',
  EPERM: 'the operation is not permitted; check the permissions of the file and of its folder',
  EROFS: 'the file system is read-only; choose a location you can write to',
  EISDIR: 'it is a folder, not a file; give the path of a file',
  ENOTDIR: 'a part of the path is a file, not a folder; check the path',
  ENOENT: 'it does not exist; check the path',
  EEXIST: 'something already exists at that path; move it away or choose another path',
  ELOOP: 'too many symbolic links (a loop?); check the links on the path',
  ENAMETOOLONG: 'the name is too long; choose a shorter path',
  EMFILE: 'too many files are open; close some programs and try again',
  ENFILE: 'too many files are open on this machine; close some programs and try again',
  EIO: 'the disk or network share reported an input/output error; check it and try again',
  EBUSY: 'the file is in use by another program; close it and try again',
  ETXTBSY: 'the file is in use by another program; close it and try again',
  EXDEV: 'the path crosses file systems; keep the file and its folder on one disk',
};

/** What a `syscall` does, in the words of the message ("cannot write …"). */
const ACTIONS: Record<string, string> = {
  open: 'open',
  read: 'read',
  write: 'write',
  rename: 'write',
  unlink: 'remove',
  rmdir: 'remove',
  mkdir: 'create the folder',
  scandir: 'list the folder',
  opendir: 'list the folder',
  stat: 'look at',
  lstat: 'look at',
  fsync: 'write',
  fstat: 'look at',
  ftruncate: 'write',
};

/** True for the errors Node's fs module throws (they carry a code and the syscall). */
export function isNodeFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  const e = error as NodeJS.ErrnoException | undefined;
  return e instanceof Error && typeof e.code === 'string' && typeof e.syscall === 'string';
}

/**
 * Turns a Node fs error into a FileSystemError about `file` (default: the path Node names).
 * `action` says what was being done ("write", "read"); default: taken from the failed syscall.
 * Anything that is not an fs error is returned as it is.
 */
export function describeFileSystemError(error: unknown, file?: string, action?: string): unknown {
  if (error instanceof FileSystemError || !isNodeFileSystemError(error)) return error;
  const code = error.code!;
  const target = file ?? error.path ?? '(unknown file)';
  const what = action ?? ACTIONS[error.syscall!] ?? error.syscall!;
  const remedy = REMEDIES[code] ?? `${error.message.replace(/^[A-Z]+: /, '')}`;
  return new FileSystemError(target, code, `${target}: cannot ${what}: ${remedy} (${code})`);
}

/** A file whose permissions say it must not change: it is refused, not replaced or appended to. */
export function readOnlyFileError(file: string): FileSystemError {
  return new FileSystemError(file, 'EREADONLY', `${file}: the file is read-only, so nothing was written; make it writable (e.g. chmod u+w) if it should change`);
}
