import { describe, expect, it } from "vitest";
import { Ledger } from "../../../engine/state/ledger.js";
import { spec } from "../../../engine/testing/index.js";
import { on, testCatalogue } from "../../support/fixtures.js";
import { place } from "../../support/scenarios.js";

const cat = testCatalogue();

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
