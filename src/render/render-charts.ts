// Vega-Lite specs → SVG, on the machine, so the HTML report needs no script to show them.
// vega and vega-lite are large and ES-module only: they are loaded here, by `plan report`
// alone, never at the start of other commands (they are external to the bundle).

import { importModule } from '../util/import-module.js';
import type { ChartSpec } from './chart-spec.js';

type VegaLite = typeof import('vega-lite');
type Vega = typeof import('vega');

/** vega-lite reports what it adjusts on the console; the report is the tool's only output. */
const silent = { level: () => silent, error: () => silent, warn: () => silent, info: () => silent, debug: () => silent } as unknown as NonNullable<Parameters<VegaLite['compile']>[1]>['logger'];

export async function renderSvgs(specs: ReadonlyMap<string, ChartSpec>): Promise<Map<string, string>> {
  const [vegaLite, vega] = await Promise.all([importModule<VegaLite>('vega-lite'), importModule<Vega>('vega')]);
  const svgs = new Map<string, string>();
  for (const [id, spec] of specs) {
    const compiled = vegaLite.compile(spec as unknown as Parameters<VegaLite['compile']>[0], { logger: silent }).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
    svgs.set(id, await view.toSVG());
    view.finalize();
  }
  return svgs;
}
