import type { TextChange } from '../spanTracker';

/**
 * The one change that turns `before` into `after`: the part between their common prefix and
 * common suffix. Used when a document is opened with a text other than the one its gold decisions
 * refer to (edited outside the editor), so the decisions can be moved rather than dropped.
 */
export function changeBetween(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { rangeOffset: prefix, rangeLength: before.length - prefix - suffix, text: after.slice(prefix, after.length - suffix) };
}
