import type { TagScheme } from '../../engine/model/tagScheme';
import { splitSentences } from '../../engine/text/sentenceSplitter';
import { tokenizeWords, type WordToken } from '../../engine/text/wordTokenizer';
import { compareSpans, type AnnotatedDocument, type SkippedSpan } from './annotatedDocument';
import type { SourceDocument, SourceSpan } from './sourceDocument';
import { decodeTags, encodeTags, type TokenSpan } from './spanTags';
import { tokenIndexRange } from './tokenAlignment';

export interface TaggedSentence {
  words: string[];
  tags: string[];
}

/**
 * A document as tagged word tokens, in the engine's sentences. A tag per token cannot hold
 * overlapping spans, spans that do not start and end on word-token boundaries, or spans across a
 * sentence break: those are skipped and returned. Of overlapping spans the first by start
 * (longest first on ties) is kept.
 */
export function tagDocument(doc: AnnotatedDocument, scheme: TagScheme): { sentences: TaggedSentence[]; skipped: SkippedSpan[] } {
  const tokens = tokenizeWords(doc.text);
  const sentences = tokensBySentence(doc.text, tokens);
  const sentenceOf = new Map<WordToken, number>();
  sentences.forEach((sentence, s) => sentence.forEach((t) => sentenceOf.set(t, s)));

  const skipped: SkippedSpan[] = [];
  const perSentence = sentences.map(() => [] as TokenSpan[]);
  const taken = new Array<boolean>(tokens.length).fill(false);
  const ordered = [...doc.spans].sort((a, b) => a.start - b.start || b.end - a.end || compareSpans(a, b));
  for (const span of ordered) {
    const skip = (reason: string) => skipped.push({ docId: doc.id, span, reason });
    const range = tokenIndexRange(tokens, span);
    if (!range) {
      skip('not aligned to word tokens');
      continue;
    }
    const sentence = sentenceOf.get(tokens[range.first]!)!;
    if (sentenceOf.get(tokens[range.last]!) !== sentence) {
      skip('crosses a sentence boundary');
      continue;
    }
    if (taken.slice(range.first, range.last + 1).some(Boolean)) {
      skip('overlaps another span');
      continue;
    }
    taken.fill(true, range.first, range.last + 1);
    const offset = tokens.indexOf(sentences[sentence]![0]!);
    perSentence[sentence]!.push({ first: range.first - offset, last: range.last - offset, label: span.label });
  }
  return {
    sentences: sentences.map((sentence, s) => ({ words: sentence.map((t) => t.text), tags: encodeTags(sentence.length, perSentence[s]!, scheme) })),
    skipped,
  };
}

/** The word tokens of each of the engine's sentences, in order, each token in exactly one. */
function tokensBySentence(text: string, tokens: readonly WordToken[]): WordToken[][] {
  const ranges = splitSentences(text);
  const sentences: WordToken[][] = [];
  let r = 0;
  for (const token of tokens) {
    while (r < ranges.length - 1 && token.start >= ranges[r]!.end) r++;
    (sentences[Math.min(r, ranges.length - 1)] ??= []).push(token);
  }
  return sentences.filter((s) => s !== undefined);
}

/**
 * Rebuilds a document from tagged sentences: words joined by single spaces, sentences by a
 * newline; spans are offsets into that rebuilt text, labels as the tags name them.
 */
export function untagDocument(id: string, sentences: readonly TaggedSentence[]): SourceDocument {
  let text = '';
  const spans: SourceSpan[] = [];
  sentences.forEach((sentence, s) => {
    if (s > 0) text += '\n';
    const starts: number[] = [];
    sentence.words.forEach((word, w) => {
      if (w > 0) text += ' ';
      starts.push(text.length);
      text += word;
    });
    for (const { first, last, label } of decodeTags(sentence.tags)) {
      spans.push({ start: starts[first]!, end: starts[last]! + sentence.words[last]!.length, label });
    }
  });
  return { id, text, offsets: 'utf16', spans };
}
