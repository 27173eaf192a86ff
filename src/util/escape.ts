// Text from plan files is printed with control characters escaped, so a hostile name
// cannot move the cursor, clear the screen or reorder a line on the user's terminal.

/**
 * C0 controls except tab and line feed, DEL, C1 controls, and the bidi overrides that can
 * make a printed line read differently from what it holds: escaped when printed, and a
 * finding (CONTROL_CHARACTER) in a plan's text.
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const CONTROL = new RegExp(CONTROL_CHARACTER.source, 'g');

export function escapeControl(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_OR_BREAK_ALL = new RegExp(CONTROL_OR_BREAK.source, 'g');
const NAMED_ESCAPES: Record<string, string> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' };

/** For one-line cells: line breaks and tabs escaped too. */
export function escapeInline(text: string): string {
  // Most cells hold nothing to escape: one test instead of four replacements.
  if (!CONTROL_OR_BREAK.test(text)) return text;
  return text.replace(CONTROL_OR_BREAK_ALL, (char) => NAMED_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
