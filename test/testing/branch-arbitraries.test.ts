import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits, type Edit, loadScenario, replayBranch } from "../../engine/index.js";
import { branchArb, branchEditsArb, propertyParams } from "../../engine/testing/index.js";
import { userScenario } from "./support.js";

const scenarios = [
  loadScenario("central-syria-2017"),
  loadScenario("deir-ez-zor-2017-01"),
  loadScenario("anbar-2015"),
  userScenario(),
];

describe("branchEditsArb", () => {
  for (const s of scenarios) {
    it(`every generated branch of ${s.id} applies without a BranchEditError, and replays tolerantly`, () => {
      fc.assert(
        fc.property(branchArb(s), (b) => {
          applyEdits(s, b);
          const { consequences, state } = replayBranch(s, b);
          for (const c of consequences) expect(c.edit === null || c.edit < b.edits.length).toBe(true);
          expect(state.applied).toBeGreaterThan(0);
        }),
        propertyParams({ numRuns: 100 }),
      );
    });
  }

  it("draws every op and every kind of insert anchor", () => {
    const s = scenarios[0];
    if (s === undefined) throw new Error("no scenario");
    const seen = new Set<string>();
    const kind = (e: Edit): string =>
      e.op !== "insert" ? e.op : "before" in e ? "insert-before" : "after" in e ? "insert-after" : "insert-at";
    for (const edits of fc.sample(branchEditsArb(s), { numRuns: 200, seed: 1 }))
      for (const e of edits) seen.add(kind(e));
    expect([...seen].sort()).toEqual(["drop", "insert-after", "insert-at", "insert-before", "replace", "shift"]);
  });

  it("keeps to the ops and the number of edits asked for", () => {
    const s = scenarios[3];
    if (s === undefined) throw new Error("no scenario");
    fc.assert(
      fc.property(branchEditsArb(s, { ops: ["drop"], minEdits: 2, maxEdits: 3 }), (edits) => {
        expect(edits.length).toBeGreaterThanOrEqual(2);
        expect(edits.length).toBeLessThanOrEqual(3);
        for (const e of edits) expect(e.op === "drop" || e.op === "insert").toBe(true);
      }),
      propertyParams(),
    );
  });
});
