import { describe, expect, it } from "vitest";
import { expectBadInput, FIXTURE, FIXTURES, sitrep } from "./run.js";

describe("bad input", () => {
  it("an unknown scenario names the known ones", () => {
    expectBadInput(
      ["state", "central-syria-2071", "--at", "2017-09-05"],
      /no scenario 'central-syria-2071'.*closest: 'central-syria-2017'/,
    );
  });
  it("a missing file", () => {
    expectBadInput(["state", "./nowhere.json", "--at", "2017-09-05"], /no such file/);
  });
  it("a bad date says what a date looks like", () => {
    expectBadInput(["state", FIXTURE, "--at", "2017-13-45"], /'2017-13-45' is not a date or time: expected YYYY-MM-DD/);
    expectBadInput(["diff", FIXTURE, "--from", "2017-02-30", "--to", "2017-09-01"], /is not a date or time/);
  });
  it("an unknown event id names the closest ids", () => {
    expectBadInput(
      ["state", FIXTURE, "--at", "fx-siege-brokn"],
      /nor an event id of scenario 'fixture-siege'; did you mean 'fx-siege-broken'/,
    );
  });
  it("a misspelt place names the closest places", () => {
    expectBadInput(
      ["history", FIXTURE, "Wadi Fixtur"],
      /no place 'Wadi Fixtur' in scenario 'fixture-siege'; did you mean 'Wadi Fixture'/,
    );
    expectBadInput(["explain", FIXTURE, "Wadi Fixtur", "--at", "2017-09-01"], /did you mean 'Wadi Fixture'/);
    expectBadInput(["timeline", FIXTURE, "--place", "Wadi Fixtur"], /did you mean 'Wadi Fixture'/);
  });
  it("an unknown kind or side names the closest", () => {
    expectBadInput(
      ["timeline", FIXTURE, "--type", "captured"],
      /unknown event kind 'captured'; did you mean 'place-captured'/,
    );
    expectBadInput(["timeline", FIXTURE, "--side", "isl"], /unknown side 'isl'; did you mean 'isil'/);
  });
  it("a malformed scenario gives its first problem and points to validate", () => {
    expectBadInput(
      ["state", `${FIXTURES}/invalid-scenario.json`, "--at", "2017-09-05"],
      /at events\[3\]\.time\.date: 'date' is "2017-02-31", a day no calendar has: expected a calendar date YYYY-MM-DD.*\(and 2 more: run 'sitrep validate/,
    );
    expectBadInput(["timeline", `${FIXTURES}/bad-json.json`], /bad-json\.json:5:\d+: not valid JSON/);
  });
  it("bad options and commands", () => {
    expectBadInput(["stat"], /unknown command 'stat'.*state/);
    expectBadInput(["state", FIXTURE, "--at", "2017-09-05", "--bogus"], /unknown option '--bogus'/);
    expectBadInput(["play", FIXTURE, "--speed", "fast"], /expected a positive number/);
  });
  it("--debug adds the stack trace", () => {
    const r = sitrep(["state", FIXTURE, "--at", "2017-13-45", "--debug"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});
