import { LABELS, type Candidate, type Label, type Source } from '../entity';
import { LEXICON_SCORE } from '../lexicon/lexicon';
import { isMostlyCapitals } from '../text/capitals';

const LAYERS = ['model', 'lexicon', 'pattern'] as const;
type Layer = (typeof LAYERS)[number];

/** The candidates of one sentence that share a span and a label, with what every layer says about it. */
export interface CandidateCluster {
  start: number;
  end: number;
  label: Label;
  /** Each layer's best score on exactly this span and label. */
  exact: Map<Source, number>;
  /** Layers that propose an overlapping span of the same label, with the largest overlap (shared / union). */
  partial: Map<Source, number>;
  code?: string;
  /** The cluster's features, by name (see CLUSTER_FEATURES). */
  features: Map<string, number>;
}

/**
 * The names of the features a learned merge may weigh, computed for every cluster: its label,
 * which layers propose exactly it and with which score, which ones propose an overlapping span of
 * the same label (longer, shorter, or shifted) or of another label, whether the lexicon match is
 * ambiguous, how many words it has and how it is written, and which layers agree.
 */
export const CLUSTER_FEATURES: readonly string[] = [
  ...LABELS.map((l) => `label:${l}`),
  ...LAYERS.flatMap((s) => [`${s}:exact`, `${s}:score`, `${s}:overlap`, `${s}:contains`, `${s}:inside`, `${s}:otherLabel`]),
  ...LABELS.flatMap((l) => LAYERS.map((s) => `${l}:${s}:exact`)),
  'lexicon:ambiguous',
  'words:1',
  'words:2',
  'words:3+',
  'shape:all_upper',
  'shape:short',
  'shape:upper_sentence',
  'model:alone',
  'agree:model+lexicon',
  'agree:model+pattern',
  'agree:lexicon+pattern',
  'agree:all',
];

/** Groups a sentence's candidates by span and label and computes every cluster's features. */
export function clusterCandidates(sentence: string, candidates: readonly Candidate[]): CandidateCluster[] {
  const byKey = new Map<string, CandidateCluster>();
  for (const c of candidates) {
    const key = `${c.start}:${c.end}:${c.label}`;
    let cluster = byKey.get(key);
    if (!cluster) {
      cluster = { start: c.start, end: c.end, label: c.label, exact: new Map(), partial: new Map(), features: new Map() };
      byKey.set(key, cluster);
    }
    cluster.exact.set(c.source, Math.max(c.score, cluster.exact.get(c.source) ?? 0));
    if (c.code !== undefined && (cluster.code === undefined || c.source === 'lexicon')) cluster.code = c.code;
  }
  const clusters = [...byKey.values()];
  const capitalSentence = isMostlyCapitals(sentence);
  for (const cluster of clusters) describe(sentence, capitalSentence, cluster, candidates);
  return clusters;
}

function describe(sentence: string, capitalSentence: boolean, cluster: CandidateCluster, candidates: readonly Candidate[]): void {
  const f = cluster.features;
  f.set(`label:${cluster.label}`, 1);
  for (const layer of LAYERS) {
    const exact = cluster.exact.get(layer);
    if (exact !== undefined) {
      f.set(`${layer}:exact`, 1);
      f.set(`${layer}:score`, exact);
      f.set(`${cluster.label}:${layer}:exact`, 1);
    }
  }
  for (const c of candidates) {
    const shared = Math.min(c.end, cluster.end) - Math.max(c.start, cluster.start);
    if (shared <= 0) continue;
    if (c.label !== cluster.label) {
      f.set(`${c.source}:otherLabel`, 1);
      continue;
    }
    if (c.start === cluster.start && c.end === cluster.end) continue;
    const ratio = shared / (Math.max(c.end, cluster.end) - Math.min(c.start, cluster.start));
    f.set(`${c.source}:overlap`, Math.max(ratio, f.get(`${c.source}:overlap`) ?? 0));
    cluster.partial.set(c.source, Math.max(c.score * ratio, cluster.partial.get(c.source) ?? 0));
    if (c.start <= cluster.start && c.end >= cluster.end) f.set(`${c.source}:contains`, 1);
    if (c.start >= cluster.start && c.end <= cluster.end) f.set(`${c.source}:inside`, 1);
  }
  const lexiconScore = cluster.exact.get('lexicon');
  if (lexiconScore !== undefined && lexiconScore < LEXICON_SCORE) f.set('lexicon:ambiguous', 1);
  const text = sentence.slice(cluster.start, cluster.end);
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  f.set(words <= 1 ? 'words:1' : words === 2 ? 'words:2' : 'words:3+', 1);
  if (/\p{L}.*\p{L}/u.test(text) && !/\p{Ll}/u.test(text)) f.set('shape:all_upper', 1);
  if (text.length <= 3) f.set('shape:short', 1);
  if (capitalSentence) f.set('shape:upper_sentence', 1);
  if (cluster.exact.has('model') && !candidates.some((c) => c.source !== 'model' && c.label === cluster.label && c.start < cluster.end && cluster.start < c.end)) {
    f.set('model:alone', 1);
  }
  const has = (layer: Layer) => cluster.exact.has(layer);
  if (has('model') && has('lexicon')) f.set('agree:model+lexicon', 1);
  if (has('model') && has('pattern')) f.set('agree:model+pattern', 1);
  if (has('lexicon') && has('pattern')) f.set('agree:lexicon+pattern', 1);
  if (has('model') && has('lexicon') && has('pattern')) f.set('agree:all', 1);
}

/** The cluster's features as a vector in the order of `names`. */
export function featureVector(cluster: CandidateCluster, names: readonly string[]): Float64Array {
  return Float64Array.from(names, (name) => cluster.features.get(name) ?? 0);
}
