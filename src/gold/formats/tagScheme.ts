import { isLabel, type Label } from '../../engine/entity';

export type TagScheme = 'BIO' | 'BIOES';

/** A labelled run of tokens, `last` inclusive. */
export interface TokenSpan {
  first: number;
  last: number;
  label: Label;
}

/** Tags for `length` tokens; the spans must not overlap. */
export function encodeTags(length: number, spans: readonly TokenSpan[], scheme: TagScheme): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const { first, last, label } of spans) {
    if (scheme === 'BIOES' && first === last) {
      tags[first] = `S-${label}`;
      continue;
    }
    tags[first] = `B-${label}`;
    for (let i = first + 1; i <= last; i++) tags[i] = `I-${label}`;
    if (scheme === 'BIOES') tags[last] = `E-${label}`;
  }
  return tags;
}

/**
 * Spans from tags, read leniently like conlleval: an I- or E- that does not continue a span of
 * its label starts one. Both schemes are read by the same rules (BIO never has E- or S-).
 * Throws on a tag that is not O or PREFIX-LABEL with a known label.
 */
export function decodeTags(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  tags.forEach((tag, i) => {
    if (tag === 'O') {
      open = undefined;
      return;
    }
    const match = /^([BIES])-(.+)$/.exec(tag);
    if (!match || !isLabel(match[2]!)) throw new Error(`unknown tag "${tag}"`);
    const prefix = match[1]!;
    const label = match[2] as Label;
    const continues = open !== undefined && open.label === label && (prefix === 'I' || prefix === 'E');
    if (continues) open!.last = i;
    else {
      open = { first: i, last: i, label };
      spans.push(open);
    }
    if (prefix === 'E' || prefix === 'S') open = undefined;
  });
  return spans;
}
