import { describe, expect, it } from "vitest";
import { ForecastError } from "../../engine/forecast/setup.js";
import { branchPointOf, forecastBranch } from "../../engine/forecast/whatif.js";
import { branch } from "../../engine/whatif/builder.js";
import { builtIn } from "../support/scenarios.js";

const { scenario } = builtIn("central-syria-2017");
const noLinkUp = branch("no-link-up").from(scenario).drop("cs-0905-link-up-137th").drop("cs-0905-siege-broken").build();
const options = { until: "2017-10-31", runs: 200, seed: "s1", workers: 0 } as const;
const first = await forecastBranch({ scenario, branch: noLinkUp }, options);
const city = first.milestones.find((m) => m.id === "siege:deir-ez-zor-city");

describe("branchPointOf", () => {
  it("is the first edited event's earliest time, and the end of the day before it", () => {
    expect(branchPointOf(scenario, noLinkUp)).toEqual({
      at: "2017-09-05T13:00:00.000+03:00",
      event: "cs-0905-link-up-137th",
      origin: "2017-09-04T23:59:59.999+03:00",
    });
  });

  it("takes a moved event's old time when it moves later, its new time when it moves earlier", () => {
    const later = branch("late").from(scenario).shift("cs-0905-link-up-137th", { days: 2 }).build();
    expect(branchPointOf(scenario, later).origin).toBe("2017-09-04T23:59:59.999+03:00");
    const earlier = branch("early").from(scenario).shift("cs-0905-link-up-137th", { days: -3 }).build();
    expect(branchPointOf(scenario, earlier)).toMatchObject({
      at: "2017-09-02T13:00:00.000+03:00",
      event: "cs-0905-link-up-137th",
      origin: "2017-09-01T23:59:59.999+03:00",
    });
  });

  it("names the dropped event, not the one of the same time that takes its place in the log", () => {
    const far = branch("far").from(scenario).drop("cs-0904-within-3-km-of-deir-ez-zor").build();
    expect(branchPointOf(scenario, far)).toEqual({
      at: "2017-09-04T00:00:00.000+03:00",
      event: "cs-0904-within-3-km-of-deir-ez-zor",
      origin: "2017-09-03T23:59:59.999+03:00",
    });
  });

  it("refuses a branch that changes nothing, saying what to do", () => {
    const none = branch("none").from(scenario).build();
    expect(() => branchPointOf(scenario, none)).toThrow(ForecastError);
    expect(() => branchPointOf(scenario, none)).toThrow(
      /leaves the log of 'central-syria-2017' as it is: give it an edit/,
    );
  });
});

describe("forecastBranch", () => {
  it("starts from the branch point, where both logs know the same: one forecast for both", () => {
    expect(first.from).toBe("2017-09-04T23:59:59.999+03:00");
    expect(first.branchPoint.event).toBe("cs-0905-link-up-137th");
    expect(first.forecasts.base).toBe(first.forecasts.branch);
    expect(first.runs).toBe(200);
    expect(first.seed).toBe("s1");
  });

  it("sets the city siege's forecast beside its recorded break on 5 September", () => {
    expect(city?.recorded).toEqual({
      date: "2017-09-05",
      time: "2017-09-05T13:00:00.000+03:00",
      event: "cs-0905-siege-broken",
      how: "broken",
    });
    expect(city?.forecast.samples).toHaveLength(200);
    expect(city?.forecast.dates.p50 ?? "").toMatch(/^2017-(09|10)-/);
    expect((city?.forecast.dates.p50 ?? "") >= "2017-09-05").toBe(true);
  });

  it("without the link-up, the break comes later than recorded, or not by the horizon, in about half the runs", () => {
    // Runs on 5 September itself (the front stood 3 km away) are not later; the share is counted from the samples.
    const samples = [...(city?.forecast.samples ?? [])];
    // The origin is the end of 4 September: 5 September starts at ~0 days after it, 6 September at 1.
    const later = samples.filter((d) => d > 0.5).length / samples.length;
    expect(city?.laterThanRecorded).toBeCloseTo(later, 12);
    expect(city?.laterThanRecorded).toBeGreaterThan(0.3);
    expect(city?.laterThanRecorded).toBeLessThan(0.9);
  });

  it("gives the same result for the same seed, another for another seed", async () => {
    const again = await forecastBranch({ scenario, branch: noLinkUp }, options);
    expect(again.milestones.map((m) => [m.id, [...m.forecast.samples], m.laterThanRecorded])).toEqual(
      first.milestones.map((m) => [m.id, [...m.forecast.samples], m.laterThanRecorded]),
    );
    const other = await forecastBranch({ scenario, branch: noLinkUp }, { ...options, runs: 50, seed: "s2" });
    const head = [...(city?.forecast.samples ?? [])].slice(0, 50);
    expect([...(other.milestones.find((m) => m.id === city?.id)?.forecast.samples ?? [])]).not.toEqual(head);
  });

  it("from a moment after the branch point, forecasts each log from its own state", async () => {
    const f = await forecastBranch(
      { scenario, branch: noLinkUp },
      { ...options, from: "2017-09-05", until: "2017-09-20", runs: 20 },
    );
    expect(f.forecasts.base).not.toBe(f.forecasts.branch);
    // Broken in the base by then: open only in the branch, with nothing the base records after the origin.
    expect(f.forecasts.base.milestones.some((m) => m.id === "siege:deir-ez-zor-city")).toBe(false);
    const m = f.milestones.find((x) => x.id === "siege:deir-ez-zor-city");
    expect(m?.recorded).toBeNull();
    expect(m?.laterThanRecorded).toBeNull();
  });

  it("refuses a horizon not after the branch point, naming it", async () => {
    await expect(forecastBranch({ scenario, branch: noLinkUp }, { ...options, until: "2017-09-04" })).rejects.toThrow(
      ForecastError,
    );
    await expect(forecastBranch({ scenario, branch: noLinkUp }, { ...options, until: "2017-09-01" })).rejects.toThrow(
      /--until 2017-09-01 .* is not after the branch point \(2017-09-04T23:59:59.999\+03:00, before 'cs-0905-link-up-137th'/,
    );
  });
});
