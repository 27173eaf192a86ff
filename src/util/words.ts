// Counts and articles in English messages: "1 indicator", "2 indicators", "an
// average-growth target". One place, so that no message says "1 indicators".

/** "1 indicator", "216 indicators"; `many` for irregular plurals. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * "a" or "an" for a word, by its first sound as the words this tool prints have it: a vowel
 * letter takes "an" except where it sounds like a consonant (a unit, a one-off, a euro).
 */
export function article(word: string): 'a' | 'an' {
  const lower = word.toLowerCase();
  if (/^(uni|use|usu|eu|one|once)/.test(lower)) return 'a';
  return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

/** "an average-growth", "a level". */
export function withArticle(word: string): string {
  return `${article(word)} ${word}`;
}

/** At most `length` characters (code points), the last an ellipsis when cut. */
export function truncate(text: string, length: number): string {
  const chars = [...text];
  return chars.length > length ? chars.slice(0, length - 1).join('') + '…' : text;
}
