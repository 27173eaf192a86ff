// Columns a string takes in a terminal, measured as string-width (cli-table3's measure)
// does, so that a table fitted to the terminal here is the width cli-table3 draws.

/** Wide East Asian characters count two, control characters and combining marks none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char.codePointAt(0)!);
  return width;
}

/** The text cut to `width` columns, its last one an ellipsis when anything was cut. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const char of text) {
    const next = charWidth(char.codePointAt(0)!);
    if (used + next > width - 1) break;
    out += char;
    used += next;
  }
  return `${out}…`;
}

// The rules of string-width 4 with is-fullwidth-code-point 3, the versions cli-table3 uses;
// emoji (which string-width counts two) in the blocks a plan's text might hold.
function charWidth(code: number): number {
  if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return 0;
  if (code >= 0x300 && code <= 0x36f) return 0;
  return isFullwidth(code) || isEmoji(code) ? 2 : 1;
}

function isFullwidth(code: number): boolean {
  return (
    code >= 0x1100 &&
    (code <= 0x115f ||
      code === 0x2329 ||
      code === 0x232a ||
      (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
      (code >= 0x3250 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0xa4c6) ||
      (code >= 0xa960 && code <= 0xa97c) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe10 && code <= 0xfe19) ||
      (code >= 0xfe30 && code <= 0xfe6b) ||
      (code >= 0xff01 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1b000 && code <= 0x1b001) ||
      (code >= 0x1f200 && code <= 0x1f251) ||
      (code >= 0x20000 && code <= 0x3fffd))
  );
}

function isEmoji(code: number): boolean {
  return (code >= 0x1f300 && code <= 0x1f64f) || (code >= 0x1f900 && code <= 0x1f9ff);
}

/** The text broken at spaces into lines of at most `width` columns (a longer word stands alone). */
export function wrapToWidth(text: string, width: number | undefined): string {
  if (width === undefined || displayWidth(text) <= width) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && displayWidth(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  lines.push(line);
  return lines.join('\n');
}
