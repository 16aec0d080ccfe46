const collator = new Intl.Collator();

/**
 * The order of notes in a batch run over a folder and in a joined suggestions file: a folder's
 * notes sorted by this order are annotated in it, so joining the shards of a run in the same order
 * gives the unsharded run's file line for line. Ids the collator ties (e.g. two Unicode forms of
 * the same name) fall back to code-unit order, so that the order is total.
 */
export function compareNoteIds(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
