import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { FittedLayer, type FittedLayerJson } from '../engine/learned/fittedLayer';
import type { TermMemoryJson } from '../engine/learned/termMemory';
import { describeFileSystemError } from '../engine/files/fileSystemError';
import { writeFileAtomic } from '../gold/atomicWrite';

/** Where a workspace keeps what it learned, relative to its folder. */
export const WORKSPACE_LEARNED_DIR = '.clinical-ner/learned';

/** The workspace's learning bookkeeping (`state.json`). */
export interface LearningStateJson {
  format: 'clinical-ner-learning-state';
  version: 1;
  /** ISO time of the last "Clear What Was Learned": decisions taken before it teach nothing. */
  clearedAt?: string;
  /** Decisions counted when the layer was last fitted: the next fit is due `refitEvery` after it. */
  decisionsAtLastFit?: number;
}

export const EMPTY_STATE: LearningStateJson = { format: 'clinical-ner-learning-state', version: 1 };

/** What was read back, and a sentence naming each file that could not be used (left as it is). */
export interface StoredLearning {
  state: LearningStateJson;
  layer?: FittedLayerJson;
  /** terms.json as written (it is rebuilt from the gold file, so only compared, never parsed). */
  terms?: string;
  problems: string[];
}

/**
 * The files of `.clinical-ner/learned/`: `terms.json` (the term memory, rebuilt from the gold file
 * after every decision), `layer.json` (the layer fitted over the base model, which names that
 * model) and `state.json`. Each is versioned JSON written atomically; one that cannot be read is
 * reported and left in place, never overwritten until the next write of that file.
 */
export class WorkspaceLearnedFiles {
  constructor(readonly dir: string) {}

  get termsFile(): string {
    return path.join(this.dir, 'terms.json');
  }

  get layerFile(): string {
    return path.join(this.dir, 'layer.json');
  }

  get stateFile(): string {
    return path.join(this.dir, 'state.json');
  }

  async read(): Promise<StoredLearning> {
    const problems: string[] = [];
    const state = await this.readJson(this.stateFile, parseState, problems);
    const layer = await this.readJson(this.layerFile, (json) => FittedLayer.fromJson(json).json, problems);
    const terms = (await fs.readFile(this.termsFile, 'utf8').catch(() => undefined))?.trim();
    return { state: state ?? EMPTY_STATE, ...(layer ? { layer } : {}), ...(terms === undefined ? {} : { terms }), problems };
  }

  writeTerms(terms: TermMemoryJson): Promise<void> {
    return this.write(this.termsFile, terms);
  }

  writeLayer(layer: FittedLayerJson): Promise<void> {
    return this.write(this.layerFile, layer);
  }

  writeState(state: LearningStateJson): Promise<void> {
    return this.write(this.stateFile, state);
  }

  /** Forgets everything learned up to `clearedAt`: an empty term memory, no layer, the time kept in state.json. */
  async clear(terms: TermMemoryJson, clearedAt: string): Promise<LearningStateJson> {
    const state: LearningStateJson = { ...EMPTY_STATE, clearedAt };
    await this.writeState(state);
    await this.writeTerms(terms);
    try {
      await fs.rm(this.layerFile, { force: true });
    } catch (error) {
      throw describeFileSystemError(error, this.layerFile, 'remove');
    }
    return state;
  }

  private async write(file: string, value: unknown): Promise<void> {
    try {
      await fs.mkdir(this.dir, { recursive: true });
    } catch (error) {
      throw describeFileSystemError(error, this.dir, 'create the folder');
    }
    await writeFileAtomic(file, JSON.stringify(value) + '\n');
  }

  private async readJson<T>(file: string, parse: (json: unknown) => T, problems: string[]): Promise<T | undefined> {
    let content: string;
    try {
      content = await fs.readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') problems.push((describeFileSystemError(error, file, 'read') as Error).message);
      return undefined;
    }
    try {
      return parse(JSON.parse(content));
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}; it is left as it is and not used`);
      return undefined;
    }
  }
}

function parseState(json: unknown): LearningStateJson {
  const s = json as Partial<LearningStateJson>;
  if (typeof s !== 'object' || s === null || s.format !== 'clinical-ner-learning-state' || s.version !== 1) {
    throw new Error('not a clinical-ner learning state (format "clinical-ner-learning-state", version 1)');
  }
  if (s.clearedAt !== undefined && Number.isNaN(Date.parse(s.clearedAt))) throw new Error(`clearedAt "${String(s.clearedAt)}" is not a time`);
  if (s.decisionsAtLastFit !== undefined && !Number.isInteger(s.decisionsAtLastFit)) throw new Error('decisionsAtLastFit is not a whole number');
  return { ...EMPTY_STATE, ...(s.clearedAt ? { clearedAt: s.clearedAt } : {}), ...(s.decisionsAtLastFit !== undefined ? { decisionsAtLastFit: s.decisionsAtLastFit } : {}) };
}
