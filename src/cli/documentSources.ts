import { InputError } from './cliIo';

export interface InputDocument {
  id: string;
  text: string;
}

/**
 * Parses JSONL input lines `{"id", "text"}`; a malformed line names its line number. Every line
 * needs its own id (a string or a number): results are matched to documents by id, so a missing
 * or repeated one would silently attach them to the wrong note.
 */
export function parseJsonlDocuments(content: string, where: string): InputDocument[] {
  const documents: InputDocument[] = [];
  const lineOfId = new Map<string, number>();
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const at = `${where}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new InputError(`${at}: not JSON (${(error as Error).message})`);
    }
    const record = value as { id?: unknown; text?: unknown };
    if (typeof record !== 'object' || record === null || typeof record.text !== 'string') {
      throw new InputError(`${at}: expected {"id": …, "text": "…"}`);
    }
    if (record.id === undefined) throw new InputError(`${at}: no "id"; give every line an id of its own`);
    if (typeof record.id !== 'string' && !(typeof record.id === 'number' && Number.isFinite(record.id))) {
      throw new InputError(`${at}: "id" must be a string or a number`);
    }
    const id = String(record.id);
    if (id.trim() === '') throw new InputError(`${at}: empty "id"; give every line an id of its own`);
    const earlier = lineOfId.get(id);
    if (earlier !== undefined) throw new InputError(`${at}: id "${id}" is already used on line ${earlier}; give every line an id of its own`);
    lineOfId.set(id, index + 1);
    documents.push({ id, text: record.text });
  });
  return documents;
}

export async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
