import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { disableOnnxRuntimeTelemetry } from '../model/onnxRuntimeTelemetry';

/**
 * Starts a worker thread from `<name>.js` beside the bundle (dist/), or from `<name>.ts` in `dir`
 * under tsx (tests, benchmarks run from source). Every worker may load onnxruntime-node, so its
 * telemetry is switched off first.
 */
export function startWorker(dir: string, name: string, options: { file?: string; workerData?: unknown } = {}): Worker {
  const bundled = path.join(dir, `${name}.js`);
  const file = options.file ?? (existsSync(bundled) ? bundled : path.join(dir, `${name}.ts`));
  disableOnnxRuntimeTelemetry();
  return new Worker(file, {
    ...(file.endsWith('.ts') ? { execArgv: ['--require', 'tsx/cjs'] } : {}),
    ...(options.workerData === undefined ? {} : { workerData: options.workerData }),
  });
}
