/** A value whose own fields may be assigned (one level deep; nested values stay read-only). */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Returns `parent[key]` ready to be written, copying it first if it is frozen (shared with an
 * earlier state). On an immer draft this is the child draft itself; on a segment draft (see
 * `applySegment`) it is copy-on-write. Handlers write nested data only through `edit`, so they
 * run unchanged under both.
 * @example
 * const place = edit(edit(draft, "places"), 3);
 * place.controller = "isil";
 */
export function edit<P extends object, K extends keyof P>(
  parent: Writable<P> | P,
  key: K,
): Writable<NonNullable<P[K]>> {
  const holder = parent as Record<PropertyKey, unknown>;
  const child = holder[key as PropertyKey] as object;
  if (!Object.isFrozen(child)) return child as Writable<NonNullable<P[K]>>;
  // Array.from, not slice: V8 copies a frozen array through its slow path with slice (~0.5 ms
  // for 10,000 places against ~8 µs).
  // A record without a prototype (keyed by names from input) stays without one.
  const copy = Array.isArray(child)
    ? Array.from(child)
    : Object.getPrototypeOf(child) === null
      ? Object.assign(Object.create(null) as object, child)
      : { ...child };
  holder[key as PropertyKey] = copy;
  copies?.push(copy);
  return copy as Writable<NonNullable<P[K]>>;
}

/** What `edit` copied in the segment under way, so only that is frozen at its end. */
let copies: object[] | null = null;
/** What was created and put into an array copied by `edit` in the segment under way (see `created`). */
let fresh: object[] | null = null;

/**
 * Registers a value just created to be put into an array that `edit` copied: such arrays are
 * frozen shallowly at the end of a segment, so their new elements must be frozen on their own.
 * Returns the value. Under immer (outside a segment) it does nothing: immer freezes new data.
 * @example
 * bucket.splice(i, 0, created([key, value]));
 */
export function created<T extends object>(value: T): T {
  fresh?.push(value);
  return value;
}

/**
 * Runs `write` on a copy-on-write draft of `state` and returns the result frozen. Freezing
 * visits only what the segment copied or created: arrays copied by `edit` are frozen shallowly
 * (their elements are written only through `edit`, or registered with `created`), records
 * deeply down to the first value already frozen. If `write` throws, the draft is dropped and `state` is as it was.
 */
export function inSegment<T extends object>(state: T, write: (draft: Writable<T>) => void): T {
  const { draft, mine, made } = runSegment(state, write);
  for (const c of made) freezeNew(c);
  for (const c of mine) if (Array.isArray(c)) Object.freeze(c);
  for (const c of mine) freezeNew(c);
  freezeNew(draft);
  return draft as T;
}

/**
 * Runs `write` on a copy-on-write draft of `state` for what `write` finds on the way, and drops
 * the draft unfrozen, as nothing of it is kept: a check of a log's rules, whose end state no one
 * reads, need not freeze it. `state` is as it was.
 */
export function inScratchSegment<T extends object>(state: T, write: (draft: Writable<T>) => void): void {
  runSegment(state, write);
}

/** `write` run on a draft of `state`, with what the segment copied (`mine`) and created (`made`), none of it frozen yet. */
function runSegment<T extends object>(
  state: T,
  write: (draft: Writable<T>) => void,
): { draft: Writable<T>; mine: object[]; made: object[] } {
  freezeNew(state);
  const outer = copies;
  const outerFresh = fresh;
  const mine: object[] = [];
  const made: object[] = [];
  copies = mine;
  fresh = made;
  const draft = { ...state } as Writable<T>;
  try {
    write(draft);
  } finally {
    copies = outer;
    fresh = outerFresh;
  }
  return { draft, mine, made };
}

/** Freezes everything reachable from `value` that is not frozen yet; stops at frozen (shared) values. */
export function freezeNew(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) freezeNew(value[i]);
  } else {
    for (const k in value) freezeNew((value as Record<string, unknown>)[k]);
  }
}
