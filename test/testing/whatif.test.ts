import { describe, expect, it } from "vitest";
import { BranchEditError, loadScenario } from "../../engine/index.js";
import { setupMatchers, whatIf } from "../../engine/testing/index.js";

setupMatchers();

const s = loadScenario("central-syria-2017");

describe("whatIf", () => {
  it("a dropped link-up: the siege break loses its footing, traced to the drop", () => {
    const c = whatIf(s).drop("cs-0905-link-up-137th").thenLosesFooting("cs-0905-siege-broken", "dependency-missing");
    expect(c.edit).toBe(0);
    expect(c.message).toContain("cs-0905-link-up-137th");
  });

  it("hands the outcome to the matchers, which read names in the scenario and quote the branch's events", () => {
    const o = whatIf(s)
      .drop("cs-0905-link-up-137th")
      .until("2017-09-06")
      .thenExpect((outcome) => {
        expect(outcome).toHaveSiegeStatus("deir-ez-zor-city", "active");
        expect(outcome.state).toHaveSiegeStatus("deir-ez-zor-city", "active");
        expect(outcome.compare().sieges).toEqual([
          { id: "deir-ez-zor-city", base: "broken", branch: "active", supply: { base: "open", branch: "open" } },
        ]);
      });
    expect(o.branch.edits).toEqual([{ op: "drop", event: "cs-0905-link-up-137th" }]);
  });

  it("is immutable: one start, several questions", () => {
    const base = whatIf(s).until("2017-09-06");
    base.thenKeepsFooting();
    base.drop("cs-0905-link-up-137th").thenLosesFooting("cs-0905-siege-broken");
    expect(base.branch.edits).toEqual([]);
  });

  it("fails with every consequence listed when the event keeps its footing, or breaks another rule", () => {
    expect(() => whatIf(s).until("2017-09-06").thenLosesFooting("cs-0905-siege-broken")).toThrow(
      /expected 'cs-0905-siege-broken' to lose its footing after no edits, but it keeps it/,
    );
    expect(() =>
      whatIf(s).drop("cs-0905-link-up-137th").thenLosesFooting("cs-0905-siege-broken", "siege-not-active"),
    ).toThrow(/by rule 'siege-not-active', but it breaks 'dependency-missing'/);
    expect(() => whatIf(s).drop("cs-0905-link-up-137th").until("2017-09-06").thenKeepsFooting()).toThrow(
      /- 'cs-0905-siege-broken' breaks 'dependency-missing' \(edit edits\[0\]\)/,
    );
  });

  it("rejects an edit aimed at an event that is not there, with the closest ids", () => {
    const err = whatIf(s)
      .drop("cs-0905-link-up-137thh")
      .thenRejectsEdit(0, /closest: 'cs-0905-link-up-137th'/);
    expect(err).toBeInstanceOf(BranchEditError);
    expect(() => whatIf(s).drop("cs-0905-link-up-137th").thenRejectsEdit()).toThrow(/but the branch applied/);
  });

  it("takes the other edits too: a shift that puts the break before its link-up", () => {
    whatIf(s)
      .shift("cs-0905-siege-broken", { hours: -2 })
      .thenLosesFooting("cs-0905-siege-broken", "dependency-missing");
  });
});
