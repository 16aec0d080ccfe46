import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * The repository root, found from wherever the code runs (bench/ under tsx, dist/bench.js after
 * the build): the first folder above `from` whose package.json is clinical-ner's.
 */
export function repoRoot(from: string = __dirname): string {
  let dir = path.resolve(from);
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'clinical-ner') return dir;
      } catch {
        // not a readable manifest: keep looking above
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`the clinical-ner repository root was not found above ${from}`);
    dir = parent;
  }
}

/** The ONNX file of a model folder (model.onnx or onnx/model.onnx), or undefined. */
export function onnxFileOf(modelDir: string): string | undefined {
  for (const candidate of [path.join(modelDir, 'model.onnx'), path.join(modelDir, 'onnx', 'model.onnx')]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

export interface BenchModel {
  /** Short name used in the report. */
  id: string;
  dir: string;
  /** Whether the folder has an ONNX model (otherwise it is listed but not benchmarked). */
  present: boolean;
}

/** The models the benchmarks know about, in report order; `present` says which can run. */
export function benchModels(root: string = repoRoot()): BenchModel[] {
  const seed = path.join(root, 'test', 'fixtures', 'seed-format-model');
  const def = path.join(root, 'models', 'default-it');
  const timing = seedSizedModelDir(root);
  return [
    { id: 'seed-format fixture', dir: seed, present: onnxFileOf(seed) !== undefined },
    { id: 'default-it', dir: def, present: onnxFileOf(def) !== undefined },
    { id: 'seed-sized (bert-base, random weights)', dir: timing, present: onnxFileOf(timing) !== undefined },
  ];
}

/**
 * A model with the seed's signature and bert-base's size (random weights: its outputs mean
 * nothing, its cost per token is the seed's), made once by scripts/make-seed-fixture.py where
 * Debian's python3-torch is installed; 430 MB, kept out of git in bench/.cache.
 */
export function prepareSeedSizedModel(root: string): void {
  const dir = seedSizedModelDir(root);
  if (onnxFileOf(dir) === undefined && spawnSync('/usr/bin/python3', ['-c', 'import torch, onnx']).status === 0) {
    process.stdout.write('making the seed-sized timing model (bert-base, random weights)…\n');
    spawnSync('/usr/bin/python3', [path.join(root, 'scripts', 'make-seed-fixture.py'), '--timing-model', dir], {
      stdio: 'inherit',
      env: { ...process.env, OPENBLAS_NUM_THREADS: '1' },
    });
  }
}

/**
 * One MatMul of bert-base's feed-forward shape (scripts/make-seed-fixture.py --gemm-model), made
 * once like the seed-sized model: ONNX Runtime's speed on it is a reference for the arithmetic rate
 * of a bert-base model on this machine. Undefined where it cannot be made (no Debian python3-torch).
 */
export function matMulReferenceModel(root: string = repoRoot()): string | undefined {
  const file = path.join(root, 'bench', '.cache', 'feed-forward-matmul.onnx');
  if (!existsSync(file) && spawnSync('/usr/bin/python3', ['-c', 'import torch, onnx']).status === 0) {
    spawnSync('/usr/bin/python3', [path.join(root, 'scripts', 'make-seed-fixture.py'), '--gemm-model', file], {
      stdio: 'inherit',
      env: { ...process.env, OPENBLAS_NUM_THREADS: '1' },
    });
  }
  return existsSync(file) ? file : undefined;
}

function seedSizedModelDir(root: string): string {
  return path.join(root, 'bench', '.cache', 'seed-sized-model');
}

const MAKE_WITH_TORCH = "Debian's python3-torch and python3-onnx (apt-get install python3-torch python3-onnx)";

/** How to make a bench model that is missing, in one sentence: the seed-sized rows say it instead of just "not run". */
export function howToMake(model: 'seed-sized' | 'small-bert'): string {
  return model === 'seed-sized'
    ? `make it with \`OPENBLAS_NUM_THREADS=1 /usr/bin/python3 scripts/make-seed-fixture.py --timing-model bench/.cache/seed-sized-model\` (${MAKE_WITH_TORCH}; 430 MB, a few minutes), then run npm run bench again`
    : `make it with \`bash bench/smallBert/make-small-bert.sh bench/.cache/small-bert\` (${MAKE_WITH_TORCH}; trains for 10 minutes), then run npm run bench again`;
}

/**
 * The small BERT-shaped model trained from scratch on the project's notes (bench/smallBert), for
 * the int8 agreement row: made once where Debian's python3-torch is installed (about 10 minutes of
 * training), kept out of git in bench/.cache. Undefined where it is missing and cannot be made.
 */
export function smallBertModel(root: string = repoRoot()): string | undefined {
  const dir = path.join(root, 'bench', '.cache', 'small-bert');
  if (onnxFileOf(dir) === undefined && spawnSync('/usr/bin/python3', ['-c', 'import torch, onnx']).status === 0) {
    process.stdout.write('training the small BERT-shaped model for the int8 agreement check (about 10 minutes)…\n');
    spawnSync('bash', [path.join(root, 'bench', 'smallBert', 'make-small-bert.sh'), dir], { stdio: 'inherit', cwd: root });
  }
  return onnxFileOf(dir) === undefined ? undefined : dir;
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  node: string;
  onnxruntime: string;
  transformers: string;
  date: string;
}

function packageVersion(dir: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

export function machineInfo(root: string = repoRoot(), now: Date = new Date()): MachineInfo {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) cpu = match[1].trim();
  } catch {
    // no /proc: keep what os.cpus() says
  }
  return {
    cpu,
    cores: os.cpus().length,
    node: process.version,
    onnxruntime: packageVersion(path.join(root, 'node_modules', 'onnxruntime-node')),
    transformers: packageVersion(path.join(root, 'bench', 'node_modules', '@huggingface', 'transformers')),
    date: now.toISOString(),
  };
}
