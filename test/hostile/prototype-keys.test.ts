import { afterEach, describe, expect, it } from "vitest";
import { Campaign } from "../../engine/campaign.js";
import { viewState } from "../../engine/query/view.js";
import { parseScenario } from "../../engine/scenario/load.js";
import type { Scenario } from "../../engine/scenario/scenario.js";
import { simulate } from "../../engine/sim/simulate.js";
import { Ledger } from "../../engine/state/ledger.js";
import { builtIn } from "../support/scenarios.js";

/** Names a prototype lookup would find on any plain object. */
const HOSTILE = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"] as const;
/** The one such name that is also a valid catalogue id. */
const CONSTRUCTOR: string = "constructor";

const doc = "test-doc";
const base = {
  id: "hostile-keys",
  title: "Hostile keys",
  timeZone: "UTC",
  span: { start: "2017-01-01", end: "2017-01-31" },
  documents: [{ id: doc, title: "A test document" }],
};

function scenario(json: object): Scenario {
  const r = parseScenario(JSON.stringify(json, null, 2), "hostile.json");
  if (!r.success) throw new Error(r.problems.map((p) => p.message).join("; "));
  return r.data;
}

/** Casualty reports, one per hostile claimant, each a different figure. */
function claims(): Scenario {
  return scenario({
    ...base,
    events: HOSTILE.map((claimant, i) => ({
      id: `claim-${i}`,
      type: "casualties",
      time: { text: "on 5 January", date: "2017-01-05" },
      source: { document: doc, quote: `${claimant} counts ${10 + i}`, attribution: claimant },
      figures: [{ actor: "isil", killed: { best: 10 + i, text: `${10 + i}` } }],
    })),
  });
}

const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const clean = protoKeys();

function expectPrototypesClean(): void {
  expect(protoKeys()).toEqual(clean);
  expect(Object.keys(Object)).toEqual([]);
  expect(({} as Record<string, unknown>)["2017-01-10"]).toBeUndefined();
}

describe("user-given names that are also names of Object.prototype", () => {
  afterEach(expectPrototypesClean);

  it("a simulation of claimants named __proto__, constructor, toString, ... keeps each claimant and leaves Object.prototype alone", async () => {
    const r = await simulate(claims(), { runs: 3, seed: "s", at: ["2017-01-10"], workers: 0 });
    expectPrototypesClean();
    const isil = r.casualties.isil;
    expect(isil).toBeDefined();
    for (const [i, claimant] of HOSTILE.entries()) {
      expect(Object.hasOwn(isil ?? {}, claimant), claimant).toBe(true);
      expect(isil?.[claimant]?.["2017-01-10"]?.p50, claimant).toBe(10 + i);
    }
    // A valid scenario still loads in the same process.
    expect(() => builtIn("central-syria-2017")).not.toThrow();
  });

  it("a choice and an alternative named after Object.prototype's members are counted under their names", async () => {
    const s = claims();
    const r = await simulate(s, {
      runs: 4,
      seed: "s",
      at: ["2017-01-10"],
      workers: 0,
      model: {
        quantities: "triangular",
        choices: [
          {
            id: "constructor",
            alternatives: [
              { name: "toString", weight: 1, edits: [] },
              { name: "valueOf", weight: 1, edits: [] },
            ],
          },
        ],
      },
    });
    expectPrototypesClean();
    expect(Object.keys(r.choices)).toEqual(["constructor"]);
    const shares = new Map(Object.entries(r.choices[CONSTRUCTOR] ?? {}));
    expect([...shares.keys()]).toEqual(["toString", "valueOf"]);
    expect((shares.get("toString") ?? 0) + (shares.get("valueOf") ?? 0)).toBe(1);
  });
});

describe("a catalogue side with the id 'constructor' (a valid id that names a member of Object.prototype)", () => {
  afterEach(expectPrototypesClean);

  const withSide = () =>
    scenario({
      ...base,
      catalogue: {
        sides: [{ id: "constructor", name: "Builders" }],
        actors: [{ id: "builder-brigade", name: "Builder Brigade", kind: "armed-group", side: "constructor" }],
        places: [],
      },
      events: [
        {
          id: "held",
          type: "control-reported",
          time: { text: "on 2 January", date: "2017-01-02" },
          source: { document: doc, quote: "the builders held Palmyra" },
          place: "palmyra",
          actor: "builder-brigade",
        },
        {
          id: "advance",
          type: "advance",
          time: { text: "on 3 January", date: "2017-01-03" },
          source: { document: doc, quote: "the builders came within 5 km of Sukhnah" },
          actor: "builder-brigade",
          objective: "sukhnah",
          within: { best: 5, text: "5 km" },
        },
        {
          id: "losses",
          type: "casualties",
          time: { text: "on 4 January", date: "2017-01-04" },
          source: { document: doc, quote: "12 builders were killed" },
          figures: [{ actor: "builder-brigade", killed: { best: 12, text: "12" } }],
        },
        {
          id: "taken",
          type: "place-captured",
          time: { text: "on 5 January", date: "2017-01-05" },
          source: { document: doc, quote: "ISIL took Palmyra from the builders" },
          place: "palmyra",
          actor: "isil",
          from: "constructor",
        },
      ],
    });

  it("loads, replays and reports its control, front and losses", async () => {
    const s = withSide();
    const c = Campaign.of(s);
    expect(c.place("palmyra", "2017-01-04").controller).toBe(CONSTRUCTOR);
    const state = c.at("2017-01-05").state;
    expect(state.refs.sides).toContain(CONSTRUCTOR);
    expect(Ledger.get(state.casualties[CONSTRUCTOR], doc)?.killed.best).toBe(12);
    const view = viewState(state, s.catalogue, Date.parse("2017-01-06"));
    expect(view.fronts.map((f) => f.side)).toEqual([CONSTRUCTOR]);
    expect(Object.keys(view.casualties)).toEqual([CONSTRUCTOR]);
    const r = await simulate(s, { runs: 2, seed: "s", at: ["2017-01-04", "2017-01-05"], workers: 0 });
    expect({ ...r.places.palmyra?.["2017-01-04"] }).toEqual({ constructor: 1 });
    expect({ ...r.places.palmyra?.["2017-01-05"] }).toEqual({ isil: 1 });
    expect(r.casualties[CONSTRUCTOR]?.[doc]?.["2017-01-05"]?.p50).toBe(12);
    expect(r.fronts.sukhnah?.[CONSTRUCTOR]?.["2017-01-04"]?.p50).toBe(5);
  });

  it("the ids '__proto__' and 'toString' are not ids (kebab-case): such a side is refused at its line, without a crash", () => {
    for (const id of ["__proto__", "toString"]) {
      const r = parseScenario(
        JSON.stringify({ ...base, catalogue: { sides: [{ id, name: "Odd" }] }, events: [] }, null, 2),
        "odd.json",
      );
      expect(r.success, id).toBe(false);
      if (!r.success)
        expect(
          r.problems.map((p) => p.path.join(".")),
          id,
        ).toEqual(["catalogue.sides.0.id"]);
    }
  });

  it("simulates the same in a worker thread as in this one (the state crosses the thread intact)", async () => {
    const options = { runs: 4, seed: "w", at: ["2017-01-04", "2017-01-05"] };
    const here = await simulate(withSide(), { ...options, workers: 0 });
    const there = await simulate(withSide(), { ...options, workers: 1 });
    expect(JSON.stringify(there)).toBe(JSON.stringify(here));
    expect(there.casualties[CONSTRUCTOR]?.[doc]?.["2017-01-05"]?.p50).toBe(12);
  });
});
