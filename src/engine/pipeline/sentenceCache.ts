import type { Entity } from '../entity';

/**
 * Entities of already-annotated sentences (or another result of them), keyed by the sentence
 * text (offsets relative to it). Every layer of the pipeline works on one sentence at a time, so a
 * cached result is exactly what a fresh run would give; least recently used sentences are dropped
 * past the capacity.
 */
export class SentenceCache<T = readonly Entity[]> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly capacity = 50_000) {}

  get(sentence: string): T | undefined {
    const hit = this.entries.get(sentence);
    if (hit !== undefined) {
      this.entries.delete(sentence);
      this.entries.set(sentence, hit);
    }
    return hit;
  }

  set(sentence: string, result: T): void {
    this.entries.delete(sentence);
    this.entries.set(sentence, result);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  delete(sentence: string): void {
    this.entries.delete(sentence);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
