import { describe, expect, it } from "vitest";
import { Campaign } from "../../engine/campaign.js";
import { parseScenario } from "../../engine/scenario/load.js";
import { ScenarioLoadError } from "../../engine/scenario/problems.js";
import type { Scenario } from "../../engine/scenario/scenario.js";
import { mergeScenarios } from "../../engine/scenario/theatre.js";
import { Ledger } from "../../engine/state/ledger.js";

const src = (document: string) => ({ document, quote: `a quote of ${document}` });
const siege = (id: string, document: string) => ({
  id,
  type: "siege-imposed",
  time: { text: "for years", by: "2016-12-31", notBefore: "2015-01-01" },
  siege: "dz",
  name: "Siege of Deir ez-Zor",
  enclave: ["deir-ez-zor"],
  besieger: "isil",
  besieged: "syrian-army",
  source: src(document),
});

function scenario(body: object): Scenario {
  const r = parseScenario(JSON.stringify({ timeZone: "Asia/Damascus", ...body }), "theatre-test.json");
  if (!r.success) throw new Error(r.problems.map((p) => p.message).join("\n"));
  return r.data;
}

const january = scenario({
  id: "january",
  title: "January",
  span: { start: "2017-01-01", end: "2017-01-31" },
  documents: [{ id: "doc-a", title: "A" }],
  initial: [siege("a-siege", "doc-a")],
  events: [
    {
      id: "a-cut",
      type: "siege-tightened",
      siege: "dz",
      actor: "isil",
      time: { text: "16 January", date: "2017-01-16" },
      source: src("doc-a"),
    },
  ],
});
const september = scenario({
  id: "september",
  title: "September",
  span: { start: "2017-09-01", end: "2017-09-30" },
  documents: [{ id: "doc-b", title: "B" }],
  initial: [
    siege("b-siege", "doc-b"),
    {
      id: "b-held",
      type: "control-reported",
      place: "raqqa",
      actor: "isil",
      time: { text: "before", by: "2017-08-31", notBefore: "2017-01-01" },
      source: src("doc-b"),
    },
  ],
  events: [
    {
      id: "b-break",
      type: "siege-broken",
      siege: "dz",
      actor: "syrian-army",
      time: { text: "5 September", date: "2017-09-05" },
      source: src("doc-b"),
    },
  ],
});

describe("a theatre of scenarios that share places", () => {
  it("replays both in time order, the later one's initial facts applied when it starts", () => {
    const t = mergeScenarios([september, january], { id: "dz-2017" });
    expect(t.parts).toEqual(["january", "september"]);
    expect(t.scenario.events.map((e) => e.id)).toEqual(["a-cut", "b-held", "b-break"]);
    const c = Campaign.of(t.scenario);
    expect(Ledger.get(c.at("2017-02-01").state.sieges, "dz")).toMatchObject({ status: "active", supply: "cut" });
    expect(c.place("raqqa", "2017-08-01").controller).toBeNull();
    expect(c.place("raqqa", "2017-09-01").controller).toBe("isil");
    expect(Ledger.get(c.at("2017-09-06").state.sieges, "dz")?.status).toBe("broken");
    expect(t.scenario.span).toEqual({ start: january.span.start, end: september.span.end });
  });

  it("leaves out a later initial fact the timeline already holds, and says so", () => {
    const t = mergeScenarios([january, september]);
    expect(t.mergedAway.map((m) => [m.scenario, m.event.id])).toEqual([["september", "b-siege"]]);
    expect(t.mergedAway[0]?.reason).toMatch(
      /siege 'dz' already exists \(active since 2015-01-01.*last changed by 'a-cut'\): the timeline already holds it/,
    );
  });

  it("refuses scenarios whose event ids clash", () => {
    const clash = scenario({
      id: "clash",
      title: "Clash",
      span: { start: "2017-03-01", end: "2017-03-31" },
      documents: [{ id: "doc-c", title: "C" }],
      events: [
        {
          id: "a-cut",
          type: "place-captured",
          place: "raqqa",
          actor: "sdf",
          time: { text: "1 March", date: "2017-03-01" },
          source: src("doc-c"),
        },
      ],
    });
    expect(() => mergeScenarios([january, clash])).toThrow(ScenarioLoadError);
    expect(() => mergeScenarios([january, clash])).toThrow(/'a-cut' is used by both 'january' and 'clash'/);
  });
});
