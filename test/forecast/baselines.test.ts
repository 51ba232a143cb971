import { describe, expect, it } from "vitest";
import { historical, noChange, straightLine } from "../../engine/forecast/baselines.js";
import { crps } from "../../engine/forecast/crps.js";

const INF = Number.POSITIVE_INFINITY;
/** A distance report: `km` left to the objective on `day`. */
const at = (day: number, km: number) => ({ day, km });

describe("noChange", () => {
  it("says the milestone does not happen within the horizon", () => {
    expect(noChange(30)).toEqual([INF]);
  });

  it("refuses a horizon that is not a finite number of days >= 0", () => {
    expect(() => noChange(-1)).toThrow(/horizon must be a finite number of days >= 0/);
  });
});

describe("straightLine", () => {
  it("extrapolates the last rate of advance to the objective", () => {
    // 30 km on day 0, 20 km on day 10: 1 km/day; 20 km left on day 10 -> day 30, 18 days after day 12
    expect(straightLine([at(0, 30), at(10, 20)], 12, 60)).toEqual([18]);
    // fractional days: 12 km on day 2.5, 9 km on day 4: 3 km / 1.5 days = 2 km/day; 9/2 = 4.5 days after day 4
    expect(straightLine([at(2.5, 12), at(4, 9)], 4, 30)).toEqual([4.5]);
  });

  it("takes the last report and the last one of an earlier day, whatever the order given", () => {
    // by day: (0, 30), (10, 20), (10, 15); last = (10, 15), previous day = (0, 30):
    // 15 km / 10 days = 1.5 km/day; 15 / 1.5 = 10 days after day 10
    const reports = [at(10, 20), at(0, 30), at(10, 15)];
    expect(straightLine(reports, 10, 60)).toEqual([10]);
    // only the last two report days count: (0, 50) is older than (5, 30)
    // (5, 30) -> (10, 20): 2 km/day; 20 / 2 = 10 days after day 10
    expect(straightLine([at(0, 50), at(5, 30), at(10, 20)], 10, 60)).toEqual([10]);
  });

  it("gives 0 days when the extrapolated day is already past at the origin", () => {
    // 1 km/day from (5, 5): day 10, before the origin 20
    expect(straightLine([at(0, 10), at(5, 5)], 20, 60)).toEqual([0]);
  });

  it("gives 0 days when the last report has the objective reached", () => {
    expect(straightLine([at(3, 0)], 5, 60)).toEqual([0]);
    expect(straightLine([at(0, 8), at(3, 0)], 5, 60)).toEqual([0]);
  });

  it("says 'not within the horizon' when the line reaches the objective after it", () => {
    // 0.1 km/day, 99 km left on day 10: 990 days
    expect(straightLine([at(0, 100), at(10, 99)], 10, 30)).toEqual([INF]);
  });

  it("falls back to no change without two report days or without an advance", () => {
    expect(straightLine([], 5, 30)).toEqual([INF]);
    expect(straightLine([at(0, 20)], 5, 30)).toEqual([INF]);
    expect(straightLine([at(2, 25), at(2, 20)], 5, 30)).toEqual([INF]);
    expect(straightLine([at(0, 20), at(5, 20)], 5, 30)).toEqual([INF]); // stalled
    expect(straightLine([at(0, 20), at(5, 25)], 5, 30)).toEqual([INF]); // pushed back
  });

  it("refuses a report not known at the origin and a report that is not a distance", () => {
    expect(() => straightLine([at(0, 20), at(9, 10)], 5, 30)).toThrow(
      /report 1 is from day 9, after the origin \(day 5\): give only the reports known at the origin/,
    );
    expect(() => straightLine([at(0, -1)], 5, 30)).toThrow(/report 0: km must be a finite distance >= 0/);
    expect(() => straightLine([at(Number.NaN, 1)], 5, 30)).toThrow(/report 0: day must be a finite number/);
    expect(() => straightLine([], Number.NaN, 30)).toThrow(/origin must be a finite day/);
  });
});

describe("historical", () => {
  it("is the pooled past times-to-capture, as a copy", () => {
    const durations = [12, 30, 45];
    const e = historical(durations);
    expect(e).toEqual([12, 30, 45]);
    expect(e).not.toBe(durations);
  });

  it("falls back to no change without past captures", () => {
    expect(historical([])).toEqual([INF]);
  });

  it("refuses a duration that is not a number of days >= 0", () => {
    expect(() => historical([3, -2])).toThrow(/duration 1 must be a number of days >= 0, got -2/);
  });
});

describe("the baselines scored on a small fixture", () => {
  it("give the CRPS computed by hand", () => {
    // An objective captured 25 days after the origin (day 12), horizon 60 days.
    const y = 25;
    const h = 60;
    // no change: censored at 60, |60 - 25| = 35
    expect(crps(noChange(h), y, h)).toBe(35);
    // straight line: [18] (1 km/day from 20 km on day 10), |18 - 25| = 7
    expect(crps(straightLine([at(0, 30), at(10, 20)], 12, h), y, h)).toBe(7);
    // historical [12, 30, 45]: mean|X - y| = (13 + 5 + 20)/3 = 38/3;
    // sum_{i<j} = 18 + 33 + 15 = 66, mean|X - X'| = 2*66/9 = 132/9; 38/3 - 66/9 = 48/9
    expect(crps(historical([12, 30, 45]), y, h)).toBeCloseTo(48 / 9, 12);
  });
});
