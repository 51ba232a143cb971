import { describe, expect, it } from "vitest";
import { Ledger } from "../../../engine/state/ledger.js";
import { spec } from "../../../engine/testing/index.js";
import { on, testCatalogue } from "../../support/fixtures.js";

const cat = testCatalogue();

describe("supply routes", () => {
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
});
