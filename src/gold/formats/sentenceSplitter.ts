import type { WordToken } from '../../engine/text/wordTokenizer';

/** Groups a document's word tokens into sentences, in order, each token in exactly one. */
export type SentenceSplitter = (text: string, tokens: readonly WordToken[]) => WordToken[][];

/**
 * A deliberately simple splitter: a sentence ends after a `.`, `!` or `?` token, and wherever a
 * blank line separates two tokens. Abbreviations ("Dott.") split
 * too; pass a better splitter where that matters.
 */
export const splitSentences: SentenceSplitter = (text, tokens) => {
  const sentences: WordToken[][] = [];
  let current: WordToken[] = [];
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    if (previous && current.length > 0 && /\n[ \t\r]*\n/.test(text.slice(previous.end, token.start))) {
      sentences.push(current);
      current = [];
    }
    current.push(token);
    if (/^[.!?]$/.test(token.text)) {
      sentences.push(current);
      current = [];
    }
  });
  if (current.length > 0) sentences.push(current);
  return sentences;
};
