import { describe, expect, it } from "vitest";
import { viewState } from "../../../engine/query/view.js";
import { Ledger } from "../../../engine/state/ledger.js";
import { spec } from "../../../engine/testing/index.js";
import { plain } from "../../../replay/render/colors.js";
import { namesOf } from "../../../replay/render/names.js";
import { airCampaignLines } from "../../../replay/render/state.js";
import { summary } from "../../../replay/render/summary.js";
import { on, testCatalogue } from "../../support/fixtures.js";

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
