import { describe, expect, it } from "vitest";
import { Campaign } from "../../engine/campaign.js";
import { Ledger } from "../../engine/state/ledger.js";
import { renderDiff } from "../../replay/render/changes.js";
import { plain } from "../../replay/render/colors.js";
import { lossesText } from "../../replay/render/losses.js";
import { namesOf } from "../../replay/render/names.js";
import { claimantLabel } from "../../replay/render/state.js";
import { builtIn } from "../support/scenarios.js";

const { scenario } = builtIn("central-syria-2017");
const campaign = Campaign.of(scenario);
const names = namesOf(scenario.catalogue, [...scenario.initialEvents, ...scenario.events]);
const label = (id: string) => claimantLabel(id, scenario.documents);

describe("the losses of `sitrep diff`", () => {
  it("gives each source's count that changed, before and after, under its side", () => {
    const [from, to] = ["2017-09-01", "2017-09-10"];
    const lines = renderDiff(campaign.diff(from, to), names, plain, label);
    const at = lines.indexOf("Losses (before → after)");
    expect(at).toBeGreaterThan(0);
    const tally = (when: string, side: string, source: string) => {
      const bySource = campaign.at(when).state.casualties[side];
      return bySource === undefined ? undefined : Ledger.get(bySource, source);
    };
    // every side and source whose count moved in those days, from the states themselves
    const expected: string[] = [];
    for (const side of ["isil", "syrian-government"])
      for (const source of ["SOHR"]) {
        const [a, b] = [tally(from, side, source), tally(to, side, source)];
        const [x, y] = [lossesText(a ?? null), lossesText(b ?? null)];
        if (x !== y) expected.push(`  ${names.side(side)} (according to SOHR): ${x} → ${y}`);
      }
    expect(expected.length).toBeGreaterThan(0);
    for (const line of expected) expect(lines.slice(at + 1)).toContain(line);
    // and losses are not listed again by id under "Other"
    const other = lines.indexOf("Other");
    expect(lines.slice(other).some((l) => l.startsWith("  casualties:"))).toBe(false);
  });

  it("says nothing of losses when none changed", () => {
    const lines = renderDiff(campaign.diff("2017-07-14", "2017-07-14"), names, plain, label);
    expect(lines).not.toContain("Losses (before → after)");
  });
});
