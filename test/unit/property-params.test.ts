import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CI_SEED, MIN_RUNS, propertyParams } from "../../engine/testing/index.js";

describe("propertyParams", () => {
  it("runs every property at least 200 times", () => {
    expect(propertyParams({}, {}).numRuns).toBe(MIN_RUNS);
    expect(propertyParams({ numRuns: 10 }, {}).numRuns).toBe(MIN_RUNS);
    expect(propertyParams({}, { SITREP_RUNS: "1000" }).numRuns).toBe(1000);
  });

  it("fixes the seed in CI, takes SITREP_SEED (and SITREP_PATH) when given, and leaves it to fast-check otherwise", () => {
    expect(propertyParams({}, {}).seed).toBeUndefined();
    expect(propertyParams({}, { CI: "true" }).seed).toBe(CI_SEED);
    expect(propertyParams({}, { CI: "true", SITREP_SEED: "-42" }).seed).toBe(-42);
    expect(propertyParams({}, { SITREP_SEED: "7", SITREP_PATH: "3:1" })).toMatchObject({ seed: 7, path: "3:1" });
    expect(propertyParams({}, { SITREP_PATH: "3:1" }).path).toBeUndefined();
    expect(() => propertyParams({}, { SITREP_SEED: "abc" })).toThrow(/SITREP_SEED/);
  });

  // A failure must say how to reproduce it: the report fc.assert throws names the seed and the
  // path, and keeps the original error's message.
  it("a failing property reports its seed, its path and the original error", () => {
    let message = "";
    try {
      fc.assert(
        fc.property(fc.nat(), (n) => {
          if (n > 5) throw new Error(`too big: ${n}`);
        }),
        propertyParams({}, { CI: "true" }),
      );
    } catch (e) {
      message = e instanceof Error ? e.message : String(e);
    }
    expect(message).toContain(`seed: ${CI_SEED}`);
    expect(message).toMatch(/path: "[\d:]+"/);
    expect(message).toContain("too big: 6");
  });
});
