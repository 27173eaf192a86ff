// Numbers as the reports write them: in a table cell (grouped, rounded to the cell) and
// inside a sentence, a reason or a step (a few significant digits, no grouping). One owner
// for each way, so that a table and a sentence of one report round alike.

export function number(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined) return '—';
  const magnitude = Math.abs(value);
  const fractionDigits = Number.isInteger(value) || magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : magnitude >= 1 ? digits : 3;
  return groupThousands(trimZeros(value.toFixed(fractionDigits)));
}

// toLocaleString would do both jobs, but builds an Intl.NumberFormat on every call: 12 ms
// of a 65 ms `plan status` (measured). The table needs only en-US grouping.
function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

function groupThousands(text: string): string {
  const [whole, fraction] = text.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export function percent(fraction: number | null | undefined): string {
  return fraction === null || fraction === undefined ? '—' : `${inPercent(fraction, 0)}%`;
}

export function rate(fraction: number | null | undefined): string {
  return fraction === null || fraction === undefined ? '—' : `${inPercent(fraction, 2)}%`;
}

/**
 * A fraction in percent. Near the largest double, ×100 overflows a finite fraction to
 * Infinity (a growth of 1.8e306 a year, from a base of 3e-307): there the exponent is
 * raised by two instead of the number multiplied.
 */
function inPercent(fraction: number, digits: number): string {
  const hundredfold = fraction * 100;
  if (Number.isFinite(hundredfold)) return hundredfold.toFixed(digits);
  const [mantissa, exponent] = fraction.toExponential(digits).split('e');
  return `${mantissa}e+${Number(exponent) + 2}`;
}

/** A number inside a sentence: integers as they are, else three significant digits or so. */
export function fmt(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const magnitude = Math.abs(value);
  return magnitude >= 100 ? value.toFixed(1) : magnitude >= 1 ? value.toFixed(3).replace(/0+$/, '').replace(/\.$/, '') : String(Number(value.toPrecision(3)));
}

/** "+1.5", "−0.9": a change with its sign, the minus a real one. */
export function signed(value: number): string {
  return value < 0 ? `−${fmt(-value)}` : `+${fmt(value)}`;
}
