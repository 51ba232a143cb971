import { describe, expect, it } from "vitest";
import { spec } from "../../../engine/testing/index.js";
import { on, testCatalogue } from "../../support/fixtures.js";

const cat = testCatalogue();

describe("development", () => {
  it("is recorded in the log and changes nothing else: not control, not tallies, not figures", () => {
    const held = on("01-01", { type: "control-reported", place: "north-town", actor: "army" });
    const protest = on("01-02", {
      type: "development",
      category: "Protests: Peaceful protest",
      actor: "rebel-band",
      against: "army",
      place: "north-town",
    });
    spec(cat)
      .given([held])
      .when(protest)
      .thenExpect((after, before) => {
        const { applied, lastEvent, ...rest } = after;
        const { applied: appliedBefore, lastEvent: _, ...restBefore } = before;
        expect(applied).toBe(appliedBefore + 1);
        expect(lastEvent).toBe(protest.id);
        expect(rest).toEqual(restBefore);
      });
  });

  it("breaks no rule of its own: an actor of no side, or two of one side, may take part", () => {
    spec(cat)
      .given([])
      .when(on("01-01", { type: "development", category: "Strategic developments: Arrests", actor: "reporter" }))
      .thenExpect((s) => expect(s.applied).toBe(1));
    spec(cat)
      .given([])
      .when(on("01-01", { type: "development", category: "Riots: Mob violence", actor: "army", against: "militia" }))
      .thenExpect((s) => expect(s.applied).toBe(1));
  });
});
