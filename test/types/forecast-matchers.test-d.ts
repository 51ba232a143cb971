import { describe, expect, expectTypeOf, it } from "vitest";
import type { Forecast } from "../../engine/forecast/forecast.js";
import type { BranchForecast } from "../../engine/forecast/whatif.js";
import type { LaterThan, MilestoneProbability } from "../../engine/testing/index.js";

describe("the forecast matchers' typings", () => {
  it("take a milestone id and a typed expectation", () => {
    const f = {} as Forecast;
    expectTypeOf(expect(f).toHaveMilestoneProbability).parameters.toEqualTypeOf<[string, MilestoneProbability]>();
    expectTypeOf(expect(f).toHaveMedianBetween).parameters.toEqualTypeOf<[string, string, string]>();
    expectTypeOf<MilestoneProbability["within"]>().toEqualTypeOf<readonly [number, number]>();
    expectTypeOf<LaterThan>().toEqualTypeOf<{ readonly probability: number }>();
  });

  it("compare with a Forecast or a BranchForecast, never a bare number", () => {
    const f = {} as Forecast;
    const b = {} as BranchForecast;
    expect(b).toComeLaterThan(f, "siege:deir-ez-zor-city", { probability: 0.5 });
    expect(f).toComeLaterThan(b, "siege:deir-ez-zor-city", { probability: 0.5 });
    // @ts-expect-error the least probability is named: { probability: 0.5 }
    expect(f).toComeLaterThan(f, "siege:deir-ez-zor-city", 0.5);
    // @ts-expect-error the other side of the comparison is a forecast
    expect(f).toComeLaterThan(0.5, "siege:deir-ez-zor-city", { probability: 0.5 });
    // @ts-expect-error within is a pair [lo, hi]
    expect(f).toHaveMilestoneProbability("siege:deir-ez-zor-city", { within: 0.5 });
  });
});
