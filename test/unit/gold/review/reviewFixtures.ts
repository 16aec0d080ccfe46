import type { Entity, Label } from '../../../../src/engine/entity';
import type { Decision } from '../../../../src/gold/decision';

export const NOTE = 'Paziente con febbre e tosse da tre giorni. Nega dispnea. Emocromo nella norma, avviata amoxicillina.';

/** An engine suggestion on the first occurrence of `words` in `text`. */
export function suggest(words: string, label: Label, score = 0.9, text = NOTE): Entity {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in text`);
  return { start, end: start + words.length, label, text: words, score, source: ['model'] };
}

export function decided(kind: Decision['kind'], words: string, label: Label, time: string, extra: Partial<Decision> = {}, text = NOTE): Decision {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in text`);
  return { kind, start, end: start + words.length, label, text: words, annotator: 'dr.bianchi', time, ...extra };
}
