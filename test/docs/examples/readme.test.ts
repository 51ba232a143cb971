// The README's "library in ten lines", run as written and held to what its comments say.
// #region ten-lines
import { Campaign, Ledger, loadScenario } from "sitrep";

// #endregion ten-lines
import { describe, expect, it } from "vitest";

describe("the library in ten lines", () => {
  it("answers as the README says", () => {
    // #region ten-lines
    const campaign = Campaign.of(loadScenario("central-syria-2017"));
    const noon = Ledger.get(campaign.at("2017-09-05T12:00").state.sieges, "deir-ez-zor-city")?.status; // "active"
    const later = Ledger.get(campaign.at("2017-09-05T16:00").state.sieges, "deir-ez-zor-city")?.status; // "broken"
    const share = campaign.place("Sukhnah", "2017-08-03").shares?.isil; // { low: 0.8, best: 0.8, high: 0.8, text: null }
    const why = campaign.explain("al-Qaryatayn", "2017-10-05").summary; // "al-Qaryatayn has been held by Islamic State (ISIL) since ..."
    const changes = campaign.history("Qulib al-Thor"); // every change, any alias accepted
    const between = campaign.diff("2017-09-04", "2017-09-10").sieges; // what changed in between
    // #endregion ten-lines
    expect(noon).toBe("active");
    expect(later).toBe("broken");
    expect(share).toEqual({ low: 0.8, best: 0.8, high: 0.8, text: null });
    expect(why).toMatch(/^al-Qaryatayn has been held by Islamic State \(ISIL\) since /);
    expect(changes.length).toBeGreaterThan(1);
    expect(between.map((s) => [s.id, s.before?.status, s.after?.status])).toContainEqual([
      "deir-ez-zor-city",
      "active",
      "broken",
    ]);
  });
});
