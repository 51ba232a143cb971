import { describe, expect, it } from "vitest";
import { Campaign, replay } from "../../engine/index.js";
import { registerScenario, setupMatchers, snapshotAt } from "../../engine/testing/index.js";
import { failureOf, userScenario } from "./support.js";

setupMatchers();

describe("what the matchers read names in", () => {
  it("a snapshot that carries its scenario: the scenario's own catalogue and quotes", () => {
    const s = userScenario();
    const at = snapshotAt(Campaign.of(s), "2017-08-07");
    expect(at).toHaveController("Fixture Town", "syrian-government");
    expect(failureOf(() => expect(at).toHaveController("Wadi al-Fixture", "isil"))).toContain(
      '"By 6 August, the army had captured Wadi Fixture."',
    );
  });

  it("a { state, catalogue } pair", () => {
    const s = userScenario();
    const state = Campaign.of(s).at("2017-08-07").state;
    expect({ state, catalogue: s.catalogue }).toHaveController("Wadi Fixture", "syrian-government");
    // Without events, the quote cannot be found, and the message says what to pass.
    expect(failureOf(() => expect({ state, catalogue: s.catalogue }).toBeContested("Fixture Town"))).toContain(
      "pass the scenario or its events to see its quote",
    );
  });

  it("a plain state of a user's scenario: the built-in catalogue, with a hint, until the scenario is registered", () => {
    const s = userScenario();
    const state = replay(s.initial, s.events);
    expect(() => expect(state).toHaveController("Fixture Town", "syrian-government")).toThrow(
      /no place 'Fixture Town'.*read in the built-in catalogue.*registerScenario/,
    );
    // Ids still work: they are the state's own.
    expect(state).toHaveController("fx-wadi", "syrian-government");
    registerScenario(s);
    expect(state).toHaveController("Fixture Town", "syrian-government");
    expect(Campaign.of(s).at("2017-08-07")).toHaveController("Wadi al-Fixture", "syrian-government");
  });
});
