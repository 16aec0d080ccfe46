import type { TextRange } from '../entity';

/**
 * Converts between UTF-16 code-unit offsets (JavaScript, VS Code, the gold file) and code-point
 * offsets (Python `str`, hence the `tokenizers` binding, spaCy, Prodigy, doccano, brat and Label
 * Studio) for one text. They differ after every character outside the Basic Multilingual Plane,
 * e.g. an emoji. Text without one converts as the identity, with no table built.
 */
export class CodePointOffsets {
  /** codePointAt16[i]: code points before UTF-16 offset i, or -1 inside a surrogate pair; undefined for text without surrogates. */
  private readonly codePointAt16: Int32Array | undefined;
  private readonly utf16AtCodePoint: number[] | undefined;

  constructor(private readonly text: string) {
    if (!/[\uD800-\uDFFF]/.test(text)) return;
    this.codePointAt16 = new Int32Array(text.length + 1).fill(-1);
    this.utf16AtCodePoint = [];
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
    if (!this.codePointAt16) return utf16 >= 0 && utf16 <= this.text.length ? utf16 : undefined;
    const cp = this.codePointAt16[utf16];
    return cp === undefined || cp < 0 ? undefined : cp;
  }

  /** Undefined beyond the text. */
  toUtf16(codePoints: number): number | undefined {
    if (!this.utf16AtCodePoint) return codePoints >= 0 && codePoints <= this.text.length ? codePoints : undefined;
    return this.utf16AtCodePoint[codePoints];
  }

  /** The range in code points, or undefined when an offset falls inside a surrogate pair. */
  rangeToCodePoints(range: TextRange): TextRange | undefined {
    const start = this.toCodePoints(range.start);
    const end = this.toCodePoints(range.end);
    return start === undefined || end === undefined ? undefined : { start, end };
  }
}
