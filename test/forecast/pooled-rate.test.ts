import { describe, expect, it } from "vitest";
import { DAY_MS, type KnownHistory, type KnownLog } from "../../engine/forecast/history.js";
import { pooledRates } from "../../engine/forecast/pooled-rate.js";
import type { Refs } from "../../engine/state/types.js";

const T0 = Date.parse("2017-01-01T00:00:00Z");

/** A log known for `days` days from T0, whose tally is given by its name. */
function log(scenario: string, days: number): KnownLog {
  return { scenario, initial: [], events: [], refs: {} as Refs, startMs: T0, endMs: T0 + days * DAY_MS };
}

/** What each log shows: `count` things done by `sides` sides. */
const TALLIES: Record<string, { count: number; sides: number }> = {
  target: { count: 5, sides: 2 },
  quiet: { count: 0, sides: 0 },
};
const tally = (l: KnownLog) => TALLIES[l.scenario] ?? { count: 0, sides: 0 };
const PRIOR = { windowDays: 30, perDay: 0.1, priorDays: 14 };

describe("pooledRates: a daily rate per side, pooled over the sides", () => {
  it("pools the count per side-day of every log towards the prior, a log seeing no side counting as one", () => {
    const target = log("target", 10);
    const history: KnownHistory = { originMs: target.endMs, target, pool: [target, log("quiet", 10)] };
    const r = pooledRates(history, PRIOR, tally);
    // 5 over 10 days × 2 sides + 10 days × 1 side = 30 side-days, the prior weighing 14 days at 0.1.
    expect(r.count).toBe(5);
    expect(r.pooledRate).toBeCloseTo((0.1 * 14 + 5) / (14 + 30), 12);
  });

  it("counts a side over the window before the origin, cut at the start of the target's span", () => {
    const target = log("target", 10);
    const history: KnownHistory = { originMs: target.endMs, target, pool: [target] };
    const r = pooledRates(history, PRIOR, tally);
    expect(r.fromMs).toBe(T0);
    expect(r.days).toBe(10);
    const late: KnownHistory = { ...history, originMs: T0 + 40 * DAY_MS };
    expect(pooledRates(late, PRIOR, tally)).toMatchObject({ fromMs: T0 + 10 * DAY_MS, days: 30 });
  });

  it("pools a side's own count over the window towards the pooled rate", () => {
    const target = log("target", 10);
    const history: KnownHistory = { originMs: target.endMs, target, pool: [target] };
    const r = pooledRates(history, PRIOR, tally);
    expect(r.rate(2)).toBeCloseTo((r.pooledRate * 14 + 2) / (14 + 10), 12);
    expect(r.rate(0)).toBeLessThan(r.pooledRate);
    expect(r.rate(20)).toBeGreaterThan(r.pooledRate);
  });

  it("keeps the prior where nothing was known: no pooled log, no day in the window", () => {
    const target = log("quiet", 0);
    const r = pooledRates({ originMs: target.endMs, target, pool: [target] }, { ...PRIOR, priorDays: 0 }, tally);
    expect(r.pooledRate).toBe(0.1);
    expect(r.days).toBe(0);
    expect(r.rate(0)).toBe(0.1);
  });
});
