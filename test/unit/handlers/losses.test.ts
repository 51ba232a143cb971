import { describe, expect, it } from "vitest";
import { Ledger } from "../../../engine/state/ledger.js";
import { spec } from "../../../engine/testing/index.js";
import { on, testCatalogue } from "../../support/fixtures.js";

const cat = testCatalogue();

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

  it("deaths of no known side are counted per claimant, apart from every side's and the civilians'", () => {
    const report = (unknown: { low: number; best: number; high: number }) =>
      on("01-01", { type: "casualties", figures: [{ actor: "army", killed: 3 }], civilians: 2, unknown });
    spec(cat)
      .given([report({ low: 200, best: 250, high: 300 })])
      .when(report({ low: 10, best: 10, high: 10 }))
      .thenExpect((s) => {
        expect(Ledger.get(s.unknownSideDeaths, "test-doc")?.killed).toMatchObject({ low: 210, best: 260, high: 310 });
        expect(Ledger.get(s.unknownSideDeaths, "test-doc")?.reports).toBe(2);
        expect(Ledger.get(s.casualties.govt, "test-doc")?.killed.best).toBe(6);
        expect(Ledger.get(s.civilianDeaths, "test-doc")?.killed.best).toBe(4);
      });
    spec(cat)
      .given([])
      .when(armyClaim)
      .thenExpect((s) => expect(Ledger.size(s.unknownSideDeaths)).toBe(0));
  });

  it("a report of deaths no side is named for gives no side's figure, and counts only those deaths", () => {
    spec(cat)
      .given([])
      .when(on("01-01", { type: "casualties", figures: [], civilians: 5, unknown: 12 }))
      .thenExpect((s) => {
        expect(Ledger.get(s.unknownSideDeaths, "test-doc")?.killed.best).toBe(12);
        expect(Ledger.get(s.civilianDeaths, "test-doc")?.killed.best).toBe(5);
        expect(Object.keys(s.casualties)).toEqual([]);
      });
  });
});
