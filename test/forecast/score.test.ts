import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crps } from "../../engine/forecast/crps.js";
import { censor } from "../../engine/forecast/ensemble.js";
import { covers, interval } from "../../engine/forecast/interval.js";
import { pit, pitHistogram } from "../../engine/forecast/pit.js";
import { logScore, skill } from "../../engine/forecast/score.js";
import { scoreMilestone, summarise } from "../../engine/forecast/summary.js";
import { quantiles } from "../../engine/sim/distributions.js";
import { CI_SEED, propertyParams } from "../../engine/testing/index.js";
import { naiveCrps } from "./naive-crps.js";

const INF = Number.POSITIVE_INFINITY;

describe("censor", () => {
  it("keeps days within the horizon and puts later ones and misses on it", () => {
    expect(censor(12.5, 30)).toBe(12.5);
    expect(censor(30, 30)).toBe(30);
    expect(censor(31, 30)).toBe(30);
    expect(censor(INF, 30)).toBe(30);
  });
});

describe("crps", () => {
  it("matches hand-computed figures", () => {
    // [1,3] vs 2: mean|X-y| = (1+1)/2 = 1; mean|X-X'| over 4 ordered pairs = (0+2+2+0)/4 = 1; 1 - 0.5 = 0.5
    expect(crps([1, 3], 2, 30)).toBe(0.5);
    // [0,4,8] vs 2: mean|X-y| = (2+2+6)/3 = 10/3; sum_{i<j} = 4+8+4 = 16, mean|X-X'| = 2*16/9 = 32/9;
    // 10/3 - 16/9 = 14/9
    expect(crps([0, 4, 8], 2, 30)).toBeCloseTo(14 / 9, 12);
    // one member: |7 - 3| = 4
    expect(crps([7], 3, 30)).toBe(4);
  });

  it("takes a Float64Array as it takes an array", () => {
    expect(crps(Float64Array.of(8, 0, 4), 2, 30)).toBeCloseTo(14 / 9, 12);
  });

  it("scores a miss and a late run as the same outcome, a point mass at the horizon", () => {
    // [5, Inf] vs Inf at H = 30 -> [5, 30] vs 30: mean|X-y| = (25+0)/2 = 12.5;
    // mean|X-X'| = (0+25+25+0)/4 = 12.5; 12.5 - 6.25 = 6.25
    expect(crps([5, INF], INF, 30)).toBe(6.25);
    // no change against a capture on day 10: |30 - 10| = 20
    expect(crps([INF], 10, 30)).toBe(20);
    // a run on day 40 against a miss: both are "not within 30 days"
    expect(crps([40], INF, 30)).toBe(0);
    expect(crps([INF, 45], 31, 30)).toBe(0);
  });

  it("is 0 when every member equals the observation", () => {
    expect(crps([0.1, 0.1, 0.1, 0.1, 0.1], 0.1, 30)).toBe(0);
  });

  it("refuses what is not a forecast, naming what is wrong", () => {
    expect(() => crps([], 1, 30)).toThrow(/at least one member/);
    expect(() => crps([1, Number.NaN], 1, 30)).toThrow(/ensemble member 1 is NaN/);
    expect(() => crps([1], Number.NaN, 30)).toThrow(/observation must be the days after the origin/);
    expect(() => crps([1], 1, INF)).toThrow(/horizon must be a finite number of days >= 0/);
    expect(() => crps([1], 1, -1)).toThrow(/horizon/);
  });

  it("is >= 0, 0 only when every member equals y, and equals the O(n²) form (property, fixed seed)", () => {
    const day = fc.oneof(fc.double({ min: 0, max: 60, noNaN: true }), fc.integer({ min: 0, max: 5 }), fc.constant(INF));
    const spread = fc.record({ xs: fc.array(day, { minLength: 1, maxLength: 40 }), y: day });
    const same = fc
      .tuple(day, fc.integer({ min: 1, max: 40 }))
      .map(([v, n]) => ({ xs: Array.from({ length: n }, () => v), y: v }));
    fc.assert(
      fc.property(fc.oneof(spread, same), fc.integer({ min: 0, max: 60 }), ({ xs, y }, h) => {
        const v = crps(xs, y, h);
        expect(v).toBeGreaterThanOrEqual(0);
        const allAtY = xs.every((x) => Math.min(x, h) === Math.min(y, h));
        expect(v === 0).toBe(allAtY);
        const naive = naiveCrps(xs, y, h);
        expect(Math.abs(v - naive)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(naive)));
      }),
      propertyParams({ seed: CI_SEED }),
    );
  });
});

describe("interval and covers", () => {
  const tens = [40, 0, 30, 10, 20];

  it("takes the central quantiles by the type-7 rule", () => {
    // n = 5: the 0.25 and 0.75 quantiles sit at positions 4*0.25 = 1 and 4*0.75 = 3
    expect(interval(tens, 0.5, 100)).toEqual({ lower: 10, upper: 30 });
    // 0.05 and 0.95 at positions 0.2 and 3.8: 0 + 0.2*10 = 2, 30 + 0.8*10 = 38
    const i90 = interval(tens, 0.9, 100);
    expect(i90.lower).toBeCloseTo(2, 12);
    expect(i90.upper).toBeCloseTo(38, 12);
  });

  it("agrees with quantiles' p25/p75 and p5/p95", () => {
    const xs = Float64Array.of(3.5, 17, 0, 9.25, 42, 11, 11, 28.5, 6);
    const q = quantiles(xs);
    const i50 = interval(xs, 0.5, 100);
    const i90 = interval(xs, 0.9, 100);
    expect(i50.lower).toBeCloseTo(q?.p25 ?? Number.NaN, 12);
    expect(i50.upper).toBeCloseTo(q?.p75 ?? Number.NaN, 12);
    expect(i90.lower).toBeCloseTo(q?.p5 ?? Number.NaN, 12);
    expect(i90.upper).toBeCloseTo(q?.p95 ?? Number.NaN, 12);
  });

  it("lands exactly on the order statistic a level names, so an edge value is covered", () => {
    const days = Array.from({ length: 21 }, (_, i) => i);
    // n = 21, level 0.9: position 20 * (1 - 0.9) / 2 is 0.9999999999999998 in binary; it means 1
    expect(interval(days, 0.9, 100)).toEqual({ lower: 1, upper: 19 });
    // level 0.7: position 20 * 0.15 is 3.0000000000000004 in binary; it means 3
    expect(interval(days, 0.7, 100)).toEqual({ lower: 3, upper: 17 });
    expect(covers(days, 3, 0.7, 100)).toBe(true);
    expect(covers(days, 17, 0.7, 100)).toBe(true);
    expect(covers(days, 2.999, 0.7, 100)).toBe(false);
    expect(covers(days, 17.001, 0.7, 100)).toBe(false);
  });

  it("includes both ends", () => {
    expect(covers(tens, 10, 0.5, 100)).toBe(true);
    expect(covers(tens, 30, 0.5, 100)).toBe(true);
    expect(covers(tens, 9.99, 0.5, 100)).toBe(false);
    expect(covers(tens, 30.01, 0.5, 100)).toBe(false);
  });

  it("censors at the horizon: a miss is covered when the interval reaches the horizon", () => {
    // [5, Inf, Inf] at H = 30 -> [5, 30, 30]; 50%: positions 0.5 -> 17.5 and 1.5 -> 30
    expect(interval([5, INF, INF], 0.5, 30)).toEqual({ lower: 17.5, upper: 30 });
    expect(covers([5, INF, INF], INF, 0.5, 30)).toBe(true);
    // [1, 2, Inf] -> [1, 2, 30]; 50%: 1.5 and 2 + 0.5*28 = 16, short of 30
    expect(covers([1, 2, INF], INF, 0.5, 30)).toBe(false);
  });

  it("refuses a level that is not a probability strictly between 0 and 1", () => {
    expect(() => interval(tens, 90, 100)).toThrow(/strictly between 0 and 1/);
    expect(() => interval(tens, 0, 100)).toThrow(/strictly between 0 and 1/);
    expect(() => covers(tens, 1, 1, 100)).toThrow(/strictly between 0 and 1/);
  });
});

describe("pit", () => {
  it("spreads a tie by u: F(y-) + u * (F(y) - F(y-))", () => {
    // [1,2,2,3] vs 2: F(2-) = 1/4, F(2) = 3/4
    expect(pit([1, 2, 2, 3], 2, 30, 0)).toBe(0.25);
    expect(pit([1, 2, 2, 3], 2, 30, 0.5)).toBe(0.5);
    expect(pit([1, 2, 2, 3], 2, 30, 0.9)).toBeCloseTo(0.25 + 0.9 * 0.5, 12);
  });

  it("does not depend on u without a tie", () => {
    expect(pit([1, 3], 2, 30, 0)).toBe(0.5);
    expect(pit([1, 3], 2, 30, 0.7)).toBe(0.5);
    expect(pit([1, 3], 5, 30, 0.7)).toBe(1);
    expect(pit([1, 3], 0, 30, 0.7)).toBe(0);
  });

  it("ties a miss with the runs beyond the horizon", () => {
    // [5, Inf, 40] vs Inf at H = 30 -> [5, 30, 30] vs 30: F(30-) = 1/3, F(30) = 1
    expect(pit([5, INF, 40], INF, 30, 0)).toBeCloseTo(1 / 3, 12);
    expect(pit([5, INF, 40], INF, 30, 0.5)).toBeCloseTo(1 / 3 + 0.5 * (2 / 3), 12);
  });

  it("refuses a u outside [0, 1)", () => {
    expect(() => pit([1], 1, 30, 1)).toThrow(/u must be a uniform draw in \[0, 1\)/);
    expect(() => pit([1], 1, 30, -0.1)).toThrow(/u must be/);
  });
});

describe("pitHistogram", () => {
  it("counts values in equal bins, left ends in, 1 in the last bin", () => {
    // bins of width 0.2: 0.05 -> 0; 0.25, 0.3 -> 1; 0.2 -> 1 (left end); 1 -> 4
    expect(pitHistogram([0.05, 0.25, 0.3, 0.2, 1], 5)).toEqual([1, 3, 0, 0, 1]);
    expect(pitHistogram([0, 0.999, 1])).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(pitHistogram([], 4)).toEqual([0, 0, 0, 0]);
  });

  it("refuses values outside [0, 1] and a bin count that is not whole", () => {
    expect(() => pitHistogram([0.5, 1.5])).toThrow(/PIT value 1 is 1.5/);
    expect(() => pitHistogram([Number.NaN])).toThrow(/PIT value 0 is NaN/);
    expect(() => pitHistogram([0.5], 0)).toThrow(/bins must be a whole number >= 1/);
    expect(() => pitHistogram([0.5], 2.5)).toThrow(/bins/);
  });
});

describe("logScore", () => {
  it("is -ln p when it happened and -ln(1 - p) when not", () => {
    expect(logScore(0.5, true, 100)).toBeCloseTo(Math.LN2, 12);
    expect(logScore(0.8, false, 10)).toBeCloseTo(Math.log(5), 12); // -ln(0.2)
    expect(logScore(0.8, true, 10)).toBeCloseTo(-Math.log(0.8), 12);
  });

  it("clamps p to [1/(2 runs), 1 - 1/(2 runs)], so a 0 or 1 frequency stays finite", () => {
    expect(logScore(0, true, 100)).toBeCloseTo(Math.log(200), 12); // p -> 1/200
    expect(logScore(1, false, 100)).toBeCloseTo(Math.log(200), 12); // 1 - p -> 1/200
    expect(logScore(1, true, 100)).toBeCloseTo(-Math.log(199 / 200), 12);
    expect(logScore(0, true, 1)).toBeCloseTo(Math.LN2, 12); // one run: p is always 1/2
  });

  it("refuses a share outside [0, 1] and a run count that is not whole", () => {
    expect(() => logScore(1.2, true, 10)).toThrow(/pHappened must be a share of runs between 0 and 1/);
    expect(() => logScore(0.5, true, 0)).toThrow(/runs must be a whole number >= 1/);
    expect(() => logScore(0.5, true, 2.5)).toThrow(/runs/);
  });
});

describe("skill", () => {
  it("is 1 - model / baseline", () => {
    expect(skill(3, 4)).toBe(0.25);
    expect(skill(0, 5)).toBe(1);
    expect(skill(8, 4)).toBe(-1);
  });

  it("is never NaN: 0 when both are perfect, -Infinity when only the baseline is", () => {
    expect(skill(0, 0)).toBe(0);
    expect(skill(1, 0)).toBe(Number.NEGATIVE_INFINITY);
  });

  it("refuses scores that are not finite and >= 0", () => {
    expect(() => skill(Number.NaN, 1)).toThrow(/model score must be a finite number >= 0/);
    expect(() => skill(1, -1)).toThrow(/baseline score must be a finite number >= 0/);
  });
});

describe("scoreMilestone and summarise", () => {
  it("scores one forecast by hand", () => {
    // [1,3] vs 2: crps 0.5 (above); 50% [1.5, 2.5] and 90% [1.1, 2.9] hold 2; both runs happened,
    // p = 1 clamped to 1 - 1/4; pit: F(2-) = F(2) = 1/2
    const s = scoreMilestone([1, 3], 2, 30, 0.5);
    expect(s).toEqual({
      crps: 0.5,
      covered50: true,
      covered90: true,
      pHappened: 1,
      happened: true,
      logScore: s.logScore,
      pit: 0.5,
    });
    expect(s.logScore).toBeCloseTo(-Math.log(0.75), 12);
  });

  it("scores a miss against runs that mostly miss", () => {
    // [5, Inf, Inf, 40] vs Inf at H = 30 -> [5, 30, 30, 30] vs 30.
    // crps: mean|X-y| = 25/4 = 6.25; sum_{i<j} = 3*25 = 75, mean|X-X'| = 150/16 = 9.375; 6.25 - 4.6875 = 1.5625
    // 50%: positions 0.75 -> 23.75 and 2.25 -> 30; 90%: 0.15 -> 8.75 and 2.85 -> 30: both hold 30
    // happened within 30 days: only the run on day 5 -> p = 1/4; it did not: -ln(3/4)
    // pit: F(30-) = 1/4, F(30) = 1 -> 1/4 + 0.5 * 3/4 = 0.625
    const s = scoreMilestone([5, INF, INF, 40], INF, 30, 0.5);
    expect(s.crps).toBe(1.5625);
    expect(s.covered50).toBe(true);
    expect(s.covered90).toBe(true);
    expect(s.pHappened).toBe(0.25);
    expect(s.happened).toBe(false);
    expect(s.logScore).toBeCloseTo(-Math.log(0.75), 12);
    expect(s.pit).toBe(0.625);
  });

  it("counts a capture on the horizon's last day as within it", () => {
    const s = scoreMilestone([30, INF], 30, 30, 0);
    expect(s.pHappened).toBe(0.5);
    expect(s.happened).toBe(true);
  });

  it("pools scores in the order given", () => {
    const a = scoreMilestone([1, 3], 2, 30, 0.5); // crps 0.5, in both intervals, pit 0.5
    const b = scoreMilestone([INF], 10, 30, 0.5); // crps 20, intervals [30, 30] miss 10, pit 0
    expect(summarise([a, b])).toEqual({
      milestones: 2,
      meanCrps: 10.25,
      coverage50: 0.5,
      coverage90: 0.5,
      meanLogScore: (a.logScore + b.logScore) / 2,
      pitHistogram: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0],
    });
    expect(summarise([a, b], 2)?.pitHistogram).toEqual([1, 1]);
  });

  it("has nothing to pool without scores", () => {
    expect(summarise([])).toBeNull();
  });
});
