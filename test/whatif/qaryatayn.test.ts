import { describe, expect, it } from "vitest";
import { branch } from "../../engine/whatif/builder.js";
import { compare } from "../../engine/whatif/compare.js";
import { replayBranch } from "../../engine/whatif/replay.js";
import { builtIn, place } from "../support/scenarios.js";

const { scenario } = builtIn("central-syria-2017");

// ISIL's counteroffensive of 28 September fails: al-Qaryatayn is attacked but holds.
const qaryatayinHolds = branch("qaryatayn-holds")
  .from(scenario)
  .replace("cs-1001-qaryatayn-lost", {
    id: "cs-1001-qaryatayn-assault-repelled",
    type: "assault-repelled",
    place: "al-qaryatayn",
    attacker: "isil",
    defender: "syrian-army",
    time: { text: "by 1 October", by: "2017-10-01", notBefore: "2017-09-28" },
    source: { document: "001_265e8942fcc8dd81", quote: "On 28 September, ISIL launched its own counteroffensive" },
    dependsOn: ["cs-0928-isil-counteroffensive"],
  })
  .note("What if ISIL's counteroffensive had not taken al-Qaryatayn?")
  .build();

describe("what if ISIL's counteroffensive on al-Qaryatayn had failed", () => {
  it("the recapture of 21 October loses its footing, and so does what was found on it", () => {
    const { consequences } = replayBranch(scenario, qaryatayinHolds);
    expect(consequences.map((c) => [c.event.id, c.rule, c.edit])).toEqual([
      ["cs-1021-qaryatayn-retaken", "dependency-missing", 0],
      ["cs-1021-qaryatayn-bodies", "dependency-missing", 0],
    ]);
    expect(consequences[1]?.message).toMatch(/cs-1021-qaryatayn-retaken.*lost its footing/);
  });

  it("the government holds the town through October instead of losing it for three weeks", () => {
    const c = compare(scenario, qaryatayinHolds, { at: "2017-10-10" });
    expect(c.places).toEqual([{ id: "al-qaryatayn", base: "isil", branch: "syrian-government" }]);
    expect(c.divergedAt).toBe("2017-09-28T00:00:00.000+03:00");
    const end = replayBranch(scenario, qaryatayinHolds).state;
    expect(place(end, "al-qaryatayn").controller).toBe("syrian-government");
    expect(compare(scenario, qaryatayinHolds).places).toEqual([]);
  });

  it("strict replay refuses the recapture of a town never lost", () => {
    expect(() => replayBranch(scenario, qaryatayinHolds, { mode: "strict" })).toThrow(
      /cs-1021-qaryatayn-retaken.*edits\[0\]/s,
    );
  });
});
