import { isLabel } from '../engine/entity';
import type { FittedLayerJson } from '../engine/learned/fittedLayer';
import { labelCheckText } from './labelCheckText';

/** What the workspace has learned and is doing, as the status bar shows it. */
export interface LearningFacts {
  enabled: boolean;
  /** Terms in the term memory, and the decisions they come from (since learning was last cleared). */
  terms: number;
  decisions: number;
  layer?: FittedLayerJson;
  /** The model the engine runs now, once known: a layer fitted over another one is not used. */
  modelInUse?: string;
  /** A fit running now: what it does and how far it is (0 to 1). */
  fitting?: { message: string; fraction: number };
  /** clinicalNer.learning.refitEvery (0: only on command), and the decisions since the last fit. */
  refitEvery: number;
  decisionsSinceFit: number;
}

export interface LearningStatus {
  /** The status bar's words: "12 terms · adapted on 8 notes", or how far a fit is. */
  text: string;
  adapting: boolean;
  /** One line each: the term memory, the layer's self-evaluation per label, when it adapts next. */
  details: string[];
  /** The notes the layer in use was adapted on; undefined when no adapted layer is used. */
  adaptedOn?: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Puts the facts into words; pure, so that every sentence the reviewer reads is tested. */
export function learningStatus(facts: LearningFacts): LearningStatus {
  if (!facts.enabled) return { text: 'learning off', adapting: false, details: ['Learning from your review is off (clinicalNer.learning.enabled).'] };
  const layer = facts.layer;
  const layerFitsModel = layer !== undefined && (facts.modelInUse === undefined || layer.base.model === facts.modelInUse);
  const adaptedLabels = layer ? Object.keys(layer.taggers).filter(isLabel) : [];
  const adaptedOn = layerFitsModel && adaptedLabels.length > 0 ? layer.notes : undefined;
  const parts = [facts.terms > 0 ? plural(facts.terms, 'term') : 'nothing learned yet'];
  if (adaptedOn !== undefined) parts.push(`adapted on ${plural(adaptedOn, 'note')}`);
  else if (layerFitsModel) parts.push(`base kept on ${plural(layer.notes, 'note')}`);
  const text = facts.fitting ? `adapting… ${Math.round(facts.fitting.fraction * 100)}%` : parts.join(' · ');

  const details = [`${plural(facts.terms, 'term')} learned from ${plural(facts.decisions, 'decision')}.`];
  if (facts.fitting) details.push(`Adapting to your review: ${facts.fitting.message}.`);
  if (layer && !layerFitsModel) {
    details.push(`The adapted layer was fitted over ${layer.base.model}, not over ${facts.modelInUse}, the model in use: it is not used until the next adaptation.`);
  } else if (layer) {
    for (const [label, check] of Object.entries(layer.checks)) if (check && isLabel(label)) details.push(labelCheckText(label, check));
  }
  if (facts.refitEvery === 0) details.push('Adapts only on command (clinicalNer.learning.refitEvery is 0).');
  else details.push(`Adapts again after ${plural(Math.max(1, facts.refitEvery - facts.decisionsSinceFit), 'more decision')}, or on command.`);
  return { text, adapting: !!facts.fitting, details, ...(adaptedOn !== undefined ? { adaptedOn } : {}) };
}
