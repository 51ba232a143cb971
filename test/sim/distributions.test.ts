import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quantiles, sampleTriangular } from "../../engine/sim/distributions.js";
import { runRng } from "../../engine/sim/rng.js";
import { simulate } from "../../engine/sim/simulate.js";
import { propertyParams } from "../../engine/testing/index.js";
import { builtIn } from "../support/scenarios.js";

describe("uncertain quantities", () => {
  it("a draw always lies between low and high", () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.nat(), (a, b, c, i) => {
        const [low, best, high] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
        const v = sampleTriangular({ low, best, high, text: null }, runRng("bounds", i));
        expect(v).toBeGreaterThanOrEqual(low);
        expect(v).toBeLessThanOrEqual(high);
      }),
      propertyParams(),
    );
  });

  it("draws follow the triangular distribution: mean (low + best + high) / 3, mode at best", () => {
    const q = { low: 30, best: 32.5, high: 35, text: "between 30 and 35 kilometers" };
    const rng = runRng("triangle", 0);
    const xs = Float64Array.from({ length: 20_000 }, () => sampleTriangular(q, rng));
    const r = quantiles(xs);
    expect(r?.mean).toBeCloseTo(32.5, 1);
    expect(r?.p50).toBeCloseTo(32.5, 1);
    // P(X <= 31) = (31-30)^2 / ((35-30)(32.5-30)) = 0.08
    expect(xs.filter((x) => x <= 31).length / xs.length).toBeCloseTo(0.08, 1);
  });

  it("an exact figure draws nothing, so it never shifts the draws after it", () => {
    const a = runRng("exact", 3);
    const b = runRng("exact", 3);
    expect(sampleTriangular({ low: 22, best: 22, high: 22, text: null }, a)).toBe(22);
    expect(a()).toBe(b());
  });

  it("a figure with no ceiling ('over 120') is never drawn above its best value", () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.nat(), (a, b, i) => {
        const [low, best] = [a, b].sort((x, y) => x - y) as [number, number];
        const v = sampleTriangular({ low, best, high: null, text: "over" }, runRng("open", i));
        expect(v).toBeGreaterThanOrEqual(low);
        expect(v).toBeLessThanOrEqual(best);
      }),
      propertyParams(),
    );
  });

  it("quantiles interpolate between order statistics and leave absent runs out", () => {
    expect(quantiles(Float64Array.of(4, Number.NaN, 1, 3, 2, 5))).toEqual({
      n: 5,
      p5: 1.2,
      p25: 2,
      p50: 3,
      p75: 4,
      p95: 4.8,
      mean: 3,
    });
    expect(quantiles(Float64Array.of(Number.NaN))).toBeNull();
  });

  it("sampling central Syria's ranges spreads a front's distance between the bounds its source gives", async () => {
    const { scenario } = builtIn("central-syria-2017");
    const r = await simulate(scenario, {
      runs: 400,
      seed: "fronts",
      at: ["2017-09-03"],
      workers: 0,
      measures: { places: [] },
    });
    const share = r.places; // no places asked
    expect(share).toEqual({});
    const siege = r.sieges["deir-ez-zor-city"]?.["2017-09-03"];
    expect(siege).toEqual({ active: 1 });
  });
});
