import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { Campaign } from "../../engine/campaign.js";
import type { DomainEvent } from "../../engine/events/event.js";
import { type Forecast, forecast, forecastRun } from "../../engine/forecast/forecast.js";
import { forecastModel } from "../../engine/forecast/model.js";
import type { ForecastProcess } from "../../engine/forecast/process.js";
import { SIMULATED_DOCUMENT } from "../../engine/forecast/run.js";
import { BUILT_IN_PROCESSES, ForecastError } from "../../engine/forecast/setup.js";
import { loadScenario } from "../../engine/scenario/builtin.js";
import { ScenarioLoadError } from "../../engine/scenario/problems.js";
import type { Scenario } from "../../engine/scenario/scenario.js";
import { Ledger } from "../../engine/state/ledger.js";
import { propertyParams } from "../../engine/testing/properties/params.js";

let syria: Scenario;
let pool: Scenario[];
const FROM = "2017-08-20";
const UNTIL = "2017-10-31";

beforeAll(() => {
  syria = loadScenario("central-syria-2017");
  pool = [loadScenario("deir-ez-zor-2017-01"), loadScenario("anbar-2015")];
});

/** Everything a forecast says, as plain data to compare bit for bit (samples included). */
function plain(f: Forecast): unknown {
  return JSON.parse(
    JSON.stringify(f, (_k, v) => {
      if (v instanceof Float64Array) return Array.from(v, (x) => (Number.isFinite(x) ? x : "Infinity"));
      if (v instanceof Map) return [...v];
      return v;
    }),
  );
}

describe("forecast: a forward simulation from a moment", () => {
  it("gives each open front's objective and each active siege's end a distribution of dates", async () => {
    const f = await forecast(syria, { from: FROM, until: UNTIL, runs: 200, seed: "t1", workers: 0, pool });
    const ids = f.milestones.map((m) => m.id);
    expect(ids).toContain("siege:deir-ez-zor-city");
    expect(ids).toContain("objective:syrian-government:deir-ez-zor");
    const city = f.milestones.find((m) => m.id === "siege:deir-ez-zor-city");
    expect(city?.samples).toHaveLength(200);
    expect(city?.happened).toBeGreaterThan(0.5);
    expect((city?.happened ?? 0) + (city?.beyond ?? 0)).toBeCloseTo(1, 12);
    // The quantiles are ordered and lie within the horizon.
    const d = city?.days;
    expect(d?.p5).not.toBeNull();
    expect((d?.p5 ?? 0) <= (d?.p50 ?? 0) && (d?.p50 ?? 0) <= (d?.p95 ?? 999)).toBe(true);
    // Control odds at the horizon sum to 1 for every place.
    for (const p of f.control[0]?.places ?? []) expect([...p.p.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(f.shares).toHaveLength(f.horizonDays + 1);
  });

  it("is the same for the same seed, different for another, and the same with any number of workers", async () => {
    const base = { from: FROM, until: "2017-09-30", runs: 80, pool };
    const a = await forecast(syria, { ...base, seed: "same", workers: 0 });
    const b = await forecast(syria, { ...base, seed: "same", workers: 0 });
    const w = await forecast(syria, { ...base, seed: "same", workers: 2 });
    const other = await forecast(syria, { ...base, seed: "other", workers: 0 });
    expect(plain(b)).toEqual(plain(a));
    expect(plain(w)).toEqual(plain(a));
    expect(plain(other)).not.toEqual(plain(a));
  });

  it("never looks ahead: dropping or changing any event after the origin leaves the forecast bit for bit the same", async () => {
    const origins = ["2017-08-05", "2017-08-20", "2017-09-03"] as const;
    const spec = (from: string) => ({ from, until: "2017-09-20", runs: 6, seed: "no-look-ahead", workers: 0, pool });
    const baseline = new Map<string, unknown>();
    for (const o of origins) baseline.set(o, plain(await forecast(syria, spec(o))));
    const campaign = Campaign.of(syria);
    const later = new Map(
      origins.map((o) => {
        const ms = campaign.instant(o).ms;
        return [o, syria.events.flatMap((e, i) => (Date.parse(e.time.earliest) > ms ? [i] : []))] as const;
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...origins),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        async (origin, dropped, shifted) => {
          const after = later.get(origin) ?? [];
          const drop = new Set(dropped.map((k) => after[k % after.length]));
          const shift = new Set(shifted.map((k) => after[k % after.length]));
          const events = syria.events.flatMap((e, i): DomainEvent[] => {
            if (drop.has(i)) return [];
            if (!shift.has(i)) return [e];
            // A later event changed: its time moved a week on, its place (where it has one) swapped.
            const week = (iso: string) => new Date(Date.parse(iso) + 7 * 86_400_000).toISOString();
            return [{ ...e, time: { ...e.time, earliest: week(e.time.earliest), latest: week(e.time.latest) } }];
          });
          const changed = await forecast({ ...syria, events }, spec(origin));
          expect(plain(changed)).toEqual(baseline.get(origin));
        },
      ),
      propertyParams({ numRuns: 200 }),
    );
  }, 120_000);

  it("gives each side's deaths reported by the horizon: the quantiles of what each run's casualty reports add up to", async () => {
    const spec = { from: FROM, until: "2017-09-30", seed: "deaths", pool };
    const runs = 12;
    const f = await forecast(syria, { ...spec, runs, workers: 0 });
    // Each run again, alone: its reports' killed (best) added up per side, and the same from its state's tallies.
    const bySide = new Map<string, number[]>();
    for (let r = 0; r < runs; r++) {
      const run = forecastRun(syria, spec, r);
      const sums = new Map<string, number>();
      for (const e of run.events)
        if (e.type === "casualties")
          for (const fig of e.figures) {
            const side = syria.catalogue.actor(fig.actor)?.side ?? "";
            sums.set(side, (sums.get(side) ?? 0) + (fig.killed?.best ?? 0));
          }
      const start = Campaign.of(syria).at(FROM).state;
      for (const side of syria.catalogue.sides.map((x) => x.id)) {
        const tally = (state: typeof start) => {
          const bySource = state.casualties[side];
          return bySource === undefined ? 0 : Ledger.values(bySource).reduce((a, t) => a + t.killed.best, 0);
        };
        expect(tally(run.state) - tally(start), `run ${r}, ${side}`).toBeCloseTo(sums.get(side) ?? 0, 9);
        bySide.set(side, [...(bySide.get(side) ?? []), sums.get(side) ?? 0]);
      }
    }
    // type 7 quantiles, written out here
    const q = (xs: number[], p: number) => {
      const s = [...xs].sort((a, b) => a - b);
      const h = (s.length - 1) * p;
      const lo = Math.floor(h);
      return (s[lo] as number) + (h - lo) * ((s[Math.min(s.length - 1, lo + 1)] as number) - (s[lo] as number));
    };
    const expected = [...bySide]
      .filter(([, xs]) => xs.some((x) => x > 0))
      .map(([side, xs]) => ({
        side,
        p5: q(xs, 0.05),
        p50: q(xs, 0.5),
        p95: q(xs, 0.95),
        mean: xs.reduce((a, b) => a + b, 0) / xs.length,
      }));
    expect(expected.length).toBeGreaterThan(0);
    expect(f.deaths.map((d) => d.side)).toEqual(expected.map((d) => d.side));
    for (const [k, d] of f.deaths.entries()) {
      const e = expected[k];
      for (const key of ["p5", "p50", "p95", "mean"] as const)
        expect(d[key], `${d.side} ${key}`).toBeCloseTo(e?.[key] ?? -1, 9);
    }
  });

  it("marks every generated event as simulated, with its model, run and seed, and quotes nothing", () => {
    const run = forecastRun(syria, { from: FROM, until: UNTIL, seed: "t1", pool }, 3);
    expect(run.events.length).toBeGreaterThan(0);
    for (const e of run.events) {
      expect(e.simulated).toMatchObject({ model: "sitrep-forward", version: "4", run: 3, seed: "t1" });
      expect(e.source.document).toBe(SIMULATED_DOCUMENT);
      expect(e.source.quote).toBe("");
      expect(Date.parse(e.time.earliest)).toBeGreaterThan(Date.parse("2017-08-20T23:59:59+03:00"));
    }
    // No documented event is marked simulated.
    expect(syria.events.some((e) => e.simulated !== undefined)).toBe(false);
  });

  it("gives one run's future as a scenario that Campaign can question: state, explain, history", async () => {
    const run = forecastRun(syria, { from: FROM, until: UNTIL, seed: "t1", pool }, 3);
    const c = Campaign.of(run.scenario);
    const end = c.at(UNTIL).state;
    expect(end).toEqual(run.state);
    const captured = run.events.find((e) => e.type === "place-captured");
    expect(captured).toBeDefined();
    if (captured?.type !== "place-captured") return;
    const history = c.history(captured.place);
    expect(history.some((h) => h.event.id === captured.id && h.event.simulated !== undefined)).toBe(true);
    // Re-creating the run alone gives the same run that forecast() summarised.
    const f = await forecast(syria, { from: FROM, until: UNTIL, runs: 4, seed: "t1", workers: 0, pool });
    const city = f.milestones.find((m) => m.id === "siege:deir-ez-zor-city");
    const broken = run.events.find((e) => e.type === "siege-broken" && e.siege === "deir-ez-zor-city");
    const ended = Ledger.get(run.state.sieges, "deir-ez-zor-city")?.status !== "active";
    expect(Number.isFinite(city?.samples[3] ?? Number.NaN)).toBe(ended);
    if (broken !== undefined) expect(ended).toBe(true);
  });

  it("runs a process of the user's own beside the built-in ones", async () => {
    const strikes: ForecastProcess<{ perDay: number }, null> = {
      id: "daily-strikes",
      estimate: () => ({ perDay: 1 }),
      start: () => null,
      step(ctx) {
        ctx.emit(
          { type: "airstrike", actor: "russian-air-force", against: "isil", place: "deir-ez-zor" },
          { perDay: 1 },
        );
      },
    };
    const spec = { from: FROM, until: "2017-08-30", seed: "own", pool, processes: [...BUILT_IN_PROCESSES, strikes] };
    const run = forecastRun(syria, spec, 0);
    const mine = run.events.filter((e) => e.simulated?.process === "daily-strikes");
    expect(mine).toHaveLength(10);
    expect(mine[0]?.places).toEqual(["deir-ez-zor"]);
    const f = await forecast(syria, { ...spec, runs: 5 });
    expect(f.parameters.map((p) => p.process)).toContain("daily-strikes");
  });

  it("turns processes off through the model, and fits only what was known at the origin", async () => {
    const model = forecastModel({ processes: { captures: { enabled: false }, casualties: { enabled: false } } });
    const run = forecastRun(syria, { from: FROM, until: UNTIL, seed: "t1", pool, model }, 0);
    expect(new Set(run.events.map((e) => e.simulated?.process))).not.toContain("captures");
    expect(run.events.some((e) => e.type === "casualties")).toBe(false);
  });
});

describe("forecast: bad input", () => {
  const ok = { until: UNTIL, runs: 5, seed: "x", workers: 0, pool } as const;
  it("refuses a moment outside the span, a horizon not after the origin, runs out of range", async () => {
    await expect(forecast(syria, { ...ok, from: "2016-01-01" })).rejects.toThrow(ForecastError);
    await expect(forecast(syria, { ...ok, from: "2016-01-01" })).rejects.toThrow(
      /outside the span of 'central-syria-2017'/,
    );
    await expect(forecast(syria, { ...ok, from: FROM, until: "2017-08-20" })).rejects.toThrow(/not after the origin/);
    await expect(forecast(syria, { ...ok, from: FROM, runs: 0 })).rejects.toThrow(RangeError);
    await expect(forecast(syria, { ...ok, from: FROM, workers: -1 })).rejects.toThrow(/workers must be/);
    await expect(forecast(syria, { ...ok, from: FROM, at: ["2018-01-01"] })).rejects.toThrow(/outside the forecast/);
  });

  it("refuses a model with an unknown process or a negative rate, at its field", () => {
    expect(() => forecastModel({ processes: { weather: {} } })).toThrow(ScenarioLoadError);
    expect(() => forecastModel({ processes: { weather: {} } })).toThrow(/weather/);
    expect(() => forecastModel({ processes: { fronts: { priorRateKmPerDay: -1 } } })).toThrow(/priorRateKmPerDay/);
  });

  it("refuses a log that breaks a rule before the origin, naming the event", async () => {
    const broken = syria.events.filter((e) => e.id !== "cs-0823-checkpoint-1-lost");
    await expect(forecast({ ...syria, events: broken }, { ...ok, from: "2017-10-01" })).rejects.toThrow(
      /breaks a rule before the origin: event 'cs-0824-checkpoint-retaken'/,
    );
  });
});
