import { describe, expect, it } from "vitest";
import { parseScenario } from "../../engine/scenario/load.js";
import { formatProblem, type LoadProblem } from "../../engine/scenario/problems.js";

const doc = "test-doc";
const base = {
  id: "loader-test",
  title: "Loader test",
  timeZone: "Asia/Damascus",
  span: { start: "2017-01-01", end: "2017-01-31" },
  documents: [{ id: doc, title: "A test document" }],
};
const src = (quote: string) => ({ document: doc, quote });
const capture = (id: string, date: string, place: string, actor = "isil") => ({
  id,
  type: "place-captured",
  time: { text: date, date },
  place,
  actor,
  source: src(`${place} taken`),
});

function load(scenario: object) {
  return parseScenario(JSON.stringify(scenario, null, 2), "test.json");
}
function problems(scenario: object): readonly LoadProblem[] {
  const r = load(scenario);
  if (r.success) throw new Error("expected the scenario to fail to load");
  return r.problems;
}

describe("loading a scenario", () => {
  it("loads a valid scenario, its times resolved and its events frozen", () => {
    const r = load({ ...base, events: [capture("a", "2017-01-14", "deir-ez-zor")] });
    expect(r.success).toBe(true);
    if (!r.success) return;
    const e = r.data.events[0];
    expect(e?.time.earliest).toBe("2017-01-14T00:00:00.000+02:00");
    expect(e?.places).toEqual(["deir-ez-zor"]);
    expect(e?.actors).toEqual(["isil"]);
    expect(Object.isFrozen(e)).toBe(true);
    expect(Object.isFrozen(e?.source)).toBe(true);
  });

  it("reports every problem at once, each with its line", () => {
    const scenario = {
      ...base,
      events: [
        capture("a", "2017-01-14", "deir-ez-zour-typo"),
        { ...capture("b", "2017-01-15", "raqqa"), actor: "nobody" },
        { ...capture("c", "2017-01-16", "mosul"), colour: "red" },
        { ...capture("d", "2017-01-16", "mosul"), type: "teleport" },
      ],
    };
    const ps = problems(scenario);
    expect(ps.map((p) => p.path.join("."))).toEqual(expect.arrayContaining(["events.2.colour", "events.3.type"]));
    // An unknown field is reported at its own line, not at the event holding it.
    const colour = ps.find((p) => p.path.join(".") === "events.2.colour");
    const lines = JSON.stringify(scenario, null, 2).split("\n");
    expect(lines[(colour?.line ?? 0) - 1]).toContain('"colour": "red"');
    expect(ps.every((p) => p.file === "test.json" && p.line !== null)).toBe(true);
    const text = ps.map(formatProblem).join("\n");
    expect(text).toMatch(/unknown field 'colour' \(check the spelling against the JSON Schema in scenarios\/schema\)/);
    expect(text).toMatch(/unknown or missing event type: expected one of .*place-captured/);
  });

  it("names unknown places with the closest ones, and unknown actors", () => {
    const ps = problems({
      ...base,
      events: [
        capture("a", "2017-01-14", "deir-ez-zour-typo"),
        { ...capture("b", "2017-01-15", "raqqa"), actor: "nobody" },
      ],
    });
    expect(ps[0]?.message).toMatch(/unknown place 'deir-ez-zour-typo'; closest: 'deir-ez-zor'/);
    expect(ps[0]?.path).toEqual(["events", 0, "place"]);
    expect(ps[1]?.message).toMatch(/unknown actor 'nobody'/);
  });

  it("says when a name was given where an id belongs", () => {
    const ps = problems({ ...base, events: [capture("a", "2017-01-14", "Deir ez-Zour")] });
    expect(ps[0]?.message).toMatch(/is a name, not an id: use the place id 'deir-ez-zor'/);
  });

  it("rejects an event out of time order, naming both events", () => {
    const ps = problems({
      ...base,
      events: [capture("late", "2017-01-20", "raqqa"), capture("early", "2017-01-14", "mosul")],
    });
    expect(ps).toHaveLength(1);
    expect(ps[0]?.message).toMatch(/'early'.*'late'/);
    expect(ps[0]?.path).toEqual(["events", 1, "time"]);
  });

  it("rejects duplicate ids and dependencies on later or unknown events", () => {
    const ps = problems({
      ...base,
      events: [
        { ...capture("a", "2017-01-14", "raqqa"), dependsOn: ["b"] },
        capture("b", "2017-01-15", "mosul"),
        capture("b", "2017-01-16", "damascus"),
      ],
    });
    const text = ps.map((p) => p.message).join("\n");
    expect(text).toMatch(/depends on 'b', which is not an earlier event/);
    expect(text).toMatch(/duplicate event id 'b' \(first used at events\[1\]\)/);
  });

  it("names where a duplicated id was first used, among the initial facts or the events", () => {
    const ps = problems({
      ...base,
      initial: [capture("x", "2017-01-10", "raqqa")],
      events: [
        capture("y", "2017-01-14", "mosul"),
        capture("x", "2017-01-15", "damascus"),
        capture("y", "2017-01-16", "homs"),
      ],
    });
    const dups = ps.filter((p) => p.message.startsWith("duplicate event id"));
    expect(dups.map((p) => [p.path, p.message.match(/first used at (\S+)\)/)?.[1]])).toEqual([
      [["events", 1, "id"], "initial[0]"],
      [["events", 2, "id"], "events[0]"],
    ]);
  });

  it("reports rule violations of the log as load problems, and loads nothing", () => {
    const ps = problems({
      ...base,
      events: [capture("a", "2017-01-14", "raqqa"), capture("b", "2017-01-15", "raqqa")],
    });
    expect(ps).toHaveLength(1);
    expect(ps[0]?.message).toMatch(/breaks rule 'already-controlled'/);
    expect(ps[0]?.path).toEqual(["events", 1]);
  });

  it("rejects an unknown time zone and an uncited document", () => {
    expect(problems({ ...base, timeZone: "Mars/Olympus", events: [] })[0]?.message).toMatch(/not an IANA time zone/);
    const ps = problems({
      ...base,
      events: [{ ...capture("a", "2017-01-14", "raqqa"), source: { document: "other", quote: "q" } }],
    });
    expect(ps[0]?.message).toMatch(/document 'other' is not among the scenario's documents/);
  });

  it("loads a casualty report that gives only deaths of no known side, and refuses one that gives no deaths at all", () => {
    const report = (fields: object) => ({
      id: "r",
      type: "casualties",
      time: { text: "14 January", date: "2017-01-14" },
      source: src("12 people were killed"),
      ...fields,
    });
    expect(load({ ...base, events: [report({ figures: [], unknown: 12 })] }).success).toBe(true);
    expect(load({ ...base, events: [report({ figures: [], civilians: 5 })] }).success).toBe(true);
    const ps = problems({ ...base, events: [report({ figures: [] })] });
    expect(ps).toHaveLength(1);
    expect(ps[0]?.path.join(".")).toBe("events.0.figures");
    expect(formatProblem(ps[0] as LoadProblem)).toMatch(
      /a casualty report needs a figure for a side, or 'civilians' or 'unknown'/,
    );
  });

  it("reports bad JSON with its line and column", () => {
    const r = parseScenario('{\n  "id": "x",\n  "title": oops\n}', "broken.json");
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.problems[0]?.line).toBe(3);
    expect(formatProblem(r.problems[0] as LoadProblem)).toMatch(/^broken\.json:3:\d+: not valid JSON/);
  });

  it("lets a scenario add places and actors to the shared catalogue, refusing clashes", () => {
    const r = load({
      ...base,
      catalogue: { places: [{ id: "my-hill", name: "My Hill", kind: "hill" }], actors: [] },
      events: [capture("a", "2017-01-14", "my-hill")],
    });
    expect(r.success).toBe(true);
    const ps = problems({
      ...base,
      catalogue: { places: [{ id: "raqqa", name: "Raqqa again", kind: "city" }] },
      events: [],
    });
    expect(ps[0]?.message).toMatch(/duplicate place id 'raqqa'/);
  });
});

describe("a loaded event as JSON", () => {
  it("loads again as the same event (an exported log is a valid scenario)", async () => {
    const { createEvent } = await import("../../engine/events/create.js");
    const { builtIn } = await import("../support/scenarios.js");
    const { scenario } = builtIn("anbar-2015");
    for (const e of [...scenario.initialEvents, ...scenario.events]) {
      const again = createEvent(JSON.parse(JSON.stringify(e)), scenario.timeZone);
      expect(again).toEqual(e);
    }
  });
});
