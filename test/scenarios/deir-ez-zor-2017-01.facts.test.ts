import { describe, expect, it } from "vitest";
import { Campaign } from "../../engine/campaign.js";
import { Ledger } from "../../engine/state/ledger.js";
import { bestShares, builtIn, place, siege, stateOn } from "../support/scenarios.js";

const ID = "deir-ez-zor-2017-01";

describe("deir-ez-zor-2017-01: control and sieges", () => {
  it("ISIL holds about 60% of Deir ez-Zor and the government the rest on 2016-12-30", () => {
    const city = place(stateOn(ID, "2016-12-30"), "deir-ez-zor");
    expect(bestShares(city)).toEqual({ isil: 0.6, "syrian-government": 0.4 });
    expect(city.shares?.isil).toEqual({ low: 0.55, best: 0.6, high: 0.65, text: "about 60%" });
    expect(Campaign.of(builtIn(ID).scenario).explain("Deir ez-Zor", "2017-01-20").summary).toMatch(
      /^Deir ez-Zor has been divided \(Islamic State \(ISIL\) 60% \("about 60%"\), Syrian government 40% \("the rest: /,
    );
    expect(city.controller).toBe("isil");
    expect(city.contested).toBe(true);
  });

  it("the government holds the military airport and the 137th Brigade base on 2017-01-23", () => {
    const s = stateOn(ID, "2017-01-23");
    expect(place(s, "deir-ez-zor-airport").controller).toBe("syrian-government");
    expect(place(s, "brigade-137-base").controller).toBe("syrian-government");
  });

  it("Raqqa is ISIL's stronghold on 2017-01-23", () => {
    expect(place(stateOn(ID, "2017-01-23"), "raqqa").controller).toBe("isil");
  });

  it("the airport siege's supply is open before ISIS cuts the line, 2017-01-15", () => {
    const s = siege(stateOn(ID, "2017-01-15"), "deir-ez-zor-airport");
    expect(s).toMatchObject({ status: "active", supply: "open", besieger: "isil", besieged: "syrian-government" });
  });

  it("the airport siege's supply is cut from 2017-01-16 and still on 2017-02-08", () => {
    for (const day of ["2017-01-16", "2017-02-08"]) {
      const s = siege(stateOn(ID, day), "deir-ez-zor-airport");
      expect(s.status).toBe("active");
      expect(s.supply).toBe("cut");
      expect(s.lifecycle.context.cutRoutes).toEqual(["deir-ez-zor"]);
    }
  });

  it("the government's supply route to the airport is cut on 2017-01-16, not on 2017-01-15", () => {
    expect(Ledger.get(stateOn(ID, "2017-01-15").supplyRoutes, "syrian-government@deir-ez-zor-airport")).toBeUndefined();
    expect(Ledger.get(stateOn(ID, "2017-01-16").supplyRoutes, "syrian-government@deir-ez-zor-airport")?.status).toBe(
      "cut",
    );
  });

  it("the city siege stays active with its supply open on 2017-01-23", () => {
    const s = siege(stateOn(ID, "2017-01-23"), "deir-ez-zor-city");
    expect(s).toMatchObject({ status: "active", supply: "open", besieger: "isil", besieged: "syrian-government" });
    expect(s.since).toBe("2015-01-01T00:00:00.000+02:00");
  });

  it("ISIL's share of Deir ez-Zor is about 60% (55-65%) on 2017-01-23, not yet given on 2017-01-22", () => {
    expect(Ledger.get(stateOn(ID, "2017-01-22").territory, "isil@deir-ez-zor")).toBeUndefined();
    const t = Ledger.get(stateOn(ID, "2017-01-23").territory, "isil@deir-ez-zor");
    expect(t?.share).toEqual({ low: 0.55, best: 0.6, high: 0.65, text: "about 60%" });
  });
});

describe("deir-ez-zor-2017-01: fighting", () => {
  it("no ISIL offensive is under way on 2017-01-13", () => {
    expect(Ledger.get(stateOn(ID, "2017-01-13").operations, "isil-deir-ez-zor-2017-01")).toBeUndefined();
  });

  it("ISIL's escalation in Deir ez-Zor is active from 2017-01-14", () => {
    const op = Ledger.get(stateOn(ID, "2017-01-14").operations, "isil-deir-ez-zor-2017-01");
    expect(op).toMatchObject({ status: "active", side: "isil", objectives: ["deir-ez-zor", "deir-ez-zor-airport"] });
  });

  it("the coalition lands forces on 2017-01-08, and 25 ISIS militants are killed by some estimates", () => {
    expect(stateOn(ID, "2017-01-07").casualties.isil).toBeUndefined();
    const s = stateOn(ID, "2017-01-08");
    expect(s.activity["us-led-coalition"]?.landings).toBe(1);
    expect(Ledger.get(s.casualties.isil, "some estimates")?.killed).toMatchObject({ low: 25, best: 25, high: 25 });
  });

  it("the Barada Valley is contested between the government and the opposition on 2017-01-23, not on 2017-01-22", () => {
    expect(place(stateOn(ID, "2017-01-22"), "barada-valley").contested).toBe(false);
    expect(place(stateOn(ID, "2017-01-23"), "barada-valley").contested).toBe(true);
  });
});

describe("deir-ez-zor-2017-01: ceasefire and talks", () => {
  it("no ceasefire is recorded before 2016-12-30", () => {
    expect(Ledger.size(stateOn(ID, "2016-12-29").ceasefires)).toBe(0);
  });

  it("the ceasefire of 2016-12-30 excludes ISIL and Jabhat Fateh al-Sham", () => {
    const c = Ledger.get(stateOn(ID, "2016-12-30").ceasefires, "syria-ceasefire-2016-12-30");
    expect(c?.excludes).toEqual(["isil", "jabhat-fateh-al-sham"]);
    expect(c?.since).toBe("2016-12-30T00:00:00.000+02:00");
  });

  it("the Astana talks are scheduled for 2017-01-23 and the Geneva talks for 2017-02-08", () => {
    const talks = stateOn(ID, "2017-01-23").talks;
    expect(Ledger.get(talks, "astana-2017-01")).toMatchObject({
      status: "scheduled",
      venue: "astana",
      on: "2017-01-23",
    });
    expect(Ledger.get(talks, "geneva-2017-02")).toMatchObject({
      status: "scheduled",
      venue: "geneva",
      on: "2017-02-08",
    });
  });

  it("the talks are still only scheduled at the end of the span, 2017-02-08", () => {
    const talks = stateOn(ID, "2017-02-08").talks;
    expect(Ledger.values(talks).map((t) => t.status)).toEqual(["scheduled", "scheduled"]);
  });
});
