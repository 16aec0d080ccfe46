import type { Label } from '../entity';

export type TagScheme = 'BIO' | 'BIOES';
export type EntityTagPrefix = 'B' | 'I' | 'E' | 'S';

/** A model output tag with its entity type resolved to a project label. */
export type Tag = { prefix: 'O' } | { prefix: EntityTagPrefix; label: Label };

/** A tag name split into prefix and entity type, before the type is mapped to a label. */
export type ParsedTagName = { prefix: 'O' } | { prefix: EntityTagPrefix; type: string };

// BILOU models name E and S "L" (last) and "U" (unit); the meaning is the same.
const PREFIX_ALIASES: Record<string, EntityTagPrefix> = { B: 'B', I: 'I', E: 'E', S: 'S', L: 'E', U: 'S' };

/** Parses "B-PROBLEM", "S_TEST", "O"; undefined when the name is not a BIO/BIOES/BILOU tag. */
export function parseTagName(name: string): ParsedTagName | undefined {
  if (name === 'O') return { prefix: 'O' };
  const match = /^([A-Za-z])[-_](.+)$/.exec(name);
  if (!match) return undefined;
  const prefix = PREFIX_ALIASES[match[1].toUpperCase()];
  return prefix ? { prefix, type: match[2] } : undefined;
}

export function schemeOf(tags: readonly Tag[]): TagScheme {
  return tags.some((t) => t.prefix === 'E' || t.prefix === 'S') ? 'BIOES' : 'BIO';
}

function labelOf(tag: Tag): Label | undefined {
  return tag.prefix === 'O' ? undefined : tag.label;
}

/** Whether `next` may follow `previous` in a well-formed sequence (undefined = sentence edge). */
export function isValidTransition(previous: Tag | undefined, next: Tag | undefined, scheme: TagScheme): boolean {
  const inside = previous !== undefined && (previous.prefix === 'B' || previous.prefix === 'I');
  // In BIO an entity may simply stop; in BIOES a B or I must be continued by I or E.
  const mustContinue = scheme === 'BIOES' && inside;
  const continues = next !== undefined && (next.prefix === 'I' || next.prefix === 'E');
  if (continues) return inside && labelOf(previous!) === labelOf(next);
  return !mustContinue;
}
