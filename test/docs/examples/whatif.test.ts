// The code of docs/whatif.md, run as written and held to what its comments say.
// #region builder
import { branch, compare, loadScenario, replayBranch } from "sitrep";

// #endregion builder
// #region forecast-branch
import { forecastBranch } from "sitrep";

// #endregion forecast-branch
import { describe, expect, it } from "vitest";

describe("what-if branches, as docs/whatif.md shows them", () => {
  // #region builder
  const s = loadScenario("central-syria-2017");
  const noLinkUp = branch("no-link-up")
    .from(s) // a loaded scenario: build() checks every edit against it
    .drop("cs-0905-link-up-137th")
    .note("What if the army had not reached the 137th Brigade on 5 September?")
    .build();
  // also: .insertBefore(id, event) .insertAfter(id, event) .insertAt(time, event)
  //       .replace(id, event) .shift(id, { days: 2 }) .shift(id, { to: { text, date } })
  // #endregion builder

  it("a dropped link-up takes the siege's breaking with it", () => {
    // #region consequences
    const { consequences } = replayBranch(s, noLinkUp);
    consequences.map((c) => [c.event.id, c.rule, c.edit]); // [["cs-0905-siege-broken", "dependency-missing", 0]]
    consequences[0]?.message; // "it depends on 'cs-0905-link-up-137th', which is not in the log any more"
    // #endregion consequences
    expect(consequences.map((c) => [c.event.id, c.rule, c.edit])).toEqual([
      ["cs-0905-siege-broken", "dependency-missing", 0],
    ]);
    expect(consequences[0]?.message).toBe("it depends on 'cs-0905-link-up-137th', which is not in the log any more");
    expect(compare(s, noLinkUp).divergedAt).not.toBeNull();
  });

  it("forecasts a branch from its branch point next to what the base records", async () => {
    // #region forecast-branch
    const cut = branch("no-link-up").from(s).drop("cs-0905-link-up-137th").drop("cs-0905-siege-broken").build();
    const f = await forecastBranch({ scenario: s, branch: cut }, { until: "2017-10-31", runs: 200, seed: "s1" });
    f.branchPoint; // { at: "2017-09-05T13:00:00.000+03:00", event: "cs-0905-link-up-137th", origin: "2017-09-04T23:59:59.999+03:00" }
    const city = f.milestones.find((m) => m.id === "siege:deir-ez-zor-city");
    city?.recorded; // { date: "2017-09-05", time: "2017-09-05T13:00:00.000+03:00", event: "cs-0905-siege-broken", how: "broken" }
    city?.forecast.dates; // { p5, p25, p50, p75, p95 }: the dates it would have been broken instead (null: beyond the horizon)
    city?.forecast.beyond; // the share of runs in which it is not broken by the horizon
    city?.laterThanRecorded; // the share of runs in which it comes on a later day than recorded, or not by the horizon
    // #endregion forecast-branch
    expect(f.branchPoint).toEqual({
      at: "2017-09-05T13:00:00.000+03:00",
      event: "cs-0905-link-up-137th",
      origin: "2017-09-04T23:59:59.999+03:00",
    });
    expect(city?.recorded).toEqual({
      date: "2017-09-05",
      time: "2017-09-05T13:00:00.000+03:00",
      event: "cs-0905-siege-broken",
      how: "broken",
    });
    expect(Object.keys(city?.forecast.dates ?? {})).toEqual(["p5", "p25", "p50", "p75", "p95"]);
    expect(city?.forecast.beyond).toBeGreaterThanOrEqual(0);
    expect(city?.laterThanRecorded).toBeGreaterThan(0.5);
  });
});
