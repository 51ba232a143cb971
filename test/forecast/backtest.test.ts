import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backtest } from "../../engine/forecast/backtest.js";
import { loadScenario } from "../../engine/scenario/builtin.js";
import { loadScenarioFile } from "../../engine/scenario/load.js";

const axis = loadScenarioFile(join("test", "forecast", "fixtures", "axis.json"));

describe("backtest: forecasts scored against what the log records", () => {
  it("scores each baseline as worked out by hand on one front", async () => {
    // From the end of 7 August: reports of 30 km (1 August, placed at its midday: 6.5 days before)
    // and 20 km (6 August midday: 1.5 days before) give 2 km/day, so the straight line reaches
    // Sukhnah 1.5 days before + 20/2 = 8.5 days after the origin. The log records the capture on
    // 16 August (its start: 8 days after). CRPS of a point forecast is |8.5 - 8| = 0.5. No change
    // says "not within the 20-day horizon": |20 - 8| = 12. With no other logs pooled there is no
    // historical time-to-capture, so the historical baseline falls back to no change: 12.
    const b = await backtest([axis], {
      origins: ["2017-08-07"],
      horizonDays: 20,
      runs: 50,
      seed: "hand",
      workers: 0,
      pool: [],
    });
    expect(b.cases).toHaveLength(1);
    const c = b.cases[0];
    expect(c?.milestone).toBe("objective:syrian-government:sukhnah");
    expect(c?.horizon).toBe(20);
    expect(c?.observed).toBeCloseTo(8, 6);
    expect(c?.baselines["straight-line"]).toBeCloseTo(0.5, 6);
    expect(c?.baselines["no-change"]).toBeCloseTo(12, 6);
    expect(c?.baselines.historical).toBeCloseTo(12, 6);
    expect(b.pooled.best).toBe("straight-line");
    expect(b.pooled.skill).toBeCloseTo(1 - (c?.model.crps ?? 0) / (c?.baselines["straight-line"] ?? 1), 9);
  });

  it("cuts the horizon where the span ends, since the log says nothing after it", async () => {
    const b = await backtest([axis], {
      origins: ["2017-08-20"],
      horizonDays: 30,
      runs: 10,
      seed: "x",
      workers: 0,
      pool: [],
    });
    // Nothing is open on 20 August (Sukhnah was taken on the 16th): no case, no skill.
    expect(b.cases).toHaveLength(0);
    expect(b.pooled.skill).toBeNull();
    const early = await backtest([axis], {
      origins: ["2017-08-07"],
      horizonDays: 60,
      runs: 10,
      seed: "x",
      workers: 0,
      pool: [],
    });
    expect(early.cases[0]?.horizon).toBe(24);
  });

  it("is deterministic for a seed", async () => {
    const s = loadScenario("central-syria-2017");
    const opts = { origins: ["2017-08-20", "2017-09-01"], horizonDays: 14, runs: 40, seed: "bt", workers: 0 } as const;
    const a = await backtest([s], opts);
    const b = await backtest([s], opts);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.cases.length).toBeGreaterThan(2);
    const c = await backtest([s], { ...opts, seed: "other" });
    expect(JSON.stringify(c.cases.map((k) => k.model))).not.toBe(JSON.stringify(a.cases.map((k) => k.model)));
  });

  it("refuses a horizon out of range and an origin that is not a date", async () => {
    await expect(backtest([axis], { horizonDays: 0, runs: 5, seed: "x" })).rejects.toThrow(/--horizon must be/);
    await expect(backtest([axis], { origins: ["soon"], runs: 5, seed: "x" })).rejects.toThrow(/'soon' is not a date/);
  });
});
