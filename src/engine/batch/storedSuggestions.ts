import { isLabel, type Entity } from '../entity';

/**
 * One line of a suggestions file as a batch run writes it for later review:
 * `{"id", "textHash", "length", "entities"}`. `textHash` (hex sha256 of the UTF-8 text, as in the
 * gold file) and `length` (UTF-16 code units) tell whether the note still has the text the
 * offsets refer to; a line without them (e.g. from `clinical-ner annotate --out`) is never trusted.
 */
export interface StoredSuggestions {
  id: string;
  textHash?: string;
  length?: number;
  entities: Entity[];
}

export function storedSuggestionsLine(id: string, entities: readonly Entity[], text: string, hash: string): string {
  return JSON.stringify({ id, textHash: hash, length: text.length, entities });
}

/**
 * Reads a suggestions file into a map by id; a later line for the same id replaces an earlier one.
 * Lines that are not suggestion lines (cut short by an interruption, a gold line) are skipped:
 * this is a cache, and a missing entry only means the note is annotated again.
 */
export function parseStoredSuggestions(content: string): Map<string, StoredSuggestions> {
  const byId = new Map<string, StoredSuggestions>();
  for (const line of content.split('\n')) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    const record = value as Partial<StoredSuggestions> & { decisions?: unknown };
    if (typeof record !== 'object' || record === null || typeof record.id !== 'string' || !Array.isArray(record.entities) || 'decisions' in record) continue;
    const entities = record.entities.filter(isEntity);
    byId.set(record.id, {
      id: record.id,
      textHash: typeof record.textHash === 'string' ? record.textHash : undefined,
      length: typeof record.length === 'number' ? record.length : undefined,
      entities,
    });
  }
  return byId;
}

/**
 * The stored entities if they were computed for exactly this text (same length, same hash, every
 * entity's text at its offsets); undefined means: annotate again.
 */
export function storedEntitiesFor(stored: StoredSuggestions, text: string, hash: string): Entity[] | undefined {
  if (stored.length !== text.length || stored.textHash !== hash) return undefined;
  if (!stored.entities.every((e) => e.end <= text.length && text.slice(e.start, e.end) === e.text)) return undefined;
  return stored.entities;
}

function isEntity(value: unknown): value is Entity {
  const e = value as Partial<Entity>;
  return typeof e === 'object' && e !== null
    && Number.isInteger(e.start) && Number.isInteger(e.end) && e.start! >= 0 && e.end! >= e.start!
    && typeof e.label === 'string' && isLabel(e.label)
    && typeof e.text === 'string' && typeof e.score === 'number' && Array.isArray(e.source);
}
