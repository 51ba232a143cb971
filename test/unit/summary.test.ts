import { describe, expect, it } from "vitest";
import { namesOf } from "../../replay/render/names.js";
import { summary } from "../../replay/render/summary.js";
import { builtIn } from "../support/scenarios.js";

const { scenario } = builtIn("central-syria-2017");
const names = namesOf(scenario.catalogue, [...scenario.initialEvents, ...scenario.events]);
const of = (id: string) => {
  const e = scenario.events.find((x) => x.id === id);
  if (e === undefined) throw new Error(`no event '${id}'`);
  return summary(e, names);
};

describe("event summaries name sieges, operations and pockets as they name places", () => {
  it("a siege by the name it was laid under", () => {
    expect(of("cs-0905-siege-broken")).toBe("Syrian Arab Army breaks the Siege of Deir ez-Zor city");
    expect(of("cs-0909-airport-siege-broken")).toBe("Syrian Arab Army breaks the Siege of Deir ez-Zor airport");
  });

  it("an operation and a pocket by the name the event that began them gives", () => {
    expect(of("cs-1006-southeastern-hama-concluded")).toBe(
      "Syrian Arab Army concludes Operations in the southeastern countryside of Hama: the pocket erased; the remaining 1,800 km2 captured",
    );
    expect(of("cs-0826-second-pocket-cleared")).toMatch(/clears the Second ISIL pocket, between Sukhnah and Sha'er/);
  });

  it("falls back to the id where the log gives no name", () => {
    expect(namesOf(scenario.catalogue).siege("deir-ez-zor-city")).toBe("deir-ez-zor-city");
  });
});
