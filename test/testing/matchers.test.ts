import { describe, expect, it } from "vitest";
import { Campaign, loadScenario } from "../../engine/index.js";
import { NameError, setupMatchers, snapshotAt } from "../../engine/testing/index.js";
import { failureOf, quoteOf, userScenario } from "./support.js";

setupMatchers();

const central = loadScenario("central-syria-2017");
const campaign = Campaign.of(central);
const aug3 = campaign.at("2017-08-03");
const sep10 = campaign.at("2017-09-10");

describe("toHaveController", () => {
  it("passes for the controller, named by any alias, side by id or name, and fails under .not", () => {
    expect(aug3).toHaveController("Sukhnah", "isil");
    expect(aug3).toHaveController("al-Sukhna", "isil");
    expect(aug3).toHaveController("sukhnah", "Islamic State (ISIL)");
    expect(aug3.state).toHaveController("as-Sukhnah", "isil");
    expect(aug3).not.toHaveController("Sukhna", "syrian-government");
    expect(() => expect(aug3).not.toHaveController("Sukhna", "isil")).toThrow(
      /expected 'Sukhna' \(Sukhnah, id 'sukhnah'\) at 2017-08-03T23:59:59\.999\+03:00 not to be controlled by 'isil', but it is/,
    );
  });

  it("fails with a diff of what was expected and what the state holds, and the event that set it with its quote", () => {
    const check = () => expect(aug3).toHaveController("Sukhna", "syrian-government");
    expect(check).toThrow(/to be controlled by 'syrian-government'/);
    const message = failureOf(check);
    expect(message).toContain("  - expected controller: 'syrian-government'\n  + received controller: 'isil'");
    expect(message).toContain(`shares: {"isil":0.8,"syrian-government":0.2}`);
    expect(message).toContain("set by event 'cs-0803-sukhnah-20-percent' (place-captured");
    expect(message).toContain(`"${quoteOf(central, "cs-0803-sukhnah-20-percent")}"`);
  });

  it("takes null for a place nobody is known to hold", () => {
    const start = campaign.at("2017-07-14T00:00").state;
    const unheld = start.places.find((p) => p.controller === null);
    expect(unheld).toBeDefined();
    if (unheld !== undefined) expect(start).toHaveController(unheld.id, null);
    expect(() => expect(aug3).toHaveController("Sukhnah", null)).toThrow(/to be controlled by nobody/);
  });

  it("throws with the closest names for a misspelt place, under .not too, and for an unknown side", () => {
    expect(() => expect(aug3).toHaveController("Sukhnahh", "isil")).toThrow(
      /no place 'Sukhnahh' in this state's catalogue.*did you mean 'Sukhnah'/,
    );
    expect(() => expect(aug3).not.toHaveController("Sukhnahh", "isil")).toThrow(NameError);
    expect(() => expect(aug3).toHaveController("Sukhnah", "isis")).toThrow(/no side 'isis'.*did you mean 'isil'/);
  });

  it("says what it accepts when given something that is not a state", () => {
    expect(() => expect(42).toHaveController("Sukhnah", "isil")).toThrow(/expect a State, a Snapshot/);
  });
});

describe("toHaveShares and toBeContested", () => {
  it("compares the shares of a divided place", () => {
    expect(aug3).toHaveShares("Sukhna", { isil: 0.8, "syrian-government": 0.2 });
    expect(aug3).not.toHaveShares("Sukhna", null);
    expect(sep10).toHaveShares("Deir ez-Zor Airport", null);
    const message = failureOf(() => expect(aug3).toHaveShares("Sukhna", { isil: 0.6, "syrian-government": 0.4 }));
    expect(message).toMatch(/expected 'Sukhna' .* to be divided \{"isil":0\.6,"syrian-government":0\.4\}/);
    expect(message).toContain(`  - expected shares: {"isil":0.6,"syrian-government":0.4}`);
    expect(message).toContain(`  + received shares: {"isil":0.8,"syrian-government":0.2}`);
  });

  it("tells a contested place", () => {
    expect(aug3).toBeContested("Sukhnah");
    expect(() => expect(aug3).not.toBeContested("Sukhnah")).toThrow(/not to be contested, but it is/);
    expect(() => expect(sep10).toBeContested("Deir ez-Zor Airport")).toThrow(
      /to be contested[\s\S]*- expected contested: true\n {2}\+ received contested: false/,
    );
  });
});

describe("toHaveSiegeStatus", () => {
  it("follows a siege through its life, naming the event that ended it", () => {
    expect(campaign.at("2017-09-05T12:00")).toHaveSiegeStatus("deir-ez-zor-city", "active");
    expect(campaign.at("2017-09-05T16:00")).toHaveSiegeStatus("deir-ez-zor-city", "broken");
    const message = failureOf(() =>
      expect(campaign.at("2017-09-05T16:00")).toHaveSiegeStatus("deir-ez-zor-city", "active"),
    );
    expect(message).toContain("expected siege 'deir-ez-zor-city' at 2017-09-05T16:00:00.000+03:00 to be active");
    expect(message).toContain("  - expected status: 'active'\n  + received status: 'broken'");
    expect(message).toContain("ended by event 'cs-0905-siege-broken' (siege-broken");
    expect(message).toContain(quoteOf(central, "cs-0905-siege-broken"));
  });

  it("calls a siege that is laid later absent, and says which event lays it", () => {
    expect(sep10).toHaveSiegeStatus("mayadin", "absent");
    const message = failureOf(() => expect(sep10).toHaveSiegeStatus("mayadin", "active"));
    expect(message).toContain("not laid yet: event 'cs-1013-mayadin-siege'");
  });

  it("throws for a misspelt siege, with the closest ids", () => {
    expect(() => expect(sep10).not.toHaveSiegeStatus("deir-ez-zor-cty", "active")).toThrow(
      /no siege 'deir-ez-zor-cty'.*did you mean 'deir-ez-zor-city'/,
    );
  });
});

describe("toBeWithinKm", () => {
  it("compares the best estimate of a side's front and names the event that measured it", () => {
    expect(aug3).toBeWithinKm("Sukhna", "syrian-government", 1);
    const message = failureOf(() => expect(aug3).toBeWithinKm("Sukhna", "syrian-government", 0.5));
    expect(message).toContain("expected 'syrian-government' to be within 0.5 km of 'Sukhna'");
    expect(message).toContain("+ received distance: 0.7 km (low 0.7, high 0.7, 'only 700 meters')");
    expect(message).toContain("set by event 'cs-0802-sukhnah-700-m'");
  });

  it("says when the low or high bound would decide otherwise", () => {
    const s = userScenario();
    const at = snapshotAt(Campaign.of(s), "2017-08-03");
    expect(at).toBeWithinKm("Fixture Town", "syrian-government", 66);
    const low = failureOf(() => expect(at).toBeWithinKm("Wadi al-Fixture", "syrian-government", 62));
    expect(low).toContain("but it is 65 km");
    expect(low).toContain("by its low bound (60 km) it could be within 62 km");
    expect(low).toContain('"On 2 August, the army advanced to within 70 kilometers of Wadi Fixture."');
    const high = failureOf(() => expect(at).not.toBeWithinKm("Fixture Town", "syrian-government", 66));
    expect(high).toContain("by its high bound (70 km) it could be farther than 66 km");
  });

  it("fails for a side with no front to the place", () => {
    expect(() => expect(aug3).toBeWithinKm("Sukhna", "isil", 10)).toThrow(/no front of 'isil' to this place/);
  });
});

describe("toHaveCasualties", () => {
  it("compares a claimant's count of one side's losses, naming the reports and the latest", () => {
    expect(sep10).toHaveCasualties("syrian-government", "SOHR", { killed: 67 });
    expect(sep10).toHaveCasualties("Syrian government", "sohr", { killed: { low: 67, high: 67 }, wounded: 0 });
    const message = failureOf(() => expect(sep10).toHaveCasualties("syrian-government", "SOHR", { killed: 60 }));
    expect(message).toContain("expected SOHR's count of 'syrian-government' losses at");
    expect(message).toContain("  - expected killed: 60\n  + received killed: 67");
    expect(message).toContain("2 reports added up; the latest:");
    expect(message).toContain("last added to by event 'cs-0903-sohr-casualties'");
  });

  it("lists the claimants there are when the one asked for gives no figure", () => {
    expect(() => expect(sep10).toHaveCasualties("syrian-government", "SOHRR", { killed: 67 })).toThrow(
      /SOHRR gives no figure for 'syrian-government'[\s\S]*did you mean 'SOHR'/,
    );
  });
});

describe("toHaveControlBasis", () => {
  const sep2 = campaign.at("2017-09-02");
  it("tells an inferred holding (and the capture it is inferred from) from a reported one", () => {
    expect(sep2).toHaveController("al-Shulah", "isil");
    expect(sep2).toHaveControlBasis("al-Shulah", "inferred");
    expect(sep2).toHaveControlBasis("al-Shulah", "inferred", "cs-0904-al-shulah");
    expect(sep2).not.toHaveControlBasis("al-Shulah", "reported");
    expect(sep2).toHaveControlBasis("Sukhnah", "reported");
    expect(campaign.at("2017-09-05")).toHaveControlBasis("al-Shulah", "reported");
  });

  it("fails with the basis and the capture in its diff", () => {
    const message = failureOf(() => expect(sep2).toHaveControlBasis("al-Shulah", "reported"));
    expect(message).toContain("to have a reported holding");
    expect(message).toContain("  - expected basis: 'reported'\n  + received basis: 'inferred'");
    expect(failureOf(() => expect(sep2).toHaveControlBasis("al-Shulah", "inferred", "cs-0904-kabajib"))).toContain(
      "inferred from 'cs-0904-kabajib'",
    );
  });
});
