import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { assignAssertions } from '../assertion/assertionDetector';
import type { Candidate, Entity, Source, TextRange } from '../entity';
import type { Lexicon } from '../lexicon/lexicon';
import { loadLexiconFile } from '../lexicon/lexiconFile';
import { mergeCandidates } from '../merge/entityMerger';
import { checkModelFolderExists, readJson } from '../model/modelFolder';
import { ModelFolderError } from '../model/modelFolderError';
import { ModelRunner, type ModelRunnerOptions, type WordFeatures } from '../model/modelRunner';
import { PatternFormatError } from '../patterns/patternRule';
import { PatternSet } from '../patterns/patternSet';
import { splitSentences } from '../text/sentenceSplitter';
import { tidyCandidates } from '../text/spanEdges';
import { tokenizeWords } from '../text/wordTokenizer';
import { defaultModelDir } from './defaultModel';
import type { SentenceAnalysis } from './sentenceAnalysis';
import type { LearnedKnowledge } from '../learned/learnedKnowledge';
import { SentenceCache } from './sentenceCache';

/** The layers a pipeline can run; evaluation runs them one at a time (model-only, lexicon-only…). */
export type LayerSource = Exclude<Source, 'manual' | 'learned'>;
export const ALL_LAYERS: readonly LayerSource[] = ['model', 'lexicon', 'pattern'];

export interface PipelineOptions extends ModelRunnerOptions {
  /** Layers whose candidates reach the merge (default: every layer the folder provides). */
  sources?: readonly LayerSource[];
  /** Which source wins an overlap first; then score, then length. */
  sourcePriority?: readonly Source[];
  /** Entities scored below this are dropped (default: the model folder's clinical_ner.min_score). */
  minScore?: number;
  /** Sentences kept in the incremental cache. */
  cacheSize?: number;
  /**
   * What a reviewer taught, applied on top of the layers (term memory, fitted layer); replaces
   * what the model folder itself learned, if anything.
   */
  learned?: LearnedKnowledge;
}

export interface AnnotationResult {
  entities: Entity[];
  /** Sentences in the text. */
  sentences: number;
  /** Sentences that were not in the cache and ran through the layers. */
  annotatedSentences: number;
  /** The part of the text the entities are for, when only the sentences within a range were annotated. */
  covered?: TextRange;
}

export interface PipelineInfo {
  modelDir: string;
  modelName: string;
  sources: LayerSource[];
  lexiconEntries: number;
  patternRules: number;
}

const DEFAULT_PRIORITY: readonly Source[] = ['manual', 'learned', 'model', 'lexicon', 'pattern'];
// Sentences whose layers' output is kept apart from what was learned: the open notes' sentences
// (a 3,000-word note has about 200), not a whole archive, since each keeps what the model read in
// every word when a fitted layer needs it.
const ANALYSIS_CACHE_SIZE = 5_000;

/**
 * The whole engine over one model folder: sentences → model, lexicon and patterns → merge →
 * assertion. Results are cached per sentence text, so re-annotating an edited document runs only
 * the sentences that changed and gives exactly what a full run would.
 */
export class NerPipeline {
  private readonly cache: SentenceCache;
  private readonly analysisCache = new SentenceCache<SentenceAnalysis>(ANALYSIS_CACHE_SIZE);
  private learned: LearnedKnowledge | undefined;

  private constructor(
    readonly info: PipelineInfo,
    private readonly model: ModelRunner | undefined,
    private readonly lexicon: Lexicon | undefined,
    private readonly patterns: PatternSet | undefined,
    private readonly options: PipelineOptions,
  ) {
    this.cache = new SentenceCache(options.cacheSize);
    this.learned = options.learned ?? model?.info.learned;
  }

  /**
   * Applies what a reviewer taught from now on (undefined: nothing, or the folder's own); cached
   * results are dropped, but not what the layers said about each sentence, so only applying what
   * was learned is done again.
   */
  setLearned(learned: LearnedKnowledge | undefined): void {
    this.learned = learned ?? this.model?.info.learned;
    this.cache.clear();
  }

  /** What the pipeline applies on top of its layers, if anything. */
  get learnedKnowledge(): LearnedKnowledge | undefined {
    return this.learned;
  }

  /**
   * Loads a model folder; any problem with it is a ModelFolderError naming the file. A folder
   * without lexicon.tsv or patterns.json (the seed model's) borrows those of the bundled default.
   */
  static async load(modelDir: string = defaultModelDir(), options: PipelineOptions = {}): Promise<NerPipeline> {
    const dir = path.resolve(modelDir);
    checkModelFolderExists(dir);
    const wanted = new Set(options.sources ?? ALL_LAYERS);
    const hasModel = existsSync(path.join(dir, 'model.onnx')) || existsSync(path.join(dir, 'onnx', 'model.onnx'));
    if (wanted.has('model') && !hasModel) {
      throw new ModelFolderError(path.join(dir, 'model.onnx'), 'no model.onnx (nor onnx/model.onnx) in the folder; without a model, run the lexicon and patterns alone (sources lexicon,pattern)');
    }
    const model = wanted.has('model') && hasModel ? await ModelRunner.load(dir, options) : undefined;
    // A model that reads the knowledge layers' candidates needs them even when they are not shown.
    const modelReadsKnowledge = model?.takesCandidates ?? false;
    const needKnowledge = wanted.has('lexicon') || wanted.has('pattern') || modelReadsKnowledge;
    const lexiconFile = needKnowledge ? knowledgeFile(dir, 'lexicon.tsv') : undefined;
    const lexicon = lexiconFile ? (await loadLexiconFile(lexiconFile)).lexicon : undefined;
    const patternsFile = wanted.has('pattern') || modelReadsKnowledge ? knowledgeFile(dir, 'patterns.json') : undefined;
    const patterns = patternsFile ? await loadPatterns(patternsFile) : undefined;
    const sources = ALL_LAYERS.filter((s) => wanted.has(s) && (s === 'model' ? model : s === 'lexicon' ? lexicon : patterns));
    const info: PipelineInfo = {
      modelDir: dir,
      modelName: model?.info.name ?? path.basename(dir),
      sources,
      lexiconEntries: lexicon?.size ?? 0,
      patternRules: patterns?.size ?? 0,
    };
    return new NerPipeline(info, model, lexicon, patterns, { ...options, sources });
  }

  /**
   * Annotates the text; with `within`, only the sentences that overlap that range (the part of a
   * long note on screen, shown before the rest is done), each exactly as a whole run would.
   */
  async annotate(text: string, signal?: AbortSignal, within?: TextRange): Promise<AnnotationResult> {
    const all = splitSentences(text);
    const ranges = within ? all.filter((r) => r.start < within.end && within.start < r.end) : all;
    const sentences = ranges.map((r) => text.slice(r.start, r.end));
    const found = sentences.map((s) => this.cache.get(s));
    const missing = [...new Set(sentences.filter((_, i) => found[i] === undefined))];
    if (missing.length > 0) {
      const learned = this.learned;
      const computed = await this.annotateSentences(missing, signal);
      const fresh = new Map(missing.map((s, i) => [s, computed[i]]));
      // what was learned changed while this ran (setLearned): its results must not outlive it in the cache
      if (this.learned === learned) for (const [sentence, entities] of fresh) this.cache.set(sentence, entities);
      sentences.forEach((s, i) => {
        found[i] ??= fresh.get(s);
      });
    }
    const entities: Entity[] = [];
    ranges.forEach((range, i) => {
      for (const e of found[i] ?? []) {
        entities.push({ ...e, source: [...e.source], start: e.start + range.start, end: e.end + range.start });
      }
    });
    const result: AnnotationResult = { entities, sentences: ranges.length, annotatedSentences: missing.length };
    if (within) result.covered = { start: ranges[0]?.start ?? within.start, end: ranges.at(-1)?.end ?? within.start };
    return result;
  }

  /** Runs every layer on sentences given alone, then what was learned; offsets are relative to each sentence. */
  async annotateSentences(sentences: readonly string[], signal?: AbortSignal): Promise<Entity[][]> {
    const learned = this.learned;
    const analyses = await this.layerAnalyses(sentences, learned?.needsAnalysis ?? false, signal);
    return analyses.map((analysis) => assignAssertions(analysis.text, learned ? learned.apply(analysis) : analysis.entities));
  }

  /**
   * What the layers say about each sentence, before anything learned: cached apart from the final
   * entities, since what a reviewer taught changes after every decision and the model need not
   * run again for it. `withWordFeatures`: what the model read in each word is needed too.
   */
  private async layerAnalyses(sentences: readonly string[], withWordFeatures: boolean, signal?: AbortSignal): Promise<SentenceAnalysis[]> {
    const usable = (a: SentenceAnalysis | undefined) => (a && (!withWordFeatures || !this.model || a.wordValues) ? a : undefined);
    const found = sentences.map((s) => usable(this.analysisCache.get(s)));
    const missing = [...new Set(sentences.filter((_, i) => found[i] === undefined))];
    if (missing.length > 0) {
      const computed = await this.analyze(missing, withWordFeatures, signal);
      const fresh = new Map(missing.map((s, i) => [s, computed[i]!]));
      for (const [sentence, analysis] of fresh) this.analysisCache.set(sentence, analysis);
      sentences.forEach((s, i) => {
        found[i] ??= fresh.get(s);
      });
    }
    return found as SentenceAnalysis[];
  }

  /**
   * Every layer's candidates for sentences given alone, edges tidied, before any merge (the
   * model's all of them, whatever their score); offsets relative to each sentence.
   */
  async candidatesOf(sentences: readonly string[], signal?: AbortSignal): Promise<Candidate[][]> {
    return (await this.runLayers(sentences, false, signal)).candidates;
  }

  /** What every layer says about each sentence, and what the model read in each word (see SentenceAnalysis). */
  analyzeSentences(sentences: readonly string[], signal?: AbortSignal): Promise<SentenceAnalysis[]> {
    return this.analyze(sentences, true, signal);
  }

  private async analyze(sentences: readonly string[], withWordFeatures: boolean, signal?: AbortSignal): Promise<SentenceAnalysis[]> {
    const { candidates, features } = await this.runLayers(sentences, withWordFeatures, signal);
    return sentences.map((text, i) => {
      const read = features?.[i];
      return {
        text,
        candidates: candidates[i],
        entities: this.combine(text, candidates[i]),
        words: read?.words ?? tokenizeWords(text).map(({ start, end }) => ({ start, end })),
        ...(read ? { wordValues: { width: read.width, values: read.values } } : {}),
      };
    });
  }

  private async runLayers(sentences: readonly string[], withWordFeatures: boolean, signal?: AbortSignal): Promise<{ candidates: Candidate[][]; features?: WordFeatures[] }> {
    const sources = this.options.sources ?? ALL_LAYERS;
    signal?.throwIfAborted();
    const lexical = sentences.map((sentence) => this.lexicon?.match(sentence) ?? []);
    const patterned = sentences.map((sentence, i) => this.patterns?.match(sentence, lexical[i]) ?? []);
    const hints = this.model?.takesCandidates ? sentences.map((sentence, i) => tidyCandidates(sentence, [...lexical[i], ...patterned[i]])) : [];
    let modelCandidates: Candidate[][] = [];
    let features: WordFeatures[] | undefined;
    if (this.model && withWordFeatures) ({ candidates: modelCandidates, features } = await this.model.annotateWithWordFeatures([...sentences], hints));
    else if (this.model) modelCandidates = await this.model.annotateSentences([...sentences], hints);
    signal?.throwIfAborted();
    const candidates = sentences.map((sentence, i) =>
      tidyCandidates(sentence, [
        ...(modelCandidates[i] ?? []),
        ...(sources.includes('lexicon') ? lexical[i] : []),
        ...(sources.includes('pattern') ? patterned[i] : []),
      ]),
    );
    return { candidates, ...(features ? { features } : {}) };
  }

  /**
   * One sentence's entities from its candidates: with every layer on, by the merge the model
   * folder learned (clinical_ner.merge), else by source priority, score and length.
   */
  private combine(sentence: string, candidates: readonly Candidate[]): Entity[] {
    const learned = this.model?.info.merge;
    const allLayers = ALL_LAYERS.every((layer) => this.info.sources.includes(layer));
    if (learned && allLayers) return learned.merge(sentence, candidates, this.options.minScore ?? learned.threshold);
    const minScore = this.options.minScore ?? this.model?.info.minScore ?? 0;
    // A model candidate too weak to be suggested must not win an overlap against a lexicon or
    // pattern candidate of another label (on the dev notes the lexicon label was right 34 times
    // out of 45 there).
    const kept = candidates.filter((c) => c.source !== 'model' || c.score >= minScore);
    const priority = this.options.sourcePriority ?? DEFAULT_PRIORITY;
    return mergeCandidates(sentence, kept, { sourcePriority: [...priority] }).filter((e) => e.score >= minScore);
  }

  /** Drops what is cached for these sentences (what a warm-up ran), keeping the rest. */
  forget(sentences: readonly string[]): void {
    for (const sentence of sentences) {
      this.cache.delete(sentence);
      this.analysisCache.delete(sentence);
    }
  }

  clearCache(): void {
    this.cache.clear();
    this.analysisCache.clear();
  }

  async dispose(): Promise<void> {
    this.clearCache();
    await this.model?.dispose();
  }
}

async function loadPatterns(file: string): Promise<PatternSet> {
  const json = await readJson(file);
  try {
    return PatternSet.fromJson(json);
  } catch (error) {
    if (!(error instanceof PatternFormatError)) throw error;
    throw new ModelFolderError(file, error.message);
  }
}

/** A knowledge file of the folder itself, else the bundled default's. */
function knowledgeFile(dir: string, name: string): string | undefined {
  const own = path.join(dir, name);
  if (existsSync(own)) return own;
  try {
    const fallback = path.join(defaultModelDir(), name);
    return existsSync(fallback) ? fallback : undefined;
  } catch {
    return undefined;
  }
}
