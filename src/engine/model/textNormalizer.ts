export interface TextNormalization {
  lowercase: boolean;
  stripPunctuation: boolean;
}

// Unicode punctuation plus the symbols of Python's string.punctuation, which is what training
// scripts usually strip.
const PUNCTUATION = /[\p{P}$+<=>^`|~]/u;
const ALL_PUNCTUATION = new RegExp(PUNCTUATION.source, 'gu');
// Latin text but "İ": lower-casing it whole maps each character to one of the same length, with no
// context rule (Greek final sigma is one), so it equals the character-by-character loop below.
// eslint-disable-next-line no-control-regex -- the range starts at U+0000
const SAME_LENGTH_LOWERCASE = /^[\u0000-\u012F\u0131-\u024F]*$/;

/**
 * Prepares text the way the model's training data was prepared, keeping every UTF-16 index in
 * place so that offsets into the result are offsets into the input: each character is replaced
 * by one of the same length (punctuation by spaces; a lower-case form that would change the
 * length, like "İ" → "i̇", is not applied).
 */
export function normalizeText(text: string, options: TextNormalization): string {
  if (!options.lowercase && !options.stripPunctuation) return text;
  if (!options.lowercase || SAME_LENGTH_LOWERCASE.test(text)) {
    const stripped = options.stripPunctuation ? text.replace(ALL_PUNCTUATION, (mark) => ' '.repeat(mark.length)) : text;
    return options.lowercase ? stripped.toLowerCase() : stripped;
  }
  let result = '';
  for (const char of text) {
    if (options.stripPunctuation && PUNCTUATION.test(char)) {
      result += char.length === 1 ? ' ' : '  ';
    } else if (options.lowercase) {
      const lower = char.toLowerCase();
      result += lower.length === char.length ? lower : char;
    } else {
      result += char;
    }
  }
  return result;
}
