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
  const copy = Array.isArray(child) ? child.slice() : { ...child };
  holder[key as PropertyKey] = copy;
  return copy as Writable<NonNullable<P[K]>>;
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
