import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { bertTokenizerJson } from '../../../../src/engine/model/bertTokenizerJson';
import { WordPieceTokenizer } from '../../../../src/engine/model/wordPieceTokenizer';

export const SEED_FORMAT_MODEL = path.resolve(__dirname, '../../../fixtures/seed-format-model');
export const INVALID_ONNX = path.join(SEED_FORMAT_MODEL, 'invalid-onnx');
const VOCAB = path.join(SEED_FORMAT_MODEL, 'vocab.txt');

/** A bert-base-cased tokenizer with the given tokenizer_config.json settings. */
export function bertBaseCasedTokenizer(tokenizerConfig: Record<string, unknown> = { do_lower_case: false }): WordPieceTokenizer {
  const json = bertTokenizerJson(readFileSync(VOCAB, 'utf8'), tokenizerConfig, VOCAB, 'tokenizer_config.json');
  return WordPieceTokenizer.fromJson(json, 'tokenizer.json');
}

/** A temporary copy of the seed-format model folder, changed by `edit`; removed by the returned cleanup. */
export function copyOfSeedFormatModel(edit: (dir: string) => void = () => {}): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'seed-format-'));
  cpSync(SEED_FORMAT_MODEL, dir, { recursive: true });
  rmSync(path.join(dir, 'invalid-onnx'), { recursive: true });
  edit(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The parts of a model folder's config.json that tests edit. */
export interface ModelConfigJson {
  id2label: Record<string, string>;
  clinical_ner: Record<string, unknown>;
}

export function editJson(file: string, edit: (json: ModelConfigJson) => void): void {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  edit(json);
  writeFileSync(file, JSON.stringify(json));
}
