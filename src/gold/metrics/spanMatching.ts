import type { Span } from '../../engine/entity';

export type MatchRule = 'strict' | 'overlap';

/**
 * Pairs gold and predicted spans of one document, each used at most once. `strict`: same start,
 * end and label. `overlap`: same label and at least one character in common; pairs are taken
 * greedily by the largest common length, so a long prediction is credited to the gold span it
 * covers most.
 */
export function matchSpans(gold: readonly Span[], pred: readonly Span[], rule: MatchRule): [number, number][] {
  const candidates: { g: number; p: number; common: number }[] = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      if (g.label !== p.label) return;
      if (rule === 'strict') {
        if (g.start === p.start && g.end === p.end) candidates.push({ g: gi, p: pi, common: g.end - g.start });
        return;
      }
      const common = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (common > 0) candidates.push({ g: gi, p: pi, common });
    }),
  );
  candidates.sort((a, b) => b.common - a.common || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { g, p } of candidates) {
    if (usedGold.has(g) || usedPred.has(p)) continue;
    usedGold.add(g);
    usedPred.add(p);
    pairs.push([g, p]);
  }
  return pairs;
}
