import { describe, expect, it } from "vitest";
import type { Forecast } from "../../engine/forecast/forecast.js";
import { forecastBranch } from "../../engine/forecast/whatif.js";
import { NameError, setupMatchers } from "../../engine/testing/index.js";
import { branch } from "../../engine/whatif/builder.js";
import { builtIn } from "../support/scenarios.js";
import { failureOf } from "./support.js";

setupMatchers();

const { scenario } = builtIn("central-syria-2017");
const SIEGE = "siege:deir-ez-zor-city";
// Without the report that the army stood within 3 km on 4 September, the front is 18 km away
// that evening: two forecasts from there, one of each log, run i of both from seed 's1:i'.
const far = branch("far").from(scenario).drop("cs-0904-within-3-km-of-deir-ez-zor").build();
const result = await forecastBranch(
  { scenario, branch: far },
  { from: "2017-09-04", until: "2017-10-31", runs: 100, seed: "s1", workers: 0 },
);
const { base, branch: farther } = result.forecasts;

function samples(f: Forecast, id = SIEGE): number[] {
  return [...(f.milestones.find((m) => m.id === id)?.samples ?? [])];
}

/** The share of runs by the end of `date` (days after the origin of 4 September's end: 5 September is ~0). */
function shareBy(f: Forecast, daysAfter: number): number {
  const s = samples(f);
  return s.filter((d) => d < daysAfter + 0.5).length / s.length;
}

describe("toHaveMilestoneProbability", () => {
  it("passes when the share of runs by the date lies in the range, and fails under .not", () => {
    // 30 September is day 25 after 5 September.
    const p = shareBy(base, 25);
    expect(p).toBeGreaterThan(0.9);
    expect(base).toHaveMilestoneProbability(SIEGE, { by: "2017-09-30", within: [p, p] });
    expect(base).toHaveMilestoneProbability(SIEGE, { within: [0.9, 1] });
    expect(base).not.toHaveMilestoneProbability(SIEGE, { by: "2017-09-30", within: [0, 0.5] });
    expect(() => expect(base).not.toHaveMilestoneProbability(SIEGE, { by: "2017-09-30", within: [0.9, 1] })).toThrow(
      /outside \[0\.9, 1\], but it is within/,
    );
  });

  it("counts a date's own runs: by 5 September is fewer than by 6 September", () => {
    const on5 = shareBy(farther, 0);
    const on6 = shareBy(farther, 1);
    expect(on5).toBeLessThan(on6);
    expect(farther).toHaveMilestoneProbability(SIEGE, { by: "2017-09-05", within: [on5, on5] });
    expect(farther).toHaveMilestoneProbability(SIEGE, { by: "2017-09-06", within: [on6, on6] });
  });

  it("fails saying what was expected, what was found, and the seed", () => {
    const message = failureOf(() =>
      expect(base).toHaveMilestoneProbability(SIEGE, { by: "2017-09-30", within: [0, 0.5] }),
    );
    const p = shareBy(base, 25);
    expect(message).toContain(
      "expected milestone 'siege:deir-ez-zor-city' (Siege of Deir ez-Zor city ends) to happen by 2017-09-30 with a probability within [0, 0.5]",
    );
    expect(message).toContain(`found ${Number(p.toPrecision(6))}: by 2017-09-30 in ${p * 100} of 100 runs`);
    expect(message).toContain(
      "forecast of 'central-syria-2017' from 2017-09-04T23:59:59.999+03:00 to 2017-10-31T23:59:59.999+02:00: 100 runs, seed 's1'",
    );
  });

  it("reads a BranchForecast as its branch's forecast", () => {
    const p = shareBy(farther, 25);
    expect(result).toHaveMilestoneProbability(SIEGE, { by: "2017-09-30", within: [p, p] });
  });

  it("throws for an unknown milestone with the closest ids, a date outside the forecast, a bad range", () => {
    expect(() => expect(base).toHaveMilestoneProbability("siege:deir-ez-zor", { within: [0, 1] })).toThrow(NameError);
    expect(() => expect(base).not.toHaveMilestoneProbability("siege:deir-ez-zor", { within: [0, 1] })).toThrow(
      /no milestone 'siege:deir-ez-zor' in this forecast of 'central-syria-2017'.*did you mean 'siege:deir-ez-zor-city'/,
    );
    expect(() => expect(base).toHaveMilestoneProbability(SIEGE, { by: "2017-11-30", within: [0, 1] })).toThrow(
      /by 2017-11-30 is outside the forecast \(2017-09-04 to 2017-10-31\)/,
    );
    expect(() => expect(base).toHaveMilestoneProbability(SIEGE, { within: [0.8, 0.2] })).toThrow(/lo <= hi/);
    expect(() => expect(base).toHaveMilestoneProbability(SIEGE, { within: [0, 2] })).toThrow(
      /within\[1\] must be a probability from 0 to 1, got 2/,
    );
    expect(() => expect({}).toHaveMilestoneProbability(SIEGE, { within: [0, 1] })).toThrow(/expect a Forecast/);
  });
});

describe("toHaveMedianBetween", () => {
  const median = (f: Forecast) => f.milestones.find((m) => m.id === SIEGE)?.dates.p50 as string;

  it("passes for a range holding the median date, both ends included", () => {
    expect(base).toHaveMedianBetween(SIEGE, median(base), median(base));
    expect(base).toHaveMedianBetween(SIEGE, "2017-09-05", "2017-10-31");
    expect(base).not.toHaveMedianBetween(SIEGE, "2017-10-01", "2017-10-31");
  });

  it("fails with the median found, the intervals and the seed", () => {
    const message = failureOf(() => expect(base).toHaveMedianBetween(SIEGE, "2017-10-01", "2017-10-31"));
    expect(message).toContain(
      "expected the median date of milestone 'siege:deir-ez-zor-city' (Siege of Deir ez-Zor city ends) to lie from 2017-10-01 to 2017-10-31",
    );
    expect(message).toContain(`found ${median(base)}`);
    expect(message).toMatch(/50% interval 2017-\d\d-\d\d to 2017-\d\d-\d\d; 90% interval/);
    expect(message).toContain("seed 's1'");
  });

  it("fails for a median beyond the horizon, saying so", () => {
    const m = base.milestones.find((x) => x.id === SIEGE);
    if (m === undefined) throw new Error("no siege milestone");
    const never: Forecast = { ...base, milestones: [{ ...m, dates: { ...m.dates, p50: null } }] };
    expect(failureOf(() => expect(never).toHaveMedianBetween(SIEGE, "2017-09-05", "2017-10-31"))).toContain(
      "found beyond the horizon",
    );
  });
});

describe("toComeLaterThan", () => {
  /** The share of paired runs in which `a` is on a later day than `b` (same origin: days compare directly). */
  function pairedLater(a: Forecast, b: Forecast): number {
    const x = samples(a);
    const y = samples(b);
    const later = x.filter((d, i) => {
      const e = y[i] as number;
      return Number.isFinite(d) ? Number.isFinite(e) && d > e + 0.5 : Number.isFinite(e);
    });
    return later.length / x.length;
  }

  it("passes when the branch's milestone comes later in at least that share of the paired runs", () => {
    const p = pairedLater(farther, base);
    expect(p).toBeGreaterThan(0.5);
    expect(farther).toComeLaterThan(base, SIEGE, { probability: p });
    expect(farther).not.toComeLaterThan(base, SIEGE, { probability: Math.min(1, p + 0.01) });
    expect(result).toComeLaterThan(base, SIEGE, { probability: 0.5 });
  });

  it("fails the other way round, with the share of paired runs found and the seed", () => {
    const p = pairedLater(base, farther);
    expect(p).toBeLessThan(0.5);
    const message = failureOf(() => expect(base).toComeLaterThan(farther, SIEGE, { probability: 0.5 }));
    expect(message).toContain(
      "expected milestone 'siege:deir-ez-zor-city' (Siege of Deir ez-Zor city ends) to come later than in the other forecast with a probability of at least 0.5",
    );
    expect(message).toContain(
      `found ${Number(p.toPrecision(6))}: later in ${Math.round(p * 100)} of 100 paired runs (run i of each, seed 's1:i')`,
    );
  });

  it("is never true of a forecast against itself", () => {
    expect(base).not.toComeLaterThan(base, SIEGE, { probability: 0.01 });
  });

  it("refuses forecasts that cannot be paired, saying how to make them so", () => {
    const other: Forecast = { ...base, seed: "s2" };
    expect(() => expect(farther).toComeLaterThan(other, SIEGE, { probability: 0.5 })).toThrow(
      /pairs run i of both forecasts.*same seed and runs \(got seed 's1' with 100 runs against seed 's2' with 100\)/,
    );
    expect(() => expect(farther).toComeLaterThan(base, SIEGE, { probability: 1.5 })).toThrow(
      /probability must be a probability from 0 to 1/,
    );
  });
});
