import { ModelFolderError } from '../model/modelFolderError';
import type { SerializedError } from './protocol';

/** An error as a worker posts it: what the other side needs to rebuild one the caller can tell apart. */
export function serializeError(error: unknown): SerializedError {
  const e = error instanceof Error ? error : new Error(String(error));
  if (e instanceof ModelFolderError) return { name: e.name, message: e.message, kind: 'model-folder', file: e.file, problem: e.problem };
  return { name: e.name, message: e.message, kind: e.name === 'AbortError' ? 'aborted' : 'other' };
}

/** The error a worker serialized, rebuilt on the caller's side (a ModelFolderError stays one). */
export function rebuildError(error: SerializedError): Error {
  if (error.kind === 'model-folder') return new ModelFolderError(error.file ?? '', error.problem ?? error.message);
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  return rebuilt;
}
