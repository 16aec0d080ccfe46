import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Entity } from '../entity';
import { ModelFolderError } from '../model/modelFolderError';
import type { SentenceAnalysis } from '../pipeline/sentenceAnalysis';
import { FittedLayer, type FittedLayerJson } from './fittedLayer';
import { TermMemory, type TermMemoryJson } from './termMemory';

/** config.json's `clinical_ner.learned`: the files `clinical-ner learn` wrote into the folder. */
export interface LearnedFilesJson {
  /** The fitted layer (FittedLayerJson), relative to the folder. */
  layer?: string;
  /** The term memory (TermMemoryJson), relative to the folder. */
  terms?: string;
  /** How it was learned: for people, not read by the engine. */
  fitted?: unknown;
}

/**
 * What a workspace learned, as data (what the extension sends to the engine's worker): each part,
 * when present, replaces what the worker had; null means none.
 */
export interface LearnedKnowledgeUpdate {
  terms?: TermMemoryJson | null;
  layer?: FittedLayerJson | null;
}

/**
 * What the engine applies on top of the base pipeline once a reviewer's decisions have taught it
 * something: a fitted layer (labels it decides anew) and a term memory (terms added at once,
 * rejected ones removed). Either may be empty.
 */
export class LearnedKnowledge {
  constructor(
    readonly memory: TermMemory = TermMemory.empty(),
    readonly layer?: FittedLayer,
  ) {}

  /** Reads the learned files a model folder names; any problem is a ModelFolderError naming the file. */
  static fromFolder(dir: string, json: unknown, configFile: string): LearnedKnowledge {
    if (typeof json !== 'object' || json === null) throw new ModelFolderError(configFile, '"clinical_ner.learned" must be an object');
    const files = json as LearnedFilesJson;
    const read = <T>(name: string | undefined, parse: (value: unknown) => T): T | undefined => {
      if (name === undefined) return undefined;
      if (typeof name !== 'string') throw new ModelFolderError(configFile, '"clinical_ner.learned" names its files as strings');
      const file = path.join(dir, name);
      if (!existsSync(file)) throw new ModelFolderError(file, 'is missing (config.json names it in clinical_ner.learned)');
      try {
        return parse(JSON.parse(readFileSync(file, 'utf8')));
      } catch (error) {
        throw new ModelFolderError(file, (error as Error).message);
      }
    };
    return new LearnedKnowledge(read(files.terms, (v) => TermMemory.fromJson(v)) ?? TermMemory.empty(), read(files.layer, (v) => FittedLayer.fromJson(v)));
  }

  /**
   * What a pipeline over the model named `modelName` applies of a workspace's term memory and
   * layer: a layer fitted over another model is left out (what it reads in each word would mean
   * something else); undefined when there is nothing.
   */
  static forModel(memory: TermMemory | undefined, layer: FittedLayer | undefined, modelName: string): LearnedKnowledge | undefined {
    const usable = layer && layer.json.base.model === modelName ? layer : undefined;
    return memory || usable ? new LearnedKnowledge(memory ?? TermMemory.empty(), usable) : undefined;
  }

  /** Whether applying it needs what the model read in each word (SentenceAnalysis.wordValues). */
  get needsAnalysis(): boolean {
    return (this.layer?.labels.length ?? 0) > 0;
  }

  get isEmpty(): boolean {
    return this.memory.size === 0 && !this.needsAnalysis;
  }

  /** The sentence's entities once the layer has decided its labels and the memory has spoken. */
  apply(analysis: SentenceAnalysis): Entity[] {
    const entities = this.layer ? this.layer.apply(analysis) : analysis.entities;
    return this.memory.apply(analysis.text, entities, this.layer?.labels ?? []);
  }
}
