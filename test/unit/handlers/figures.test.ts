import { describe, expect, it } from "vitest";
import { Ledger } from "../../../engine/state/ledger.js";
import { spec } from "../../../engine/testing/index.js";
import { on, testCatalogue } from "../../support/fixtures.js";

const cat = testCatalogue();

describe("figures", () => {
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
});
