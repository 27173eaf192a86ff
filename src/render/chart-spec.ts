// An indicator's path as a Vega-Lite chart: the path expected (dashed), the values
// observed, and the target. Values are in the series' own terms, as `plan show` prints
// them: levels, a growth index (1 in the base year), a running sum, or yearly rates.

import type { Evaluation } from '../engine/types.js';
import { kindOf } from '../kinds/registry.js';
import { messages, type Lang } from './messages.js';

export interface ChartSpec {
  [key: string]: unknown;
}

export function axisTitle(evaluation: Evaluation, lang: Lang = 'en'): string {
  return kindOf(evaluation.indicator.target).axisTitle(evaluation.indicator, evaluation.indicator.target, lang);
}

/**
 * The legend names every mark the chart draws, the target's included: one series field
 * over the three, so that color, dash and shape share one scale and merge into a single
 * legend (a dashed line for expected, a solid one for observed, a red diamond for the
 * target). The line layer leaves `shape` out, or its points would be drawn as strokes.
 */
const SERIES = ['expected', 'observed', 'target'] as const;
const SERIES_COLOURS = ['#8c8c8c', '#1f5fa8', '#c0392b'];
const LEGEND = { title: null, orient: 'bottom' };

/**
 * A chart for the indicator, or null when it has no path to draw. The series are named in
 * `lang` (the legend shows their names): 预期, 实际, 目标 in Chinese.
 */
export function chartSpec(evaluation: Evaluation, lang: Lang = 'en'): ChartSpec | null {
  if (evaluation.components?.length) return componentChart(evaluation, lang);
  const names = messages(lang).html.series;
  const series = SERIES.map((name) => names[name]);
  const values = evaluation.path.flatMap((point) => [
    ...(point.expected === null ? [] : [{ year: point.year, series: names.expected, value: point.expected }]),
    ...(point.observed === null ? [] : [{ year: point.year, series: names.observed, value: point.observed }]),
  ]);
  if (!values.some((value) => value.series === names.observed)) return null;
  const lastExpected = [...evaluation.path].reverse().find((point) => point.expected !== null);
  const target = lastExpected && kindOf(evaluation.indicator.target).targetMark ? { year: lastExpected.year, value: lastExpected.expected, series: names.target } : null;
  // A legend names only what is drawn: no `target` entry on a chart without the mark.
  const drawn = target ? SERIES.length : 2;
  const color = { field: 'series', type: 'nominal', scale: { domain: series.slice(0, drawn), range: SERIES_COLOURS.slice(0, drawn) }, legend: LEGEND };
  const dash = { field: 'series', type: 'nominal', scale: { domain: series.slice(0, drawn), range: [[5, 4], [1, 0], [1, 0]].slice(0, drawn) }, legend: LEGEND };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 420,
    height: 180,
    background: 'white',
    data: { values },
    layer: [
      {
        mark: { type: 'line', point: true },
        encoding: {
          x: { field: 'year', type: 'ordinal', title: null, axis: { labelAngle: 0 } },
          y: { field: 'value', type: 'quantitative', title: axisTitle(evaluation, lang), scale: { zero: false } },
          color,
          strokeDash: dash,
        },
      },
      ...(target
        ? [
            {
              data: { values: [target] },
              mark: { type: 'point', size: 90, filled: true, opacity: 1 },
              encoding: {
                x: { field: 'year', type: 'ordinal' },
                y: { field: 'value', type: 'quantitative' },
                color,
                shape: { field: 'series', type: 'nominal', scale: { domain: series, range: ['stroke', 'stroke', 'diamond'] }, legend: LEGEND },
              },
            },
          ]
        : []),
    ],
  };
}

/** Component colours: Vega's tableau10 without its red, which is the limit's. */
const COMPONENT_COLOURS = ['#4c78a8', '#f58518', '#72b7b2', '#54a24b', '#eeca3b', '#b279a2', '#ff9da6', '#9d755d', '#bab0ac'];

/**
 * A standard's components on one chart: each as a share of its own limit, so that six
 * pollutants in two units share an axis and the limit is the line at 1, named in the
 * legend beside them.
 */
function componentChart(evaluation: Evaluation, lang: Lang): ChartSpec | null {
  const limit = messages(lang).html.series.limit;
  const values = (evaluation.components ?? []).flatMap((component) =>
    (component.series ?? []).map((point) => ({ year: point.year, series: component.id, value: Math.round((point.value / component.limit) * 1e4) / 1e4 })),
  );
  if (values.length === 0) return null;
  const ids = [...new Set(values.map((value) => value.series))];
  const domain = [...ids, limit];
  const color = { field: 'series', type: 'nominal', scale: { domain, range: [...ids.map((_, i) => COMPONENT_COLOURS[i % COMPONENT_COLOURS.length]!), '#c0392b'] }, legend: LEGEND };
  const dash = { field: 'series', type: 'nominal', scale: { domain, range: [...ids.map(() => [1, 0]), [4, 3]] }, legend: LEGEND };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 420,
    height: 180,
    background: 'white',
    layer: [
      {
        data: { values },
        mark: { type: 'line', point: true },
        encoding: {
          x: { field: 'year', type: 'ordinal', title: null, axis: { labelAngle: 0 } },
          y: { field: 'value', type: 'quantitative', title: axisTitle(evaluation, lang), scale: { zero: true } },
          color,
          strokeDash: dash,
          // The legend draws the components as their points and the limit as the dashed
          // line it is; no point of this layer is a limit, so none is drawn as a stroke.
          shape: { field: 'series', type: 'nominal', scale: { domain, range: [...ids.map(() => 'circle'), 'stroke'] }, legend: LEGEND },
        },
      },
      {
        data: { values: [{ limit: 1, series: limit }] },
        mark: { type: 'rule' },
        encoding: { y: { field: 'limit', type: 'quantitative' }, color, strokeDash: dash },
      },
    ],
  };
}
