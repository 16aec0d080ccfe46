import type { Decision } from '../../../src/gold/decision';
import type { Label } from '../../../src/engine/entity';

export const NOTE = 'Paziente con dolore toracico, ECG nella norma. Terapia con aspirina 100 mg.';

/** A decision on the first occurrence of `words` in `text`. */
export function decide(
  kind: Decision['kind'],
  words: string,
  label: Label,
  time: string,
  extra: Partial<Decision> = {},
  text = NOTE,
): Decision {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in text`);
  return { kind, start, end: start + words.length, label, text: words, annotator: 'dr.rossi', time, ...extra };
}
