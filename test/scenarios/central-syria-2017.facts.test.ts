import { describe, expect, it } from "vitest";
import { Ledger } from "../../engine/state/ledger.js";
import { place, siege, stateOn } from "../support/scenarios.js";

// Facts of the encyclopedia article "Central Syria campaign" (document 001_265e8942fcc8dd81),
// checked against the state the scenario replays. A date alone means the end of that day
// (Asia/Damascus); an event counts from the earliest moment its wording allows.
const ID = "central-syria-2017";
const DOC = "001_265e8942fcc8dd81";
const GOV = "syrian-government";
const ISIL = "isil";

const at = (when: string) => stateOn(ID, when);
const controller = (when: string, id: string) => place(at(when), id).controller;
const distance = (when: string, id: string, side = GOV) => place(at(when), id).fronts[side]?.distanceKm.best;
const killed = (when: string, side: string, claimant: string) =>
  Ledger.get(at(when).casualties[side], claimant)?.killed.best;

describe("central-syria-2017: Sukhnah", () => {
  it("Sukhnah: held by ISIL before the campaign (13 July)", () => {
    expect(controller("2017-07-13", "sukhnah")).toBe(ISIL);
  });
  it("Sukhnah: the army within 70 km of it on 14 July", () => {
    expect(distance("2017-07-13", "sukhnah")).toBeUndefined();
    expect(distance("2017-07-14", "sukhnah")).toBe(70);
  });
  it("Sukhnah: fire control imposed on the evening of 26 July, ISIL still holding it", () => {
    const p = place(at("2017-07-26"), "sukhnah");
    expect(p.fireControl?.side).toBe(GOV);
    expect(p.controller).toBe(ISIL);
    expect(place(at("2017-07-26T12:00"), "sukhnah").fireControl).toBeNull();
  });
  it("Sukhnah: on the night of 26 July SOHR's 5 km stands, the military sources' entry changes no control", () => {
    expect(distance("2017-07-26", "sukhnah")).toBe(5);
    expect(controller("2017-07-27", "sukhnah")).toBe(ISIL);
  });
  it("Sukhnah: the army 700 metres away on 2 August", () => {
    expect(distance("2017-08-02", "sukhnah")).toBe(0.7);
  });
  it("Sukhnah: 20% taken by the army on 3 August, ISIL holding the rest", () => {
    const p = place(at("2017-08-03"), "sukhnah");
    expect(p.shares?.[GOV]?.best).toBeCloseTo(0.2, 9);
    expect(p.shares?.[ISIL]?.best).toBeCloseTo(0.8, 9);
    expect(p.controller).toBe(ISIL);
    expect(p.contested).toBe(true);
  });
  it("Sukhnah: complete control by the army on 5 August", () => {
    const p = place(at("2017-08-05"), "sukhnah");
    expect(p.controller).toBe(GOV);
    expect(p.shares).toBeNull();
    expect(p.fireControl).toBeNull();
    expect(controller("2017-08-04", "sukhnah")).toBe(ISIL);
  });
});

describe("central-syria-2017: Raqqa province and the Euphrates", () => {
  it("Resafa: the army advanced between 30 and 35 km east of it on 21 July, with no distance left given", () => {
    expect(Ledger.get(at("2017-07-20").advances, "cs-0721-east-of-resafa")).toBeUndefined();
    expect(Ledger.get(at("2017-07-21").advances, "cs-0721-east-of-resafa")).toMatchObject({
      side: GOV,
      gainedKm: { low: 30, best: 32.5, high: 35, text: "between 30 and 35 kilometers" },
      from: "resafa",
      direction: "east",
    });
  });
  it("Raqqa province: ISIL's control down to 10 percent on 25 July", () => {
    expect(Ledger.get(at("2017-07-24").territory, "isil@raqqa-governorate")).toBeUndefined();
    expect(Ledger.get(at("2017-07-25").territory, "isil@raqqa-governorate")?.share?.best).toBe(0.1);
  });
  it("Deir ez-Zor provincial border: 6 km away by the end of 25 July, crossed on 27 July", () => {
    expect(distance("2017-07-25T12:00", "deir-ez-zor-governorate")).toBe(9);
    expect(distance("2017-07-25", "deir-ez-zor-governorate")).toBe(6);
    expect(distance("2017-07-27", "deir-ez-zor-governorate")).toBe(0);
  });
  it("Maadan: 6 km on 25 July, 4 km on 27 July, pushed back to 30 km on 24 August", () => {
    expect(distance("2017-07-25", "maadan")).toBe(6);
    expect(distance("2017-07-27", "maadan")).toBe(4);
    expect(distance("2017-08-24", "maadan")).toBe(30);
  });
  it("Maadan: held by ISIL until the advance of 14-23 September, taken by 23 September", () => {
    expect(controller("2017-09-13", "maadan")).toBe(ISIL);
    expect(controller("2017-09-23", "maadan")).toBe(GOV);
  });
  it("Ghan al-Ali: supply line cut late on 29 July, reopened on 30 July", () => {
    expect(Ledger.get(at("2017-07-29T12:00").supplyRoutes, "syrian-government@ghan-al-ali")).toBeUndefined();
    expect(Ledger.get(at("2017-07-29").supplyRoutes, "syrian-government@ghan-al-ali")?.status).toBe("cut");
    expect(Ledger.get(at("2017-07-30").supplyRoutes, "syrian-government@ghan-al-ali")?.status).toBe("secured");
  });
  it("Ghan al-Ali: captured by the army on 30 July", () => {
    expect(controller("2017-07-29", "ghan-al-ali")).not.toBe(GOV);
    expect(controller("2017-07-30", "ghan-al-ali")).toBe(GOV);
  });
  it("Villages west of Maadan: lost on 24 August, retaken by the Tiger Forces on 26 August, lost again on 29 August", () => {
    expect(controller("2017-08-24", "villages-west-of-maadan")).toBe(ISIL);
    const p = place(at("2017-08-26"), "villages-west-of-maadan");
    expect(p.controller).toBe(GOV);
    expect(p.holder).toBe("tiger-forces");
    expect(controller("2017-08-29", "villages-west-of-maadan")).toBe(ISIL);
  });
  it("Tiger Forces: redeployed from Raqqa province to eastern Hama on 29 July", () => {
    expect(Ledger.get(at("2017-07-29").deployments, "tiger-forces")?.to).toBe("eastern-hama");
  });
  it("Southeast Raqqa offensive: suspended by the Tiger Forces on 17 August", () => {
    expect(Ledger.get(at("2017-08-16").operations, "southern-raqqa-offensive")?.status).toBe("active");
    expect(Ledger.get(at("2017-08-17").operations, "southern-raqqa-offensive")?.status).toBe("suspended");
  });
});

describe("central-syria-2017: losses and people", () => {
  it("Hamimah, 16 July: a dozen soldiers killed and 28 injured or captured (the text's own count)", () => {
    expect(killed("2017-07-15", GOV, DOC)).toBeUndefined();
    const tally = Ledger.get(at("2017-07-16").casualties[GOV], DOC);
    // Two reports by the end of 16 July: Hamimah's, and the "by 19 July" toll, which may start then.
    expect(tally?.reports).toBe(2);
    expect(tally?.lastEvent).toBe("cs-0719-casualties");
    expect(tally?.captured.high).toBe(28);
    expect(tally?.wounded.high).toBe(28);
  });
  it("By 19 July: 40 pro-government fighters and 29 militants dead, added to the text's count", () => {
    expect(killed("2017-07-19", GOV, DOC)).toBe(52);
    expect(killed("2017-07-19", ISIL, DOC)).toBe(29);
  });
  it("Ghan al-Ali, late 29 July: 43 soldiers killed and 65 wounded", () => {
    expect(killed("2017-07-29", GOV, DOC)).toBe(95);
    expect(Ledger.get(at("2017-07-29").casualties[GOV], DOC)?.wounded.low).toBe(65);
  });
  it("9 August: the army claims 80+ ISIL dead and 22 soldiers lost, SOHR 32 soldiers and at least 35 ISIL", () => {
    expect(killed("2017-08-09", ISIL, "Syrian Army")).toBe(81);
    expect(killed("2017-08-09", GOV, "Syrian Army")).toBe(22);
    expect(killed("2017-08-09", GOV, "SOHR")).toBe(32);
    expect(killed("2017-08-09", ISIL, "SOHR")).toBe(35);
  });
  it("3 September: SOHR's 120+ ISIL and 35 pro-government dead in 24 hours added to its count", () => {
    expect(killed("2017-09-03", ISIL, "SOHR")).toBe(156);
    expect(killed("2017-09-03", GOV, "SOHR")).toBe(67);
    // "at least 35" and "over 120" set floors, not ceilings: SOHR's ISIL count stays open above.
    expect(Ledger.get(at("2017-09-03").casualties[ISIL], "SOHR")?.killed).toMatchObject({ low: 156, high: null });
    expect(Ledger.get(at("2017-09-03").casualties[GOV], "SOHR")?.killed.high).toBe(67);
  });
  it("28 September - 12 October: 569 killed, 271 pro-government and 298 ISIL", () => {
    const s = at("2017-10-12");
    expect(Ledger.get(s.casualties[ISIL], DOC)?.killed.best).toBe(29 + 25 + 298);
    expect(Ledger.get(s.casualties[GOV], DOC)?.lastEvent).toBe("cs-0928-homs-desert-casualties");
  });
  it("Khaled Al-Khatib: killed by ISIL on 30 July", () => {
    expect(Ledger.get(at("2017-07-29").people, "khaled-al-khatib")).toBeUndefined();
    expect(Ledger.get(at("2017-07-30").people, "khaled-al-khatib")?.fate).toBe("killed");
  });
  it("Mohsen Hojaji: captured near al-Tanf on 7 August and executed by ISIL", () => {
    expect(Ledger.get(at("2017-08-06").people, "mohsen-hojaji")).toBeUndefined();
    const p = Ledger.get(at("2017-08-07").people, "mohsen-hojaji");
    expect(p?.fate).toBe("executed");
    expect(p?.by).toBe(ISIL);
  });
  it("Abu Saraqah Al-Trablosi: killed by the Syrian Army on 3 September", () => {
    expect(Ledger.get(at("2017-09-03").people, "abu-saraqah-al-trablosi")?.fate).toBe("killed");
    expect(Ledger.get(at("2017-09-03").people, "abu-saraqah-al-trablosi")?.by).toBe("syrian-army");
  });
  it("al-Qaryatayn, 21 October: 67 bodies found, SOHR's 128 killed kept apart", () => {
    expect(Ledger.get(at("2017-10-20").civilianDeaths, DOC)).toBeUndefined();
    expect(Ledger.get(at("2017-10-21").civilianDeaths, DOC)?.killed.best).toBe(67);
    expect(Ledger.get(at("2017-10-21").civilianDeaths, "SOHR")?.killed.best).toBe(128);
  });
});

describe("central-syria-2017: the pockets of central Syria", () => {
  it("Humaymah: ISIL's on 16 July, two thirds taken by 21 August, completely secured on 21 August", () => {
    expect(controller("2017-07-16", "hamimah")).toBe(ISIL);
    expect(place(at("2017-08-20"), "hamimah").shares?.[GOV]?.best).toBeCloseTo(0.67, 9);
    const p = place(at("2017-08-21"), "hamimah");
    expect(p.controller).toBe(GOV);
    expect(p.shares).toBeNull();
  });
  it("Eastern Hama-Homs pocket: ISIL encircled among 50 to 100 villages on 18 August", () => {
    expect(Ledger.get(at("2017-08-17").pockets, "eastern-hama-homs-pocket")).toBeUndefined();
    const pocket = Ledger.get(at("2017-08-18").pockets, "eastern-hama-homs-pocket");
    expect(pocket?.status).toBe("formed");
    expect(pocket?.settlements?.low).toBe(50);
    expect(pocket?.settlements?.high).toBe(100);
  });
  it("Second pocket: formed on 23-24 August, cleared on 26 August with 2,000 km2", () => {
    expect(Ledger.get(at("2017-08-24").pockets, "sukhnah-shaer-pocket")?.status).toBe("formed");
    const pocket = Ledger.get(at("2017-08-26").pockets, "sukhnah-shaer-pocket");
    expect(pocket?.status).toBe("cleared");
    expect(pocket?.clearedAreaKm2?.best).toBe(2000);
  });
  it("Ithriyah-Salamiyah road: cut on the evening of 23 August, held again on 25 August", () => {
    expect(Ledger.get(at("2017-08-23").supplyRoutes, "syrian-government@ithriyah-salamiyah-road")?.status).toBe("cut");
    expect(Ledger.get(at("2017-08-25").supplyRoutes, "syrian-government@ithriyah-salamiyah-road")?.status).toBe(
      "secured",
    );
  });
  it("Checkpoints south of the road: both lost on 23 August, one retaken afterwards", () => {
    expect(controller("2017-08-23T12:00", "ithriyah-salamiyah-checkpoint-1")).toBe(GOV);
    expect(controller("2017-08-23", "ithriyah-salamiyah-checkpoint-1")).toBe(ISIL);
    expect(controller("2017-08-24", "ithriyah-salamiyah-checkpoint-1")).toBe(GOV);
    expect(controller("2017-10-21", "ithriyah-salamiyah-checkpoint-2")).toBe(ISIL);
  });
  it("Uqayribat: 9 km away on 25 August", () => {
    expect(distance("2017-08-25", "uqayribat")).toBe(9);
  });
  it("Uqayribat: ISIL's until 31 August, taken 1 September (SOHR), mostly ISIL's again 2 September, retaken 3 September", () => {
    expect(controller("2017-08-31", "uqayribat")).toBe(ISIL);
    expect(controller("2017-09-01", "uqayribat")).toBe(GOV);
    const p = place(at("2017-09-02"), "uqayribat");
    expect(p.controller).toBe(ISIL);
    expect(p.shares?.[ISIL]?.best).toBeGreaterThan(0.5);
    expect(controller("2017-09-03", "uqayribat")).toBe(GOV);
  });
  it("Qualib al-Thor: 1 km away once the power plant fell, captured on 14 September", () => {
    expect(distance("2017-09-13", "qualib-al-thor")).toBe(1);
    expect(controller("2017-09-13", "qualib-al-thor")).toBe(ISIL);
    expect(controller("2017-09-14", "qualib-al-thor")).toBe(GOV);
  });
  it("Abu Al-Tababir: taken by ISIL on 15 September", () => {
    expect(controller("2017-09-15", "abu-al-tababir")).toBe(ISIL);
  });
  it("Abu Hanaya: three quarters taken on 16 September", () => {
    const p = place(at("2017-09-16"), "abu-hanaya");
    expect(p.shares?.[GOV]).toEqual({ low: 0.75, best: 0.75, high: 0.75, text: "three quarters of it" });
    expect(p.shares?.[ISIL]?.best).toBeCloseTo(0.25, 9);
    expect(p.controller).toBe(GOV);
  });
  it("Eastern Hama-Homs pocket: erased on 6 October with the remaining 1,800 km2", () => {
    const s = at("2017-10-06");
    expect(Ledger.get(s.pockets, "eastern-hama-homs-pocket")?.status).toBe("cleared");
    expect(Ledger.get(s.pockets, "eastern-hama-homs-pocket")?.clearedAreaKm2?.best).toBe(1800);
    expect(place(s, "abu-hanaya").shares).toBeNull();
    expect(place(s, "abu-al-tababir").controller).toBe(GOV);
    expect(Ledger.get(s.operations, "southeastern-hama-operations")?.status).toBe("concluded");
  });
});

describe("central-syria-2017: Deir ez-Zor", () => {
  it("Deir ez-Zor city: besieged by ISIL when the campaign begins", () => {
    const s = siege(at("2017-07-14"), "deir-ez-zor-city");
    expect(s.status).toBe("active");
    expect(s.besieger).toBe(ISIL);
    expect(controller("2017-07-14", "deir-ez-zor")).toBe(GOV);
  });
  it("Deir ez-Zor city: 40 km on 31 July, 66 km on 29 August, 50 km on 31 August", () => {
    expect(distance("2017-07-31", "deir-ez-zor")).toBe(40);
    expect(distance("2017-08-29", "deir-ez-zor")).toBe(66);
    expect(distance("2017-08-31", "deir-ez-zor")).toBe(50);
  });
  it("Deir ez-Zor city: 25 km on 2 September, 18 km on 3 September, 3 km on 4 September", () => {
    expect(distance("2017-09-02", "deir-ez-zor")).toBe(25);
    expect(distance("2017-09-03", "deir-ez-zor")).toBe(18);
    expect(distance("2017-09-04", "deir-ez-zor")).toBe(3);
  });
  it("Bishiri: ISIL's on 30 August, taken by the Tiger Forces on 31 August", () => {
    expect(controller("2017-08-30", "bishri-mountains")).toBe(ISIL);
    expect(place(at("2017-08-31"), "bishri-mountains").holder).toBe("tiger-forces");
  });
  it("Haribshah: the town taken on 31 August is not the Harabesh district", () => {
    expect(controller("2017-08-31", "haribshah")).toBe(GOV);
    expect(place(at("2017-08-31"), "harabesh").byEvent).toBe("cs-init-harabesh-held");
  });
  it("al-Shulah: 16 km on 2 September, fire control on 3 September, captured on 4 September", () => {
    expect(distance("2017-09-02", "al-shulah")).toBe(16);
    expect(place(at("2017-09-03"), "al-shulah").fireControl?.side).toBe(GOV);
    const p = place(at("2017-09-04"), "al-shulah");
    expect(p.controller).toBe(GOV);
    expect(p.fireControl).toBeNull();
  });
  it("Deir ez-Zor city: siege still on at noon on 5 September", () => {
    expect(siege(at("2017-09-05T12:00"), "deir-ez-zor-city").status).toBe("active");
  });
  it("Deir ez-Zor city: siege broken at around 2 P.M. on 5 September", () => {
    const s = siege(at("2017-09-05T16:00"), "deir-ez-zor-city");
    expect(s.status).toBe("broken");
    expect(s.endedBy).toBe("cs-0905-siege-broken");
  });
  it("Deir ez-Zor city: the army's front to the city ends with the siege's break, its last distance kept", () => {
    expect(place(at("2017-09-05T12:00"), "deir-ez-zor").fronts[GOV]?.closed).toBeNull();
    const front = place(at("2017-10-21"), "deir-ez-zor").fronts[GOV];
    expect(front?.distanceKm.best).toBe(3);
    expect(front?.byEvent).toBe("cs-0904-within-3-km-of-deir-ez-zor");
    expect(front?.closed).toMatchObject({ byEvent: "cs-0905-siege-broken", reason: "relieved" });
  });
  it("Deir ez-Zor airport: besieged since September 2016, still on 8 September", () => {
    expect(siege(at("2017-09-08"), "deir-ez-zor-airport").status).toBe("active");
    expect(siege(at("2017-09-08"), "deir-ez-zor-airport").enclave).toContain("harabesh");
  });
  it("Deir ez-Zor airport: siege broken on 9 September (SANA)", () => {
    expect(siege(at("2017-09-09"), "deir-ez-zor-airport").status).toBe("broken");
  });
  it("Thardeh Mountains: ISIL's since September 2016 and not retaken in the text", () => {
    expect(controller("2017-07-14", "thardeh-mountains")).toBe(ISIL);
    expect(controller("2017-10-21", "thardeh-mountains")).toBe(ISIL);
  });
  it("Ayyash: ISIL's since 2016, retaken on 16 September", () => {
    expect(controller("2017-09-15", "ayyash")).toBe(ISIL);
    expect(controller("2017-09-16", "ayyash")).toBe(GOV);
  });
  it("Northwest Deir ez-Zor, 14-23 September: 1,300 to 1,700 km2 cleared, after the 2,000 km2 pocket", () => {
    const cleared = at("2017-09-23").cleared[GOV];
    expect(cleared?.low).toBe(3300);
    expect(cleared?.high).toBe(3700);
  });
});

describe("central-syria-2017: al-Qaryatayn and Mayadin", () => {
  it("al-Qaryatayn: the government's on 27 September", () => {
    expect(controller("2017-09-27", "al-qaryatayn")).toBe(GOV);
  });
  it("al-Qaryatayn: possibly ISIL's on 30 September (taken 'by 1 October'), not certain before 1 October ends", () => {
    const p = place(at("2017-09-30"), "al-qaryatayn");
    expect(p.controller).toBe(ISIL);
    expect(Date.parse(p.certainFrom ?? "")).toBeGreaterThan(Date.parse("2017-09-30T23:59:59+03:00"));
  });
  it("al-Qaryatayn: ISIL's on 2 October", () => {
    expect(controller("2017-10-02", "al-qaryatayn")).toBe(ISIL);
  });
  it("al-Qaryatayn: recaptured by the army on 21 October", () => {
    expect(controller("2017-10-20", "al-qaryatayn")).toBe(ISIL);
    expect(controller("2017-10-21", "al-qaryatayn")).toBe(GOV);
  });
  it("Mayadin: 6 km away in the beginning of October, entered on 6 October", () => {
    expect(distance("2017-10-05", "mayadin")).toBe(6);
    const p = place(at("2017-10-06"), "mayadin");
    expect(p.controller).toBe(ISIL);
    expect(p.contested).toBe(true);
  });
  it("Mayadin: besieged on 13 October", () => {
    expect(Ledger.get(at("2017-10-12").sieges, "mayadin")).toBeUndefined();
    expect(siege(at("2017-10-13"), "mayadin").status).toBe("active");
  });
  it("Mayadin: captured on 14 October, its siege ending as fallen", () => {
    expect(controller("2017-10-14", "mayadin")).toBe(GOV);
    expect(siege(at("2017-10-14"), "mayadin").status).toBe("fallen");
  });
});

describe("central-syria-2017: operations and ceasefire", () => {
  it("Russian air campaign: launched with the push of 14 July", () => {
    const op = Ledger.get(at("2017-07-14").operations, "russian-air-campaign-central-syria");
    expect(op?.kind).toBe("air");
    expect(op?.status).toBe("active");
  });
  it("Southwestern Badia: Russia/US-brokered ceasefire with the FSA in effect by 25 July", () => {
    expect(Ledger.get(at("2017-07-25").ceasefires, "southwestern-badia-ceasefire")?.parties).toContain(
      "free-syrian-army",
    );
  });
  it("11 August: paratroopers landed behind ISIL's lines", () => {
    expect(at("2017-08-11T12:00").activity[GOV]?.landings ?? 0).toBe(0);
    expect(at("2017-08-11").activity[GOV]?.landings).toBe(1);
  });
  it("Second phase of the Deir ez-Zor operation: begun on 5 September", () => {
    expect(Ledger.get(at("2017-09-05").operations, "deir-ez-zor-second-phase")?.status).toBe("active");
    expect(Ledger.get(at("2017-09-04").operations, "deir-ez-zor-second-phase")).toBeUndefined();
  });
});
