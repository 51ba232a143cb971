// The example suite of docs/testing.md, run as a user would run it.
// #region suite
// test/central-syria.test.ts
import fc from "fast-check";
import { Campaign, loadScenario, replayBranch } from "sitrep";
import { branchArb, propertyParams, setupMatchers, snapshotAt, spec, whatIf } from "sitrep/testing";
import { describe, expect, it } from "vitest";

setupMatchers(); // or once, in a vitest setup file

const s = loadScenario("central-syria-2017"); // or loadScenario("./my-scenario.json")
const campaign = Campaign.of(s);

describe("central Syria, summer 2017", () => {
  it("ISIL still held most of Sukhnah on 3 August", () => {
    const aug3 = snapshotAt(campaign, "2017-08-03"); // campaign.at(...), carrying the scenario's catalogue
    expect(aug3).toHaveController("Sukhna", "isil"); // any alias; a side by id or name
    expect(aug3).toHaveShares("al-Sukhnah", { isil: 0.8, "syrian-government": 0.2 });
    expect(aug3).toBeContested("Sukhnah");
    expect(aug3).toBeWithinKm("Sukhnah", "syrian-government", 1); // by best; the failure gives low/high
  });

  it("the siege of Deir ez-Zor was broken on 5 September", () => {
    expect(campaign.at("2017-09-05T12:00")).toHaveSiegeStatus("deir-ez-zor-city", "active");
    expect(campaign.at("2017-09-05T16:00")).toHaveSiegeStatus("deir-ez-zor-city", "broken");
    expect(campaign.at("2017-09-10")).toHaveCasualties("syrian-government", "SOHR", { killed: 67 });
  });

  it("a siege cannot be broken twice", () => {
    spec(s).givenUntil("2017-09-06").when("cs-0905-siege-broken").thenBreaks("siege-not-active");
  });

  it("without the link-up with the 137th Brigade, the siege stands", () => {
    whatIf(s).drop("cs-0905-link-up-137th").thenLosesFooting("cs-0905-siege-broken", "dependency-missing");
    whatIf(s)
      .drop("cs-0905-link-up-137th")
      .until("2017-09-06")
      .thenExpect((outcome) => expect(outcome).toHaveSiegeStatus("deir-ez-zor-city", "active"));
  });

  it("any valid branch replays tolerantly", () => {
    fc.assert(
      fc.property(branchArb(s), (b) => void replayBranch(s, b)),
      propertyParams(),
    );
  });
});
// #endregion suite
