import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backtest } from "../../engine/forecast/backtest.js";
import { deathsBaselines } from "../../engine/forecast/deaths-baselines.js";
import { crpsCount } from "../../engine/forecast/deaths-score.js";
import { prepareForecast } from "../../engine/forecast/setup.js";
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
    // worker threads give the same evaluation, the deaths forecasts' included
    const threaded = await backtest([s], { ...opts, workers: 1 });
    expect(JSON.stringify(threaded)).toBe(JSON.stringify(a));
    expect(a.deaths.cases.length).toBeGreaterThan(2);
    const c = await backtest([s], { ...opts, seed: "other" });
    expect(JSON.stringify(c.cases.map((k) => k.model))).not.toBe(JSON.stringify(a.cases.map((k) => k.model)));
  });

  it("refuses a horizon out of range and an origin that is not a date", async () => {
    await expect(backtest([axis], { horizonDays: 0, runs: 5, seed: "x" })).rejects.toThrow(/--horizon must be/);
    await expect(backtest([axis], { origins: ["soon"], runs: 5, seed: "x" })).rejects.toThrow(/'soon' is not a date/);
    await expect(backtest([axis], { origins: "monthly", originsFrom: "2017-8-1", runs: 5, seed: "x" })).rejects.toThrow(
      /originsFrom '2017-8-1' is not a date: give YYYY-MM-DD/,
    );
    await expect(
      backtest([axis], { origins: ["2017-08-07"], originsTo: "2017-09-01", runs: 5, seed: "x" }),
    ).rejects.toThrow(/originsTo bounds rolling origins/);
    await expect(
      backtest([axis], { origins: "monthly", originsFrom: "2030-01-01", runs: 5, seed: "x" }),
    ).rejects.toThrow(
      /no monthly origin from 2030-01-01 falls within the span \('[a-z0-9-]+' 2017-\d\d-\d\d to 2017-\d\d-\d\d\)/,
    );
  });
});

describe("backtest: deaths forecasts scored against the casualty reports the log records next", () => {
  const syria = loadScenario("central-syria-2017");
  // From the end of 20 August 2017, 14 days ahead. In the 14 days before: the Army's claim of
  // 9 August (ISIL 81, army 22), SOHR's of the same day (army 32, ISIL 35) and the paratroopers'
  // of 11 August (ISIL 25, army 6): ISIL 141, the government 60. In the 14 days before those:
  // Ghan al-Ali on 29 July, the government 43. The 14 before that begin on 9 July, before the
  // span (14 July): not a window. Within the horizon: SOHR's of 3 September, ISIL 121, army 35.
  const spec = { origins: ["2017-08-20"], horizonDays: 14, runs: 60, seed: "deaths", workers: 0 } as const;

  it("counts each side's deaths per window before the origin, as worked out by hand", () => {
    const p = prepareForecast(syria, { from: "2017-08-20", until: "2017-09-03", seed: "x" });
    const b = deathsBaselines(p.history.target, p.origin.ms, 14);
    expect(b.get("isil")).toEqual({ zero: [0], persistence: [141], historical: [141, 0] });
    expect(b.get("syrian-government")).toEqual({ zero: [0], persistence: [60], historical: [60, 43] });
  });

  it("scores each side's deaths within the horizon beside the zero, persistence and historical baselines", async () => {
    const b = await backtest([syria], spec);
    const isil = b.deaths.cases.find((c) => c.side === "isil");
    const army = b.deaths.cases.find((c) => c.side === "syrian-government");
    expect(isil).toMatchObject({ origin: "2017-08-20", horizon: 14, observed: 121 });
    expect(army).toMatchObject({ observed: 35 });
    // zero: the count itself; persistence: |141 − 121|; historical over [141, 0]:
    // (20 + 121) / 2 − ½·(141 + 141) / 4 = 70.5 − 35.25
    expect(isil?.baselines).toEqual({ zero: 121, persistence: 20, historical: 35.25 });
    // over [60, 43]: (25 + 8) / 2 − ½·(17 + 17) / 4 = 16.5 − 4.25
    expect(army?.baselines).toEqual({ zero: 35, persistence: 25, historical: 12.25 });
    // the model's score is of the runs' own deaths, which the forecast gives
    const f = b.deaths.cases.map((c) => c.side);
    expect(f).toEqual([...new Set(f)]);
    expect(isil?.model.crps).toBeGreaterThanOrEqual(0);
    const pooled = b.deaths.pooled;
    expect(pooled.model?.forecasts).toBe(b.deaths.cases.length);
    const mean = (k: "zero" | "persistence" | "historical") =>
      b.deaths.cases.reduce((s, c) => s + c.baselines[k], 0) / b.deaths.cases.length;
    expect(pooled.baselines.persistence).toBeCloseTo(mean("persistence"), 9);
    expect(pooled.best).toBe(
      (["historical", "persistence", "zero"] as const).reduce((a, k) => (mean(k) < mean(a) ? k : a)),
    );
    expect(pooled.skill).toBeCloseTo(1 - (pooled.model?.meanCrps ?? 0) / mean(pooled.best ?? "zero"), 9);
  });

  it("scores the runs' own deaths: the model's CRPS is that of each run's reports against the record", async () => {
    const { forecast } = await import("../../engine/forecast/forecast.js");
    const b = await backtest([syria], spec);
    const f = await forecast(syria, {
      from: "2017-08-20",
      until: "2017-09-03",
      seed: "deaths:central-syria-2017:2017-08-20",
      runs: 60,
      workers: 0,
    });
    for (const c of b.deaths.cases) {
      const band = f.deaths.find((d) => d.side === c.side);
      const samples = band?.samples ?? new Float64Array(60);
      expect(c.model.crps).toBeCloseTo(crpsCount(samples, c.observed), 9);
      expect(c.forecast.p50).toBe(band?.p50 ?? 0);
    }
  });

  it("pools apart the cases whose log records deaths: a recorded 0 falls within any interval from 0", async () => {
    const b = await backtest([syria], { horizonDays: 14, runs: 20, seed: "nonzero", workers: 0 });
    const quiet = b.deaths.cases.filter((c) => c.observed === 0);
    const fought = b.deaths.cases.filter((c) => c.observed > 0);
    expect(quiet.length).toBeGreaterThan(0);
    expect(fought.length).toBeGreaterThan(0);
    // every quiet case whose band starts at 0 is covered, whatever the band's width
    for (const c of quiet.filter((k) => k.forecast.p5 === 0)) expect(c.model.covered90).toBe(true);
    const share = (cases: typeof fought, k: "covered50" | "covered90") =>
      cases.filter((c) => c.model[k]).length / cases.length;
    expect(b.deaths.nonzero).toMatchObject({
      forecasts: fought.length,
      coverage50: share(fought, "covered50"),
      coverage90: share(fought, "covered90"),
    });
    expect(b.deaths.nonzero?.meanCrps).toBeCloseTo(fought.reduce((sum, c) => sum + c.model.crps, 0) / fought.length, 9);
  });

  it("scores the civilians a side killed the same way: ISIL's 67 at al-Qaryatayn, reported on 21 October", async () => {
    // From the end of 14 October, 7 days ahead: the bodies found at al-Qaryatayn, 67 killed by
    // ISIL; SOHR's toll of 128 names no killer and counts for no side. Nothing before: every
    // baseline says 0, and so does every run (no report of civilians killed is known to fit).
    const b = await backtest([syria], { origins: ["2017-10-14"], horizonDays: 7, runs: 20, seed: "c", workers: 0 });
    expect(b.civilians.cases).toHaveLength(1);
    expect(b.civilians.cases[0]).toMatchObject({
      side: "isil",
      observed: 67,
      forecast: { p5: 0, p50: 0, p95: 0, mean: 0 },
      model: { crps: 67, covered90: false },
      baselines: { zero: 67, persistence: 67, historical: 67 },
    });
    expect(b.civilians.pooled.skill).toBe(0);
  });

  it("rolls origins monthly within the bounds given", async () => {
    const b = await backtest([syria], {
      origins: "monthly",
      originsFrom: "2017-08-01",
      originsTo: "2017-09-30",
      horizonDays: 10,
      runs: 5,
      seed: "m",
      workers: 0,
    });
    // the span starts on 14 July: a month on, and two
    expect(b.origins.map((o) => o.origin)).toEqual(["2017-08-14", "2017-09-14"]);
  });
});
