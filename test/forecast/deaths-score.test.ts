import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crpsCount, scoreDeaths, summariseDeaths } from "../../engine/forecast/deaths-score.js";
import { propertyParams } from "../../engine/testing/index.js";
import { naiveCrps } from "./naive-crps.js";

describe("scores of a forecast of deaths", () => {
  it("gives a single value's absolute error, and a spread forecast less than its mean error", () => {
    expect(crpsCount([0], 12)).toBe(12);
    expect(crpsCount([40], 12)).toBe(28);
    // mean|X − 20| = 10, ½·mean|X − X'| = ½·(0 + 20 + 20 + 0) / 4 = 5
    expect(crpsCount([10, 30], 20)).toBe(5);
  });

  it("scores five runs against a recorded count, as worked out by hand", () => {
    // mean|X − 25| = (25 + 15 + 5 + 5 + 15) / 5 = 13; ½·mean|X − X'| = 200 / 25 = 8
    // 50% interval: quantiles 0.25 and 0.75 at positions 1 and 3, [10, 30]; 90%: [2, 38]
    // PIT: three runs below 25, none equal: 3/5
    expect(scoreDeaths([0, 10, 20, 30, 40], 25, 0.5)).toEqual({
      crps: 5,
      covered50: true,
      covered90: true,
      pit: 0.6,
    });
    expect(scoreDeaths([0, 10, 20, 30, 40], 39, 0.5)).toMatchObject({ covered50: false, covered90: false });
  });

  it("spreads ties by the draw: all runs and the record at zero give a PIT of the draw itself", () => {
    expect(scoreDeaths([0, 0, 0, 0], 0, 0.25)).toEqual({ crps: 0, covered50: true, covered90: true, pit: 0.25 });
    expect(scoreDeaths([0, 0, 0, 0], 0, 0.75).pit).toBe(0.75);
  });

  it("is the CRPS of its definition on any runs and record", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 5000 }),
        (runs, y) => {
          expect(crpsCount(runs, y)).toBeCloseTo(naiveCrps(runs, y, Number.POSITIVE_INFINITY), 6);
          expect(scoreDeaths(runs, y, 0.5).crps).toBeCloseTo(naiveCrps(runs, y, Number.POSITIVE_INFINITY), 6);
        },
      ),
      propertyParams(),
    );
  });

  it("pools scores: mean CRPS, coverage and a PIT histogram", () => {
    const pooled = summariseDeaths([scoreDeaths([10, 30], 20, 0.5), scoreDeaths([0], 12, 0.5)]);
    expect(pooled).toMatchObject({ forecasts: 2, meanCrps: 8.5, coverage50: 0.5, coverage90: 0.5 });
    // PIT 0.5 (one run below 20 of two) and 1 (the one run below 12)
    expect(pooled?.pitHistogram).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(summariseDeaths([])).toBeNull();
  });

  it("refuses a count that is not one: negative, not finite, or no runs at all", () => {
    expect(() => crpsCount([], 3)).toThrow(/needs at least one run/);
    expect(() => crpsCount([1], -1)).toThrow(/recorded count of deaths is a number >= 0, got -1/);
    expect(() => scoreDeaths([1, Number.NaN], 2, 0.5)).toThrow(/run 1's count of deaths is NaN/);
  });
});
