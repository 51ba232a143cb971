import { describe, expect, it } from "vitest";
import { Ledger } from "../../engine/state/ledger.js";
import { place, siege, stateOn } from "../support/scenarios.js";

const ID = "anbar-2015";

describe("anbar-2015: the fall of Ramadi (dated from UCDP GED rows 197065 and 197075)", () => {
  it("Ramadi is held by the Iraqi government when the scenario opens, 2015-05-13", () => {
    const ramadi = place(stateOn(ID, "2015-05-13"), "ramadi");
    expect(ramadi.controller).toBe("iraqi-government");
    expect(ramadi.contested).toBe(false);
  });

  it("Ramadi is fought over but still government-held on 2015-05-16", () => {
    const ramadi = place(stateOn(ID, "2015-05-16"), "ramadi");
    expect(ramadi.controller).toBe("iraqi-government");
    expect(ramadi.contested).toBe(true);
  });

  it("Ramadi falls to ISIL on 2015-05-17", () => {
    const ramadi = place(stateOn(ID, "2015-05-17"), "ramadi");
    expect(ramadi.controller).toBe("isil");
    expect(ramadi.byEvent).toBe("an-ramadi-falls");
    expect(ramadi.since).toBe("2015-05-17T00:00:00.000+03:00");
  });

  it("Ramadi is still held by ISIL after the offensive is launched, 2015-05-27", () => {
    const ramadi = place(stateOn(ID, "2015-05-27"), "ramadi");
    expect(ramadi.controller).toBe("isil");
    expect(ramadi.heldBy).toEqual(["iraqi-government", "isil"]);
  });
});

describe("anbar-2015: the offensive launched on Tuesday 26 May 2015", () => {
  it("no offensive is under way on 2015-05-25", () => {
    expect(Ledger.get(stateOn(ID, "2015-05-25").operations, "anbar-offensive-2015")).toBeUndefined();
  });

  it("the Iraqi army's offensive for Ramadi, Anbar, Salahuddin and Baiji is active on 2015-05-26", () => {
    const op = Ledger.get(stateOn(ID, "2015-05-26").operations, "anbar-offensive-2015");
    expect(op).toMatchObject({ status: "active", side: "iraqi-government", actor: "iraqi-army", kind: "ground" });
    expect(op?.objectives).toEqual(["ramadi", "anbar-province", "salahuddin-province", "baiji-oil-refinery"]);
    expect(op?.name).toBe("offensive named after the Shia spiritual leader Hussein");
  });

  it("Ramadi, surrounded on three sides as claimed, is invested with its supply open on 2015-05-26", () => {
    const s = siege(stateOn(ID, "2015-05-26"), "ramadi-2015");
    expect(s).toMatchObject({ status: "active", supply: "open", besieger: "iraqi-government", besieged: "isil" });
    expect(s.enclave).toEqual(["ramadi"]);
  });

  it("government troops stand at the Baiji refinery (distance 0) by 2015-05-26, per Shafaq", () => {
    const front = place(stateOn(ID, "2015-05-26"), "baiji-oil-refinery").fronts["iraqi-government"];
    expect(front?.distanceKm).toMatchObject({ low: 0, best: 0, high: 0 });
    expect(place(stateOn(ID, "2015-05-16"), "baiji-oil-refinery").fronts["iraqi-government"]).toBeUndefined();
  });

  it("some 1,000 tribal fighters assist at the Baiji refinery by 2015-05-26", () => {
    const s = stateOn(ID, "2015-05-26");
    expect(Ledger.get(s.deployments, "iraqi-sunni-tribal-fighters")?.to).toBe("baiji-oil-refinery");
    expect(Ledger.get(s.deployments, "salahuddin-volunteers")).toBeDefined();
  });
});

describe("anbar-2015: displacement as of 26 May 2015", () => {
  it("around 55,000 people have fled Ramadi since its fall, per the UN (2015-05-26)", () => {
    const fled = Ledger.get(stateOn(ID, "2015-05-26").displacement, "ramadi>->fled");
    expect(fled?.people).toEqual({ low: 52500, best: 55000, high: 57500, text: "around 55,000" });
    expect(fled?.from).toBe("ramadi");
    expect(fled?.to).toBeNull();
  });

  it("more than 1.7 million refugees are resident in the Kurdistan Region on 2015-05-26", () => {
    const resident = Ledger.get(stateOn(ID, "2015-05-26").displacement, "->kurdistan-region>resident");
    expect(resident?.people).toEqual({ low: 1700000, best: 1700000, high: null, text: "more than 1.7 million" });
  });

  it("a further 500,000 people from Anbar seek safe passage to the Kurdistan Region on 2015-05-26", () => {
    const seeking = Ledger.get(
      stateOn(ID, "2015-05-26").displacement,
      "anbar-province>kurdistan-region>seeking-passage",
    );
    expect(seeking?.people).toMatchObject({ low: 500000, best: 500000, high: 500000 });
    expect(seeking?.status).toBe("seeking-passage");
  });

  it("no displacement figure is known before Ramadi falls, 2015-05-16", () => {
    expect(Ledger.size(stateOn(ID, "2015-05-16").displacement)).toBe(0);
  });
});
