import { ModelFolderError } from '../engine/model/modelFolderError';
import { NoteFileError } from '../engine/batch/noteFiles';
import { EXIT_INPUT_ERROR, EXIT_USAGE, InputError, UsageError } from './cliIo';

/**
 * Runs a command, turning the errors a user can fix into a message and an exit code: 2 with the
 * command's usage for a bad call, 1 for bad input (a file, a model folder). Anything else is a bug
 * and is rethrown.
 */
export async function reportingErrors(
  command: string,
  usage: string,
  io: { stderr: NodeJS.WritableStream },
  action: () => Promise<number>,
): Promise<number> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`clinical-ner ${command}: ${(error as Error).message}\n${usage}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof InputError || error instanceof ModelFolderError || error instanceof NoteFileError) {
      io.stderr.write(`clinical-ner ${command}: ${error.message}\n`);
      return EXIT_INPUT_ERROR;
    }
    throw error;
  }
}
