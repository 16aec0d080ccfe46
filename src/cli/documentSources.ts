import { InputError } from './cliIo';

export interface InputDocument {
  id: string;
  text: string;
}

/** Parses JSONL input lines `{"id", "text"}`; a malformed line names its line number. */
export function parseJsonlDocuments(content: string, where: string): InputDocument[] {
  const documents: InputDocument[] = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new InputError(`${where}:${index + 1}: not JSON (${(error as Error).message})`);
    }
    const record = value as { id?: unknown; text?: unknown };
    if (typeof record !== 'object' || record === null || typeof record.text !== 'string') {
      throw new InputError(`${where}:${index + 1}: expected {"id": …, "text": "…"}`);
    }
    documents.push({ id: record.id === undefined ? String(index + 1) : String(record.id), text: record.text });
  });
  return documents;
}

export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
