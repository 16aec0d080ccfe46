import { isLabel, type Candidate, type Label } from '../entity';
import { PatternFormatError, type PatternFile, type PatternRuleJson, type TokenElement } from './patternRule';
import { compileRegex, tokenContext, TokenPatternCompiler, type TokenContext, type TokenMatcher } from './tokenPatternCompiler';
import defaultPatterns from './defaultPatterns.json';

interface CompiledRule {
  id: string;
  label: Label;
  score: number;
  exclude?: RegExp;
  notAfter?: RegExp;
  find(sentence: string, ctx: () => TokenContext): { start: number; end: number }[];
}

// `{name}`, but not the braces of `\p{L}` or `\u{00E8}`.
const FRAGMENT = /(?<!\\[pPu])\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Declarative rules (regular expressions over the sentence, or token patterns that may use the
 * lexicon's candidates) that propose candidates with source `pattern`. See README.md for the format.
 */
export class PatternSet {
  private constructor(private readonly rules: CompiledRule[]) {}

  /** Compiles a parsed pattern file; throws a {@link PatternFormatError} naming the rule at fault. */
  static fromJson(json: unknown): PatternSet {
    if (typeof json !== 'object' || json === null || !Array.isArray((json as PatternFile).rules)) {
      throw new PatternFormatError('patterns', 'expected an object with a "rules" list');
    }
    const file = json as PatternFile;
    const fragments = file.fragments ?? {};
    const expand = (regex: string, where: string) => expandFragments(regex, fragments, where);
    const compiler = new TokenPatternCompiler(file.definitions ?? {}, expand);
    const ids = new Set<string>();
    const rules = file.rules.map((rule, i) => {
      const where = `rules[${i}]${typeof rule?.id === 'string' ? ` (${rule.id})` : ''}`;
      const compiled = compileRule(rule, where, compiler, expand);
      if (ids.has(compiled.id)) throw new PatternFormatError(where, `duplicate rule id "${compiled.id}"`);
      ids.add(compiled.id);
      return compiled;
    });
    return new PatternSet(rules);
  }

  /** The rules written by the project, `defaultPatterns.json`. */
  static default(): PatternSet {
    return PatternSet.fromJson(defaultPatterns);
  }

  get size(): number {
    return this.rules.length;
  }

  get ruleIds(): string[] {
    return this.rules.map((r) => r.id);
  }

  /**
   * Candidates in one sentence (offsets relative to it, UTF-16, end exclusive), in text order.
   * `lexiconCandidates` are the lexicon's candidates for the same sentence, which `lexicon`
   * elements match. The same span and label from several rules is one candidate, best score.
   */
  match(sentence: string, lexiconCandidates: readonly Candidate[] = []): Candidate[] {
    let ctx: TokenContext | undefined;
    const lazyContext = () => (ctx ??= tokenContext(sentence, lexiconCandidates));
    const best = new Map<string, Candidate>();
    for (const rule of this.rules) {
      for (const span of rule.find(sentence, lazyContext)) {
        if (span.end <= span.start) continue;
        if (rule.exclude?.test(sentence.slice(span.start, span.end))) continue;
        if (rule.notAfter?.test(sentence.slice(0, span.start))) continue;
        const key = `${span.start}:${span.end}:${rule.label}`;
        const seen = best.get(key);
        if (!seen || rule.score > seen.score) best.set(key, { ...span, label: rule.label, score: rule.score, source: 'pattern' });
      }
    }
    return [...best.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  }
}

function compileRule(
  rule: PatternRuleJson,
  where: string,
  compiler: TokenPatternCompiler,
  expand: (regex: string, where: string) => string,
): CompiledRule {
  if (typeof rule !== 'object' || rule === null) throw new PatternFormatError(where, 'a rule must be an object');
  if (typeof rule.id !== 'string' || rule.id === '') throw new PatternFormatError(where, 'missing "id"');
  if (!isLabel(rule.label)) throw new PatternFormatError(where, `unknown label "${String(rule.label)}"`);
  if (typeof rule.score !== 'number' || !(rule.score >= 0 && rule.score <= 1)) throw new PatternFormatError(where, 'score must be a number in [0, 1]');
  const hasRegex = 'regex' in rule;
  const hasTokens = 'tokens' in rule;
  if (hasRegex === hasTokens) throw new PatternFormatError(where, 'a rule needs exactly one of "regex" or "tokens"');
  const exclude = rule.exclude === undefined ? undefined : compileRegex(`^(?:${expand(rule.exclude, where)})$`, 'iu', `${where}.exclude`);
  const notAfter = rule.notAfter === undefined ? undefined : compileRegex(`(?:${expand(rule.notAfter, where)})$`, 'iu', `${where}.notAfter`);
  const base = { id: rule.id, label: rule.label, score: rule.score, ...(exclude ? { exclude } : {}), ...(notAfter ? { notAfter } : {}) };
  if ('regex' in rule) {
    const extra = (rule.flags ?? '').replace(/[gud]/g, '');
    const regex = compileRegex(expand(rule.regex, where), `gud${extra}`, where);
    return { ...base, find: (sentence) => findRegex(regex, sentence) };
  }
  const matcher = compiler.compile({ sequence: rule.tokens } as TokenElement, `${where}.tokens`);
  return { ...base, find: (_sentence, ctx) => findTokens(matcher, ctx()) };
}

function findRegex(regex: RegExp, sentence: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(sentence); m; m = regex.exec(sentence)) {
    if (m[0] === '') {
      regex.lastIndex++;
      continue;
    }
    const group = m.indices?.groups?.span;
    const [start, end] = group ?? m.indices?.[0] ?? [m.index, m.index + m[0].length];
    spans.push({ start, end });
  }
  return spans;
}

/** Leftmost, non-overlapping matches of one token pattern. */
function findTokens(matcher: TokenMatcher, ctx: TokenContext): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const { tokens } = ctx;
  let pos = 0;
  while (pos < tokens.length) {
    ctx.capture = undefined;
    let matchEnd = pos;
    const from = pos;
    const found = matcher(ctx, from, (end) => {
      matchEnd = end;
      return end > from;
    });
    if (!found) {
      pos++;
      continue;
    }
    const range = ctx.capture ?? { from, to: matchEnd };
    if (range.to > range.from) spans.push({ start: tokens[range.from].start, end: tokens[range.to - 1].end });
    pos = matchEnd;
  }
  return spans;
}

function expandFragments(regex: string, fragments: Record<string, string | string[]>, where: string, depth = 0): string {
  if (depth > 10) throw new PatternFormatError(where, 'fragments nest too deeply (a cycle?)');
  return regex.replace(FRAGMENT, (_all, name: string) => {
    const fragment = fragments[name];
    if (fragment === undefined) throw new PatternFormatError(where, `unknown fragment "{${name}}"`);
    const body = Array.isArray(fragment) ? fragment.join('|') : fragment;
    return `(?:${expandFragments(body, fragments, `fragments.${name}`, depth + 1)})`;
  });
}
