const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/**
 * Whether most letters of a text are capitals (an EHR export, a form, a heading): there a word in
 * capitals says nothing about being an abbreviation.
 */
export function isMostlyCapitals(text: string): boolean {
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      capitals++;
    } else if (c >= 97 && c <= 122) {
      letters++;
    } else if (c > 127) {
      const ch = text[i];
      if (UPPER.test(ch)) capitals++;
      if (LETTER.test(ch)) letters++;
    }
  }
  return letters >= 8 && capitals >= 0.6 * letters;
}
