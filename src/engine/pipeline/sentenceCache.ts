import type { Entity } from '../entity';

/**
 * Entities of already-annotated sentences, keyed by the sentence text (offsets relative to it).
 * Every layer of the pipeline works on one sentence at a time, so a cached result is exactly
 * what a fresh run would give; least recently used sentences are dropped past the capacity.
 */
export class SentenceCache {
  private readonly entries = new Map<string, readonly Entity[]>();

  constructor(private readonly capacity = 50_000) {}

  get(sentence: string): readonly Entity[] | undefined {
    const hit = this.entries.get(sentence);
    if (hit !== undefined) {
      this.entries.delete(sentence);
      this.entries.set(sentence, hit);
    }
    return hit;
  }

  set(sentence: string, entities: readonly Entity[]): void {
    this.entries.delete(sentence);
    this.entries.set(sentence, entities);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
