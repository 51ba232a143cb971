// The forecast matchers of docs/testing.md, run as a user would run them.
// #region forecast-matchers
import { branch, forecastBranch, loadScenario } from "sitrep";
import { setupMatchers } from "sitrep/testing";
import { expect, it } from "vitest";

setupMatchers();
const s = loadScenario("central-syria-2017");

it("reported 18 km away on 4 September rather than 3, the city's siege is broken later", async () => {
  const far = branch("far").from(s).drop("cs-0904-within-3-km-of-deir-ez-zor").build();
  const f = await forecastBranch(
    { scenario: s, branch: far },
    {
      from: "2017-09-04",
      until: "2017-10-31",
      runs: 200,
      seed: "s1",
      workers: 0,
    },
  );
  expect(f.forecasts.base).toHaveMilestoneProbability("siege:deir-ez-zor-city", { by: "2017-09-30", within: [0.9, 1] });
  expect(f.forecasts.base).toHaveMedianBetween("siege:deir-ez-zor-city", "2017-09-05", "2017-09-10");
  expect(f.forecasts.branch).toComeLaterThan(f.forecasts.base, "siege:deir-ez-zor-city", { probability: 0.5 });
});
// #endregion forecast-matchers
