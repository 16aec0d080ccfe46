import { LABELS, type Label } from '../../engine/entity';
import { needsReview, type ReviewItem } from './reviewItem';

export type TreeFilter = 'all' | 'unreviewed';

export interface LabelGroup {
  label: Label;
  /** Items of this label in the document (shown or not under the filter). */
  total: number;
  /** Of those, the ones decided on (accepted). */
  reviewed: number;
  /** The items shown under the filter, in document order. */
  items: ReviewItem[];
}

/** The tree's content: one group per label that has items, in the project's label order. */
export function groupByLabel(items: readonly ReviewItem[], filter: TreeFilter): LabelGroup[] {
  return LABELS.map((label) => {
    const ofLabel = items.filter((i) => i.label === label);
    return {
      label,
      total: ofLabel.length,
      reviewed: ofLabel.filter((i) => !needsReview(i)).length,
      items: filter === 'all' ? ofLabel : ofLabel.filter(needsReview),
    };
  }).filter((g) => g.total > 0);
}

export interface ReviewSummary {
  total: number;
  reviewed: number;
  byLabel: Record<Label, number>;
}

export function summarize(items: readonly ReviewItem[]): ReviewSummary {
  const byLabel = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
  for (const i of items) byLabel[i.label]++;
  return { total: items.length, reviewed: items.filter((i) => !needsReview(i)).length, byLabel };
}
