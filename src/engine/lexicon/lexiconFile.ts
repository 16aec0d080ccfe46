import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { ModelFolderError } from '../model/modelFolderError';
import { Lexicon } from './lexicon';
import { LEXICON_INDEX_FILE, lexiconFromIndex } from './lexiconIndex';
import { LexiconFormatError } from './lexiconTsvParser';

/**
 * A model folder's lexicon file, read through the index beside it when that index was written
 * from it (`fromIndex`); any problem with the file is a ModelFolderError naming it and the line.
 */
export async function loadLexiconFile(file: string): Promise<{ lexicon: Lexicon; fromIndex: boolean }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new ModelFolderError(file, `cannot be read (${(error as Error).message})`);
  }
  // an index that is missing, unreadable or stale is passed over: the file itself is the lexicon
  const index = await readFile(path.join(path.dirname(file), LEXICON_INDEX_FILE), 'utf8').catch(() => undefined);
  const indexed = index === undefined ? undefined : readIndex(index, bytes);
  if (indexed) return { lexicon: indexed, fromIndex: true };
  try {
    return { lexicon: Lexicon.fromTsv(bytes.toString('utf8'), file), fromIndex: false };
  } catch (error) {
    if (!(error instanceof LexiconFormatError)) throw error;
    throw new ModelFolderError(file, `line ${error.line}: ${error.message.slice(`${file}:${error.line}: `.length)}`);
  }
}

function readIndex(index: string, lexiconBytes: Buffer): Lexicon | undefined {
  try {
    return lexiconFromIndex(index, lexiconBytes);
  } catch {
    return undefined;
  }
}
