// "Did you mean …?" for typos in keys, enumerated values and ids: the one implementation.

export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerated = Math.max(2, Math.floor(input.length / 3));
  return bestDistance <= tolerated && bestDistance < input.length ? best : undefined;
}

/** Optimal string alignment distance: edits, with a swap of neighbours counting as one. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, index) => index)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row[j] = best;
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/**
 * What an input is likely a slip for: the closest candidate by edit distance; else, for an
 * id typed in part, the candidates holding each of its words at the start of one of theirs
 * (`c919` → `c919-airworthiness-certification`), when there are at most `max` of them.
 */
export function suggestions(input: string, candidates: readonly string[], max = 3): string[] {
  const close = closestMatch(input, candidates);
  if (close) return [close];
  const words = input.toLowerCase().split(/[-_\s]+/).filter((word) => word.length >= 2);
  if (words.length === 0) return [];
  const holding = candidates.filter((candidate) => {
    const parts = candidate.toLowerCase().split(/[-_\s]+/);
    return words.every((word) => parts.some((part) => part.startsWith(word)));
  });
  return holding.length <= max ? holding : [];
}

/** "; did you mean x?" (or "x or y", "x, y or z"), or '' when nothing is close. */
export function didYouMean(input: string, candidates: readonly string[], quote: (text: string) => string = (text) => text): string {
  return didYouMeanOf(suggestions(input, candidates).map(quote));
}

/** "; did you mean x?" for suggestions already found (or "x or y", "x, y or z"); '' for none. */
export function didYouMeanOf(found: readonly string[]): string {
  if (found.length === 0) return '';
  const list = found.length === 1 ? found[0]! : `${found.slice(0, -1).join(', ')} or ${found.at(-1)!}`;
  return `; did you mean ${list}?`;
}

/** The one message for an indicator id the plan does not have (show, record, judge). */
export function noSuchIndicator(id: string, ids: readonly string[]): string {
  return `no indicator ${JSON.stringify(id)} in the plan${didYouMean(id, ids)}`;
}
