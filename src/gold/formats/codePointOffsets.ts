import { FormatError } from './annotatedDocument';

/**
 * Converts between UTF-16 code-unit offsets (JavaScript, VS Code, our gold file) and code-point
 * offsets (Python `str`, hence spaCy, Prodigy, doccano and brat). They differ after every
 * character outside the Basic Multilingual Plane, e.g. an emoji.
 */
export class CodePointOffsets {
  /** codePointAt16[i]: code points before UTF-16 offset i, or -1 inside a surrogate pair. */
  private readonly codePointAt16: Int32Array;
  private readonly utf16AtCodePoint: number[] = [];

  constructor(text: string) {
    this.codePointAt16 = new Int32Array(text.length + 1).fill(-1);
    let cp = 0;
    let i = 0;
    for (const ch of text) {
      this.codePointAt16[i] = cp;
      this.utf16AtCodePoint.push(i);
      i += ch.length;
      cp += 1;
    }
    this.codePointAt16[i] = cp;
    this.utf16AtCodePoint.push(i);
  }

  /** Undefined for an offset inside a surrogate pair or beyond the text. */
  toCodePoints(utf16: number): number | undefined {
    const cp = this.codePointAt16[utf16];
    return cp === undefined || cp < 0 ? undefined : cp;
  }

  toUtf16(codePoints: number): number | undefined {
    return this.utf16AtCodePoint[codePoints];
  }
}

/** The span in code points, or undefined when an offset falls inside a surrogate pair. */
export function spanToCodePoints(offsets: CodePointOffsets, span: { start: number; end: number }): { start: number; end: number } | undefined {
  const start = offsets.toCodePoints(span.start);
  const end = offsets.toCodePoints(span.end);
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** The UTF-16 offset of a code-point offset read from a file; throws past the end of the text. */
export function fromCodePoints(offsets: CodePointOffsets, codePoints: number, line?: number): number {
  const utf16 = offsets.toUtf16(codePoints);
  if (utf16 === undefined) throw new FormatError(`offset ${codePoints} is beyond the end of the text`, line);
  return utf16;
}
