import { describe, expect, it } from "vitest";
import type { EventOf } from "../../engine/events/event.js";
import { Ledger } from "../../engine/state/ledger.js";
import { branch } from "../../engine/whatif/builder.js";
import { compare } from "../../engine/whatif/compare.js";
import { sitrep } from "../cli/run.js";
import { builtIn, stateOn } from "../support/scenarios.js";

const { scenario } = builtIn("central-syria-2017");
const HAMIMAH = "cs-0716-hamimah-casualties";
const report = scenario.events.find((e) => e.id === HAMIMAH) as EventOf<"casualties">;
const noReport = branch("no-hamimah-report").from(scenario).drop(HAMIMAH).build();

describe("what if a casualty report had not been made", () => {
  it("the losses its source counts for the side differ by the report's figures; nothing else does", () => {
    const c = compare(scenario, noReport);
    const claimant = report.source.document;
    const base = Ledger.get(
      stateOn("central-syria-2017", "2017-10-21").casualties["syrian-government"] ?? [],
      claimant,
    );
    const figure = report.figures[0];
    expect(figure?.actor).toBe("syrian-army"); // an actor of the Syrian government's side
    expect(c.casualties).toHaveLength(1);
    const d = c.casualties[0];
    expect(d).toMatchObject({ side: "syrian-government", claimant });
    expect(d?.base?.killed).toEqual(base?.killed);
    expect((d?.base?.killed.best ?? 0) - (d?.branch?.killed.best ?? 0)).toBe(figure?.killed?.best);
    expect((d?.base?.wounded.best ?? 0) - (d?.branch?.wounded.best ?? 0)).toBe(figure?.wounded?.best);
    expect([c.places, c.sieges, c.fireControl, c.fronts, c.civilianDeaths]).toEqual([[], [], [], [], []]);
  });

  it("before the report nothing differs, and the unedited scenario differs in nothing", () => {
    expect(compare(scenario, noReport, { at: "2017-07-15" }).casualties).toEqual([]);
    const same = compare(scenario, branch("as-it-was").from(scenario).build());
    expect([same.casualties, same.civilianDeaths]).toEqual([[], []]);
  });

  it("a source's only count of civilians killed, dropped, is none counted in the branch", () => {
    const sohr = scenario.events.find((e) => e.id === "cs-1021-qaryatayn-sohr-toll") as EventOf<"civilians-killed">;
    const others = scenario.events.filter(
      (e) => e.type === "civilians-killed" && e.id !== sohr.id && e.source.attribution === sohr.source.attribution,
    );
    expect(others).toEqual([]); // SOHR counts civilians killed nowhere else in the campaign
    const c = compare(scenario, branch("no-sohr-toll").from(scenario).drop(sohr.id).build());
    const { low, best, high } = sohr.killed;
    // a tally adds figures up: their numbers, not the wording of one report
    expect(c.civilianDeaths).toEqual([{ claimant: "SOHR", base: { low, best, high, text: null }, branch: null }]);
    expect(c.casualties).toEqual([]);
  });

  it("sitrep whatif lists the losses that differ, under the source that counts them", () => {
    const r = sitrep(["whatif", "central-syria-2017", "--drop", HAMIMAH]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split("\n");
    const at = lines.indexOf("  Losses that differ (base → branch):");
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(
      /^ {4}Syrian government \(according to "Central Syria campaign"\): \d+ killed, .* → \d+ killed, 65 wounded$/,
    );
  });
});
