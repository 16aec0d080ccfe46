import { isLabel, type Entity, type Label, type Span } from '../entity';
import type { SentenceAnalysis } from '../pipeline/sentenceAnalysis';
import { tidySpanEdges } from '../text/spanEdges';
import { decodeCrf, type CrfWeights } from './crfChain';
import { spansFromStates, TAGGER_STATES } from './taggerStates';
import { encodeSentence, SPARSE_DIMENSION } from './wordFeatureEncoder';

/** F1 under both match rules, as the self-evaluation reports it. */
export interface F1Pair {
  strict: number;
  overlap: number;
}

/** The cross-validated check of one label: the fit is used only when it beats the base. */
export interface LabelCheck {
  notes: number;
  folds: number;
  base: F1Pair;
  adapted?: F1Pair;
  used: boolean;
  /** Why the fit is not used, in a sentence. */
  reason?: string;
}

/** One label's tagger as stored: only the hashed rows it ever saw, rounded. */
export interface TaggerJson {
  sparseRows: number[];
  /** [row][state] for each of sparseRows. */
  sparse: number[];
  /** [feature][state] for the dense features. */
  dense: number[];
  bias: number[];
  /** [from][to]; null where the scheme forbids the move. */
  transition: (number | null)[];
  start: (number | null)[];
  end: (number | null)[];
}

/** A layer fitted on a reviewer's gold over one base model (`.clinical-ner/learned/layer.json`, or in a learned model folder). */
export interface FittedLayerJson {
  format: 'clinical-ner-fitted-layer';
  version: 1;
  /** The model it was fitted over, and the width of what it reads in each word. */
  base: { model: string; denseWidth: number };
  notes: number;
  /** Every label that was tried, with its check. */
  checks: Partial<Record<Label, LabelCheck>>;
  /** The labels whose fit passed the check. */
  taggers: Partial<Record<Label, TaggerJson>>;
}

/**
 * A layer fitted on the reviewer's gold (src/learning/fitLayer.ts): for each label it adapted, a
 * linear-chain CRF over the word features of wordFeatureEncoder.ts. It replaces the base
 * pipeline's entities of those labels with its own, and leaves the other labels alone.
 */
export class FittedLayer {
  private readonly weights = new Map<Label, CrfWeights>();

  private constructor(readonly json: FittedLayerJson) {
    for (const [label, tagger] of Object.entries(json.taggers)) {
      if (isLabel(label) && tagger) this.weights.set(label, weightsOf(tagger, json.base.denseWidth));
    }
  }

  /** Reads a stored layer; throws an Error saying what is wrong. */
  static fromJson(json: unknown): FittedLayer {
    const m = json as Partial<FittedLayerJson>;
    if (typeof m !== 'object' || m === null || m.format !== 'clinical-ner-fitted-layer' || m.version !== 1) {
      throw new Error('not a clinical-ner fitted layer (format "clinical-ner-fitted-layer", version 1)');
    }
    if (typeof m.base?.model !== 'string' || !Number.isInteger(m.base.denseWidth)) throw new Error('the fitted layer does not name its base model');
    for (const [label, tagger] of Object.entries(m.taggers ?? {})) {
      const states = TAGGER_STATES.length;
      const ok =
        isLabel(label) &&
        tagger &&
        Array.isArray(tagger.sparseRows) &&
        tagger.sparse.length === tagger.sparseRows.length * states &&
        tagger.dense.length === m.base.denseWidth * states &&
        tagger.bias.length === states &&
        tagger.transition.length === states * states;
      if (!ok) throw new Error(`the fitted layer's tagger for ${label} is malformed`);
    }
    return new FittedLayer({ ...(m as FittedLayerJson), taggers: m.taggers ?? {}, checks: m.checks ?? {} });
  }

  static fromTaggers(json: Omit<FittedLayerJson, 'taggers'>, taggers: Map<Label, CrfWeights>): FittedLayer {
    const stored: Partial<Record<Label, TaggerJson>> = {};
    for (const [label, weights] of taggers) stored[label] = taggerJsonOf(weights);
    return new FittedLayer({ ...json, taggers: stored });
  }

  /** The labels this layer decides. */
  get labels(): Label[] {
    return [...this.weights.keys()];
  }

  /**
   * The sentence's entities with the adapted labels decided by the layer: the base's entities of
   * those labels are replaced, and base entities of other labels that overlap a new one dropped.
   */
  apply(analysis: SentenceAnalysis): Entity[] {
    if (this.weights.size === 0) return analysis.entities;
    const width = analysis.wordValues?.width ?? 0;
    if (width !== this.json.base.denseWidth) {
      throw new Error(`the fitted layer was made over ${this.json.base.model}, whose words have ${this.json.base.denseWidth} values; this model's have ${width}`);
    }
    const sequence = encodeSentence(analysis);
    const adapted: Entity[] = [];
    for (const [label, weights] of this.weights) {
      const { states, marginals } = decodeCrf(sequence, weights);
      for (const span of spansFromStates(analysis.words, states, marginals)) {
        const range = tidySpanEdges(analysis.text, span);
        if (!range) continue;
        const agreeing = analysis.candidates.filter((c) => c.label === label && c.start < range.end && range.start < c.end).map((c) => c.source);
        adapted.push({
          ...range,
          label,
          text: analysis.text.slice(range.start, range.end),
          score: span.score,
          source: ['learned', ...(['model', 'lexicon', 'pattern'] as const).filter((s) => agreeing.includes(s))],
        });
      }
    }
    const kept = analysis.entities.filter((e) => !this.weights.has(e.label) && !adapted.some((a) => overlaps(a, e)));
    return [...kept, ...adapted].sort((a, b) => a.start - b.start || a.end - b.end);
  }
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? round(x) : null;
}

function taggerJsonOf(weights: CrfWeights): TaggerJson {
  const k = weights.states;
  const sparseRows: number[] = [];
  const sparse: number[] = [];
  for (let row = 0; row < weights.sparseDimension; row++) {
    const values = weights.emission.subarray(row * k, (row + 1) * k);
    if (values.some((v) => Math.abs(v) >= 1e-5)) {
      sparseRows.push(row);
      sparse.push(...Array.from(values, round));
    }
  }
  const denseStart = weights.sparseDimension * k;
  const biasStart = (weights.sparseDimension + weights.denseDimension) * k;
  return {
    sparseRows,
    sparse,
    dense: Array.from(weights.emission.subarray(denseStart, biasStart), round),
    bias: Array.from(weights.emission.subarray(biasStart, biasStart + k), round),
    transition: Array.from(weights.transition, finiteOrNull),
    start: Array.from(weights.start, finiteOrNull),
    end: Array.from(weights.end, finiteOrNull),
  };
}

function weightsOf(tagger: TaggerJson, denseWidth: number): CrfWeights {
  const k = TAGGER_STATES.length;
  const emission = new Float64Array((SPARSE_DIMENSION + denseWidth + 1) * k);
  tagger.sparseRows.forEach((row, i) => emission.set(tagger.sparse.slice(i * k, (i + 1) * k), row * k));
  emission.set(tagger.dense, SPARSE_DIMENSION * k);
  emission.set(tagger.bias, (SPARSE_DIMENSION + denseWidth) * k);
  const restore = (values: (number | null)[]) => Float64Array.from(values, (v) => (v === null ? -Infinity : v));
  return {
    states: k,
    sparseDimension: SPARSE_DIMENSION,
    denseDimension: denseWidth,
    emission,
    transition: restore(tagger.transition),
    start: restore(tagger.start),
    end: restore(tagger.end),
  };
}
