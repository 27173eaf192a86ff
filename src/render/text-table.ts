// A boxed text table for the terminal, drawn by cli-table3, which measures cells with
// string-width (wide East Asian characters take two columns, colour codes none).
//
// cli-table3 costs time on a table the size of `plan status` (216 rows × 11 cells): the
// build patches two of its hot spots (scripts/build.mjs, `fastCliTable3`), and the JSON,
// CSV and Markdown formats never load it (the require below runs on the first table).

import { createRequire } from 'node:module';
import type CliTable3 from 'cli-table3';
import { displayWidth } from './display-width.js';

export { displayWidth, truncateToWidth, wrapToWidth } from './display-width.js';

export interface TableOptions {
  /** Applied to a cell's text before layout; cli-table3 does not count escape codes as width. */
  paint?: (text: string, row: number, column: number) => string;
  /** Applied to the header cells. */
  paintHead?: (text: string) => string;
  /** Applied to every run of box-drawing characters. */
  paintBorder?: (text: string) => string;
}

type TableConstructor = typeof CliTable3;
let tableClass: TableConstructor | undefined;

/** cli-table3, loaded on the first table drawn (a CommonJS require the bundler keeps lazy). */
function loadTable(): TableConstructor {
  tableClass ??= requireCliTable3();
  return tableClass;
}

declare const require: ((id: 'cli-table3') => TableConstructor) | undefined;

function requireCliTable3(): TableConstructor {
  // The bundle is CommonJS: esbuild bundles this require and runs the module on first call.
  // Unbundled (the tests run the sources as ES modules) there is no `require`.
  if (typeof require === 'function') return require('cli-table3');
  return createRequire(import.meta.url)('cli-table3') as TableConstructor;
}

const BOX_RUN = /[\u2500-\u257f]+/g;

export function renderTable(head: readonly string[], rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const Table = loadTable();
  const table = new Table({
    head: head.map((text) => (options.paintHead ? options.paintHead(text) : text)),
    // No colour names: cli-table3 would load @colors/colors for them; painting is ours.
    // Compact: a rule under the header only, not between rows.
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1, compact: true },
    wordWrap: false,
  });
  rows.forEach((row, index) => {
    table.push(head.map((_, column) => {
      const text = row[column] ?? '';
      return options.paint ? options.paint(text, index, column) : text;
    }));
  });
  const drawn = table.toString();
  return options.paintBorder ? drawn.replace(BOX_RUN, options.paintBorder) : drawn;
}

/** The width a table of these column widths takes: cells padded by one each side, borders between. */
export function tableWidth(columnWidths: readonly number[]): number {
  return columnWidths.reduce((sum, width) => sum + width + 3, 1);
}

/** Widest cell of each column, the header included. */
export function columnWidths(head: readonly string[], rows: readonly (readonly string[])[]): number[] {
  return head.map((text, column) => rows.reduce((widest, row) => Math.max(widest, displayWidth(row[column] ?? '')), displayWidth(text)));
}
