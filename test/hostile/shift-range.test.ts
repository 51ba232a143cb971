import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyEdits, type Branch, BranchEditError } from "../../engine/index.js";
import { branch } from "../../engine/whatif/builder.js";
import { sitrep } from "../cli/run.js";
import { builtIn } from "../support/scenarios.js";

const { scenario } = builtIn("central-syria-2017");
const LINK_UP = "cs-0905-link-up-137th";

describe("a shift that leaves the representable times is refused, never dropped silently", () => {
  it.each([[{ days: 1e9 }], [{ days: -1e9 }], [{ days: 3_000_000 }], [{ hours: 1e12 }], [{ minutes: -1e15 }]])(
    "shifting an event by %j throws BranchEditError naming the edit, the event and the limit",
    (by) => {
      const b: Branch = { name: "far", note: "", base: scenario.id, edits: [{ op: "shift", event: LINK_UP, by }] };
      const limit = new RegExp(
        `edits\\[0\\]: .*moves '${LINK_UP}' .* outside the times sitrep can represent \\(years 1 to 9999\\)`,
      );
      expect(() => applyEdits(scenario, b)).toThrow(BranchEditError);
      expect(() => applyEdits(scenario, b)).toThrow(limit);
      // The builder checks what it builds, and says the same.
      expect(() => branch("far").from(scenario).shift(LINK_UP, by).build()).toThrow(
        /outside the times sitrep can represent/,
      );
    },
  );

  it("a shift that stays in range still moves the event", () => {
    const b = branch("near")
      .from(scenario)
      .shift(LINK_UP, { days: 365 * 100 })
      .build();
    const moved = applyEdits(scenario, b).events.find((e) => e.id === LINK_UP);
    expect(moved?.time.earliest.slice(0, 4)).toBe("2117");
  });

  it("sitrep whatif with a branch file shifting by 1e9 days: one located line, exit 2, no comparison printed", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-shift-"));
    const file = join(dir, "far.branch.json");
    writeFileSync(
      file,
      JSON.stringify(
        {
          name: "far",
          note: "Far",
          base: "central-syria-2017",
          edits: [{ op: "shift", event: LINK_UP, by: { days: 1e9 } }],
        },
        null,
        2,
      ),
    );
    const r = sitrep(["whatif", "--branch", file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toMatch(/never diverge/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/far\.branch\.json:\d+:\d+: .*edits\[0\].*outside the times sitrep can represent/);
  });
});
