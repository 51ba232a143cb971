/**
 * Whether two plain values have the same JSON up to the order of object keys: what comparing
 * their canonical JSON texts says, without writing either. A part both share (the same object)
 * is not walked, so two states replayed from one initial state compare in the time their
 * differing parts take. As in JSON, an object's key whose value is `undefined` (or a function)
 * is absent, and in an array such a value, `NaN` or an infinity reads as `null`.
 * @example
 * sameJson({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }); // true
 * sameJson({ a: undefined }, {}); // true
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const objectA = typeof a === "object" && a !== null;
  const objectB = typeof b === "object" && b !== null;
  if (!objectA || !objectB) return objectA === objectB && scalar(a) === scalar(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(inArray(a[i]), inArray(b[i]))) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const k in x) {
    if (!written(x[k])) continue;
    keys++;
    if (!Object.hasOwn(y, k) || !written(y[k]) || !sameJson(x[k], y[k])) return false;
  }
  for (const k in y) if (written(y[k])) keys--;
  return keys === 0;
}

/** Whether JSON writes an object's key holding this value. */
const written = (v: unknown): boolean => v !== undefined && typeof v !== "function" && typeof v !== "symbol";

/** A value as an array element: what JSON writes as null is null. */
const inArray = (v: unknown): unknown => (written(v) ? v : null);

/** A value that is not an object, as JSON writes it (NaN and the infinities as null, -0 as 0). */
function scalar(v: unknown): unknown {
  if (typeof v === "number") return Number.isFinite(v) ? v + 0 : null;
  return v === undefined ? null : v;
}
