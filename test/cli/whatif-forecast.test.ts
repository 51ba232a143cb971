import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectBadInput, FIXTURES, sitrep } from "./run.js";

const S = "central-syria-2017";
const NO_LINK_UP = ["--drop", "cs-0905-link-up-137th", "--drop", "cs-0905-siege-broken"];
const RUN = ["--forecast", "--until", "2017-10-31", "--runs", "100", "--seed", "s1", "--workers", "0"];

interface Summary {
  happened: number;
  beyond: number;
  dates: { p5: string | null; p25: string | null; p50: string | null; p75: string | null; p95: string | null };
}
interface WhatIfForecastJson {
  branch: { name: string; edits: { op: string; event: string }[] };
  branchPoint: { at: string; event: string; origin: string };
  from: string;
  runs: number;
  seed: string;
  sameForecast: boolean;
  deaths: { branch: { side: string; p5: number; p50: number; p95: number; mean: number }[]; base: unknown };
  civilians: { branch: unknown[]; base: unknown };
  unattributed: { branch: unknown[]; base: unknown };
  total: { branch: { p5: number; p50: number; p95: number; mean: number }; base: unknown };
  milestones: {
    id: string;
    recorded: { date: string; event: string; how: string } | null;
    forecast: Summary;
    base: Summary | null;
    laterThanRecorded: number | null;
  }[];
}

describe("sitrep whatif --forecast", () => {
  it("gives per milestone the base's recorded date and the branch's forecast as one JSON document, the same for a seed", () => {
    const args = ["whatif", S, ...NO_LINK_UP, ...RUN, "--json"];
    const first = sitrep(args);
    expect([first.code, first.stderr]).toEqual([0, ""]);
    const doc = JSON.parse(first.stdout) as WhatIfForecastJson;
    expect(doc.branchPoint).toEqual({
      at: "2017-09-05T13:00:00.000+03:00",
      event: "cs-0905-link-up-137th",
      origin: "2017-09-04T23:59:59.999+03:00",
    });
    expect(doc.from).toBe(doc.branchPoint.origin);
    expect([doc.runs, doc.seed, doc.sameForecast]).toEqual([100, "s1", true]);
    const city = doc.milestones.find((m) => m.id === "siege:deir-ez-zor-city");
    expect(city?.recorded).toMatchObject({ date: "2017-09-05", event: "cs-0905-siege-broken", how: "broken" });
    expect(city?.forecast.dates.p50 ?? "").toMatch(/^2017-(09|10)-\d\d$/);
    expect(city?.forecast.beyond).toBeCloseTo(1 - (city?.forecast.happened ?? 0), 12);
    expect(city?.laterThanRecorded).toBeGreaterThan(0.3);
    expect(sitrep(args).stdout).toBe(first.stdout);
    // the deaths the runs report, per side; the base's only when its forecast is a separate one
    expect(doc.deaths.branch.map((d) => d.side)).toEqual(["syrian-government", "isil"]);
    for (const d of doc.deaths.branch) expect(d.p5 <= d.p50 && d.p50 <= d.p95).toBe(true);
    expect(doc.deaths.base).toBeNull();
    // no killing of civilians with its killer named is known before the branch point: none simulated
    expect(doc.civilians).toEqual({ branch: [], base: null });
    // nor any death of no named side
    expect(doc.unattributed).toEqual({ branch: [], base: null });
    // all deaths: with no civilians and no deaths of no known side simulated, each run's is the
    // sides' deaths added up, so its mean is theirs added up
    expect(doc.total.base).toBeNull();
    expect(Object.keys(doc.total.branch)).toEqual(["p5", "p50", "p95", "mean"]);
    expect(doc.total.branch.mean).toBeCloseTo(
      doc.deaths.branch.reduce((sum, d) => sum + d.mean, 0),
      6,
    );
    const text = sitrep(["whatif", S, ...NO_LINK_UP, ...RUN]).stdout;
    const [government, isil] = doc.deaths.branch;
    const shown = (x: number) => String(Math.round(x * 10) / 10);
    expect(text).toContain(
      `Deaths the runs report to 2017-10-31 (median, 90% band)\n  Syrian government: branch ${shown(government?.p50 ?? -1)} (${shown(government?.p5 ?? -1)} to ${shown(government?.p95 ?? -1)})\n  Islamic State (ISIL): branch ${shown(isil?.p50 ?? -1)}`,
    );
  });

  it("prints the branch point and, per milestone, recorded and forecast dates, for a branch file in the scenario's place", () => {
    const r = sitrep(["whatif", join(FIXTURES, "whatif", "no-link-up.branch.json"), ...RUN]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "branch 'no-link-up': What if the army had not reached the 137th Brigade on 5 September?",
    );
    expect(r.stdout).toContain(
      "branch point: 'cs-0905-link-up-137th' at 2017-09-05 13:00; forecast from the end of 2017-09-04 to 2017-10-31 (57 days)",
    );
    expect(r.stdout).toContain("100 runs, seed 's1'");
    expect(r.stdout).toMatch(
      /Siege of Deir ez-Zor city ends\n {4}recorded: 2017-09-05 broken \('cs-0905-siege-broken'\)\n {4}branch: {3}median 2017-\d\d-\d\d \| 50% .* to .* \| 90% .* to .* \| beyond 2017-10-31 in \d+% of runs\n {4}later than recorded, or not by 2017-10-31: \d+% of runs/,
    );
  });

  it("refuses bad input with one line and exit 2", () => {
    expectBadInput(
      ["whatif", S, ...NO_LINK_UP, "--forecast", "--runs", "10"],
      /--seed <seed> is required with --forecast/,
    );
    expectBadInput(["whatif", S, ...NO_LINK_UP, "--forecast", "--seed", "1", "--runs", "0"], /--runs.*at least 1/);
    expectBadInput(
      ["whatif", S, ...NO_LINK_UP, "--forecast", "--seed", "1", "--runs", "2000000"],
      /--runs 2000000 is more than 1,000,000: give fewer runs/,
    );
    expectBadInput(
      ["whatif", S, ...NO_LINK_UP, "--forecast", "--seed", "1", "--workers", "65"],
      /--workers 65 is more than \d+/,
    );
    expectBadInput(["whatif", S, ...NO_LINK_UP, "--runs", "10"], /--runs is for a forecast: give --forecast too/);
    expectBadInput(
      ["whatif", S, ...NO_LINK_UP, "--forecast", "--seed", "1", "--at", "2017-09-06"],
      /--at compares the branch with the base at a moment; with --forecast, give the horizon with --until/,
    );
    expectBadInput(
      ["whatif", S, ...NO_LINK_UP, "--forecast", "--seed", "1", "--runs", "10", "--until", "2017-09-01"],
      /--until 2017-09-01 .* is not after the branch point \(2017-09-04T23:59:59\.999\+03:00, before 'cs-0905-link-up-137th'/,
    );
  });
});
