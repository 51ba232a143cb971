import { describe, expect, it } from "vitest";
import { Campaign } from "../../engine/campaign.js";
import { parseScenario } from "../../engine/scenario/load.js";
import type { Scenario } from "../../engine/scenario/scenario.js";
import { simulate } from "../../engine/sim/simulate.js";
import { branch } from "../../engine/whatif/builder.js";
import { compare } from "../../engine/whatif/compare.js";

const doc = "test-doc";
const ev = (id: string, date: string, body: object) => ({
  id,
  time: { text: date, date },
  source: { document: doc, quote: `${id} quote` },
  ...body,
});

/**
 * An encircled city whose last supply line runs over a bridge: the besiegers take the bridge,
 * which cuts the line and brings the city under their fire. Without the bridge, neither follows.
 */
function encircledCity(): Scenario {
  const r = parseScenario(
    JSON.stringify({
      id: "supply-cut-test",
      title: "An encircled city and its bridge",
      timeZone: "UTC",
      span: { start: "2015-05-01", end: "2015-05-31" },
      documents: [{ id: doc, title: "Test" }],
      catalogue: {
        sides: [
          { id: "govt", name: "Government" },
          { id: "rebels", name: "Rebels" },
        ],
        places: [
          { id: "river-city", name: "River City", aliases: [], kind: "city" },
          { id: "old-bridge", name: "Old Bridge", aliases: [], kind: "bridge" },
        ],
        actors: [
          { id: "army", name: "Army", aliases: [], kind: "armed-forces", side: "govt" },
          { id: "rebel-band", name: "Rebel Band", aliases: [], kind: "armed-group", side: "rebels" },
        ],
      },
      initial: [],
      events: [
        ev("held", "2015-05-01", { type: "control-reported", place: "river-city", actor: "army" }),
        ev("encircled", "2015-05-02", {
          type: "siege-imposed",
          siege: "river-city-siege",
          name: "Siege of River City",
          enclave: ["river-city"],
          besieger: "rebel-band",
          besieged: "army",
        }),
        ev("bridge-taken", "2015-05-10", { type: "place-captured", place: "old-bridge", actor: "rebel-band" }),
        ev("last-line-cut", "2015-05-10", {
          type: "siege-tightened",
          siege: "river-city-siege",
          actor: "rebel-band",
          route: "old-bridge",
          dependsOn: ["bridge-taken"],
        }),
        ev("under-fire", "2015-05-11", {
          type: "fire-control",
          place: "river-city",
          actor: "rebel-band",
          dependsOn: ["bridge-taken"],
        }),
      ],
    }),
    "supply-cut-test.json",
  );
  if (!r.success) throw new Error(r.problems.map((p) => p.message).join("\n"));
  return r.data;
}

const scenario = encircledCity();
const noBridge = branch("no-bridge").from(scenario).drop("bridge-taken").build();

describe("the encircled city's history", () => {
  it("holds the siege laid around it and the cut of its last supply line, though neither changes who holds it", () => {
    const h = Campaign.of(scenario).history("River City");
    expect(h.map((e) => [e.event.id, e.sieges[0]?.change ?? null, e.sieges[0]?.supply ?? null])).toEqual([
      ["held", null, null],
      ["encircled", "imposed", "open"],
      ["last-line-cut", "tightened", "cut"],
      ["under-fire", null, null],
    ]);
  });
});

describe("what if the besiegers had not taken the bridge that carried the last supply line", () => {
  it("compare sees the siege's supply cut in the base and open in the branch, though its status is the same", () => {
    const c = compare(scenario, noBridge);
    expect(c.sieges).toEqual([
      { id: "river-city-siege", base: "active", branch: "active", supply: { base: "cut", branch: "open" } },
    ]);
  });

  it("compare sees the fire control over the city in the base and none in the branch", () => {
    expect(compare(scenario, noBridge).fireControl).toEqual([{ place: "river-city", base: "rebels", branch: null }]);
  });

  it("simulate measures the siege's supply and the fire control of each history", async () => {
    const options = { runs: 4, seed: "bridge", workers: 0 } as const;
    const base = await simulate(scenario, options);
    const what = await simulate({ scenario, branch: noBridge }, options);
    const end = scenario.span.end;
    expect(base.supply["river-city-siege"]?.[end]).toEqual({ cut: 1 });
    expect(what.supply["river-city-siege"]?.[end]).toEqual({ open: 1 });
    expect(base.fireControl["river-city"]?.[end]).toEqual({ rebels: 1 });
    expect(what.fireControl["river-city"]).toBeUndefined();
    expect(base.sieges["river-city-siege"]?.[end]).toEqual(what.sieges["river-city-siege"]?.[end]);
  });
});
