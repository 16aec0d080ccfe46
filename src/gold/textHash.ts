import { createHash } from 'node:crypto';

/** Hex sha256 of the text's UTF-8 bytes. */
export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
