import { describe, expect, it } from "vitest";
import { FIXTURE, FIXTURES, sitrep, sitrepJson } from "./run.js";

interface PlaceJson {
  id: string;
  name: string;
  aliases: string[];
  controller: string | null;
  shares: Record<string, { low: number; best: number; high: number | null; text: string | null }> | null;
  contested: boolean;
  uncertain: boolean;
  since: string | null;
  byEvent: string | null;
}
interface StateJson {
  scenario: string;
  at: string;
  applied: number;
  lastEvent: string | null;
  places: PlaceJson[];
  sieges: {
    id: string;
    name: string;
    status: string;
    besieger: string;
    besieged: string;
    enclave: string[];
    since: string | null;
    until: string | null;
  }[];
  fronts: {
    side: string;
    objective: string;
    distanceKm: { low: number; best: number; high: number };
    asOf: string | null;
    byEvent: string | null;
  }[];
}

/** The start of an ANSI colour sequence. */
const ANSI = `${String.fromCharCode(27)}[`;

const place = (doc: StateJson, id: string) => {
  const p = doc.places.find((x) => x.id === id);
  if (p === undefined) throw new Error(`no place ${id} in the JSON`);
  return p;
};

describe("sitrep state", () => {
  it("prints control, sieges, fronts and casualties as text, uncertain facts marked", () => {
    const r = sitrep(["state", FIXTURE, "--at", "2017-08-05"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/fixture-siege at 2017-08-05T23:59:59\.999\+03:00: 3 of 7 events applied/);
    expect(r.stdout).toMatch(/Wadi Fixture\s+Syrian government\s+\? uncertain/);
    expect(r.stdout).toMatch(/Siege of Deir ez-Zor: active/);
    // Taken on 5 August: the front to it is closed, its last distance kept; before, it stood at 65 km.
    expect(r.stdout).not.toMatch(/→ Wadi Fixture: 65/);
    expect(r.stdout).toMatch(
      /Fronts\n {2}none open\n {2}Syrian government → Wadi Fixture: closed 2017-08-05, objective taken \(fx-capture-wadi\); last 65 \(60–70\) km as of 2017-08-02\n/,
    );
    expect(sitrep(["state", FIXTURE, "--at", "2017-08-04"]).stdout).toMatch(
      /Syrian government → Wadi Fixture: 65 \(60–70\) km/,
    );
    expect(r.stdout).not.toContain(ANSI);
  });

  it("names who counts each casualty figure: a document by its title, a source by name, a hedge as it stands", () => {
    const r = sitrep(["state", "central-syria-2017", "--at", "2017-09-05"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Syrian government: .* killed.* \(according to "Central Syria campaign"\)/);
    expect(r.stdout).toMatch(/Islamic State \(ISIL\): \d+ or more killed \(according to SOHR\)/);
    expect(r.stdout).toMatch(/Syrian government: 14 \(1–28\) killed \(reportedly\)/);
    expect(r.stdout).not.toMatch(/according to (reportedly|\d{3}_)/);
  });

  it("--json prints one document with the documented fields", () => {
    const { run, doc } = sitrepJson<StateJson>(["state", FIXTURE, "--at", "2017-09-12", "--json"]);
    expect(run.code).toBe(0);
    expect(doc.scenario).toBe("fixture-siege");
    expect(doc.at).toBe("2017-09-12T23:59:59.999+03:00");
    expect(doc.applied).toBe(7);
    expect(doc.lastEvent).toBe("fx-jafrah-part");
    const jafrah = place(doc, "al-jafrah");
    expect(jafrah).toMatchObject({
      name: "al-Jafrah",
      controller: "isil",
      contested: true,
      uncertain: false,
      byEvent: "fx-jafrah-part",
    });
    // Shares are quantities: the one taken keeps the text's wording; the rest, scaled down, has none.
    expect(jafrah.shares).toEqual({
      isil: { low: 0.8, best: 0.8, high: 0.8, text: null },
      "syrian-government": { low: 0.2, best: 0.2, high: 0.2, text: "20% of the village" },
    });
    expect(place(doc, "fx-wadi").aliases).toEqual(["Fixture Town", "Wadi al-Fixture"]);
    expect(doc.sieges).toEqual([
      expect.objectContaining({
        id: "deir-ez-zor-siege",
        status: "broken",
        besieger: "isil",
        besieged: "syrian-government",
        enclave: ["deir-ez-zor-airport", "brigade-137-base"],
        until: "2017-09-05T13:00:00.000+03:00",
      }),
    ]);
    expect(doc.fronts).toContainEqual(
      expect.objectContaining({
        side: "syrian-government",
        objective: "deir-ez-zor",
        distanceKm: expect.objectContaining({ low: 25, best: 30, high: 35 }),
        byEvent: "fx-advance-dez",
      }),
    );
  });

  it("marks a fact uncertain while its event may not have happened yet", () => {
    const { doc } = sitrepJson<StateJson>(["state", FIXTURE, "--at", "2017-08-05", "--json"]);
    expect(place(doc, "fx-wadi")).toMatchObject({ controller: "syrian-government", uncertain: true });
    const later = sitrepJson<StateJson>(["state", FIXTURE, "--at", "2017-08-07", "--json"]).doc;
    expect(place(later, "fx-wadi").uncertain).toBe(false);
  });

  it("accepts an event id as the moment", () => {
    const { doc } = sitrepJson<StateJson>(["state", FIXTURE, "--at", "fx-siege-broken", "--json"]);
    expect(doc.lastEvent).toBe("fx-siege-broken");
    expect(doc.applied).toBe(5);
  });

  it("gives the initial state before the first event and the final state after the span, with a note on stderr", () => {
    const before = sitrep(["state", FIXTURE, "--at", "2016-01-01", "--json"]);
    expect(JSON.parse(before.stdout).applied).toBe(0);
    expect(before.stderr).toMatch(
      /^sitrep: 2016-01-01 is before the first event of 'fixture-siege' \(span 2017-08-01 to 2017-09-30\)/,
    );
    const after = sitrep(["state", FIXTURE, "--at", "2019-01-01"]);
    expect(after.code).toBe(0);
    expect(after.stderr).toMatch(
      /after the span of 'fixture-siege' \(2017-08-01 to 2017-09-30\): showing the final state/,
    );
  });

  it("colours only when asked for on a pipe, never with NO_COLOR", () => {
    expect(sitrep(["state", FIXTURE, "--at", "2017-09-05"], { FORCE_COLOR: "1" }).stdout).toContain(ANSI);
    expect(sitrep(["state", FIXTURE, "--at", "2017-09-05"], { FORCE_COLOR: "1", NO_COLOR: "1" }).stdout).not.toContain(
      ANSI,
    );
  });
});

describe("sitrep timeline", () => {
  it("prints one line per event: date, the text's wording, kind, places, summary, source", () => {
    const r = sitrep(["timeline", FIXTURE]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(7);
    expect(lines[4]).toBe(
      '2017-09-05 "at around 2 P.M. on 5 September" siege-broken · Syrian Arab Army breaks the Siege of Deir ez-Zor (state media, fixture-doc) [fx-siege-broken]',
    );
  });

  it("filters by dates, kind, place (any alias) and side", () => {
    const ids = (args: string[]) =>
      sitrepJson<{ events: { id: string }[] }>(["timeline", FIXTURE, "--json", ...args]).doc.events.map((e) => e.id);
    expect(ids(["--from", "2017-08-05", "--to", "2017-09-05"])).toEqual([
      "fx-capture-wadi",
      "fx-advance-dez",
      "fx-siege-broken",
    ]);
    expect(ids(["--type", "place-captured"])).toEqual(["fx-capture-wadi", "fx-jafrah-part"]);
    expect(ids(["--place", "Fixture Town"])).toEqual(["fx-advance-wadi", "fx-clashes-wadi", "fx-capture-wadi"]);
    expect(ids(["--side", "isil"])).toEqual(["fx-clashes-wadi"]);
  });

  it("--json gives each event's id, type, time, places, actors, source and data", () => {
    const { doc } = sitrepJson<{ scenario: string; events: Record<string, unknown>[] }>([
      "timeline",
      FIXTURE,
      "--json",
    ]);
    expect(doc.scenario).toBe("fixture-siege");
    expect(doc.events[2]).toMatchObject({
      id: "fx-capture-wadi",
      type: "place-captured",
      time: {
        text: "by 6 August",
        earliest: "2017-08-05T00:00:00.000+03:00",
        latest: "2017-08-06T23:59:59.999+03:00",
        precision: "by",
      },
      places: ["fx-wadi"],
      actors: ["syrian-army"],
      source: {
        document: "fixture-doc",
        quote: "By 6 August, the army had captured Wadi Fixture.",
        attribution: "military sources",
      },
      place: "fx-wadi",
      actor: "syrian-army",
    });
  });
});

describe("sitrep diff, history, explain", () => {
  it("diff groups the changes by place and siege", () => {
    const r = sitrep(["diff", FIXTURE, "--from", "2017-09-01", "--to", "2017-09-10"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Events applied: 4 → 7/);
    expect(r.stdout).toMatch(
      /al-Jafrah: contested: no → yes;.*shares: none → Islamic State \(ISIL\) 80%, Syrian government 20% \("20% of the village"\)/,
    );
    expect(r.stdout).toMatch(/Siege of Deir ez-Zor: status: active → broken/);
    const { doc } = sitrepJson<{
      events: string[];
      places: { id: string }[];
      sieges: { id: string; fields: { field: string; before: unknown; after: unknown }[] }[];
    }>(["diff", FIXTURE, "--from", "2017-09-01", "--to", "2017-09-10", "--json"]);
    expect(doc.events).toEqual(["fx-siege-broken", "fx-casualties", "fx-jafrah-part"]);
    expect(doc.places.map((p) => p.id)).toEqual(["al-jafrah"]);
    expect(doc.sieges[0]?.fields).toContainEqual({ field: "status", before: "active", after: "broken" });
  });

  it("history counts one change in the singular", () => {
    const r = sitrep(["history", "anbar-2015", "Baiji oil refinery"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("Baiji oil refinery (baiji-oil-refinery) in anbar-2015: 1 change");
  });

  it("history takes any alias and shows every change with its quote", () => {
    const r = sitrep(["history", FIXTURE, "wadi al-fixture"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Wadi Fixture \(fx-wadi\) in fixture-siege: 4 changes/);
    expect(r.stdout).toMatch(/controller: Islamic State \(ISIL\) → Syrian government/);
    expect(r.stdout).toMatch(/"By 6 August, the army had captured Wadi Fixture\." \(military sources, fixture-doc\)/);
    const { doc } = sitrepJson<{ place: { id: string }; changes: { initial: boolean; event: { id: string } }[] }>([
      "history",
      FIXTURE,
      "Fixture Town",
      "--json",
    ]);
    expect(doc.place.id).toBe("fx-wadi");
    expect(doc.changes.map((c) => [c.initial, c.event.id])).toEqual([
      [true, "fx-init-wadi"],
      [false, "fx-advance-wadi"],
      [false, "fx-clashes-wadi"],
      [false, "fx-capture-wadi"],
    ]);
  });

  it("explain gives the chain of events with quotes", () => {
    const r = sitrep(["explain", FIXTURE, "Wadi Fixture", "--at", "2017-08-10"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Wadi Fixture at 2017-08-10T23:59:59\.999\+03:00: held by Syrian government\n/);
    expect(r.stdout).toMatch(/because of fx-capture-wadi/);
    const { doc } = sitrepJson<{
      place: string;
      controller: string;
      uncertain: boolean;
      chain: { event: { id: string } }[];
      summary: string;
    }>(["explain", FIXTURE, "fx-wadi", "--at", "2017-08-05", "--json"]);
    expect(doc).toMatchObject({ place: "fx-wadi", controller: "syrian-government", uncertain: true });
    expect(doc.chain.map((h) => h.event.id)).toEqual(["fx-init-wadi", "fx-clashes-wadi", "fx-capture-wadi"]);
  });

  it("state and explain without --at stand at the end of the span, and say so on stderr", () => {
    const note = "sitrep: at 2017-09-30 (end of span; give --at for another moment)\n";
    const state = sitrep(["state", FIXTURE]);
    expect(state.code).toBe(0);
    expect(state.stderr).toBe(note);
    expect(state.stdout).toMatch(/^fixture-siege at 2017-09-30T23:59:59\.999\+03:00: 7 of 7 events applied/);
    const json = sitrep(["state", FIXTURE, "--json"]);
    expect(json.stderr).toBe(note);
    expect(JSON.parse(json.stdout)).toMatchObject({ at: "2017-09-30T23:59:59.999+03:00", applied: 7 });
    const explain = sitrep(["explain", FIXTURE, "Jafrah"]);
    expect(explain.code).toBe(0);
    expect(explain.stderr).toBe(note);
    expect(explain.stdout).toMatch(/^al-Jafrah at 2017-09-30T23:59:59\.999\+03:00: /);
  });
});

describe("sitrep scenarios, validate, play", () => {
  it("scenarios lists the built-in ones and those of --dir", () => {
    const r = sitrep(["scenarios", "--dir", FIXTURES]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /fixture-siege\s+Fixture: the relief of Deir ez-Zor \(test scenario\)\s+2017-08-01 to 2017-09-30, 7 events/,
    );
    const { doc } = sitrepJson<{ scenarios: { id: string; events: number; builtIn: boolean }[] }>([
      "scenarios",
      "--dir",
      FIXTURES,
      "--json",
    ]);
    expect(doc.scenarios).toContainEqual(expect.objectContaining({ id: "fixture-siege", events: 7, builtIn: false }));
  });

  it("a scenario of --dir can be named by id", () => {
    expect(sitrep(["state", "fixture-siege", "--dir", FIXTURES, "--at", "2017-09-05"]).code).toBe(0);
  });

  it("validate says ok for a good file, and checks quotes against --sources", () => {
    const ok = sitrep(["validate", FIXTURE, "--sources", `${FIXTURES}/sources`]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/ok, scenario 'fixture-siege' with 7 events, every quote found/);
    const bad = sitrep(["validate", `${FIXTURES}/misquoted.json`, "--sources", `${FIXTURES}/sources`]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /misquoted\.json:\d+:\d+: at events\[0\]\.source\.quote: the quote is not in document 'fixture-doc' word for word/,
    );
  });

  it("validate reports every problem of a malformed file, one per line, and what it could not check", () => {
    const r = sitrep(["validate", `${FIXTURES}/invalid-scenario.json`]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(6);
    // The unknown place of events[2] is found although events[3] and events[5] fail the schema.
    expect(lines[0]).toMatch(/invalid-scenario\.json:\d+:\d+: at events\[2\]\.place: unknown place 'fx-wadj'/);
    expect(lines[1]).toMatch(
      /invalid-scenario\.json:\d+:\d+: at events\[3\]\.time\.date: 'date' is "2017-02-31", a day no calendar has: expected a calendar date YYYY-MM-DD/,
    );
    expect(r.stderr).not.toMatch(/Invalid ISO date/);
    expect(lines[2]).toMatch(/invalid-scenario\.json:\d+:\d+: at events\[5\]\.type: unknown or missing event type/);
    expect(lines[3]).toBe(
      "sitrep: rules not checked from events[2] on (5 of 7 events): 1 event names something not in the catalogue (events[2]); 2 events failed the schema (events[3], events[5]); the state after events[2] depends on what it would have done",
    );
    expect(lines[4]).toBe("sitrep: quotes and time wordings not checked for the 2 events that failed the schema");
    expect(lines[5]).toBe("sitrep: 3 problems in test/cli/fixtures/invalid-scenario.json");
    const { doc } = sitrepJson<{ ok: boolean; problems: unknown[]; unchecked: string[] }>([
      "validate",
      `${FIXTURES}/invalid-scenario.json`,
      "--json",
    ]);
    expect(doc.ok).toBe(false);
    expect(doc.problems).toHaveLength(3);
    expect(doc.unchecked).toHaveLength(2);
  });

  it("validate reports schema, reference, rule, quote, wording and span findings in one run", () => {
    const r = sitrep(["validate", `${FIXTURES}/many-problems.json`, "--sources", `${FIXTURES}/sources`]);
    expect(r.code).toBe(2);
    const at = (path: string) => r.stderr.split("\n").filter((l) => l.includes(` at ${path}: `));
    expect(at("events[1].source.quote")).toEqual([
      expect.stringMatching(/not in document 'fixture-doc' word for word/),
    ]);
    expect(at("events[3]")).toEqual([expect.stringMatching(/breaks rule 'already-controlled'/)]);
    expect(at("events[4].actor")).toEqual([expect.stringMatching(/unknown actor 'syrian-armee'/)]);
    expect(at("events[5].time.date")).toEqual([expect.stringMatching(/'date' is "2017-09-31", a day no calendar has/)]);
    expect(at("events[0].time.text")).toEqual([
      expect.stringMatching(
        /\d+:\d+: warning: at events\[0\]\.time\.text: the time's wording "on 2 Aug\." is not in document/,
      ),
    ]);
    expect(at("events[8].time")).toEqual([
      expect.stringMatching(
        /warning: .*'fx-clashes-late' \("on 4 August", 2017-10-04\) lies after the scenario's span/,
      ),
    ]);
    expect(r.stderr).toMatch(/sitrep: rules not checked from events\[4\] on \(5 of 9 events\)/);
    expect(r.stderr).toMatch(/sitrep: 4 problems, 3 warnings in /);
  });

  it("validate passes a file with only warnings, unless --strict", () => {
    const ok = sitrep(["validate", FIXTURE, "--sources", `${FIXTURES}/sources`]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/every quote found, 1 warning$/m);
    expect(ok.stderr).toMatch(/warning: at events\[5\]\.time\.text: the time's wording "on 6 September"/);
    expect(sitrep(["validate", FIXTURE, "--sources", `${FIXTURES}/sources`, "--strict"]).code).toBe(2);
  });

  it("play gives a day-by-day account ending with the final state", () => {
    const r = sitrep(["play", FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /2017-08-05 {2}1 event \(place-captured\) · Wadi Fixture: Islamic State \(ISIL\) → Syrian government/,
    );
    expect(r.stdout).toMatch(/2017-09-05 {2}1 event \(siege-broken\) · Siege of Deir ez-Zor: active → broken/);
    expect(r.stdout).toMatch(/Final state \(2017-09-30, 7 events applied\)/);
    const { doc } = sitrepJson<{ days: { date: string; events: string[] }[]; final: { applied: number } }>([
      "play",
      FIXTURE,
      "--json",
    ]);
    expect(doc.days.map((d) => d.date)).toHaveLength(7);
    expect(doc.final.applied).toBe(7);
  });

  it("--help documents every command's options", () => {
    for (const [cmd, option] of [
      ["scenarios", "--dir"],
      ["timeline", "--place"],
      ["state", "--at"],
      ["diff", "--from"],
      ["history", "--json"],
      ["explain", "--at"],
      ["validate", "--sources"],
      ["play", "--speed"],
      ["repl", "--dir"],
      ["coverage", "--sources"],
      ["whatif", "--drop"],
      ["simulate", "--runs"],
      ["forecast", "--until"],
      ["backtest", "--origins"],
      ["chart", "--out"],
      ["map", "--html"],
      ["import ucdp", "--sides"],
      ["export", "--format"],
      ["crosscheck", "--within"],
    ] as const) {
      const r = sitrep([...cmd.split(" "), "--help"]);
      expect(r.code, cmd).toBe(0);
      expect(r.stdout, cmd).toContain(option);
    }
  });
});
