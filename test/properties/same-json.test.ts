import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sameJson } from "../../engine/model/same-json.js";
import { canonicalJson } from "../../engine/query/fingerprint.js";
import { propertyParams } from "../../engine/testing/index.js";

/** Plain values as states hold them, with what JSON drops or rewrites: undefined, NaN, -0. */
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.constantFrom(null, true, false, undefined, Number.NaN, -0, 0, 1, "", "a"),
    fc.integer({ min: -3, max: 3 }),
    fc.string({ maxLength: 3 }),
  ),
  node: fc.oneof(
    { depthSize: "small" },
    tie("leaf"),
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom("a", "b", "c", "d"), tie("node"), { maxKeys: 4 }),
  ),
})).node;

/** The same value with its objects' keys in reverse order and every part a new object. */
function reordered(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reordered);
  if (typeof v !== "object" || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).reverse()) out[k] = reordered((v as Record<string, unknown>)[k]);
  return out;
}

describe("sameJson says what comparing canonical JSON says", () => {
  it("on any two plain values", () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(canonicalJson([a]) === canonicalJson([b]));
      }),
      propertyParams(),
    );
  });

  it("on a value and a copy of it with keys reordered, or one part changed", () => {
    fc.assert(
      fc.property(value, value, (a, part) => {
        expect(sameJson(a, reordered(a))).toBe(true);
        const changed = { x: a, y: part };
        const copy = { y: reordered(part), x: reordered(a) };
        expect(sameJson(changed, copy)).toBe(true);
        expect(sameJson({ ...changed, y: [part] }, copy)).toBe(canonicalJson([[part]]) === canonicalJson([part]));
      }),
      propertyParams(),
    );
  });

  it("in the cases written out", () => {
    expect(sameJson({ a: undefined, b: 1 }, { b: 1 })).toBe(true);
    expect(sameJson([undefined], [null])).toBe(true);
    expect(sameJson([Number.NaN], [null])).toBe(true);
    expect(sameJson(-0, 0)).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson("1", 1)).toBe(false);
  });
});
