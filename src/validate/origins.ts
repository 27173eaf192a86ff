// Where each indicator, observation and judgement of a loaded plan came from (load-plan.ts
// makes it, the meaning checks read it), without an Origin object and a map entry for each
// of them: the plan's list is made of runs, one per file, so an item's origin follows from
// its place in the list. A map from item to place is built the first time an item is
// looked up (by `plan record`, `plan diff`), never by `status` or `validate`, which walk
// the lists in order and ask by place (`at`).

import type { Origin } from '../model/types.js';

interface Run {
  file: string;
  key: string;
  start: number;
  count: number;
}

export class OriginIndex<K extends object> extends Map<K, Origin> {
  private readonly runs: Run[] = [];
  private covered = 0;
  private places: Map<K, number> | undefined;

  constructor(private readonly items: readonly K[]) {
    super();
  }

  /** The items from `start` on, `count` of them, are `key[0..count)` of `file`. */
  addRun(file: string, key: string, start: number, count: number): void {
    if (count === 0) return;
    if (start !== this.covered) throw new Error('origin runs must follow each other');
    this.runs.push({ file, key, start, count });
    this.covered = start + count;
    this.places = undefined;
  }

  /** The origin of the item at `place` in the plan's list. */
  at(place: number): Origin | undefined {
    if (place < 0 || place >= this.covered) return undefined;
    let low = 0;
    let high = this.runs.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.runs[middle]!.start <= place) low = middle;
      else high = middle - 1;
    }
    const run = this.runs[low]!;
    return { file: run.file, path: [run.key, place - run.start] };
  }

  /** The origin of `item`, which is expected at `place` (as a walk over the list finds it). */
  originOf(item: K, place: number): Origin | undefined {
    return this.items[place] === item && place < this.covered ? this.at(place) : this.get(item);
  }

  override get(item: K): Origin | undefined {
    const own = super.get(item);
    if (own !== undefined) return own;
    const place = this.placeOf(item);
    return place === undefined ? undefined : this.at(place);
  }

  override has(item: K): boolean {
    return super.has(item) || this.placeOf(item) !== undefined;
  }

  override get size(): number {
    return this.covered + super.size;
  }

  override *entries(): MapIterator<[K, Origin]> {
    for (let place = 0; place < this.covered; place++) yield [this.items[place]!, this.at(place)!];
    yield* super.entries();
  }

  override *keys(): MapIterator<K> {
    for (const [item] of this.entries()) yield item;
  }

  override *values(): MapIterator<Origin> {
    for (const [, origin] of this.entries()) yield origin;
  }

  override [Symbol.iterator](): MapIterator<[K, Origin]> {
    return this.entries();
  }

  override forEach(callback: (value: Origin, key: K, map: Map<K, Origin>) => void, thisArg?: unknown): void {
    for (const [item, origin] of this.entries()) callback.call(thisArg, origin, item, this);
  }

  private placeOf(item: K): number | undefined {
    if (!this.places) {
      this.places = new Map();
      for (let place = 0; place < this.covered; place++) this.places.set(this.items[place]!, place);
    }
    return this.places.get(item);
  }
}

/** The origin of `plan[list][place]`: by place where the index allows it, else by the item. */
export function originAt<K extends object>(origins: ReadonlyMap<K, Origin>, item: K, place: number): Origin | undefined {
  return origins instanceof OriginIndex ? origins.originOf(item, place) : origins.get(item);
}
