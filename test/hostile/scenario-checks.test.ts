import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkScenario } from "../../engine/scenario/load.js";
import { sitrep } from "../cli/run.js";

const doc = "test-doc";
const base = {
  id: "hostile-checks",
  title: "Hostile checks",
  timeZone: "UTC",
  span: { start: "2017-01-01", end: "2017-01-31" },
  documents: [{ id: doc, title: "A test document" }],
};
const at = (date: string) => ({ text: date, date });
const src = (quote: string) => ({ document: doc, quote });

/** What checkScenario reports for a scenario, as `path: message`, and whether it loaded. */
function check(json: object): { loaded: boolean; problems: string[]; lines: (number | null)[] } {
  const r = checkScenario(JSON.stringify(json, null, 2), "hostile.json");
  return {
    loaded: r.scenario !== null,
    problems: r.problems.map((p) => `${p.path.join(".")}: ${p.message}`),
    lines: r.problems.map((p) => p.line),
  };
}

const divided = (shares: unknown) => ({
  ...base,
  events: [
    {
      id: "divided",
      type: "control-reported",
      time: at("2017-01-05"),
      source: src("the city was divided"),
      place: "palmyra",
      shares,
    },
  ],
});
const killed = (best: number) => ({
  id: "losses",
  type: "casualties",
  time: at("2017-01-06"),
  source: src("many were killed"),
  figures: [{ actor: "isil", killed: { best, text: "many" } }],
});

describe("scenarios that load but say something impossible are refused, each at its line", () => {
  it("one side listed twice in a place's shares", () => {
    const r = check(
      divided([
        { side: "isil", share: 0.5 },
        { side: "isil", share: 0.5 },
      ]),
    );
    expect(r.loaded).toBe(false);
    expect(r.problems).toEqual([
      "events.0.shares.1.side: side 'isil' already has a share (shares[0]): give each side one share",
    ]);
    expect(r.lines[0]).toBeGreaterThan(1);
  });

  it("a divided place with no shares (shares: [])", () => {
    const r = check(divided([]));
    expect(r.loaded).toBe(false);
    expect(r.problems).toEqual([
      expect.stringMatching(/^events\.0\.shares: a divided place needs at least one side's share/),
    ]);
  });

  it("an uncited sentence in a document the scenario does not declare", () => {
    const r = check({
      ...base,
      uncited: [{ document: "nowhere", quote: "On 3 January 2017 it rained.", reason: "weather" }],
      events: [],
    });
    expect(r.loaded).toBe(false);
    expect(r.problems).toEqual([
      "uncited.0.document: document 'nowhere' is not among the scenario's documents (test-doc): an uncited sentence names the document it is in",
    ]);
  });

  it("casualty figures so large their sum would not be finite (1e308 twice)", () => {
    const r = check({ ...base, events: [killed(1e308), { ...killed(1e308), id: "again" }] });
    expect(r.loaded).toBe(false);
    expect(r.problems).toEqual([
      expect.stringMatching(/^events\.0\.figures\.0\.killed(\.best)?: expected a number at most 9007199254740991/),
      expect.stringMatching(/^events\.1\.figures\.0\.killed(\.best)?: expected a number at most 9007199254740991/),
    ]);
  });

  it("the largest figure allowed still adds up to a finite total", () => {
    const r = check({
      ...base,
      events: [killed(Number.MAX_SAFE_INTEGER), { ...killed(Number.MAX_SAFE_INTEGER), id: "again" }],
    });
    expect(r.problems).toEqual([]);
    expect(r.loaded).toBe(true);
  });

  it("sitrep validate refuses the twice-listed side: exit 2, the file, line and field", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-checks-"));
    const file = join(dir, "twice.json");
    writeFileSync(
      file,
      JSON.stringify(
        divided([
          { side: "isil", share: 0.5 },
          { side: "isil", share: 0.5 },
        ]),
        null,
        2,
      ),
    );
    const r = sitrep(["validate", file]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/twice\.json:\d+:\d+: .*shares\[1\]\.side.*already has a share/);
  });
});
