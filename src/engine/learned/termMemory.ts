import { isLabel, type Candidate, type Entity, type Label, type Span } from '../entity';
import { Lexicon } from '../lexicon/lexicon';
import { termTokens } from '../lexicon/termTokens';
import { tokenizeWords } from '../text/wordTokenizer';

/** A term the reviewer taught, with the decisions behind it. */
export interface LearnedTerm {
  /** The term as first decided. */
  term: string;
  label: Label;
  /** Decisions that put it into gold (accepted, added, relabelled or re-bounded to it). */
  positive: number;
  /** Decisions that rejected it with this label, each with the words around it (`before|after`). */
  rejectedContexts: string[];
}

/** The term memory as stored (`.clinical-ner/learned/terms.json`, or in a learned model folder). */
export interface TermMemoryJson {
  format: 'clinical-ner-term-memory';
  version: 1;
  terms: LearnedTerm[];
}

/** One decision the memory learns from. */
export interface TermDecision extends Span {
  /** The document text the span lies in (its words and its neighbours are read from it). */
  documentText: string;
  kind: 'positive' | 'rejected';
}

// Scores of a learned term: one decision is good evidence, each further one better; rejections
// of the same term elsewhere lower it. Below the merge's usual thresholds only when contested.
const FIRST_DECISION_SCORE = 0.8;

/**
 * What the reviewer's decisions teach at once: a term accepted, added or relabelled is suggested
 * in other notes (with its inflections, as the lexicon matches), with source `learned`; a term
 * rejected with a label is no longer suggested with that label in the same context (the words just
 * before and after), nor anywhere once it has been rejected in two contexts and never accepted.
 * Pure data: built from decisions, stored as JSON, rebuilt rather than patched.
 */
export class TermMemory {
  private readonly lexicon: Lexicon;
  private readonly byKey: Map<string, LearnedTerm>;

  private constructor(readonly terms: readonly LearnedTerm[]) {
    this.byKey = new Map(terms.map((t) => [keyOf(t.term, t.label), t]));
    this.lexicon = Lexicon.fromEntries(
      terms.filter((t) => t.positive > t.rejectedContexts.length).map((t, i) => ({ term: t.term, label: t.label, source: 'learned', flags: [], origin: { name: 'term memory', line: i + 1 } })),
    );
  }

  static empty(): TermMemory {
    return new TermMemory([]);
  }

  static fromDecisions(decisions: Iterable<TermDecision>): TermMemory {
    const terms = new Map<string, LearnedTerm>();
    for (const d of decisions) {
      const term = d.documentText.slice(d.start, d.end).trim();
      if (!/[\p{L}\p{N}]/u.test(term)) continue;
      const key = keyOf(term, d.label);
      const entry = terms.get(key) ?? { term, label: d.label, positive: 0, rejectedContexts: [] };
      if (d.kind === 'positive') entry.positive++;
      else entry.rejectedContexts.push(contextOf(d.documentText, d));
      terms.set(key, entry);
    }
    return new TermMemory([...terms.values()]);
  }

  /** Reads a stored memory; throws an Error saying what is wrong. */
  static fromJson(json: unknown): TermMemory {
    const m = json as Partial<TermMemoryJson>;
    if (typeof m !== 'object' || m === null || m.format !== 'clinical-ner-term-memory' || m.version !== 1 || !Array.isArray(m.terms)) {
      throw new Error('not a clinical-ner term memory (format "clinical-ner-term-memory", version 1)');
    }
    for (const t of m.terms) {
      if (typeof t?.term !== 'string' || !isLabel(t.label) || !Number.isInteger(t.positive) || !Array.isArray(t.rejectedContexts)) {
        throw new Error(`malformed learned term ${JSON.stringify(t)}`);
      }
    }
    return new TermMemory(m.terms);
  }

  toJson(): TermMemoryJson {
    return { format: 'clinical-ner-term-memory', version: 1, terms: [...this.terms] };
  }

  get size(): number {
    return this.terms.length;
  }

  /** Learned terms found in a sentence, as candidates with source `learned` (offsets relative to it). */
  candidates(sentence: string): (Candidate & { learnedFrom: number })[] {
    return this.lexicon.match(sentence).flatMap((c) => {
      const learned = this.byKey.get(keyOf(sentence.slice(c.start, c.end), c.label));
      if (!learned || this.rejects(sentence, c)) return [];
      const evidence = learned.positive - learned.rejectedContexts.length;
      const score = 1 - (1 - FIRST_DECISION_SCORE) * 0.5 ** (evidence - 1);
      return [{ start: c.start, end: c.end, label: c.label, score, source: 'learned' as const, learnedFrom: learned.positive + learned.rejectedContexts.length }];
    });
  }

  /** Whether the reviewer rejected this span's term with its label in this context (or everywhere). */
  rejects(sentence: string, span: Span): boolean {
    const learned = this.byKey.get(keyOf(sentence.slice(span.start, span.end), span.label));
    if (!learned || learned.rejectedContexts.length === 0) return false;
    if (learned.positive === 0 && new Set(learned.rejectedContexts).size >= 2) return true;
    return learned.rejectedContexts.includes(contextOf(sentence, span));
  }

  /**
   * A sentence's entities with what the memory knows: rejected ones removed, learned terms added
   * where nothing else is (an entity on exactly a learned span takes the learned label). Terms of
   * `decided` labels are not added: a fitted layer already learned them from the same decisions.
   */
  apply(sentence: string, entities: readonly Entity[], decided: readonly Label[] = []): Entity[] {
    const kept = entities.filter((e) => !this.rejects(sentence, e));
    const result = [...kept];
    for (const c of this.candidates(sentence)) {
      if (decided.includes(c.label)) continue;
      const same = result.findIndex((e) => e.start === c.start && e.end === c.end);
      if (same >= 0) {
        const e = result[same];
        result[same] = { ...e, label: c.label, score: Math.max(e.score, c.score), source: ['learned', ...e.source.filter((s) => s !== 'learned')], learnedFrom: c.learnedFrom };
      } else if (!result.some((e) => e.start < c.end && c.start < e.end)) {
        result.push({ start: c.start, end: c.end, label: c.label, text: sentence.slice(c.start, c.end), score: c.score, source: ['learned'], learnedFrom: c.learnedFrom });
      }
    }
    return result.sort((a, b) => a.start - b.start);
  }
}

/** The same term in any case, accent or inflection, with one label. */
function keyOf(term: string, label: Label): string {
  return `${label}\u0000${termTokens(term).map((t) => t.loose).join(' ')}`;
}

/** The word before and the word after a span, lower-cased: what "the same context" means. */
function contextOf(text: string, span: Span): string {
  const before = tokenizeWords(text.slice(Math.max(0, span.start - 40), span.start)).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).pop()?.text ?? '';
  const after = tokenizeWords(text.slice(span.end, span.end + 40)).find((t) => /[\p{L}\p{N}]/u.test(t.text))?.text ?? '';
  return `${before.toLowerCase()}|${after.toLowerCase()}`;
}
