import { describe, expect, it } from "vitest";
import { spec } from "../../../engine/testing/index.js";
import { on, testCatalogue } from "../../support/fixtures.js";

const cat = testCatalogue();

describe("engagements", () => {
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
