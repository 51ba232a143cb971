import { describe, expect, it } from "vitest";
import { spec } from "../../../engine/testing/index.js";
import { on, testCatalogue } from "../../support/fixtures.js";
import { bestShares, place } from "../../support/scenarios.js";

const cat = testCatalogue();
const reported = on("01-01", { type: "control-reported", place: "north-town", actor: "rebel-band" });

describe("captures", () => {
  it("a full capture gives the place to the capturer's side and remembers who held it", () => {
    spec(cat)
      .given([reported])
      .when(on("01-02", { type: "place-captured", place: "north-town", actor: "army" }, "take-north"))
      .thenExpect((after) => {
        const p = place(after, "north-town");
        expect(p.controller).toBe("govt");
        expect(p.holder).toBe("army");
        expect(p.shares).toBeNull();
        expect(p.contested).toBe(false);
        expect(p.heldBy).toEqual(["rebels", "govt"]);
        expect(p.byEvent).toBe("take-north");
        expect(p.since).toBe("2020-01-02T00:00:00.000Z");
      });
  });

  it("a partial capture splits control and marks the place contested", () => {
    spec(cat)
      .given([reported])
      .when(on("01-02", { type: "place-captured", place: "north-town", actor: "army", share: 0.2 }))
      .thenExpect((after) => {
        const p = place(after, "north-town");
        expect(bestShares(p)).toEqual({ govt: 0.2, rebels: 0.8 });
        expect(p.controller).toBe("rebels");
        expect(p.holder).toBe("rebel-band");
        expect(p.contested).toBe(true);
      });
  });

  it("a share taken as a range keeps its range and wording; the shares it scales down lose theirs", () => {
    const range = { low: 0.7, best: 0.75, high: 0.8, text: "70 to 80 percent" };
    spec(cat)
      .given([reported])
      .when(on("01-02", { type: "place-captured", place: "north-town", actor: "army", share: range }))
      .thenExpect((after) => {
        const p = place(after, "north-town");
        expect(p.shares?.govt).toEqual(range);
        expect(p.shares?.rebels?.text).toBeNull();
        expect(p.shares?.rebels?.best).toBeCloseTo(0.25, 9);
        expect(p.controller).toBe("govt");
      });
  });

  it("three quarters taken makes the capturer the controller", () => {
    spec(cat)
      .given([reported])
      .when(on("01-02", { type: "place-captured", place: "north-town", actor: "army", share: 0.75 }))
      .thenExpect((after) => {
        expect(place(after, "north-town").controller).toBe("govt");
        expect(place(after, "north-town").holder).toBe("army");
        expect(bestShares(place(after, "north-town"))).toEqual({ govt: 0.75, rebels: 0.25 });
      });
  });

  it("cannot capture a place for the side that already holds all of it", () => {
    const err = spec(cat)
      .given([reported])
      .when(on("01-02", { type: "place-captured", place: "north-town", actor: "rebel-band" }, "again"))
      .thenBreaks("already-controlled", /already holds all of 'north-town'/);
    expect(err.conflict).toMatchObject({ id: "north-town", controller: "rebels" });
  });

  it("cannot take a share the side already has", () => {
    spec(cat)
      .given([reported, on("01-02", { type: "place-captured", place: "north-town", actor: "army", share: 0.5 })])
      .when(on("01-03", { type: "place-captured", place: "north-town", actor: "army", share: 0.4 }))
      .thenBreaks("already-controlled");
  });

  it("a recapture needs the side to have held the place before", () => {
    spec(cat)
      .given([reported])
      .when(on("01-02", { type: "place-recaptured", place: "north-town", actor: "army" }))
      .thenBreaks("never-held", /never held/);
    spec(cat)
      .given([reported, on("01-02", { type: "place-captured", place: "north-town", actor: "army" })])
      .when(on("01-03", { type: "place-recaptured", place: "north-town", actor: "rebel-band" }))
      .thenExpect((after) => expect(place(after, "north-town").controller).toBe("rebels"));
  });

  it("a report with shares divides a place without a capture", () => {
    spec(cat)
      .given([])
      .when(
        on("01-01", {
          type: "control-reported",
          place: "big-city",
          shares: [
            { side: "rebels", share: { low: 0.55, best: 0.6, high: 0.65, text: "about 60%" } },
            { side: "govt", share: 0.4 },
          ],
        }),
      )
      .thenExpect((after) => {
        expect(bestShares(place(after, "big-city"))).toEqual({ govt: 0.4, rebels: 0.6 });
        expect(place(after, "big-city").controller).toBe("rebels");
        // A share given as a range keeps its range and its wording.
        expect(place(after, "big-city").shares?.rebels).toEqual({
          low: 0.55,
          best: 0.6,
          high: 0.65,
          text: "about 60%",
        });
      });
  });

  it("shares that add up to more than the whole are refused", () => {
    spec(cat)
      .given([])
      .when(
        on("01-01", {
          type: "control-reported",
          place: "big-city",
          shares: [
            { side: "rebels", share: 0.7 },
            { side: "govt", share: 0.4 },
          ],
        }),
      )
      .thenBreaks("shares-exceed-one");
  });

  it("clashes mark places contested; a capture settles them", () => {
    const clash = on("01-02", { type: "clashes", places: ["north-town"], sides: ["govt", "rebels"] } as const);
    spec(cat)
      .given([reported])
      .when(clash)
      .thenExpect((after) => expect(place(after, "north-town").contested).toBe(true));
    spec(cat)
      .given([reported, clash])
      .when(on("01-03", { type: "place-captured", place: "north-town", actor: "army" }))
      .thenExpect((after) => expect(place(after, "north-town").contested).toBe(false));
  });

  it("fire control is over an enemy place and ends when the place is taken", () => {
    const fire = on("01-02", { type: "fire-control", place: "north-town", actor: "army" });
    spec(cat)
      .given([reported])
      .when(fire)
      .thenExpect((after) => expect(place(after, "north-town").fireControl?.side).toBe("govt"));
    spec(cat)
      .given([reported, fire])
      .when(on("01-03", { type: "place-captured", place: "north-town", actor: "army" }))
      .thenExpect((after) => expect(place(after, "north-town").fireControl).toBeNull());
    spec(cat)
      .given([reported])
      .when(on("01-02", { type: "fire-control", place: "north-town", actor: "rebel-band" }))
      .thenBreaks("fire-control-over-own-place");
  });

  it("an unknown place is refused before any rule of the kind", () => {
    spec(cat)
      .given([])
      .when(on("01-01", { type: "place-captured", place: "atlantis", actor: "army" }))
      .thenBreaks("unknown-place", /'atlantis'/);
  });

  it("an actor without a side cannot capture", () => {
    spec(cat)
      .given([])
      .when(on("01-01", { type: "place-captured", place: "north-town", actor: "reporter" }))
      .thenBreaks("actor-without-side");
  });
});

describe("fronts and captures", () => {
  it("a side that takes all of a place closes its front to it; a partial capture does not", () => {
    const near = on("01-02", { type: "advance", actor: "army", objective: "north-town", within: 0.7 });
    spec(cat)
      .given([reported, near])
      .when(on("01-03", { type: "place-captured", place: "north-town", actor: "army" }, "take-north"))
      .thenExpect((after) =>
        expect(place(after, "north-town").fronts.govt).toMatchObject({
          distanceKm: { best: 0.7 },
          byEvent: near.id,
          closed: { byEvent: "take-north", reason: "captured", at: "2020-01-03T00:00:00.000Z" },
        }),
      );
    spec(cat)
      .given([reported, near])
      .when(on("01-03", { type: "place-captured", place: "north-town", actor: "army", share: 0.2 }))
      .thenExpect((after) => expect(place(after, "north-town").fronts.govt?.closed).toBeNull());
  });
});
