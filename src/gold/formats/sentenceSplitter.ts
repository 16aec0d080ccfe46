import { splitSentences as splitSentenceRanges } from '../../engine/text/sentenceSplitter';
import type { WordToken } from '../../engine/text/wordTokenizer';

/** Groups a document's word tokens into sentences, in order, each token in exactly one. */
export type SentenceSplitter = (text: string, tokens: readonly WordToken[]) => WordToken[][];

/** The engine's Italian clinical sentence splitter (abbreviations, decimals, lists, headers), applied to word tokens. */
export const splitSentences: SentenceSplitter = (text, tokens) => {
  const ranges = splitSentenceRanges(text);
  const sentences: WordToken[][] = [];
  let r = 0;
  for (const token of tokens) {
    while (r < ranges.length - 1 && token.start >= ranges[r]!.end) r++;
    const index = Math.min(r, ranges.length - 1);
    (sentences[index] ??= []).push(token);
  }
  return sentences.filter((s) => s !== undefined);
};
