import { isLabel, type Candidate, type Label } from '../entity';
import { foldCase } from '../lexicon/italianStemmer';
import { tokenizeWords, type WordToken } from '../text/wordTokenizer';
import { PatternFormatError, type TokenElement } from './patternRule';

/** The sentence a token pattern runs over. */
export interface TokenContext {
  tokens: WordToken[];
  folded: string[];
  /** Lexicon candidates by the index of their first token: label and index after their last token. */
  lexiconAt: Map<number, { label: Label; to: number }[]>;
  /** Token range of the `capture` element in the match being tried. */
  capture?: { from: number; to: number };
}

/** Tries to match at token `pos`, calling `next` with each possible end (longest first) until it accepts. */
export type TokenMatcher = (ctx: TokenContext, pos: number, next: (end: number) => boolean) => boolean;

export function tokenContext(sentence: string, lexiconCandidates: readonly Candidate[]): TokenContext {
  const tokens = tokenizeWords(sentence);
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  tokens.forEach((t, i) => {
    byStart.set(t.start, i);
    byEnd.set(t.end, i + 1);
  });
  const lexiconAt = new Map<number, { label: Label; to: number }[]>();
  for (const c of lexiconCandidates) {
    const from = byStart.get(c.start);
    const to = byEnd.get(c.end);
    if (from === undefined || to === undefined) continue;
    const list = lexiconAt.get(from) ?? [];
    list.push({ label: c.label, to });
    list.sort((a, b) => b.to - a.to);
    lexiconAt.set(from, list);
  }
  return { tokens, folded: tokens.map((t) => foldCase(t.text)), lexiconAt };
}

/** Compiles a token element; `where` names it in error messages, `expand` resolves `{fragments}`. */
export class TokenPatternCompiler {
  private readonly compiledRefs = new Map<string, TokenMatcher>();
  private readonly resolving = new Set<string>();

  constructor(
    private readonly definitions: Record<string, TokenElement>,
    private readonly expand: (regex: string, where: string) => string,
  ) {}

  compile(element: TokenElement, where: string): TokenMatcher {
    if (typeof element !== 'object' || element === null) throw new PatternFormatError(where, 'a token element must be an object');
    const min = element.optional ? 0 : element.min ?? 1;
    const max = element.max ?? Math.max(min, 1);
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < 1 || max < min) {
      throw new PatternFormatError(where, `bad repetition min ${min}, max ${max}`);
    }
    let matcher = this.compileBare(element, where);
    if (min !== 1 || max !== 1) matcher = repeat(matcher, min, max);
    if (element.capture) matcher = capture(matcher);
    return matcher;
  }

  private compileBare(element: TokenElement, where: string): TokenMatcher {
    if ('literal' in element) return literal(element.literal, element.caseSensitive === true, where);
    if ('regex' in element) return this.tokenRegex(element.regex, element.caseSensitive === true, element.exclude, where);
    if ('lexicon' in element) return lexicon(element.lexicon, where);
    if ('anyOf' in element) {
      const alternatives = this.list(element.anyOf, `${where}.anyOf`);
      return (ctx, pos, next) => alternatives.some((m) => m(ctx, pos, next));
    }
    if ('sequence' in element) return sequence(this.list(element.sequence, `${where}.sequence`));
    if ('ref' in element) return this.ref(element.ref, where);
    throw new PatternFormatError(where, `unknown token element ${JSON.stringify(element)}`);
  }

  private list(elements: TokenElement[], where: string): TokenMatcher[] {
    if (!Array.isArray(elements) || elements.length === 0) throw new PatternFormatError(where, 'expected a non-empty list');
    return elements.map((e, i) => this.compile(e, `${where}[${i}]`));
  }

  private ref(name: string, where: string): TokenMatcher {
    const done = this.compiledRefs.get(name);
    if (done) return done;
    const definition = this.definitions[name];
    if (!definition) throw new PatternFormatError(where, `unknown definition "${name}"`);
    if (this.resolving.has(name)) throw new PatternFormatError(where, `definition "${name}" refers to itself`);
    this.resolving.add(name);
    const matcher = this.compile(definition, `definitions.${name}`);
    this.resolving.delete(name);
    this.compiledRefs.set(name, matcher);
    return matcher;
  }

  private tokenRegex(source: string, caseSensitive: boolean, exclude: string | undefined, where: string): TokenMatcher {
    const flags = caseSensitive ? 'u' : 'iu';
    const include = compileRegex(this.expand(source, where), flags, where);
    const reject = exclude === undefined ? undefined : compileRegex(this.expand(exclude, where), flags, `${where}.exclude`);
    // Suffix regexes such as `^\p{L}{2,}(?:pril|sartan|…)$` backtrack over every letter; notes
    // repeat their words, so each word is tested once.
    const verdicts = new Map<string, boolean>();
    const accepts = (text: string) => {
      let verdict = verdicts.get(text);
      if (verdict === undefined) {
        verdict = include.test(text) && !(reject?.test(text) ?? false);
        if (verdicts.size >= 50_000) verdicts.clear();
        verdicts.set(text, verdict);
      }
      return verdict;
    };
    return (ctx, pos, next) => {
      const token = ctx.tokens[pos];
      return token !== undefined && accepts(token.text) && next(pos + 1);
    };
  }
}

export function compileRegex(source: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw new PatternFormatError(where, `invalid regex: ${(e as Error).message}`);
  }
}

/** A literal is one or more words (`per os`, `mezzo di contrasto`), compared without case and accents unless `caseSensitive`. */
function literal(value: string | string[], caseSensitive: boolean, where: string): TokenMatcher {
  const phrases = (Array.isArray(value) ? value : [value]).map((v) => {
    if (typeof v !== 'string' || v.trim() === '') throw new PatternFormatError(where, 'a literal must be a non-empty string');
    return tokenizeWords(v).map((t) => (caseSensitive ? t.text : foldCase(t.text)));
  });
  phrases.sort((a, b) => b.length - a.length);
  return (ctx, pos, next) =>
    phrases.some((phrase) => {
      for (let k = 0; k < phrase.length; k++) {
        const token = ctx.tokens[pos + k];
        if (token === undefined || (caseSensitive ? token.text : ctx.folded[pos + k]) !== phrase[k]) return false;
      }
      return next(pos + phrase.length);
    });
}

function lexicon(value: Label | Label[], where: string): TokenMatcher {
  const labels = Array.isArray(value) ? value : [value];
  for (const label of labels) if (!isLabel(label)) throw new PatternFormatError(where, `unknown label "${label}"`);
  return (ctx, pos, next) => (ctx.lexiconAt.get(pos) ?? []).some((c) => labels.includes(c.label) && next(c.to));
}

function sequence(matchers: TokenMatcher[]): TokenMatcher {
  return matchers.reduceRight<TokenMatcher>(
    (rest, first) => (ctx, pos, next) => first(ctx, pos, (end) => rest(ctx, end, next)),
    (_ctx, pos, next) => next(pos),
  );
}

/** Greedy repetition with backtracking; an element that consumes nothing is not repeated. */
function repeat(matcher: TokenMatcher, min: number, max: number): TokenMatcher {
  const from = (ctx: TokenContext, pos: number, count: number, next: (end: number) => boolean): boolean =>
    (count < max && matcher(ctx, pos, (end) => end > pos && from(ctx, end, count + 1, next))) || (count >= min && next(pos));
  return (ctx, pos, next) => from(ctx, pos, 0, next);
}

function capture(matcher: TokenMatcher): TokenMatcher {
  return (ctx, pos, next) =>
    matcher(ctx, pos, (end) => {
      const saved = ctx.capture;
      ctx.capture = { from: pos, to: end };
      if (next(end)) return true;
      ctx.capture = saved;
      return false;
    });
}
