import { describe, expect, it } from "vitest";
import { Campaign, LookupError } from "../../engine/campaign.js";
import { fingerprint } from "../../engine/query/fingerprint.js";
import { restoreState } from "../../engine/query/restore.js";
import { parseScenario } from "../../engine/scenario/load.js";
import type { Scenario } from "../../engine/scenario/scenario.js";
import { Ledger } from "../../engine/state/ledger.js";
import { replay } from "../../engine/timeline/replay.js";
import { Timeline } from "../../engine/timeline/timeline.js";

const doc = "test-doc";
const ev = (id: string, time: object, body: object) => ({
  id,
  time,
  source: { document: doc, quote: `${id} quote`, attribution: "SOHR" },
  ...body,
});

// A catalogue of its own, so that additions to the shared one do not move the recorded fingerprint.
const catalogue = [
  {
    sides: [
      { id: "syrian-government", name: "Syrian government" },
      { id: "isil", name: "ISIL" },
      { id: "sdf", name: "SDF" },
    ],
    places: [
      { id: "deir-ez-zor", name: "Deir ez-Zor", aliases: ["Deir ez-Zour"], kind: "city" as const },
      { id: "raqqa", name: "Raqqa", aliases: ["al-Raqqah"], kind: "city" as const },
      { id: "mayadin", name: "Mayadin", aliases: [], kind: "city" as const },
    ],
    actors: [
      { id: "syrian-army", name: "Syrian Army", aliases: [], kind: "armed-forces" as const, side: "syrian-government" },
      {
        id: "syrian-government",
        name: "Syrian government",
        aliases: [],
        kind: "government" as const,
        side: "syrian-government",
      },
      { id: "isil", name: "ISIL", aliases: [], kind: "armed-group" as const, side: "isil" },
      { id: "sdf", name: "SDF", aliases: [], kind: "armed-group" as const, side: "sdf" },
    ],
  },
];

/** A scenario of September 2017 over the test catalogue, or the load's problems as an error. */
function scenarioOf(id: string, title: string, initial: readonly object[], events: readonly object[]): Scenario {
  const r = parseScenario(
    JSON.stringify({
      id,
      title,
      timeZone: "Asia/Damascus",
      span: { start: "2017-09-01", end: "2017-09-30" },
      documents: [{ id: doc, title: "Test" }],
      initial,
      events,
    }),
    `${id}.json`,
    { baseCatalogue: catalogue },
  );
  if (!r.success) throw new Error(r.problems.map((p) => p.message).join("\n"));
  return r.data;
}

/** Deir ez-Zor held by the army before the scenario opens. */
const armyHoldsDeirEzZor = ev(
  "held",
  { text: "before", by: "2017-08-31", notBefore: "2017-01-01" },
  { type: "control-reported", place: "deir-ez-zor", actor: "syrian-army" },
);

function fixture(): Scenario {
  return scenarioOf(
    "campaign-test",
    "Campaign test",
    [
      armyHoldsDeirEzZor,
      ev(
        "laid",
        { text: "for years", by: "2017-08-31", notBefore: "2014-01-01" },
        {
          type: "siege-imposed",
          siege: "dz",
          name: "Siege of Deir ez-Zor",
          enclave: ["deir-ez-zor"],
          besieger: "isil",
          besieged: "syrian-army",
        },
      ),
      ev(
        "isil-raqqa",
        { text: "before", by: "2017-08-31", notBefore: "2017-01-01" },
        { type: "control-reported", place: "raqqa", actor: "isil" },
      ),
    ],
    [
      ev(
        "near",
        { text: "3 September", date: "2017-09-03" },
        { type: "advance", actor: "syrian-army", objective: "deir-ez-zor", within: 3 },
      ),
      ev(
        "meet",
        { text: "at around 2 P.M.", at: "2017-09-05T14:00", approxMinutes: 60 },
        { type: "link-up", forces: ["syrian-army", "syrian-government"] },
      ),
      ev(
        "broken",
        { text: "at around 2 P.M.", at: "2017-09-05T14:00", approxMinutes: 60 },
        { type: "siege-broken", siege: "dz", actor: "syrian-army", dependsOn: ["meet"] },
      ),
      ev(
        "part",
        { text: "10 September", date: "2017-09-10" },
        { type: "place-captured", place: "raqqa", actor: "sdf", share: 0.2 },
      ),
      ev(
        "all",
        { text: "by 20 September", by: "2017-09-20", notBefore: "2017-09-12" },
        { type: "place-captured", place: "raqqa", actor: "sdf" },
      ),
    ],
  );
}

describe("a campaign at any moment", () => {
  const c = Campaign.of(fixture(), { snapshotEvery: 2 });

  it("before the first event is the initial state; after the last, the final one", () => {
    expect(c.at("2017-08-01").applied).toBe(0);
    expect(c.at("2017-08-01").state).toBe(c.scenario.initial);
    expect(fingerprint(c.at("2018-01-01").state)).toBe(fingerprint(replay(c.scenario.initial, c.scenario.events)));
  });

  it("applies an event from its earliest time and flags it uncertain until its latest", () => {
    expect(Ledger.get(c.at("2017-09-05T12:00").state.sieges, "dz")?.status).toBe("active");
    const during = c.view("2017-09-05T14:30");
    expect(during.sieges[0]).toMatchObject({ status: "broken", uncertain: true });
    expect(c.view("2017-09-05T16:00").sieges[0]).toMatchObject({ status: "broken", uncertain: false });
  });

  it("a 'by' date holds from its lower bound, uncertain until the day named", () => {
    const v = c.view("2017-09-15");
    expect(v.places.find((p) => p.id === "raqqa")).toMatchObject({
      controller: "sdf",
      uncertain: true,
      byEvent: "all",
    });
    expect(c.view("2017-09-21").places.find((p) => p.id === "raqqa")?.uncertain).toBe(false);
  });

  it("seeks by event id to the state just after that event", () => {
    expect(
      Object.entries(
        c.at({ event: "part" }).state.places[c.at({ event: "part" }).state.refs.placeIndex.raqqa as number]?.shares ??
          {},
      ).map(([s, q]) => [s, q.best]),
    ).toEqual([
      ["isil", 0.8],
      ["sdf", 0.2],
    ]);
    expect(() => c.at({ event: "nope" })).toThrow(LookupError);
  });

  it("accepts any alias of a place and suggests the closest names for a misspelt one", () => {
    expect(c.placeId("al-Raqqah")).toBe("raqqa");
    expect(c.placeId("Deir ez-Zour")).toBe("deir-ez-zor");
    expect(() => c.placeId("Deir ez Zoor")).toThrow(/did you mean 'Deir ez-Zor'/);
  });

  it("tells a place's history from its initial fact on, with the quotes behind it", () => {
    const h = c.history("Raqqa");
    expect(h.map((e) => [e.event.id, e.initial])).toEqual([
      ["isil-raqqa", true],
      ["part", false],
      ["all", false],
    ]);
    expect(h[1]?.fields.map((f) => f.field)).toContain("shares");
  });

  it("counts among a place's changes those of the sieges whose enclave holds it", () => {
    const h = c.history("Deir ez-Zor");
    expect(h.map((e) => [e.event.id, e.sieges.map((x) => x.change)])).toEqual([
      ["held", []],
      ["laid", ["imposed"]],
      ["near", []],
      ["broken", ["broken"]],
    ]);
    expect(h[1]?.sieges).toEqual([
      {
        id: "dz",
        name: "Siege of Deir ez-Zor",
        change: "imposed",
        status: "active",
        supply: "open",
      },
    ]);
    expect(h[1]?.fields).toEqual([]);
    expect(c.history("Raqqa").every((e) => e.sieges.length === 0)).toBe(true);
  });

  it("counts every siege one event ends around a place, not only the first", () => {
    const laid = (id: string, name: string, enclave: string[]) =>
      ev(
        id,
        { text: "for years", by: "2017-08-31", notBefore: "2014-01-01" },
        { type: "siege-imposed", siege: id, name, enclave, besieger: "isil", besieged: "syrian-army" },
      );
    const twoSieges = scenarioOf(
      "two-sieges",
      "Two sieges around one city",
      [armyHoldsDeirEzZor, laid("outer", "Outer ring", ["deir-ez-zor"]), laid("inner", "Inner ring", ["deir-ez-zor"])],
      [
        ev(
          "falls",
          { text: "9 September", date: "2017-09-09" },
          { type: "place-captured", place: "deir-ez-zor", actor: "isil" },
        ),
      ],
    );
    const falls = Campaign.of(twoSieges)
      .history("Deir ez-Zor")
      .find((e) => e.event.id === "falls");
    expect(falls?.sieges.map((x) => [x.id, x.change])).toEqual([
      ["inner", "fallen"],
      ["outer", "fallen"],
    ]);
  });

  it("explains who holds a place as a chain of events with quotes", () => {
    const e = c.explain("raqqa", "2017-09-11");
    expect(e.controller).toBe("isil");
    expect(e.chain.map((h) => h.event.id)).toEqual(["isil-raqqa", "part"]);
    expect(e.summary).toBe(
      'Raqqa has been divided (ISIL 80%, SDF 20%), and fought over, since 10 September 2017 ("10 September"; part, according to SOHR): "part quote".',
    );
    expect(c.explain("raqqa", "2017-09-21").summary).toBe(
      'Raqqa has been held by SDF since between 12 September and 20 September 2017 ("by 20 September"; all, according to SOHR): "all quote".',
    );
    expect(c.explain("raqqa", "2017-09-15").summary).toMatch(
      /^Raqqa has been held by SDF since .*: "all quote" — uncertain at this moment: the event may not have happened yet\.$/,
    );
  });

  it("diffs two moments by place and siege", () => {
    const d = c.diff("2017-09-04", "2017-09-06");
    expect(d.sieges.map((s) => [s.id, s.before?.status, s.after?.status])).toEqual([["dz", "active", "broken"]]);
    // The break reaches the enclave: the army's front to the city closes (its last distance kept).
    expect(d.places.map((p) => [p.id, p.fields.map((f) => f.field)])).toEqual([["deir-ez-zor", ["fronts"]]]);
    expect(d.applied).toEqual({ from: 1, to: 3 });
    expect(c.diff("2017-09-06", "2017-09-06")).toMatchObject({ places: [], sieges: [], other: {} });
  });
});

// The fingerprint of this fixture's final state. A change means the state's shape or the reducer's
// effects changed: if that was meant, record the new value; if not, it is a regression.
const RECORDED = "12af186522ac9c84f40bf0b5f2702b4c779e305ebb7d1d2a062dae4eb62a1d1b";

describe("the timeline", () => {
  const s = fixture();

  it("seeking any cut equals replaying that prefix, whatever the snapshot interval", () => {
    for (const every of [1, 2, 3, 100]) {
      const tl = Timeline.build(s.initial, s.events, { snapshotEvery: every });
      for (let k = 0; k <= s.events.length; k++) {
        expect(fingerprint(tl.stateAfter(k))).toBe(fingerprint(replay(s.initial, s.events.slice(0, k))));
      }
    }
  });

  it("refuses a cut outside the log and a bad interval", () => {
    const tl = Timeline.build(s.initial, s.events);
    expect(() => tl.stateAfter(99)).toThrow(RangeError);
    expect(() => Timeline.build(s.initial, s.events, { snapshotEvery: 0 })).toThrow(/snapshotEvery/);
  });

  it("a state survives a JSON round trip with its fingerprint, and replays on from it", () => {
    const mid = Timeline.build(s.initial, s.events).stateAfter(2);
    const copy = restoreState(JSON.parse(JSON.stringify(mid)));
    expect(fingerprint(copy)).toBe(fingerprint(mid));
    expect(fingerprint(replay(copy, s.events.slice(2)))).toBe(fingerprint(replay(s.initial, s.events)));
  });

  it("fingerprints are stable across runs (a recorded value)", () => {
    expect(fingerprint(replay(s.initial, s.events))).toBe(RECORDED);
    expect(fingerprint(replay(s.initial, s.events))).toBe(fingerprint(replay(fixture().initial, fixture().events)));
  });
});
