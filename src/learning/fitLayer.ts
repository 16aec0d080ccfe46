import type { Label, Span } from '../engine/entity';
import type { SentenceAnalysis } from '../engine/pipeline/sentenceAnalysis';
import { splitSentences } from '../engine/text/sentenceSplitter';
import { evaluate } from '../gold/metrics/evaluate';
import { decodeCrf, type CrfSequence, type CrfWeights } from '../engine/learned/crfChain';
import { FittedLayer, type F1Pair, type LabelCheck } from '../engine/learned/fittedLayer';
import { spansFromStates } from '../engine/learned/taggerStates';
import { encodeSentence, SPARSE_DIMENSION } from '../engine/learned/wordFeatureEncoder';
import { trainCrf } from './crfTraining';
import { goldStates, taggerShape } from './labelTagger';
import type { ReviewedDocument } from './reviewedDocument';

/** Runs the base pipeline on sentences (NerPipeline.analyzeSentences). */
export type SentenceAnalyzer = (sentences: readonly string[], signal?: AbortSignal) => Promise<SentenceAnalysis[]>;

export interface FitOptions {
  /** The labels to adapt (default: every label some document is complete for). */
  labels?: readonly Label[];
  /** The base model's name, recorded in the layer. */
  modelName: string;
  /** Folds of the self-evaluation (default 5; fewer when there are fewer notes). */
  folds?: number;
  /** L2 penalty of the CRF (default 1). */
  l2?: number;
  signal?: AbortSignal;
  /** Called as the fit goes: what it is doing, and how far it is (0 to 1). */
  onProgress?: (message: string, fraction: number) => void;
}

/** Notes below which no check is possible, so nothing is adapted. */
export const MIN_NOTES = 3;
/** The least mean gain of strict and overlap F1 in the cross-validated check for a fit to be used. */
export const MIN_GAIN = 0.005;

interface ReviewedSentence {
  document: number;
  analysis: SentenceAnalysis;
  sequence: CrfSequence;
  /** Gold spans relative to the sentence. */
  gold: Span[];
}

/**
 * Fits a layer on top of the base pipeline to the reviewed documents, label by label: a
 * linear-chain CRF over what the base says and what its model read in each word. Each label's fit
 * is checked by k-fold cross-validation on the reviewed notes against the base pipeline's own
 * entities of that label, and kept only when it scores better (mean of strict and overlap F1).
 * Only the sentences a person reviewed, and only the labels a document is complete for, teach
 * anything (partial annotation).
 */
export async function fitLayer(documents: readonly ReviewedDocument[], analyze: SentenceAnalyzer, options: FitOptions): Promise<FittedLayer> {
  const progress = options.onProgress ?? (() => undefined);
  progress('reading the reviewed notes with the base model', 0);
  const sentences = await reviewedSentences(documents, analyze, options.signal);
  const denseWidth = sentences[0]?.analysis.wordValues?.width ?? 0;
  const labels = options.labels ?? [...new Set(documents.flatMap((d) => d.labels))];
  const checks: Partial<Record<Label, LabelCheck>> = {};
  const taggers = new Map<Label, CrfWeights>();
  labels.forEach((label, index) => {
    const fraction = (k: number) => (index + k) / labels.length;
    const covered = documents.map((d, i) => (d.labels.includes(label) ? i : -1)).filter((i) => i >= 0);
    const labelled = sentences.filter((s) => covered.includes(s.document)).map((s) => ({ ...s, sequence: { ...s.sequence, states: goldStates(s.analysis.words, s.gold, label) } }));
    progress(`checking ${label} by cross-validation on ${covered.length} notes`, fraction(0));
    const check = crossValidate(label, covered, labelled, denseWidth, options);
    checks[label] = check;
    if (check.used) {
      progress(`fitting ${label} on ${covered.length} notes`, fraction(0.8));
      taggers.set(label, train(labelled, denseWidth, options));
    }
  });
  progress('done', 1);
  return FittedLayer.fromTaggers(
    { format: 'clinical-ner-fitted-layer', version: 1, base: { model: options.modelName, denseWidth }, notes: documents.length, checks },
    taggers,
  );
}

async function reviewedSentences(documents: readonly ReviewedDocument[], analyze: SentenceAnalyzer, signal?: AbortSignal): Promise<ReviewedSentence[]> {
  const pending: { document: number; offset: number; text: string }[] = [];
  documents.forEach((doc, document) => {
    for (const range of splitSentences(doc.text)) {
      if (doc.reviewed.some((r) => r.start <= range.start && range.end <= r.end)) pending.push({ document, offset: range.start, text: doc.text.slice(range.start, range.end) });
    }
  });
  const result: ReviewedSentence[] = [];
  const BATCH = 64;
  for (let first = 0; first < pending.length; first += BATCH) {
    const batch = pending.slice(first, first + BATCH);
    const analyses = await analyze(batch.map((p) => p.text), signal);
    batch.forEach((p, i) => {
      const analysis = analyses[i];
      const gold = documents[p.document].entities
        .filter((e) => e.start >= p.offset && e.end <= p.offset + p.text.length)
        .map((e) => ({ start: e.start - p.offset, end: e.end - p.offset, label: e.label }));
      result.push({ document: p.document, analysis, sequence: encodeSentence(analysis), gold });
    });
  }
  return result;
}

function train(sentences: readonly ReviewedSentence[], denseWidth: number, options: FitOptions): CrfWeights {
  return trainCrf(
    sentences.map((s) => s.sequence),
    taggerShape(SPARSE_DIMENSION, denseWidth),
    { l2: options.l2 ?? 1, ...(options.signal ? { signal: options.signal } : {}) },
  );
}

/** The label's base and adapted F1 over folds of notes; the fit is used when it is better. */
function crossValidate(label: Label, covered: readonly number[], sentences: readonly ReviewedSentence[], denseWidth: number, options: FitOptions): LabelCheck {
  const baseSpans = (s: ReviewedSentence) => s.analysis.entities.filter((e) => e.label === label);
  const base = scoreByNote(label, covered, sentences, baseSpans);
  if (covered.length < MIN_NOTES) {
    return { notes: covered.length, folds: 0, base, used: false, reason: `needs at least ${MIN_NOTES} reviewed notes with ${label}` };
  }
  if (!sentences.some((s) => s.gold.some((g) => g.label === label))) {
    return { notes: covered.length, folds: 0, base, used: false, reason: `no ${label} in the reviewed notes` };
  }
  const folds = Math.min(options.folds ?? 5, covered.length);
  const predicted = new Map<ReviewedSentence, Span[]>();
  for (let fold = 0; fold < folds; fold++) {
    options.signal?.throwIfAborted();
    const held = new Set(covered.filter((_, i) => i % folds === fold));
    const weights = train(sentences.filter((s) => !held.has(s.document)), denseWidth, options);
    for (const s of sentences.filter((x) => held.has(x.document))) {
      const { states, marginals } = decodeCrf(s.sequence, weights);
      predicted.set(s, spansFromStates(s.analysis.words, states, marginals).map((span) => ({ ...span, label })));
    }
  }
  const adapted = scoreByNote(label, covered, sentences, (s) => predicted.get(s) ?? []);
  // worse on either match rule is worse; and a gain within the noise of a check on a few notes is
  // no gain (smaller margins let fits through that lost up to 0.8 points on held-out notes)
  const gain = (adapted.strict + adapted.overlap - base.strict - base.overlap) / 2;
  const used = adapted.strict >= base.strict && adapted.overlap >= base.overlap && gain >= MIN_GAIN;
  return { notes: covered.length, folds, base, adapted, used, ...(used ? {} : { reason: `the fit did not gain ${MIN_GAIN * 100} F1 points over the base, losing on neither strict nor overlap, in the ${folds}-fold check` }) };
}

function scoreByNote(label: Label, covered: readonly number[], sentences: readonly ReviewedSentence[], spansOf: (s: ReviewedSentence) => Span[]): F1Pair {
  const gold = covered.map((d) => ({ id: String(d), entities: sentences.filter((s) => s.document === d).flatMap((s, i) => s.gold.map((g) => shift(g, i))) }));
  const pred = covered.map((d) => ({ id: String(d), entities: sentences.filter((s) => s.document === d).flatMap((s, i) => spansOf(s).map((p) => shift(p, i))) }));
  const evaluation = evaluate(gold, pred, { labels: [label] });
  return { strict: round(evaluation.strict.micro.f1), overlap: round(evaluation.overlap.micro.f1) };
}

/** Sentences of one note do not overlap once each is moved to a distinct stretch of offsets. */
function shift(span: Span, sentence: number): Span {
  const stride = 1_000_000;
  return { start: span.start + sentence * stride, end: span.end + sentence * stride, label: span.label };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
