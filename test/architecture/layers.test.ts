// Data flows one way. Each folder of src/ is a layer and imports only from the layers below
// it; no module imports itself back through others. Read from the sources, so a new
// upward import fails here before it settles in.
//
//   util < model < engine < kinds < validate < load < diff, edit < render < commands < cli
//
// engine: the arithmetic and the steps every kind shares; kinds: one module per target kind
// and the evaluation that dispatches to them; validate: schema and meaning checks (the
// kinds' own checks among them); load: files to a checked plan.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const LAYERS: string[][] = [['util'], ['model'], ['engine'], ['kinds'], ['validate'], ['load'], ['diff', 'edit'], ['render'], ['commands'], ['cli', 'version']];
const rank = (layer: string): number => LAYERS.findIndex((names) => names.includes(layer));

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

const files = sources(SRC);
const edges: Edge[] = files.flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s+(type\s+)?[^'"]*?from\s+'(\.[^']+)'/gm)].map((match) => ({
    from: file,
    to: resolve(dirname(file), match[2]!).replace(/\.js$/, '.ts'),
    typeOnly: match[1] !== undefined,
  })),
);
const layerOf = (file: string): string => relative(SRC, file).split('/')[0]!.replace(/\.ts$/, '');

describe('the layers of src/', () => {
  it('every folder has its place in the order', () => {
    for (const file of files) expect(rank(layerOf(file)), relative(SRC, file)).toBeGreaterThanOrEqual(0);
  });

  it('no module imports from a layer above its own (types included)', () => {
    const upward = edges.filter((edge) => rank(layerOf(edge.to)) > rank(layerOf(edge.from))).map((edge) => `${relative(SRC, edge.from)} → ${relative(SRC, edge.to)}`);
    expect(upward).toEqual([]);
  });

  it('no module comes back to itself through its imports', () => {
    const next = new Map<string, string[]>();
    for (const edge of edges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
    const cycles: string[] = [];
    const done = new Set<string>();
    const visit = (file: string, path: string[]): void => {
      if (path.includes(file)) {
        cycles.push([...path.slice(path.indexOf(file)), file].map((entry) => relative(SRC, entry)).join(' → '));
        return;
      }
      if (done.has(file)) return;
      for (const target of next.get(file) ?? []) visit(target, [...path, file]);
      done.add(file);
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
