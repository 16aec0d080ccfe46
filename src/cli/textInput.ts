import { readFile } from 'node:fs/promises';
import { describeFileSystemError } from '../engine/files/fileSystemError';
import { decodeText } from '../engine/files/textDecoding';
import { InputError } from './cliIo';

/** Bytes a command reads as text (`where` names their file, or stdin): UTF-8, or one sentence saying why not. */
export function decodeInput(bytes: Uint8Array, where: string): string {
  const decoded = decodeText(bytes);
  if ('problem' in decoded) throw new InputError(`${where}: ${decoded.problem}`);
  return decoded.text;
}

/** A text file a command reads (a gold file, predictions, JSONL documents). */
export async function readTextInput(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw describeFileSystemError(error, file, 'read');
  }
  return decodeInput(bytes, file);
}
