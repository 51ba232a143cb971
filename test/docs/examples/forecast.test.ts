// The code of docs/forecast.md, run as written and held to what its comments say.
// #region forecast
import { Campaign, forecast, forecastRun, loadScenario } from "sitrep";

// #endregion forecast
// #region process
import { BUILT_IN_PROCESSES, type ForecastProcess } from "sitrep";

// #endregion process
import { describe, expect, it } from "vitest";

describe("forecasting, as docs/forecast.md shows it", () => {
  const scenario = loadScenario("central-syria-2017");

  it("forecasts the end of the siege and questions one run's future", async () => {
    // #region forecast
    const f = await forecast(scenario, { from: "2017-08-20", until: "2017-10-31", runs: 500, seed: "s1" });
    const city = f.milestones.find((m) => m.id === "siege:deir-ez-zor-city");
    city?.dates.p50; // the median date the siege ends
    city?.happened; // the share of runs in which it ended by 31 October

    const run = forecastRun(scenario, { from: "2017-08-20", until: "2017-10-31", seed: "s1" }, 7);
    Campaign.of(run.scenario).explain("Deir ez-Zor", "2017-10-31"); // works on the simulated future
    // #endregion forecast
    expect(city?.dates.p50).toMatch(/^2017-(08|09|10)-\d\d$/);
    expect(city?.happened).toBeGreaterThan(0.5);
    expect(Campaign.of(run.scenario).explain("Deir ez-Zor", "2017-10-31").summary).toContain("Deir ez-Zor");
    expect(run.scenario.events.some((e) => e.simulated !== undefined)).toBe(true);
  });

  it("takes a process of the user's own", async () => {
    const [from, until] = ["2017-08-20", "2017-09-20"];
    // #region process
    const strikes: ForecastProcess<{ perDay: number }, null> = {
      id: "daily-strikes",
      estimate: () => ({ perDay: 0.5 }),
      start: () => null,
      step(ctx, p) {
        if (ctx.rng() < p.perDay)
          ctx.emit({ type: "airstrike", actor: "russian-air-force", against: "isil", place: "deir-ez-zor" }, p);
      },
    };
    await forecast(scenario, { from, until, runs: 50, seed: "s", processes: [...BUILT_IN_PROCESSES, strikes] });
    // #endregion process
    const run = forecastRun(scenario, { from, until, seed: "s", processes: [...BUILT_IN_PROCESSES, strikes] }, 0);
    const own = run.scenario.events.filter((e) => e.simulated?.process === "daily-strikes");
    expect(own.length).toBeGreaterThan(5);
    expect(own.every((e) => e.type === "airstrike")).toBe(true);
  });
});
