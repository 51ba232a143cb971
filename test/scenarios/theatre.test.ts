import { describe, expect, it } from "vitest";
import { Campaign } from "../../engine/campaign.js";
import { mergeScenarios } from "../../engine/scenario/theatre.js";
import { Ledger } from "../../engine/state/ledger.js";
import { bestShares, builtIn, place } from "../support/scenarios.js";

describe("the Deir ez-Zor theatre: deir-ez-zor-2017-01 followed by central-syria-2017", () => {
  const theatre = mergeScenarios([builtIn("central-syria-2017").scenario, builtIn("deir-ez-zor-2017-01").scenario], {
    id: "deir-ez-zor-2017",
  });
  const c = Campaign.of(theatre.scenario);

  it("orders the two scenarios in time and keeps every event of both", () => {
    expect(theatre.parts).toEqual(["deir-ez-zor-2017-01", "central-syria-2017"]);
    const both =
      builtIn("deir-ez-zor-2017-01").scenario.events.length + builtIn("central-syria-2017").scenario.events.length;
    const laterInitial = builtIn("central-syria-2017").scenario.initialEvents.length - theatre.mergedAway.length;
    expect(theatre.scenario.events).toHaveLength(both + laterInitial);
  });

  it("does not impose the sieges twice: the later text's sieges are already on the timeline", () => {
    expect(theatre.mergedAway.map((m) => m.event.id).sort()).toEqual([
      "cs-init-airport-siege",
      "cs-init-deir-ez-zor-city-siege",
    ]);
  });

  it("carries January's cut of the airport's supply line into the summer", () => {
    expect(Ledger.get(c.at("2017-01-10").state.sieges, "deir-ez-zor-airport")?.supply).toBe("open");
    expect(Ledger.get(c.at("2017-07-20").state.sieges, "deir-ez-zor-airport")?.supply).toBe("cut");
  });

  it("keeps the sources' disagreement about the city: 60% ISIL in January, the government's enclave in July", () => {
    expect(bestShares(place(c.at("2017-01-20").state, "deir-ez-zor"))).toEqual({ isil: 0.6, "syrian-government": 0.4 });
    expect(place(c.at("2017-07-20").state, "deir-ez-zor").controller).toBe("syrian-government");
  });

  it("breaks both sieges in September, as the later text says", () => {
    expect(Ledger.get(c.at("2017-09-04").state.sieges, "deir-ez-zor-city")?.status).toBe("active");
    expect(Ledger.get(c.at("2017-09-10").state.sieges, "deir-ez-zor-city")?.status).toBe("broken");
    expect(Ledger.get(c.at("2017-09-10").state.sieges, "deir-ez-zor-airport")?.status).toBe("broken");
  });
});
