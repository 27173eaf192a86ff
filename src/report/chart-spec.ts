// An indicator's path as a Vega-Lite chart: the path expected (dashed), the values
// observed, and the target. Values are in the series' own terms, as `plan show` prints
// them: levels, a growth index (1 in the base year), a running sum, or yearly rates.

import type { Evaluation } from '../engine/types.js';
import { kindOf } from '../kinds/registry.js';

export interface ChartSpec {
  [key: string]: unknown;
}

export function axisTitle(evaluation: Evaluation): string {
  return kindOf(evaluation.indicator.target).axisTitle(evaluation.indicator, evaluation.indicator.target);
}

/** A chart for the indicator, or null when it has no path to draw. */
export function chartSpec(evaluation: Evaluation): ChartSpec | null {
  if (evaluation.components?.length) return componentChart(evaluation);
  const values = evaluation.path.flatMap((point) => [
    ...(point.expected === null ? [] : [{ year: point.year, series: 'expected', value: point.expected }]),
    ...(point.observed === null ? [] : [{ year: point.year, series: 'observed', value: point.observed }]),
  ]);
  if (!values.some((value) => value.series === 'observed')) return null;
  const lastExpected = [...evaluation.path].reverse().find((point) => point.expected !== null);
  const series = { field: 'series', type: 'nominal', scale: { domain: ['expected', 'observed'], range: ['#8c8c8c', '#1f5fa8'] }, legend: { title: null, orient: 'bottom' } };
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
          y: { field: 'value', type: 'quantitative', title: axisTitle(evaluation), scale: { zero: false } },
          color: series,
          strokeDash: { field: 'series', type: 'nominal', scale: { domain: ['expected', 'observed'], range: [[5, 4], [1, 0]] }, legend: { title: null, orient: 'bottom' } },
        },
      },
      ...(lastExpected && kindOf(evaluation.indicator.target).targetMark
        ? [
            {
              data: { values: [{ year: lastExpected.year, value: lastExpected.expected, label: 'target' }] },
              mark: { type: 'point', shape: 'diamond', size: 90, filled: true, color: '#c0392b' },
              encoding: { x: { field: 'year', type: 'ordinal' }, y: { field: 'value', type: 'quantitative' } },
            },
          ]
        : []),
    ],
  };
}

/**
 * A standard's components on one chart: each as a share of its own limit, so that six
 * pollutants in two units share an axis and the limit is the line at 1.
 */
function componentChart(evaluation: Evaluation): ChartSpec | null {
  const values = (evaluation.components ?? []).flatMap((component) =>
    (component.series ?? []).map((point) => ({ year: point.year, series: component.id, value: Math.round((point.value / component.limit) * 1e4) / 1e4 })),
  );
  if (values.length === 0) return null;
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
          y: { field: 'value', type: 'quantitative', title: axisTitle(evaluation), scale: { zero: true } },
          color: { field: 'series', type: 'nominal', legend: { title: null, orient: 'bottom' } },
        },
      },
      { data: { values: [{ limit: 1 }] }, mark: { type: 'rule', color: '#c0392b', strokeDash: [4, 3] }, encoding: { y: { field: 'limit', type: 'quantitative' } } },
    ],
  };
}
