import type { Candidate, Entity, Source } from '../entity';
import { ModelFolderError } from '../model/modelFolderError';
import { clusterCandidates, CLUSTER_FEATURES, featureVector, type CandidateCluster } from './candidateClusters';

/** config.json's `clinical_ner.merge`: a logistic regression over cluster features, fitted on held-out notes. */
export interface LearnedMergeJson {
  features: string[];
  weights: number[];
  bias: number;
  /** Clusters less likely than this to be right are not suggested. */
  threshold: number;
  /** How it was fitted (notes, scores): for people, not read by the engine. */
  fitted?: unknown;
}

const SOURCE_ORDER: readonly Source[] = ['manual', 'learned', 'model', 'lexicon', 'pattern'];

/**
 * Decides which candidates become entities from what every layer says about each span: the
 * probability that a span and label is right (a logistic regression over the cluster's features,
 * calibrated on notes the model never saw), then, most likely first, every span that does not
 * overlap one already taken and clears the threshold. An entity's score is that probability;
 * its sources are the layers that propose it or an overlapping span of the same label.
 */
export class LearnedMerge {
  private constructor(private readonly json: LearnedMergeJson) {}

  /** Checks `json` (config.json's `clinical_ner.merge`); problems are ModelFolderErrors naming `file`. */
  static fromJson(json: unknown, file: string): LearnedMerge {
    const fail = (problem: string): never => {
      throw new ModelFolderError(file, `"clinical_ner.merge" ${problem}`);
    };
    if (typeof json !== 'object' || json === null) fail('must be an object');
    const m = json as Partial<LearnedMergeJson>;
    if (!Array.isArray(m.features) || !m.features.every((f) => typeof f === 'string')) fail('needs "features", a list of names');
    const features = m.features as string[];
    const unknown = features.filter((f) => !CLUSTER_FEATURES.includes(f));
    if (unknown.length > 0) fail(`names features this engine cannot compute: ${unknown.join(', ')}`);
    if (!Array.isArray(m.weights) || m.weights.length !== features.length || !m.weights.every(Number.isFinite)) {
      fail(`needs "weights", one number per feature (${features.length})`);
    }
    if (!Number.isFinite(m.bias)) fail('needs a numeric "bias"');
    if (typeof m.threshold !== 'number' || !(m.threshold >= 0 && m.threshold <= 1)) fail('needs a "threshold" from 0 to 1');
    return new LearnedMerge(m as LearnedMergeJson);
  }

  get threshold(): number {
    return this.json.threshold;
  }

  /** The probability that each cluster's span and label is right. */
  probabilities(clusters: readonly CandidateCluster[]): number[] {
    return clusters.map((cluster) => {
      const x = featureVector(cluster, this.json.features);
      let z = this.json.bias;
      for (let i = 0; i < x.length; i++) z += this.json.weights[i] * x[i];
      return 1 / (1 + Math.exp(-z));
    });
  }

  /** Entities of one sentence (offsets relative to it), none overlapping, in text order. */
  merge(sentence: string, candidates: readonly Candidate[], minScore = this.json.threshold): Entity[] {
    const clusters = clusterCandidates(sentence, candidates);
    const probability = this.probabilities(clusters);
    const order = clusters
      .map((_, i) => i)
      .sort((a, b) => probability[b] - probability[a] || spanLength(clusters[b]) - spanLength(clusters[a]) || clusters[a].start - clusters[b].start);
    const taken: CandidateCluster[] = [];
    const scores = new Map<CandidateCluster, number>();
    for (const i of order) {
      const cluster = clusters[i];
      if (probability[i] < minScore) break;
      if (taken.some((t) => t.start < cluster.end && cluster.start < t.end)) continue;
      taken.push(cluster);
      scores.set(cluster, probability[i]);
    }
    return taken
      .sort((a, b) => a.start - b.start)
      .map((c) => ({
        start: c.start,
        end: c.end,
        label: c.label,
        text: sentence.slice(c.start, c.end),
        score: scores.get(c) ?? 0,
        source: SOURCE_ORDER.filter((s) => c.exact.has(s) || c.partial.has(s)),
        ...(c.code !== undefined ? { code: c.code } : {}),
      }));
  }
}

function spanLength(c: CandidateCluster): number {
  return c.end - c.start;
}
