import type { Label } from '../../engine/entity';
import type { Evaluation } from './evaluate';

/** The bars of one group (a label, or micro): strict precision, recall and F1, and overlap F1. */
export const CHART_SERIES = [
  { key: 'strictP', title: 'strict precision' },
  { key: 'strictR', title: 'strict recall' },
  { key: 'strictF1', title: 'strict F1' },
  { key: 'overlapF1', title: 'overlap F1' },
] as const;
export type ChartSeries = (typeof CHART_SERIES)[number]['key'];

export interface ChartGroup {
  name: Label | 'micro';
  values: Record<ChartSeries, number>;
}

export function chartGroups(evaluation: Evaluation): ChartGroup[] {
  return [...evaluation.labels, 'micro' as const].map((name) => {
    const s = name === 'micro' ? evaluation.strict.micro : evaluation.strict.perLabel[name];
    const o = name === 'micro' ? evaluation.overlap.micro : evaluation.overlap.perLabel[name];
    return { name, values: { strictP: s.precision, strictR: s.recall, strictF1: s.f1, overlapF1: o.f1 } };
  });
}

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 16, right: 12, bottom: 40, left: 40 };
const BAR_GAP = 3;

/**
 * A grouped bar chart (one group per label and micro, scores 0–100 %) as inline SVG. No colours
 * inside: bars carry the classes `bar series-<key>` and the page's stylesheet colours them with
 * the theme's variables, so the chart follows light, dark and high-contrast themes.
 */
export function evaluationChartSvg(evaluation: Evaluation): string {
  const groups = chartGroups(evaluation);
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const groupW = plotW / Math.max(1, groups.length);
  const barW = (groupW * 0.8 - BAR_GAP * (CHART_SERIES.length - 1)) / CHART_SERIES.length;
  const y = (v: number) => MARGIN.top + plotH * (1 - clamp01(v));
  const parts: string[] = [];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(`<line class="grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${fmt(y(tick))}" y2="${fmt(y(tick))}"/>`);
    parts.push(`<text class="axis" x="${MARGIN.left - 6}" y="${fmt(y(tick) + 4)}" text-anchor="end">${tick * 100}</text>`);
  }
  groups.forEach((group, gi) => {
    const x0 = MARGIN.left + gi * groupW + groupW * 0.1;
    CHART_SERIES.forEach((series, si) => {
      const value = clamp01(group.values[series.key]);
      const x = x0 + si * (barW + BAR_GAP);
      const top = y(value);
      const label = `${group.name} ${series.title}: ${(value * 100).toFixed(1)}%`;
      parts.push(`<rect class="bar series-${series.key}" x="${fmt(x)}" y="${fmt(top)}" width="${fmt(barW)}" height="${fmt(MARGIN.top + plotH - top)}"><title>${label}</title></rect>`);
    });
    parts.push(`<text class="group" x="${fmt(x0 + groupW * 0.4)}" y="${HEIGHT - MARGIN.bottom + 18}" text-anchor="middle">${group.name}</text>`);
  });
  parts.push(`<line class="baseline" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${fmt(y(0))}" y2="${fmt(y(0))}"/>`);
  const title = 'Precision, recall and F1 (%) per label and micro-averaged';
  return `<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${WIDTH} ${HEIGHT}" xmlns="http://www.w3.org/2000/svg"><title>${title}</title>${parts.join('')}</svg>`;
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}

function fmt(v: number): string {
  return String(Math.round(v * 10) / 10);
}
