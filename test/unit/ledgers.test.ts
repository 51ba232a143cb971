import { describe, expect, it } from "vitest";
import { viewState } from "../../engine/query/view.js";
import { Ledger } from "../../engine/state/ledger.js";
import { spec } from "../../engine/testing/index.js";
import { plain } from "../../replay/render/colors.js";
import { namesOf } from "../../replay/render/names.js";
import { airCampaignLines } from "../../replay/render/state.js";
import { summary } from "../../replay/render/summary.js";
import { on, testCatalogue } from "../support/fixtures.js";
import { place } from "../support/scenarios.js";

const cat = testCatalogue();

describe("operations", () => {
  const launch = on("01-01", {
    type: "offensive-launched",
    operation: "op",
    name: "Operation Test",
    actor: "army",
    objectives: ["big-city"],
  });
  const suspend = on("01-02", { type: "offensive-suspended", operation: "op", actor: "army" });

  it("an offensive launched is active for the actor's side", () => {
    spec(cat)
      .given([])
      .when(launch)
      .thenExpect((s) =>
        expect(Ledger.get(s.operations, "op")).toMatchObject({
          status: "active",
          side: "govt",
          kind: "ground",
          objectives: ["big-city"],
        }),
      );
  });

  it("an air campaign keeps the count of strikes its source gives, with the wording", () => {
    const strikes = { low: 851, best: 851, high: null, text: "more than 850 airstrikes" };
    const campaign = on("01-01", { type: "air-campaign", operation: "air", name: "Air Test", actor: "army", strikes });
    spec(cat)
      .given([])
      .when(campaign)
      .thenExpect((s) => {
        expect(Ledger.get(s.operations, "air")).toMatchObject({ kind: "air", strikes });
        expect(summary(campaign, namesOf(cat))).toBe(
          'Army starts the Air Test: 851 or more strikes ("more than 850 airstrikes")',
        );
        const view = viewState(s, cat, Date.parse("2020-01-02"));
        expect(airCampaignLines(view, namesOf(cat), plain)).toEqual([
          `  Air Test: Government, active, 851 or more strikes ("more than 850 airstrikes") (${campaign.id})`,
        ]);
      });
    spec(cat)
      .given([])
      .when(launch)
      .thenExpect((s) => expect(Ledger.get(s.operations, "op")?.strikes).toBeNull());
  });

  it("is suspended, resumed and concluded in that order only", () => {
    spec(cat)
      .given([launch])
      .when(suspend)
      .thenExpect((s) => expect(Ledger.get(s.operations, "op")?.status).toBe("suspended"));
    spec(cat)
      .given([launch, suspend])
      .when(on("01-03", { type: "offensive-resumed", operation: "op", actor: "army" }))
      .thenExpect((s) => expect(Ledger.get(s.operations, "op")?.status).toBe("active"));
    spec(cat)
      .given([launch])
      .when(on("01-03", { type: "offensive-resumed", operation: "op", actor: "army" }))
      .thenBreaks("operation-not-suspended");
    spec(cat)
      .given([launch, suspend])
      .when(on("01-03", { type: "offensive-suspended", operation: "op", actor: "army" }))
      .thenBreaks("operation-not-active");
    spec(cat).given([launch]).when(launch).thenBreaks("operation-exists");
    spec(cat).given([]).when(suspend).thenBreaks("unknown-operation");
  });

  it("a resumption of an operation begun before the log starts it", () => {
    spec(cat)
      .given([])
      .when(on("01-03", { type: "offensive-resumed", operation: "old-op", actor: "army" }))
      .thenExpect((s) => expect(Ledger.get(s.operations, "old-op")?.status).toBe("active"));
  });
});

describe("fronts", () => {
  it("an advance to within a distance of an objective sets that side's front", () => {
    spec(cat)
      .given([])
      .when(
        on(
          "01-01",
          {
            type: "advance",
            actor: "army",
            objective: "big-city",
            within: { low: 30, best: 32.5, high: 35, text: "between 30 and 35 km" },
          },
          "adv",
        ),
      )
      .thenExpect((s) => {
        expect(place(s, "big-city").fronts.govt).toMatchObject({
          side: "govt",
          distanceKm: { low: 30, best: 32.5, high: 35 },
          byEvent: "adv",
        });
      });
  });

  it("a withdrawal moves the front back", () => {
    spec(cat)
      .given([on("01-01", { type: "advance", actor: "army", objective: "big-city", within: 6 })])
      .when(on("01-02", { type: "withdrawal", actor: "army", objective: "big-city", within: 30 }))
      .thenExpect((s) => expect(place(s, "big-city").fronts.govt?.distanceKm.best).toBe(30));
  });
});

describe("fronts that end", () => {
  const near = on("01-01", { type: "advance", actor: "army", objective: "city-airport", within: 3 }, "near");

  it("a link-up at the objective closes the side's front there, keeping its last distance", () => {
    spec(cat)
      .given([near])
      .when(on("01-02", { type: "link-up", forces: ["army", "militia"], place: "city-airport" }, "met"))
      .thenExpect((s) =>
        expect(place(s, "city-airport").fronts.govt).toMatchObject({
          distanceKm: { best: 3 },
          byEvent: "near",
          closed: { byEvent: "met", reason: "linked-up" },
        }),
      );
  });

  it("a siege broken on an enclave holding the objective closes the besieged side's front to it", () => {
    const siege = on("01-01", {
      type: "siege-imposed",
      siege: "airport-siege",
      name: "Siege of the airport",
      enclave: ["city-airport"],
      besieger: "rebel-band",
      besieged: "militia",
    });
    spec(cat)
      .given([siege, near])
      .when(on("01-03", { type: "siege-broken", siege: "airport-siege", actor: "army" }, "relief"))
      .thenExpect((s) =>
        expect(place(s, "city-airport").fronts.govt?.closed).toEqual({
          byEvent: "relief",
          at: "2020-01-03T00:00:00.000Z",
          reason: "relieved",
        }),
      );
  });

  it("a concluded offensive closes its side's fronts to its objectives as stopped, and a new distance opens one again", () => {
    const launched = on("01-01", {
      type: "offensive-launched",
      operation: "op",
      actor: "army",
      objectives: ["city-airport"],
    });
    const concluded = on("01-03", { type: "offensive-concluded", operation: "op", actor: "army" }, "over");
    spec(cat)
      .given([launched, near])
      .when(concluded)
      .thenExpect((s) => expect(place(s, "city-airport").fronts.govt?.closed?.reason).toBe("stopped"));
    spec(cat)
      .given([launched, near, concluded])
      .when(on("01-04", { type: "advance", actor: "army", objective: "city-airport", within: 2 }))
      .thenExpect((s) =>
        expect(place(s, "city-airport").fronts.govt).toMatchObject({ closed: null, distanceKm: { best: 2 } }),
      );
  });

  it("an event of another side leaves the front open", () => {
    spec(cat)
      .given([near])
      .when(on("01-02", { type: "place-captured", place: "city-airport", actor: "rebel-band" }))
      .thenExpect((s) => expect(place(s, "city-airport").fronts.govt?.closed).toBeNull());
  });
});

describe("advances", () => {
  it("a distance gained with no distance left is kept, with its reference point and direction", () => {
    spec(cat)
      .given([])
      .when(
        on(
          "01-01",
          {
            type: "advance",
            actor: "militia",
            gained: { low: 30, best: 32.5, high: 35, text: "between 30 and 35 kilometers" },
            from: "north-town",
            direction: "east",
          },
          "east-of-north",
        ),
      )
      .thenExpect((s) =>
        expect(Ledger.get(s.advances, "east-of-north")).toMatchObject({
          side: "govt",
          actor: "militia",
          gainedKm: { low: 30, best: 32.5, high: 35, text: "between 30 and 35 kilometers" },
          from: "north-town",
          direction: "east",
          objective: null,
          byEvent: "east-of-north",
        }),
      );
  });
});

describe("pockets", () => {
  const formed = on("01-01", {
    type: "encirclement",
    pocket: "p",
    name: "The pocket",
    encircled: "rebel-band",
    by: "army",
    inside: ["north-town", "south-town"],
    settlements: { low: 50, best: 75, high: 100 },
  });

  it("clearing a pocket gives its places to the clearing side and adds the area cleared", () => {
    spec(cat)
      .given([formed])
      .when(on("01-03", { type: "pocket-cleared", pocket: "p", actor: "army", areaKm2: 2000 }))
      .thenExpect((s) => {
        expect(Ledger.get(s.pockets, "p")?.status).toBe("cleared");
        expect(place(s, "north-town").controller).toBe("govt");
        expect(place(s, "south-town").controller).toBe("govt");
        expect(s.cleared.govt?.best).toBe(2000);
      });
  });

  it("a pocket is cleared once, and only once formed", () => {
    const cleared = on("01-03", { type: "pocket-cleared", pocket: "p", actor: "army" });
    spec(cat)
      .given([formed, cleared])
      .when(on("01-04", { type: "pocket-cleared", pocket: "p", actor: "army" }))
      .thenBreaks("pocket-not-formed");
    spec(cat).given([]).when(cleared).thenBreaks("unknown-pocket");
    spec(cat).given([formed]).when(formed).thenBreaks("pocket-exists");
  });
});

describe("casualties and people", () => {
  const armyClaim = on("01-01", {
    type: "casualties",
    figures: [
      { actor: "rebel-band", killed: { low: 81, best: 81, high: 120, text: "more than 80" } },
      { actor: "army", killed: 22 },
    ],
  });

  it("keeps each claimant's figures apart and adds them up", () => {
    const sohr = on("01-01", { type: "casualties", figures: [{ actor: "army", killed: 32 }] });
    spec(cat)
      .given([armyClaim])
      .when({ ...sohr, source: { ...sohr.source, attribution: "SOHR" } })
      .thenExpect((s) => {
        expect(Ledger.get(s.casualties.govt, "test-doc")?.killed.best).toBe(22);
        expect(Ledger.get(s.casualties.govt, "SOHR")?.killed.best).toBe(32);
        expect(Ledger.get(s.casualties.rebels, "test-doc")?.killed).toMatchObject({ low: 81, high: 120 });
      });
    spec(cat)
      .given([armyClaim])
      .when(armyClaim)
      .thenExpect((s) => expect(Ledger.get(s.casualties.govt, "test-doc")?.killed.best).toBe(44));
  });

  it("a person is captured, then executed; never killed twice", () => {
    const captured = on("01-01", { type: "person-captured", person: "reporter", by: "rebel-band" });
    const executed = on("01-02", { type: "person-executed", person: "reporter", by: "rebel-band" });
    spec(cat)
      .given([captured])
      .when(executed)
      .thenExpect((s) => expect(Ledger.get(s.people, "reporter")?.fate).toBe("executed"));
    spec(cat)
      .given([captured, executed])
      .when(on("01-03", { type: "person-killed", person: "reporter" }))
      .thenBreaks("person-fate-final");
  });

  it("civilians killed are counted per claimant", () => {
    spec(cat)
      .given([])
      .when(on("01-01", { type: "civilians-killed", killed: 67, by: "rebel-band", place: "north-town" }))
      .thenExpect((s) => expect(Ledger.get(s.civilianDeaths, "test-doc")?.killed.best).toBe(67));
  });
});

describe("routes, figures and diplomacy", () => {
  it("a supply route is cut once until it is secured again", () => {
    const cut = on("01-01", { type: "supply-route-cut", route: "main-road", of: "army", actor: "rebel-band" });
    spec(cat)
      .given([])
      .when(cut)
      .thenExpect((s) => expect(Ledger.get(s.supplyRoutes, "govt@main-road")?.status).toBe("cut"));
    spec(cat).given([cut]).when(cut).thenBreaks("route-unchanged");
    spec(cat)
      .given([cut])
      .when(on("01-02", { type: "supply-route-secured", route: "main-road", actor: "militia" }))
      .thenExpect((s) => expect(Ledger.get(s.supplyRoutes, "govt@main-road")?.status).toBe("secured"));
  });

  it("territory shares and displacement keep the latest figure", () => {
    spec(cat)
      .given([])
      .when(
        on("01-01", {
          type: "territory-share",
          actor: "rebel-band",
          area: "big-city",
          share: { low: 0.55, best: 0.6, high: 0.65, text: "about 60%" },
        }),
      )
      .thenExpect((s) => expect(Ledger.get(s.territory, "rebels@big-city")?.share?.text).toBe("about 60%"));
    spec(cat)
      .given([])
      .when(
        on("01-01", {
          type: "displacement",
          people: { low: 55000, best: 55000, high: 55000, text: "around 55,000" },
          from: "big-city",
          status: "fled",
        }),
      )
      .thenExpect((s) => expect(Ledger.get(s.displacement, "big-city>->fled")?.people.best).toBe(55000));
  });

  it("a ceasefire names those it leaves out; talks are scheduled then held", () => {
    spec(cat)
      .given([])
      .when(
        on("01-01", {
          type: "ceasefire",
          ceasefire: "c",
          name: "Ceasefire",
          parties: ["army"],
          excludes: ["rebel-band"],
        }),
      )
      .thenExpect((s) => expect(Ledger.get(s.ceasefires, "c")?.excludes).toEqual(["rebel-band"]));
    const scheduled = on("01-01", { type: "negotiations-scheduled", talks: "t", name: "Talks", on: "2020-01-23" });
    spec(cat)
      .given([scheduled])
      .when(on("01-23", { type: "negotiations-held", talks: "t" }))
      .thenExpect((s) => expect(Ledger.get(s.talks, "t")).toMatchObject({ status: "held", on: "2020-01-23" }));
    spec(cat).given([scheduled]).when(scheduled).thenBreaks("talks-exists");
  });

  it("strikes, raids and repelled assaults change no control but are counted", () => {
    spec(cat)
      .given([])
      .when(on("01-01", { type: "assault-repelled", place: "north-town", attacker: "army", defender: "rebel-band" }))
      .thenExpect((s, before) => {
        expect(s.places).toBe(before.places);
        expect(s.activity.rebels?.assaultsRepelled).toBe(1);
      });
    spec(cat)
      .given([])
      .when(on("01-01", { type: "raid", actor: "army", target: "militia", withdrew: true }))
      .thenBreaks("same-side");
  });
});
