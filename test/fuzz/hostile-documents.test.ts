/**
 * Fuzzing the loaders with mutated documents: valid scenario, branch and model documents with
 * one to three mutations each (a value replaced by a hostile one such as `__proto__`,
 * `constructor`, a huge number or a wrong type; a field deleted; an array entry duplicated; a
 * key renamed to a prototype's name). Whatever the document, loading either succeeds or throws
 * one of the project's typed errors, never a TypeError or RangeError; Object.prototype stays
 * clean; and afterwards a valid scenario loads exactly as before. Fixed seed, reported with the
 * case count; `SITREP_SEED` and `SITREP_PATH` replay a failure (see `propertyParams`).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { fingerprint } from "../../engine/query/fingerprint.js";
import { loadScenarioFile, parseScenario } from "../../engine/scenario/load.js";
import { ScenarioLoadError } from "../../engine/scenario/problems.js";
import type { Scenario } from "../../engine/scenario/scenario.js";
import { loadModel } from "../../engine/sim/model.js";
import { simulate } from "../../engine/sim/simulate.js";
import { propertyParams } from "../../engine/testing/index.js";
import { applyEdits } from "../../engine/whatif/apply.js";
import { checkBranch, parseBranch } from "../../engine/whatif/file.js";
import { replayBranch } from "../../engine/whatif/replay.js";
import { FIXTURE } from "../cli/run.js";

/** The errors that mean "this input is wrong" (what the CLI turns into one line and exit 2). */
const TYPED = new Set([
  "ScenarioLoadError",
  "RuleViolationError",
  "EventInputError",
  "BranchEditError",
  "BranchViolationError",
  "ModelError",
  "TimeError",
  "LookupError",
  "ForecastError",
]);

const SEED = 20261127;
const CASES = { scenario: 500, branch: 1600, model: 600 } as const;
/** A guard against a hang on a loaded machine, not a measure of speed (about 15 s of CPU in all). */
const GUARD = 240_000;
const ran = { scenario: 0, branch: 0, model: 0, loaded: 0, refused: 0 };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const HOSTILE: readonly Json[] = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "../../etc/passwd",
  "",
  "x".repeat(5000),
  "2017-13-45",
  "\u0000",
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  1e9,
  -1,
  0,
  0.5,
  2 ** 31,
  true,
  null,
  [],
  {},
  [null],
  { __proto__: null, constructor: "x" } as unknown as Json,
];

/** A record key that JSON.stringify writes even when it is `__proto__`. */
function setOwn(o: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Every path to a value in a document. */
function paths(doc: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(doc)) for (const [i, v] of doc.entries()) paths(v, [...at, i], out);
  else if (doc !== null && typeof doc === "object")
    for (const k of Object.keys(doc)) paths(doc[k] as Json, [...at, k], out);
  return out;
}

type Mutation = readonly [kind: number, where: number, what: number];

/** `doc` (a fresh copy) with one mutation applied. */
function mutate(doc: Json, [kind, where, what]: Mutation): Json {
  const all = paths(doc).filter((p) => p.length > 0);
  const path = all[where % all.length];
  if (path === undefined) return doc;
  let parent = doc as Json;
  for (const k of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[k] as Json;
  const key = path[path.length - 1] as string | number;
  const hostile = HOSTILE[what % HOSTILE.length] as Json;
  if (Array.isArray(parent)) {
    const i = key as number;
    if (kind === 0) parent[i] = structuredClone(hostile);
    else if (kind === 1) parent.splice(i, 1);
    else parent.splice(i, 0, structuredClone(parent[i] as Json)); // a duplicated entry
  } else if (parent !== null && typeof parent === "object") {
    const o = parent as { [key: string]: Json };
    if (kind === 0) setOwn(o, key as string, structuredClone(hostile));
    else if (kind === 1) delete o[key as string];
    else {
      // The key renamed to a prototype's name, keeping its value.
      const v = o[key as string] as Json;
      delete o[key as string];
      setOwn(o, ["__proto__", "constructor", "toString", "valueOf"][what % 4] as string, v);
    }
  }
  return doc;
}

const mutations = fc.array(fc.tuple(fc.nat(2), fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 });

function mutated(valid: Json, ms: readonly Mutation[]): string {
  let doc = JSON.parse(JSON.stringify(valid)) as Json;
  for (const m of ms) doc = mutate(doc, m);
  return JSON.stringify(doc, null, 2);
}

/** Runs `load`: it must succeed or throw a typed error; Object.prototype must stay as it was. */
async function loadsOrRefuses(load: () => unknown): Promise<void> {
  try {
    await load();
    ran.loaded++;
  } catch (e) {
    if (!(e instanceof Error) || !TYPED.has(e.name)) throw e;
    ran.refused++;
  }
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_KEYS);
  expect(Object.keys(Object)).toEqual([]);
}

const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
/** The fixture, its casualty report credited to a claimant (a name from input the results are keyed by). */
const scenarioJson = (() => {
  const json = JSON.parse(readFileSync(FIXTURE, "utf8")) as {
    events: { type: string; source: { attribution?: string } }[];
  };
  for (const e of json.events) if (e.type === "casualties") e.source.attribution = "a claimant";
  return json as unknown as Json;
})();
const scenarioText = JSON.stringify(scenarioJson, null, 2);
const fixture = loadScenarioFile(FIXTURE);
const fixturePrint = fingerprint(fixture.initial);
const branchJson: Json = {
  name: "fuzzed",
  note: "A branch of the fixture with one edit of each kind.",
  base: FIXTURE,
  edits: [
    { op: "drop", event: "fx-clashes-wadi" },
    { op: "shift", event: "fx-advance-dez", by: { days: 2 } },
    {
      op: "insert",
      at: { text: "on 3 September", date: "2017-09-03" },
      event: {
        id: "fx-new-claim",
        type: "casualties",
        time: { text: "on 3 September", date: "2017-09-03" },
        source: { document: fixture.documents[0]?.id ?? "", quote: "a new claim", attribution: "a claimant" },
        figures: [{ actor: "isil", killed: { best: 5, text: "5" } }],
      },
    },
    {
      op: "replace",
      event: "fx-casualties",
      with: {
        id: "fx-casualties-b",
        type: "casualties",
        time: { text: "on 6 September", date: "2017-09-06" },
        source: { document: fixture.documents[0]?.id ?? "", quote: "another claim" },
        figures: [{ actor: "isil", killed: 7 }],
      },
    },
  ],
};
const modelJson: Json = {
  quantities: "triangular",
  choices: [
    {
      id: "wadi-capture",
      alternatives: [
        { name: "held", weight: 3, edits: [] },
        { name: "lost", weight: 1, edits: [{ op: "drop", event: "fx-capture-wadi" }] },
      ],
    },
  ],
};
const dir = mkdtempSync(join(tmpdir(), "sitrep-fuzz-"));
const params = (numRuns: number) => ({ ...propertyParams({ numRuns }), seed: propertyParams().seed ?? SEED, numRuns });

describe("fuzzing the loaders with mutated documents", () => {
  afterAll(() => {
    process.stdout.write(
      `fuzz (seed ${params(1).seed}): ${ran.scenario} scenarios, ${ran.branch} branches, ${ran.model} models; ${ran.loaded} loaded, ${ran.refused} refused with a typed error\n`,
    );
  });

  it("the unmutated documents load", async () => {
    expect(parseScenario(scenarioText, "fixture.json").success).toBe(true);
    const b = parseBranch(JSON.stringify(branchJson), "b.json");
    expect(b.success && checkBranch(b.data, fixture, "b.json")).toEqual([]);
    const f = join(dir, "valid.model.json");
    writeFileSync(f, JSON.stringify(modelJson));
    const r = await simulate(fixture, { runs: 4, seed: 1, model: loadModel(f), workers: 0, measures: { places: [] } });
    expect(Object.keys(r.choices)).toEqual(["wadi-capture"]);
  });

  it(
    `mutated scenarios (${CASES.scenario} cases) load and simulate, or are refused with a typed error`,
    async () => {
      await fc.assert(
        fc.asyncProperty(mutations, async (ms) => {
          ran.scenario++;
          const text = mutated(scenarioJson, ms);
          await loadsOrRefuses(async () => {
            const r = parseScenario(text, "fuzzed.json");
            if (!r.success) throw new ScenarioLoadError(r.problems);
            // What loads is also simulated: results are where names from input become keys.
            return await simulate(r.data, { runs: 2, seed: 1, workers: 0 });
          });
        }),
        params(CASES.scenario),
      );
    },
    GUARD,
  );

  it(
    `mutated branches (${CASES.branch} cases) load, apply, replay and simulate, or are refused with a typed error`,
    async () => {
      await fc.assert(
        fc.asyncProperty(mutations, async (ms) => {
          ran.branch++;
          const text = mutated(branchJson, ms);
          await loadsOrRefuses(async () => {
            const r = parseBranch(text, "fuzzed.branch.json");
            if (!r.success) throw new ScenarioLoadError(r.problems);
            const problems = checkBranch(r.data, fixture, "fuzzed.branch.json", text);
            if (problems.length > 0) throw new ScenarioLoadError(problems);
            applyEdits(fixture, r.data);
            replayBranch(fixture, r.data);
            return await simulate({ scenario: fixture, branch: r.data }, { runs: 2, seed: 1, workers: 0 });
          });
        }),
        params(CASES.branch),
      );
    },
    GUARD,
  );

  it(
    `mutated models (${CASES.model} cases) load and run, or are refused with a typed error`,
    async () => {
      await fc.assert(
        fc.asyncProperty(mutations, async (ms) => {
          ran.model++;
          const f = join(dir, "fuzzed.model.json");
          writeFileSync(f, mutated(modelJson, ms));
          await loadsOrRefuses(async () => {
            const model = loadModel(f);
            return await simulate(fixture, { runs: 2, seed: 1, model, workers: 0, measures: { places: [] } });
          });
        }),
        params(CASES.model),
      );
    },
    GUARD,
  );

  it("afterwards a valid scenario loads exactly as before", () => {
    const again: Scenario = loadScenarioFile(FIXTURE);
    expect(fingerprint(again.initial)).toBe(fixturePrint);
    expect(again.events.map((e) => e.id)).toEqual(fixture.events.map((e) => e.id));
  });
});
