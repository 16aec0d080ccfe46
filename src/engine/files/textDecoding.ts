const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The decoded text, or why the bytes are not UTF-8 text (said so that a person knows what to do). */
export type DecodedText = { text: string } | { problem: string };

/**
 * Reads bytes as UTF-8 text, dropping a byte-order mark. Refuses what would otherwise turn into
 * silent damage: NUL bytes (a binary file), a UTF-16 byte-order mark (Windows Notepad's
 * "Unicode"), and invalid UTF-8, which a lenient decoder replaces by U+FFFD, so that the text,
 * its offsets and its hash would no longer be the file's.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: 'UTF-16 text; save it as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8) and try again' };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { problem: 'binary file (contains NUL bytes), not text' };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    const { offset, line } = firstInvalidByte(bytes);
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      problem: `not valid UTF-8 (byte 0x${byte} at line ${line}, byte offset ${offset}); ` +
        'convert it to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8) and try again',
    };
  }
}

/** Where the strict decoder gave up: the first U+FFFD of a lenient decoding that the file does not spell out. */
function firstInvalidByte(bytes: Uint8Array): { offset: number; line: number } {
  const lenient = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  for (let index = lenient.indexOf('\uFFFD'); index >= 0; index = lenient.indexOf('\uFFFD', index + 1)) {
    const offset = Buffer.byteLength(lenient.slice(0, index));
    const spelledOut = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (!spelledOut) return { offset, line: lenient.slice(0, index).split('\n').length };
  }
  return { offset: 0, line: 1 };
}
