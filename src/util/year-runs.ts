// Years as a reader writes them: a run of three or more consecutive years as a range
// (2021–2023), shorter runs year by year. The words around them are each language's.

export function yearRuns(years: readonly number[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    if (j - i >= 2) runs.push(`${years[i]}–${years[j]}`);
    else runs.push(...years.slice(i, j + 1).map(String));
    i = j + 1;
  }
  return runs;
}
