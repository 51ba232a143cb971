import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Campaign } from "../../engine/campaign.js";
import { compiledBuiltIn } from "../../engine/scenario/compiled.js";
import { loadModel } from "../../engine/sim/model.js";
import { recreateRun } from "../../engine/sim/recreate.js";
import { expectBadInput, FIXTURES, interrupt, okJson, sitrep } from "./run.js";

const S = "central-syria-2017";
const MODEL = join(FIXTURES, "simulate", "ghan-al-ali.model.json");
const BRANCH = join(FIXTURES, "whatif", "no-link-up.branch.json");
const out = mkdtempSync(join(tmpdir(), "sitrep-simulate-"));

interface SimJson {
  scenario: string;
  branch: string | null;
  model: string | null;
  seed: string;
  runs: number;
  workers: number;
  at: { key: string; iso: string }[];
  places: Record<string, Record<string, Record<string, number>>>;
  sieges: Record<string, Record<string, Record<string, number>>>;
  casualties: Record<string, Record<string, Record<string, { n: number; p50: number }>>>;
  fronts: Record<string, Record<string, Record<string, { n: number; p5: number; p50: number; p95: number }>>>;
  choices: Record<string, Record<string, number>>;
  lostFooting: Record<string, number>;
}

const json = <T = SimJson>(args: string[]): T => okJson<T>(args);

describe("sitrep simulate", () => {
  const args = [
    "simulate",
    S,
    "--runs",
    "120",
    "--seed",
    "s1",
    "--model",
    MODEL,
    "--at",
    "2017-08-01",
    "--at",
    "2017-09-06",
  ];

  it("JSON: the distributions with { seed, runs, workers }, identical for any number of workers", () => {
    const zero = json([...args, "--workers", "0", "--json"]);
    const two = json([...args, "--workers", "2", "--json"]);
    expect(zero).toMatchObject({ scenario: S, branch: null, model: MODEL, seed: "s1", runs: 120, workers: 0 });
    expect(two.workers).toBe(2);
    const { workers: _a, ...a } = zero;
    const { workers: _b, ...b } = two;
    expect(a).toEqual(b);
    expect(zero.at.map((x) => x.key)).toEqual(["2017-08-01", "2017-09-06"]);
    const ghan = zero.places["ghan-al-ali"]?.["2017-08-01"] ?? {};
    // Where the counterattack failed, the capture lost its footing and the town stays ISIL's, as
    // the base scenario infers from that capture.
    expect(Object.keys(ghan).sort()).toEqual(["isil", "syrian-government"]);
    expect((ghan["syrian-government"] ?? 0) + (ghan.isil ?? 0)).toBeCloseTo(1);
    expect(zero.choices["ghan-al-ali-counterattack"]?.failed).toBe(ghan.isil);
    expect(zero.sieges["deir-ez-zor-city"]?.["2017-09-06"]).toEqual({ broken: 1 });
    expect(zero.fronts["deir-ez-zor"]?.["syrian-government"]?.["2017-08-01"]?.n).toBe(120);
    // The default workers for few runs: none.
    expect(json(["simulate", S, "--runs", "5", "--seed", "s1", "--json"]).workers).toBe(0);
  });

  it("text: places whose controller varies, sieges, casualties and fronts; no progress off a terminal", () => {
    const r = sitrep(args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^central-syria-2017: 120 runs, seed 's1', no worker threads/);
    expect(r.stdout).toMatch(/Control: places whose controller varies/);
    expect(r.stdout).toMatch(
      /Ghan al-Ali\s+2017-08-01\s+(Syrian government|Islamic State \(ISIL\)) \d+(\.\d)?%, (Syrian government|Islamic State \(ISIL\)) \d/,
    );
    // A place that never changes hands in any run is left out unless named.
    expect(r.stdout).not.toMatch(/^\s+Sukhnah\s+2017/m);
    expect(r.stdout).toMatch(/Siege of Deir ez-Zor city\s+2017-08-01\s+active 100%\n\s+2017-09-06\s+broken 100%/);
    expect(r.stdout).toMatch(/Killed, per side and claimant/);
    // Sources are labelled as `sitrep state` labels them.
    expect(r.stdout).toMatch(/Islamic State \(ISIL\) \(according to SOHR\)\s+2017-09-06/);
    expect(r.stdout).toMatch(/Syrian government \(reportedly\)\s+2017-08-01/);
    expect(r.stdout).toMatch(/Syrian government \(according to "Central Syria campaign"\)/);
    expect(r.stdout).not.toMatch(/, per SOHR/);
    expect(r.stdout).toMatch(
      /Siege supply \(probability of open or cut\)\n\s+Siege of Deir ez-Zor airport\s+2017-08-01\s+open 100%/,
    );
    expect(r.stdout).toMatch(/Syrian government → Deir ez-Zor\s+2017-08-01\s+/);
    expect(r.stdout).toMatch(/ghan-al-ali-counterattack: (succeeded|failed) \d/);
    expect(r.stdout).toMatch(/cs-0730-ghan-al-ali-captured\s+\d+(\.\d)?%/);
    const focused = sitrep(["simulate", S, "--runs", "20", "--seed", "s1", "--place", "Sukhnah"]);
    expect(focused.code, focused.stderr).toBe(0);
    expect(focused.stdout).toMatch(
      /Control \(probability of each controller\)\n\s+Sukhnah\s+2017-10-21 23:59\s+Syrian government 100%/,
    );
    // Taken by then, Sukhnah is under nobody's fire control in any run: no fire-control table.
    expect(focused.stdout).not.toMatch(/Fire control/);
  });

  it("a branch file is a target too", () => {
    const doc = json(["simulate", BRANCH, "--runs", "10", "--seed", "b", "--at", "2017-09-06", "--json"]);
    expect(doc).toMatchObject({ scenario: S, branch: "no-link-up" });
    expect(doc.sieges["deir-ez-zor-city"]?.["2017-09-06"]).toEqual({ active: 1 });
    expect(doc.lostFooting["cs-0905-siege-broken"]).toBe(1);
  });

  it("a branch file's base is looked for in --dir too", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-sim-branch-"));
    const file = join(dir, "no-break.branch.json");
    writeFileSync(
      file,
      JSON.stringify({ name: "no-break", base: "fixture-siege", edits: [{ op: "drop", event: "fx-siege-broken" }] }),
    );
    const doc = json(["simulate", file, "--dir", FIXTURES, "--runs", "4", "--seed", "d", "--json"]);
    expect(doc).toMatchObject({ scenario: "fixture-siege", branch: "no-break", runs: 4 });
    expectBadInput(["simulate", file, "--runs", "4", "--seed", "d"], /no scenario 'fixture-siege'/);
  });

  it("an event id as a moment keys the result as written", () => {
    const doc = json(["simulate", S, "--runs", "5", "--seed", "s1", "--at", "cs-0905-siege-broken", "--json"]);
    expect(doc.at).toEqual([{ key: "cs-0905-siege-broken", iso: "2017-09-05T13:00:00.000+03:00" }]);
    expect(doc.sieges["deir-ez-zor-city"]?.["cs-0905-siege-broken"]).toEqual({ broken: 1 });
  });

  it("--run 3 --export writes the run's log, which `state` replays to the run's state", () => {
    const file = join(out, "run-3.json");
    const r = sitrep(["simulate", S, "--seed", "s1", "--model", MODEL, "--run", "3", "--export", file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/wrote run 3 of seed 's1' to .*run-3\.json as scenario 'central-syria-2017-run-3'/);
    expect(r.stdout).toMatch(/drawn: ghan-al-ali-counterattack = (succeeded|failed)/);
    const state = json<{ scenario: string; totalEvents: number; [k: string]: unknown }>([
      "state",
      file,
      "--at",
      "2017-09-06",
      "--json",
    ]);
    expect(state.scenario).toBe("central-syria-2017-run-3");
    // The same run re-created in this process, replayed to the same moment.
    const scenario = compiledBuiltIn(S);
    if (scenario === null) throw new Error("no compiled central-syria-2017: run the build");
    const run = recreateRun(scenario, loadModel(MODEL), "s1", 3);
    const { scenario: _id, totalEvents, ...view } = state;
    expect(totalEvents).toBe(run.scenario.events.length);
    // Holdings the base infers from a capture the run lost stand in the run, not in the file
    // (which lacks the capture); everything else is the same.
    const unexpressed = run.scenario.inferred
      .filter((h) => !run.scenario.events.some((e) => e.id === h.from))
      .map((h) => h.place);
    type Places = { places: { id: string; controller: string | null; basis: string | null }[] };
    const expected = JSON.parse(JSON.stringify(Campaign.of(run.scenario).view("2017-09-06"))) as Places;
    const others = (v: Places) => ({ ...v, places: v.places.filter((p) => !unexpressed.includes(p.id)) });
    expect(others(view as unknown as Places)).toEqual(others(expected));
    for (const id of unexpressed) {
      expect((view as unknown as Places).places.find((p) => p.id === id)).toMatchObject({
        controller: null,
        basis: null,
      });
      expect(expected.places.find((p) => p.id === id)).toMatchObject({ basis: "inferred" });
    }
    // Its --json says what it drew, and the simulation agrees that this outcome can happen.
    const meta = json<{ drawn: Record<string, string>; run: number }>([
      "simulate",
      S,
      "--seed",
      "s1",
      "--model",
      MODEL,
      "--run",
      "3",
      "--export",
      join(out, "again.json"),
      "--json",
    ]);
    expect(meta.run).toBe(3);
    expect(meta.drawn).toEqual(run.drawn);
    expect(readFileSync(join(out, "again.json"), "utf8")).toBe(readFileSync(file, "utf8"));
  });

  it("bad input: missing seed, runs 0, unknown model field, bad model edits, unknown place", () => {
    expectBadInput(["simulate", S, "--runs", "10"], /--seed <seed> is required/);
    expectBadInput(["simulate", S, "--seed", "1"], /--runs <n> is required/);
    expectBadInput(["simulate", S, "--runs", "0", "--seed", "1"], /--runs <n>.*'0' is invalid.*at least 1/);
    expectBadInput(["simulate", S, "--runs", "2.5", "--seed", "1"], /expected a whole number/);
    expectBadInput(["simulate", S, "--runs", "10", "--seed", "1", "--workers", "-1"], /--workers/);
    expectBadInput(
      ["simulate", S, "--runs", "10", "--seed", "1", "--model", join(FIXTURES, "simulate", "unknown-field.model.json")],
      /unknown-field\.model\.json:3:\d+: at choises: unknown field 'choises' \(check the spelling against the model file of docs\/simulation\.md\)/,
    );
    expectBadInput(
      ["simulate", S, "--runs", "10", "--seed", "1", "--model", join(FIXTURES, "simulate", "unknown-event.model.json")],
      /unknown-event\.model\.json: choice 'link-up', alternative 'failed': .*no event 'cs-0905-link-up-13'/,
    );
    expectBadInput(
      ["simulate", S, "--runs", "10", "--seed", "1", "--place", "Suknahx"],
      /no place 'Suknahx' in scenario 'central-syria-2017'; did you mean 'Sukhnah'/,
    );
    expectBadInput(["simulate", S, "--runs", "10", "--seed", "1", "--at", "2017-13-45"], /is not a date or time/);
    expectBadInput(["simulate", S, "--seed", "1", "--run", "3"], /--run <i> re-creates one run: give --export/);
    expectBadInput(["simulate", S, "--seed", "1", "--export", join(out, "x.json")], /give --run <i> too/);
  });

  it("--help lists every option with an example", () => {
    const r = sitrep(["simulate", "--help"]);
    expect(r.code).toBe(0);
    for (const o of ["--runs", "--seed", "--model", "--workers", "--at", "--place", "--run", "--export", "--json"])
      expect(r.stdout).toContain(o);
    expect(r.stdout).toMatch(/Examples:\n\s+sitrep simulate central-syria-2017 --runs/);
  });
});

describe("sitrep simulate, interrupted", () => {
  for (const workers of ["0", "2"]) {
    it(`Ctrl-C stops the runs cleanly (workers ${workers}): a note, exit 130, nothing on stdout`, async () => {
      const r = await interrupt(
        ["simulate", S, "--runs", "10000000", "--seed", "1", "--workers", workers, "--json"],
        /simulating .* runs/,
      );
      expect(r.signal).toBeNull();
      expect(r.code, r.stderr).toBe(130);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/sitrep: simulating .*\/10000000 runs/);
      expect(r.stderr).toMatch(/\nsitrep: interrupted: \d+ of 10000000 runs finished; no result printed\n$/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});
