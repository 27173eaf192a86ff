// A checked file's data, packed for the trip from a worker thread (parallel-check.ts) and
// unpacked as the plan keeps it: each distinct string of the file once (one table), numbers
// exact (-0 stays -0), keys in their order. The main thread's own files are read straight
// to strings of their own (read-plan-file.ts, `ownStrings`, with the interner below), or
// copied with `copyValue`: a plan's data is the same whichever thread read a file (tests).
//
// Why not structured clone: it copies every string anew (a source named on 5,000
// observations of a file would be held 5,000 times), and reading it back costs the main
// thread more than this unpacking (measured on a file of 1,000 indicators: 2.2 ms against
// 0.6 ms).

/** Data as it was parsed from JSON-like YAML: null, booleans, numbers, strings, lists, mappings. */
export interface PackedValue {
  /** Type codes, with table indices and lengths inline. */
  ops: Int32Array;
  /** The numbers, in the order they occur. */
  numbers: Float64Array;
  /** Each distinct string (keys too), once. */
  strings: string[];
}

const NULL = 0;
const FALSE = 1;
const TRUE = 2;
const NUMBER = 3;
const STRING = 4;
const LIST = 5;
const MAPPING = 6;

export function packValue(value: unknown): PackedValue {
  let ops = new Int32Array(4096);
  let opCount = 0;
  let numbers = new Float64Array(1024);
  let numberCount = 0;
  const strings: string[] = [];
  const index = new Map<string, number>();
  const op = (code: number): void => {
    if (opCount === ops.length) {
      const larger = new Int32Array(ops.length * 2);
      larger.set(ops);
      ops = larger;
    }
    ops[opCount++] = code;
  };
  const string = (text: string): void => {
    let at = index.get(text);
    if (at === undefined) {
      at = strings.length;
      strings.push(text);
      index.set(text, at);
    }
    op(at);
  };
  const pack = (node: unknown): void => {
    if (typeof node === 'string') {
      op(STRING);
      string(node);
    } else if (typeof node === 'number') {
      op(NUMBER);
      if (numberCount === numbers.length) {
        const larger = new Float64Array(numbers.length * 2);
        larger.set(numbers);
        numbers = larger;
      }
      numbers[numberCount++] = node;
    } else if (node === null) op(NULL);
    else if (node === false) op(FALSE);
    else if (node === true) op(TRUE);
    else if (Array.isArray(node)) {
      op(LIST);
      op(node.length);
      for (let i = 0; i < node.length; i++) pack(node[i]);
    } else if (typeof node === 'object') {
      op(MAPPING);
      // The count is known once the keys are walked.
      const countAt = opCount;
      op(0);
      let count = 0;
      for (const key in node) {
        if (!Object.hasOwn(node, key)) continue;
        count += 1;
        string(key);
        pack((node as Record<string, unknown>)[key]);
      }
      ops[countAt] = count;
    } else throw new TypeError(`cannot pack a value of type ${typeof node}`);
  };
  pack(value);
  return { ops: ops.slice(0, opCount), numbers: numbers.slice(0, numberCount), strings };
}

/** The value packed (its strings, fresh from another thread, are the data's own), each passed through `intern`. */
export function unpackValue(packed: PackedValue, intern: (text: string) => string = (text) => text): unknown {
  const { ops, numbers } = packed;
  const strings = packed.strings.map(intern);
  let op = 0;
  let number = 0;
  const unpack = (): unknown => {
    switch (ops[op++]) {
      case NULL:
        return null;
      case FALSE:
        return false;
      case TRUE:
        return true;
      case NUMBER:
        return numbers[number++];
      case STRING:
        return strings[ops[op++]!];
      case LIST: {
        const length = ops[op++]!;
        const list = new Array<unknown>(length);
        for (let i = 0; i < length; i++) list[i] = unpack();
        return list;
      }
      case MAPPING: {
        const count = ops[op++]!;
        const mapping: Record<string, unknown> = {};
        for (let i = 0; i < count; i++) {
          const key = strings[ops[op++]!]!;
          const value = unpack();
          // An own property, never the prototype (the data checks refuse the key anyway).
          if (key === '__proto__') Object.defineProperty(mapping, key, { value, enumerable: true, writable: true, configurable: true });
          else mapping[key] = value;
        }
        return mapping;
      }
      default:
        throw new Error(`corrupt packed value at ${op - 1}`);
    }
  };
  return unpack();
}

/**
 * What `unpackValue(packValue(value), intern)` gives, made in one walk: for the files the
 * main thread checks itself, which need no packing.
 */
export function copyValue(value: unknown, intern: (text: string) => string): unknown {
  if (typeof value === 'string') return intern(value);
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
    throw new TypeError(`cannot pack a value of type ${typeof value}`);
  }
  if (Array.isArray(value)) {
    const list = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) list[i] = copyValue(value[i], intern);
    return list;
  }
  const mapping: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const copy = copyValue((value as Record<string, unknown>)[key], intern);
    if (key === '__proto__') Object.defineProperty(mapping, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else mapping[key] = copy;
  }
  return mapping;
}

/**
 * One copy of each distinct string given to it (read-plan-file.ts makes one a file). A
 * string the YAML parser cut from a file's text keeps all of that text alive; the copy
 * kept here holds only itself.
 */
export function stringInterner(): (text: string) => string {
  const table = new Map<string, string>();
  return (text) => {
    // Long text (a quote, a note) is rarely written twice: copied without looking it up.
    if (text.length > LONG_TEXT) return ownCopy(text);
    let kept = table.get(text);
    if (kept === undefined) {
      kept = ownCopy(text);
      table.set(kept, kept);
    }
    return kept;
  };
}

const LONG_TEXT = 40;

/**
 * A string that shares no storage with a larger one. V8 copies a string shorter than 13
 * characters when it is cut; a longer cut refers to its parent. Appending a character makes
 * a pair that the cut flattens into new storage of the string's own length.
 */
function ownCopy(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}
