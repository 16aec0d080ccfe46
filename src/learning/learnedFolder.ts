import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { LearnedKnowledge } from '../engine/learned/learnedKnowledge';
import type { LearnedFilesJson } from '../engine/learned/learnedKnowledge';

export const LAYER_FILE = 'learned-layer.json';
export const TERMS_FILE = 'learned-terms.json';

// What the engine reads from a model folder (DESIGN.md's model-folder contract); anything else in
// the base folder (PyTorch weights, training logs) is not copied.
const ENGINE_FILES = ['model.onnx', 'tokenizer.json', 'vocab.txt', 'tokenizer_config.json', 'special_tokens_map.json', 'lexicon.tsv', 'lexicon.index', 'patterns.json', 'MODEL_CARD.md'];

/**
 * Writes a model folder that loads like any other: the base folder's engine files, the learned
 * layer and term memory, and config.json naming them under clinical_ner.learned (replacing what
 * the base had learned, if anything). `fitted` records how, for people.
 */
export function writeLearnedFolder(baseDir: string, outDir: string, knowledge: LearnedKnowledge, fitted: Record<string, unknown>): void {
  const base = path.resolve(baseDir);
  const out = path.resolve(outDir);
  if (base === out) throw new Error('the output folder must not be the base model folder');
  if (existsSync(out) && !statSync(out).isDirectory()) throw new Error(`${out} exists and is not a folder`);
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(path.join(out, 'config.json'))) {
    throw new Error(`${out} is not empty and is not a model folder: choose an empty or new folder`);
  }
  mkdirSync(out, { recursive: true });
  for (const name of ENGINE_FILES) copyIfPresent(path.join(base, name), path.join(out, name));
  const onnxDir = path.join(base, 'onnx');
  if (existsSync(onnxDir) && statSync(onnxDir).isDirectory()) {
    mkdirSync(path.join(out, 'onnx'), { recursive: true });
    // model.onnx and any external-data files it refers to
    for (const name of readdirSync(onnxDir)) if (name.startsWith('model.onnx')) copyIfPresent(path.join(onnxDir, name), path.join(out, 'onnx', name));
  }
  const config = JSON.parse(readFileSync(path.join(base, 'config.json'), 'utf8')) as Record<string, unknown>;
  const project = { ...((config.clinical_ner as Record<string, unknown> | undefined) ?? {}) };
  const learned: LearnedFilesJson = { terms: TERMS_FILE, fitted };
  if (knowledge.layer) {
    writeFileSync(path.join(out, LAYER_FILE), JSON.stringify(knowledge.layer.json) + '\n');
    learned.layer = LAYER_FILE;
  }
  writeFileSync(path.join(out, TERMS_FILE), JSON.stringify(knowledge.memory.toJson()) + '\n');
  const baseName = typeof project.name === 'string' ? project.name : typeof config.name === 'string' ? config.name : path.basename(base);
  project.name = `${baseName} + learned`;
  project.learned = learned;
  config.clinical_ner = project;
  writeFileSync(path.join(out, 'config.json'), JSON.stringify(config, null, 1) + '\n');
}

function copyIfPresent(from: string, to: string): void {
  // a copy-on-write clone where the file system has one: a BERT-sized model.onnx is 400 MB
  if (existsSync(from)) copyFileSync(from, to, constants.COPYFILE_FICLONE);
}
