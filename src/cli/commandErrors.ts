import { describeFileSystemError, FileSystemError } from '../engine/files/fileSystemError';
import { ModelFolderError } from '../engine/model/modelFolderError';
import { NoteFileError } from '../engine/batch/noteFiles';
import { EXIT_INPUT_ERROR, EXIT_USAGE, InputError, UsageError } from './cliIo';

/**
 * Runs a command, turning the errors a user can fix into a message and an exit code: 2 with the
 * command's usage for a bad call, 1 for bad input (a file, a model folder, a disk that is full or
 * not writable). A file-system error no command has put into words still gets one sentence that
 * names the file. Anything else is a bug and is rethrown.
 */
export async function reportingErrors(
  command: string,
  usage: string,
  io: { stderr: NodeJS.WritableStream },
  action: () => Promise<number>,
): Promise<number> {
  try {
    return await action();
  } catch (caught) {
    if (caught instanceof UsageError || (caught as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`clinical-ner ${command}: ${(caught as Error).message}\n${usage}\n`);
      return EXIT_USAGE;
    }
    const error = describeFileSystemError(caught);
    if (error instanceof InputError || error instanceof ModelFolderError || error instanceof NoteFileError || error instanceof FileSystemError) {
      io.stderr.write(`clinical-ner ${command}: ${error.message}\n`);
      return EXIT_INPUT_ERROR;
    }
    throw caught;
  }
}
