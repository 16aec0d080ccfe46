/**
 * Whether most letters of a text are capitals (an EHR export, a form, a heading): there a word in
 * capitals says nothing about being an abbreviation.
 */
export function isMostlyCapitals(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const capitals = letters.filter((l) => /\p{Lu}/u.test(l)).length;
  return letters.length >= 8 && capitals >= 0.6 * letters.length;
}
