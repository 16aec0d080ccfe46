import type { Label, TextRange } from '../engine/entity';
import { B, E, I, O, S, TAGGER_STATES } from '../engine/learned/taggerStates';
import type { CrfShape } from './crfTraining';


/** A BIOES chain over the words of a sentence, for one label, with the features' dimensions. */
export function taggerShape(sparseDimension: number, denseDimension: number): CrfShape {
  const open = (state: number) => state === B || state === I;
  const allowed = TAGGER_STATES.map((_, from) => TAGGER_STATES.map((_, to) => (open(from) ? to === I || to === E : to === O || to === B || to === S)));
  return {
    states: TAGGER_STATES.length,
    sparseDimension,
    denseDimension,
    allowed,
    allowedStart: TAGGER_STATES.map((_, s) => s === O || s === B || s === S),
    allowedEnd: TAGGER_STATES.map((_, s) => s === O || s === E || s === S),
  };
}

/** The state of each word given the label's gold spans (a word belongs to a span it overlaps). */
export function goldStates(words: readonly TextRange[], spans: readonly (TextRange & { label: Label })[], label: Label): Int32Array {
  const states = new Int32Array(words.length);
  for (const span of spans) {
    if (span.label !== label) continue;
    const inside = words.map((w, i) => (w.start < span.end && span.start < w.end ? i : -1)).filter((i) => i >= 0);
    if (inside.length === 1) states[inside[0]] = S;
    else inside.forEach((w, k) => (states[w] = k === 0 ? B : k === inside.length - 1 ? E : I));
  }
  return states;
}

