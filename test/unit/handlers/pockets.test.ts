import { describe, expect, it } from "vitest";
import { Ledger } from "../../../engine/state/ledger.js";
import { spec } from "../../../engine/testing/index.js";
import { on, testCatalogue } from "../../support/fixtures.js";
import { place } from "../../support/scenarios.js";

const cat = testCatalogue();

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
