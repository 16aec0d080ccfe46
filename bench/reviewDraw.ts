import { seededRandom } from './seededRandom';

/**
 * The style of an out-of-style note, from its id's prefix: o1 published case reports, o2 ward
 * diaries, o3 EHR and OCR exports, o4 nursing notes.
 */
export function styleOf(id: string): string {
  return id.split('-')[0];
}

/** A copy of `items` in an order drawn with `seed` (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function byStyle<T extends { id: string }>(notes: readonly T[]): Map<string, T[]> {
  const styles = new Map<string, T[]>();
  for (const note of [...notes].sort((a, b) => a.id.localeCompare(b.id))) {
    const style = styleOf(note.id);
    styles.set(style, [...(styles.get(style) ?? []), note]);
  }
  return styles;
}

/**
 * The fixed test part of a learning curve: `perStyle` notes of each style (fewer where a style has
 * fewer), drawn with `seed` among the notes `eligible` admits; every other note is in the pool
 * reviews are drawn from. Independent of the order of `notes`.
 */
export function splitTestPart<T extends { id: string }>(notes: readonly T[], perStyle: number, seed: number, eligible: (id: string) => boolean = () => true): { test: T[]; pool: T[] } {
  const test: T[] = [];
  for (const members of byStyle(notes).values()) test.push(...shuffled(members.filter((n) => eligible(n.id)), seed).slice(0, perStyle));
  const inTest = new Set(test.map((n) => n.id));
  return { test, pool: notes.filter((n) => !inTest.has(n.id)) };
}

/**
 * The order in which a simulated reviewer goes through the pool: the notes of each style shuffled
 * with `seed`, then one note of each style in turn (styles in an order drawn with the same seed),
 * so that the first k notes mix the styles evenly until one runs out. The k reviewed notes are
 * the first k of this order: the draw of 10 contains the draw of 5.
 */
export function reviewOrder<T extends { id: string }>(pool: readonly T[], seed: number): T[] {
  const queues = shuffled([...byStyle(pool).values()], seed).map((members, i) => shuffled(members, seed * 31 + i + 1));
  const order: T[] = [];
  for (let round = 0; order.length < pool.length; round++) {
    for (const queue of queues) if (round < queue.length) order.push(queue[round]);
  }
  return order;
}
