// How --fail-on says what it matched: one line on stderr, the same for status and diff.

/** "--fail-on missed: 2 indicators: gdp-growth (missed), …" */
export function failOnMessage(policy: string, what: string): string {
  return `--fail-on ${policy}: ${what}\n`;
}
