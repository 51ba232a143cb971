import { describe, expect, it } from "vitest";
import { RuleViolationError } from "../../engine/index.js";
import { branch } from "../../engine/whatif/builder.js";
import { compare } from "../../engine/whatif/compare.js";
import { BranchViolationError, replayBranch } from "../../engine/whatif/replay.js";
import { builtIn, siege } from "../support/scenarios.js";

const { scenario } = builtIn("central-syria-2017");
const noLinkUp = branch("no-link-up")
  .from(scenario)
  .drop("cs-0905-link-up-137th")
  .note("What if the army had not reached the 137th Brigade on 5 September?")
  .build();

describe("what if the army had not linked up with the 137th Brigade on 5 September", () => {
  it("the siege of Deir ez-Zor is no longer broken: the break loses its footing, traced to the dropped link-up", () => {
    const { state, consequences } = replayBranch(scenario, noLinkUp, { until: "2017-09-06" });
    expect(consequences.map((c) => [c.event.id, c.rule, c.edit])).toEqual([
      ["cs-0905-siege-broken", "dependency-missing", 0],
    ]);
    expect(consequences[0]?.message).toContain("cs-0905-link-up-137th");
    expect(siege(state, "deir-ez-zor-city").status).toBe("active");
  });

  it("strict replay stops at the siege break and names the edit it traces to", () => {
    const replayStrictly = () => replayBranch(scenario, noLinkUp, { mode: "strict" });
    expect(replayStrictly).toThrow(BranchViolationError);
    expect(replayStrictly).toThrow(RuleViolationError);
    expect(replayStrictly).toThrow(
      /cs-0905-siege-broken.*dependency-missing.*edits\[0\]: drop 'cs-0905-link-up-137th'/s,
    );
  });

  it("the histories part at the link-up's earliest time, and on 6 September the siege and the front to the city differ", () => {
    const c = compare(scenario, noLinkUp, { at: "2017-09-06" });
    expect(c.divergedAt).toBe("2017-09-05T13:00:00.000+03:00");
    expect(c.divergedAfterEvent).toBe("cs-0905-link-up-137th");
    expect(c.sieges).toEqual([
      { id: "deir-ez-zor-city", base: "broken", branch: "active", supply: { base: "open", branch: "open" } },
    ]);
    expect(c.places).toEqual([]);
    // In the base the break relieved the city, closing the army's front to it; in the branch it stays open.
    expect(c.fronts.map((f) => [f.place, f.side, f.closed])).toEqual([
      ["deir-ez-zor", "syrian-government", { base: "relieved", branch: null }],
    ]);
  });

  it("asked for no moment, it compares at the end of the span, as simulate measures", () => {
    const c = compare(scenario, noLinkUp);
    expect(Date.parse(c.at)).toBe(Date.parse(scenario.span.end));
    expect(c.at.endsWith("+03:00")).toBe(true);
  });

  it("before 5 September nothing differs", () => {
    const c = compare(scenario, noLinkUp, { at: "2017-09-04" });
    expect([c.places, c.sieges, c.fronts]).toEqual([[], [], []]);
  });

  it("the unedited scenario replays with no consequences at all", () => {
    const same = branch("as-it-was").from(scenario).build();
    expect(replayBranch(scenario, same).consequences).toEqual([]);
    expect(compare(scenario, same).divergedAt).toBeNull();
  });
});
