/**
 * Freezes plain data (objects, arrays, primitives, as JSON gives them) and everything in it; an
 * object already frozen is taken as frozen all the way down. Events and compiled scenarios hold
 * only such data; immer's deep freeze does the same with more checks, and was a sixth of
 * opening a cached scenario.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}
