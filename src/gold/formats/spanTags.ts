import type { Label } from '../../engine/entity';
import type { TagScheme } from '../../engine/model/tagScheme';

/** A labelled run of tokens, `last` inclusive; read from a file, the label is whatever the tag names. */
export interface TokenSpan<L extends string = Label> {
  first: number;
  last: number;
  label: L;
}

/** BIO or BIOES tags for `length` tokens; the spans must not overlap. */
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
 * its label starts one. Both schemes are read by the same rules (BIO never has E- or S-). The
 * label is the tag's, whatever it is (the import maps it); throws on a tag that is neither O nor
 * PREFIX-LABEL.
 */
export function decodeTags(tags: readonly string[]): TokenSpan<string>[] {
  const spans: TokenSpan<string>[] = [];
  let open: TokenSpan<string> | undefined;
  tags.forEach((tag, i) => {
    if (tag === 'O') {
      open = undefined;
      return;
    }
    const match = /^([BIES])-(.+)$/.exec(tag);
    if (!match) throw new Error(`unknown tag "${tag}"`);
    const prefix = match[1]!;
    const label = match[2]!;
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
