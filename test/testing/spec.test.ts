import { describe, expect, it } from "vitest";
import { loadScenario, RuleViolationError } from "../../engine/index.js";
import { setupMatchers, spec } from "../../engine/testing/index.js";
import { on, testCatalogue } from "../support/fixtures.js";

setupMatchers();

const cat = testCatalogue();
const held = on("01-01", { type: "control-reported", place: "north-town", actor: "army" });
const retaken = on("01-02", { type: "place-captured", place: "north-town", actor: "rebel-band" });

describe("spec over a catalogue", () => {
  it("applies the event and hands the states to the assertion; the matchers read names in the spec's catalogue", () => {
    const after = spec(cat)
      .given([held])
      .when(retaken)
      .thenExpect((state, before) => {
        expect(before).toHaveController("Nord", "govt");
        expect(state).toHaveController("Nord", "Rebels");
      });
    expect(after.lastEvent).toBe(retaken.id);
  });

  it("takes events written as in a scenario file, dated in UTC", () => {
    spec(cat)
      .given([held])
      .when({
        id: "grand-city-report",
        type: "control-reported",
        place: "big-city",
        actor: "rebel-band",
        time: { text: "3 January", date: "2020-01-03" },
        source: { document: "notes", quote: "the rebels hold Grand City" },
      })
      .thenExpect((after) => {
        expect(after).toHaveController("Grand City", "rebels");
        expect(() => expect(after).toHaveController("Grand City", "govt")).toThrow(/"the rebels hold Grand City"/);
      });
  });

  it("checks the rule an event breaks and that the state is left alone", () => {
    const broken = spec(cat)
      .given([held])
      .when(on("01-02", { type: "place-captured", place: "north-town", actor: "militia" }))
      .thenBreaks("already-controlled", /north-town/);
    expect(broken).toBeInstanceOf(RuleViolationError);
  });

  it("fails, saying what happened, when the event applies or breaks another rule", () => {
    expect(() => spec(cat).given([held]).when(retaken).thenBreaks("already-controlled")).toThrow(
      /expected event '.*' to break rule 'already-controlled', but it applied/,
    );
    expect(() =>
      spec(cat)
        .given([held])
        .when(on("01-02", { type: "place-captured", place: "north-town", actor: "militia" }))
        .thenBreaks("never-held"),
    ).toThrow(/to break rule 'never-held': event '.*' breaks rule 'already-controlled'/);
  });

  it("refuses an event id without a scenario to find it in", () => {
    expect(() => spec(cat).given([]).when("cs-0905-siege-broken")).toThrow(/has no log to find it in/);
  });
});

describe("spec over a scenario", () => {
  const s = loadScenario("central-syria-2017");

  it("starts from the scenario's initial facts and names its events by id", () => {
    spec(s)
      .givenUntil({ event: "cs-0905-link-up-137th" })
      .when("cs-0905-siege-broken")
      .thenExpect((after, before) => {
        expect(before).toHaveSiegeStatus("deir-ez-zor-city", "active");
        expect(after).toHaveSiegeStatus("deir-ez-zor-city", "broken");
      });
  });

  it("a siege cannot be broken twice", () => {
    spec(s).givenUntil("2017-09-06").when("cs-0905-siege-broken").thenBreaks("siege-not-active");
  });

  it("suggests the closest ids for an event id it does not know", () => {
    expect(() => spec(s).givenUntil("2017-09-01").when("cs-0905-siege-brokn")).toThrow(
      /no event 'cs-0905-siege-brokn'.*did you mean 'cs-0905-siege-broken'/,
    );
  });
});
