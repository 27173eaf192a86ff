// cli-table3 draws `plan status` (216 rows × 11 cells) in about 100 ms on a quiet machine
// and twice that under load (measured): more than the whole start of the command may take.
// Four hot spots, each a pure function made cheaper without changing what it returns, are
// patched here when the CLI is bundled (scripts/build.mjs). A patch whose source text is
// no longer found stops the build, as the commander patch does: a new version of the
// library must be looked at, not silently drawn slowly.

/** [file (path ends with), source text, replacement] */
export const CLI_TABLE3_PATCHES = [
  // The widest line of a cell: computed for the same strings many times (a cell's content
  // when measured, padded and drawn; "—" and "100%" in many cells). Memoised by string.
  [
    'cli-table3/src/utils.js',
    'function strlen(str) {\n  let code = codeRegex();',
    'const strlenCache = new Map();\nfunction strlen(str) {\n  str = "" + str;\n  let known = strlenCache.get(str);\n  if (known === undefined) strlenCache.set(str, (known = strlenUncached(str)));\n  return known;\n}\nfunction strlenUncached(str) {\n  let code = codeRegex();',
  ],
  // Every line of every cell is scanned for colour codes to close and reopen across line
  // breaks; a line without an escape character has none, and comes back as it went in.
  [
    'cli-table3/src/utils.js',
    'function colorizeLines(input) {\n',
    "function colorizeLines(input) {\n  if (!input.some((line) => line.includes('\\u001b'))) return input.slice();\n",
  ],
  // fillInTable looks for the gaps row spans and column spans leave, comparing every cell
  // with every cell of the rows above it (quadratic in rows). A grid whose rows all hold
  // one cell per column without spans has no gaps: nothing to fill.
  [
    'cli-table3/src/layout-manager.js',
    '  function fillInTable(table) {\n    let h_max = maxHeight(table);\n    let w_max = maxWidth(table);\n',
    '  function fillInTable(table) {\n    let h_max = maxHeight(table);\n    let w_max = maxWidth(table);\n' +
      '    if (table.every((row) => row.length === w_max && row.every((cell, x) => cell.x === x && (cell.rowSpan || 1) === 1 && (cell.colSpan || 1) === 1))) return;\n',
  ],
  // Called 18 times a cell to merge its options with the table's: an array built and
  // filtered each time, and the option's camel-case name rebuilt each time.
  [
    'cli-table3/src/cell.js',
    'function firstDefined(...args) {\n  return args.filter((v) => v !== undefined && v !== null).shift();\n}',
    'function firstDefined(a, b, c, d) {\n  return a !== undefined && a !== null ? a : b !== undefined && b !== null ? b : c !== undefined && c !== null ? c : d !== undefined && d !== null ? d : undefined;\n}',
  ],
  [
    'cli-table3/src/cell.js',
    "function setOption(objA, objB, nameB, targetObj) {\n  let nameA = nameB.split('-');\n  if (nameA.length > 1) {\n    nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);\n    nameA = nameA.join('');\n",
    "const camelNames = new Map();\nfunction camelName(nameB) {\n  let nameA = nameB.split('-');\n  if (nameA.length > 1) {\n    nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);\n    return nameA.join('');\n  }\n  return null;\n}\n" +
      "function setOption(objA, objB, nameB, targetObj) {\n  let nameA = camelNames.get(nameB);\n  if (nameA === undefined) camelNames.set(nameB, (nameA = camelName(nameB)));\n  if (typeof nameA === 'string') {\n",
  ],
  // string-width 4 (through strip-ansi 6) builds two large regular expressions anew for
  // every string it measures. Both are global and only used with String#replace, which
  // starts each search at index 0 and leaves lastIndex at 0: one instance serves every call.
  [
    'cli-table3/node_modules/string-width/index.js',
    "string = string.replace(emojiRegex(), '  ');",
    "string = string.replace(emojiPattern ??= emojiRegex(), '  ');",
  ],
  ['cli-table3/node_modules/string-width/index.js', 'const stringWidth = string => {', 'let emojiPattern;\nconst stringWidth = string => {'],
  [
    'cli-table3/node_modules/strip-ansi/index.js',
    "module.exports = string => typeof string === 'string' ? string.replace(ansiRegex(), '') : string;",
    "let pattern;\nmodule.exports = string => typeof string === 'string' ? string.replace(pattern ??= ansiRegex(), '') : string;",
  ],
];

/** The patched source of a file (`applied` collects the patches used), or the source as it is. */
export function patchCliTable3(path, source, applied = new Set()) {
  const normal = path.replaceAll('\\', '/');
  let out = source;
  CLI_TABLE3_PATCHES.forEach(([file, from, to], index) => {
    if (!normal.endsWith(`/node_modules/${file}`)) return;
    if (!out.includes(from)) throw new Error(`cli-table3 changed: "${from.split('\n')[0]}" not found in ${path}`);
    out = out.replace(from, to);
    applied.add(index);
  });
  return out;
}
