import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectBadInput, FIXTURES, interrupt, okJson, sitrep } from "./run.js";

const S = "central-syria-2017";
const MODELS = join(FIXTURES, "forecast");
const base = ["forecast", S, "--from", "2017-08-20", "--until", "2017-10-31", "--seed", "1"];

interface ForecastJson {
  target: string;
  runs: number;
  seed: string;
  model: { id: string; version: string };
  horizonDays: number;
  milestones: {
    id: string;
    label: string;
    happened: number;
    beyond: number;
    dates: { p5: string | null; p50: string | null; p95: string | null };
    recorded: { time: string; event: string } | null;
    samples?: unknown;
  }[];
  control: { at: string; places: { place: string; p: Record<string, number> }[] }[];
}

describe("sitrep forecast", () => {
  it("prints each milestone's median and intervals next to what the log records", () => {
    const r = sitrep([...base, "--runs", "200"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Forecast of central-syria-2017 from 2017-08-20 to 2017-10-31 \(72 days\)/);
    expect(r.stdout).toContain("Siege of Deir ez-Zor city ends");
    expect(r.stdout).toMatch(/median \d{4}-\d{2}-\d{2} \| 50% .* \| 90% .* \| by 2017-10-31 in \d+% of runs/);
    expect(r.stdout).toContain("recorded: 2017-09-05 (cs-0905-siege-broken)");
    expect(r.stdout).toContain("none is documented");
  });

  it("--json gives one document, the same for the same seed, with the model and each milestone's dates", () => {
    const a = okJson<ForecastJson>([...base, "--runs", "150", "--json"]);
    const b = okJson<ForecastJson>([...base, "--runs", "150", "--json", "--workers", "2"]);
    expect(b.milestones).toEqual(a.milestones);
    expect(a.model).toEqual({ id: "sitrep-forward", version: "4" });
    const city = a.milestones.find((m) => m.id === "siege:deir-ez-zor-city");
    expect(city?.recorded?.event).toBe("cs-0905-siege-broken");
    expect(city?.samples).toBeUndefined();
    expect(a.control[0]?.at).toBe("2017-10-31");
    expect(Object.values(a.control[0]?.places[0]?.p ?? {}).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 9);
  });

  it("--model changes the forecast and is named in it; --chart draws a histogram a week a row", () => {
    const slow = okJson<ForecastJson>([
      ...base,
      "--runs",
      "100",
      "--json",
      "--model",
      join(MODELS, "slow-fronts.model.json"),
    ]);
    expect(slow.model).toEqual({ id: "slow-fronts", version: "2" });
    const chart = sitrep([...base, "--runs", "100", "--chart"]);
    expect(chart.stdout).toMatch(/\n {4}2017-08-21 +#+ +\d+%/);
    expect(chart.stdout).toMatch(/\n {4}beyond +#* +\d+%/);
  });

  it("--run prints one run's events, each marked simulated", () => {
    const r = sitrep([...base, "--run", "3"]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^run 3 of seed '1': \d+ simulated events/);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines.slice(1)) expect(line).toMatch(/SIMULATED by sitrep-forward 4 \(\w+\), run 3, seed '1'/);
  });

  it("--no-infer forecasts from what the texts state: al-Shulah, inferred ISIL's, is then nobody's", () => {
    const args = [
      "forecast",
      S,
      "--from",
      "2017-09-01",
      "--until",
      "2017-09-02",
      "--runs",
      "20",
      "--seed",
      "1",
      "--json",
    ];
    const shulah = (doc: ForecastJson) => doc.control[0]?.places.find((p) => p.place === "al-shulah")?.p;
    expect(shulah(okJson<ForecastJson>(args))?.none).toBeUndefined();
    expect(shulah(okJson<ForecastJson>([...args, "--no-infer"]))?.none).toBeGreaterThan(0.5);
  });

  it("forecasts a branch, and refuses one whose edits break the log before the origin, naming the event", () => {
    const branch = join(MODELS, "checkpoint-never-lost.branch.json");
    const ok = sitrep([
      "forecast",
      branch,
      "--from",
      "2017-08-01",
      "--until",
      "2017-08-10",
      "--runs",
      "10",
      "--seed",
      "1",
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^Forecast of branch 'checkpoint never lost' of central-syria-2017/);
    expectBadInput(
      ["forecast", branch, "--from", "2017-10-01", "--until", "2017-10-10", "--runs", "10", "--seed", "1"],
      /the log breaks a rule before the origin: event 'cs-0824-checkpoint-retaken'/,
    );
  });

  it("refuses bad input with one line and exit 2", () => {
    expectBadInput(
      ["forecast", S, "--until", "2017-10-31", "--runs", "10", "--seed", "1"],
      /--from <moment> is required/,
    );
    expectBadInput(
      ["forecast", S, "--from", "2017-08-20", "--until", "2017-10-31", "--runs", "10"],
      /--seed <seed> is required/,
    );
    expectBadInput([...base.slice(0, 6), "--seed", "1"], /--runs <n> is required/);
    expectBadInput(
      ["forecast", S, "--from", "2016-01-01", "--until", "2017-10-31", "--runs", "10", "--seed", "1"],
      /outside the span of 'central-syria-2017'/,
    );
    expectBadInput(
      ["forecast", S, "--from", "2017-08-20", "--until", "2017-08-01", "--runs", "10", "--seed", "1"],
      /not after the origin's day/,
    );
    expectBadInput([...base, "--runs", "0"], /whole number of at least 1/);
    expectBadInput([...base, "--runs", "2000000"], /more than 1,000,000/);
    expectBadInput([...base, "--runs", "10", "--workers", "65"], /--workers 65 is more than \d+.*give at most \d+/);
    expectBadInput(
      [...base, "--runs", "10", "--model", join(MODELS, "unknown-process.model.json")],
      /unknown-process\.model\.json:3:\d+: .*weather/,
    );
    expectBadInput(
      [...base, "--runs", "10", "--model", join(MODELS, "negative-rate.model.json")],
      /negative-rate\.model\.json:4:\d+: .*priorRateKmPerDay/,
    );
    expectBadInput(
      ["forecast", S, "--from", "no-such-event", "--until", "2017-10-31", "--runs", "10", "--seed", "1"],
      /--from 'no-such-event' is neither a date .* nor an event id of scenario 'central-syria-2017'/,
    );
  });
});

describe("sitrep backtest", () => {
  const args = ["backtest", S, "--origins", "2017-08-20,2017-09-01", "--horizon", "14", "--runs", "60", "--seed", "1"];
  it("scores each case and pools the scores against the baselines, the same for a seed", () => {
    const a = okJson<{ cases: unknown[]; pooled: { skill: number; best: string; baselines: Record<string, number> } }>([
      ...args,
      "--json",
    ]);
    const b = okJson<typeof a>([...args, "--json"]);
    expect(b).toEqual(a);
    expect(a.cases.length).toBeGreaterThan(2);
    expect(Object.keys(a.pooled.baselines).sort()).toEqual(["historical", "no-change", "straight-line"]);
    const text = sitrep([...args, "--cases"]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/skill over the best baseline \([a-z-]+\): -?\d+\.\d\d/);
    expect(text.stdout).toMatch(/coverage: 50% intervals \d+%, 90% intervals \d+%/);
    expect(text.stdout).toMatch(/2017-08-20 +Siege of Deir ez-Zor city ends/);
  });

  it("scores each side's deaths too: a row per side with its name, and the pooled scores against zero, persistence and history", () => {
    const a = okJson<{ deaths: { cases: { side: string; observed: number }[]; pooled: { best: string } } }>([
      ...args,
      "--json",
    ]);
    const isil = a.deaths.cases.find((c) => c.side === "isil" && c.observed === 121);
    expect(isil).toBeDefined();
    const text = sitrep([...args, "--cases"]);
    expect(text.stdout).toMatch(/2017-08-20 +Islamic State \(ISIL\) +121 +\d/);
    expect(text.stdout).toMatch(/Pooled over \d+ forecasts of a side's deaths within the horizon/);
    expect(text.stdout).toMatch(
      /CRPS \(deaths\): model \d+\.\d\d; zero \d+\.\d\d, persistence \d+\.\d\d, historical \d+\.\d\d/,
    );
  });

  it("says in words when the best baseline is exactly right and the model is not, rather than a skill of -Infinity", () => {
    // anbar-2015's one milestone: the encirclement does not end within the 5 days left of the span,
    // as every baseline says; some of these runs end it
    const args = ["backtest", "anbar-2015", "--runs", "200", "--seed", "2"];
    const premise = okJson<{ pooled: { model: { meanCrps: number }; baselines: Record<string, number> } }>([
      ...args,
      "--json",
    ]);
    expect(premise.pooled.baselines.historical).toBe(0);
    expect(premise.pooled.model.meanCrps).toBeGreaterThan(0);
    const r = sitrep(args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      "skill over the best baseline (historical): none: that baseline is exactly right on every case, the model is not",
    );
    expect(r.stdout).not.toContain("-Infinity");
  });

  it("rolls origins monthly between --from and --to", () => {
    const r = okJson<{ origins: { origin: string }[] }>([
      "backtest",
      S,
      "--origins",
      "monthly",
      "--from",
      "2017-08-01",
      "--to",
      "2017-09-30",
      "--horizon",
      "7",
      "--runs",
      "5",
      "--seed",
      "1",
      "--json",
    ]);
    expect(r.origins.map((o) => o.origin)).toEqual(["2017-08-14", "2017-09-14"]);
  });

  it("shows its origins' progress, and Ctrl-C stops it cleanly: a note, exit 130, nothing on stdout", async () => {
    const r = await interrupt(
      ["backtest", S, "--runs", "100000", "--seed", "1", "--json"],
      /backtesting .*\/14 origins/,
    );
    expect(r.signal).toBeNull();
    expect(r.code, r.stderr).toBe(130);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/\nsitrep: interrupted: 0 of 14 origins finished; no result printed\n$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses bad input with one line and exit 2", () => {
    expectBadInput(["backtest", S, "--runs", "10"], /--seed <seed> is required/);
    expectBadInput(["backtest", S, "--origins", "soon", "--seed", "1"], /'soon' is not a date/);
    expectBadInput(["backtest", S, "--horizon", "0", "--seed", "1"], /whole number of at least 1/);
    expectBadInput(["backtest", "no-such-scenario", "--seed", "1"], /no-such-scenario/);
    expectBadInput(
      ["backtest", S, "--origins", "monthly", "--from", "August", "--seed", "1"],
      /--from: 'August' is not a date: give YYYY-MM-DD/,
    );
    expectBadInput(
      ["backtest", S, "--origins", "monthly", "--from", "2017-09-01", "--to", "2017-08-01", "--seed", "1"],
      /--to 2017-08-01 is before --from 2017-09-01/,
    );
    expectBadInput(
      ["backtest", S, "--origins", "2017-08-20", "--from", "2017-08-01", "--seed", "1"],
      /--from and --to bound rolling origins/,
    );
    expectBadInput(
      ["backtest", S, "--origins", "monthly", "--from", "2030-01-01", "--seed", "1"],
      /no monthly origin from 2030-01-01 falls within the span \('central-syria-2017' 2017-07-14 to 2017-10-21\)/,
    );
  });
});
