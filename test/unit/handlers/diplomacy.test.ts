import { describe, expect, it } from "vitest";
import { Ledger } from "../../../engine/state/ledger.js";
import { spec } from "../../../engine/testing/index.js";
import { on, testCatalogue } from "../../support/fixtures.js";

const cat = testCatalogue();

describe("diplomacy", () => {
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
});
