// A user's test of sitrep, written as a user writes it: importing the package by name, which
// resolves to the built package (npm test builds first), so this also tests what ships.

import { Campaign, loadScenario } from "sitrep";
import { setupMatchers, whatIf } from "sitrep/testing";
import { beforeAll, describe, expect, it } from "vitest";

beforeAll(() => setupMatchers());

describe("the central Syria campaign, as a user tests it", () => {
  const s = loadScenario("central-syria-2017");
  const campaign = Campaign.of(s);

  it("ISIL still held most of Sukhnah on 3 August, the army a fifth", () => {
    expect(campaign.at("2017-08-03")).toHaveController("Sukhna", "isil");
    expect(campaign.at("2017-08-03")).toHaveShares("al-Sukhnah", { isil: 0.8, "syrian-government": 0.2 });
  });

  it("the siege of Deir ez-Zor was broken on 5 September", () => {
    expect(campaign.at("2017-09-05T16:00")).toHaveSiegeStatus("deir-ez-zor-city", "broken");
  });

  it("without the link-up with the 137th Brigade, the siege stands", () => {
    whatIf(s).drop("cs-0905-link-up-137th").thenLosesFooting("cs-0905-siege-broken", "dependency-missing");
    whatIf(s)
      .drop("cs-0905-link-up-137th")
      .until("2017-09-06")
      .thenExpect((outcome) => expect(outcome).toHaveSiegeStatus("deir-ez-zor-city", "active"));
  });
});
