import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectBadInput, FIXTURES, okJson, sitrep } from "./run.js";

const WHATIF = join(FIXTURES, "whatif");
const S = "central-syria-2017";
const LINK_UP = "cs-0905-link-up-137th";

/** A file with a syntax error on line 5 (a missing comma), written here: the lint would refuse it as a fixture. */
const TMP = mkdtempSync(join(tmpdir(), "sitrep-whatif-"));
const MALFORMED = join(TMP, "malformed-insert.json");
// A branch whose base is a scenario found only through --dir.
const DIR_BRANCH = join(TMP, "no-break.branch.json");
writeFileSync(
  DIR_BRANCH,
  JSON.stringify({ name: "no-break", base: "fixture-siege", edits: [{ op: "drop", event: "fx-siege-broken" }] }),
);
writeFileSync(
  MALFORMED,
  '{\n  "id": "wi-bad",\n  "type": "link-up",\n  "time": { "text": "on 7 September", "date": "2017-09-07" }\n  "place": "brigade-137-base"\n}\n',
);

interface Consequence {
  event: string;
  type: string;
  time: { text: string; earliest: string; latest: string };
  rule: string;
  message: string;
  edit: number | null;
  editText: string | null;
}
interface WhatIfJson {
  scenario: string;
  branch: { name: string | null; note: string; base: string; file: string | null; edits: { op: string }[] };
  consequences: Consequence[];
  comparison: {
    divergedAt: string | null;
    divergedAfterEvent: string | null;
    at: string;
    places: { id: string; name: string; base: string | null; branch: string | null }[];
    sieges: { id: string; name: string; base: string | null; branch: string | null }[];
    fronts: { place: string; side: string }[];
  };
}

const json = (args: string[]): WhatIfJson => okJson<WhatIfJson>(args);

describe("sitrep whatif", () => {
  it("a branch file's base is looked for in --dir too; without it the error names the base", () => {
    const doc = json(["whatif", "--branch", DIR_BRANCH, "--dir", FIXTURES, "--json"]);
    expect(doc.comparison.sieges).toContainEqual(expect.objectContaining({ base: "broken", branch: "active" }));
    expectBadInput(["whatif", "--branch", DIR_BRANCH], /base.*no scenario 'fixture-siege'/);
  });

  it("dropping the link-up: the siege break loses its footing, traced to the drop (text)", () => {
    const r = sitrep(["whatif", S, "--drop", LINK_UP]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(`${S}, what if: drop '${LINK_UP}'`);
    expect(r.stdout).toMatch(/Consequences: 1 event lost its footing/);
    // The date as the text gives it, the rule, the message and the edit it traces to.
    expect(r.stdout).toMatch(/2017-09-05 "at around 2 P\.M\. local time" siege-broken \[cs-0905-siege-broken\]/);
    expect(r.stdout).toMatch(
      /dependency-missing: it depends on 'cs-0905-link-up-137th', which is not in the log any more/,
    );
    expect(r.stdout).toContain(`traces to edits[0]: drop '${LINK_UP}'`);
    expect(r.stdout).toMatch(/first divergence: 2017-09-05 13:00/);
    expect(r.stdout).toMatch(
      /Sieges whose status or supply differs \(base → branch\):\n\s+Siege of Deir ez-Zor city\s+broken, supply open → active, supply open/,
    );
    expect(r.stdout).toMatch(
      /Fronts that differ \(distance, base → branch\):\n\s+Syrian government → Deir ez-Zor\s+3 km \(closed: relieved\) → 3 km\n/,
    );
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("dropping the link-up (JSON): { scenario, branch, consequences, comparison }", () => {
    const doc = json(["whatif", S, "--drop", LINK_UP, "--json"]);
    expect(Object.keys(doc)).toEqual(["scenario", "branch", "consequences", "comparison"]);
    expect(doc.scenario).toBe(S);
    expect(doc.branch.edits).toEqual([{ op: "drop", event: LINK_UP }]);
    expect(doc.consequences).toEqual([
      {
        event: "cs-0905-siege-broken",
        type: "siege-broken",
        time: {
          text: "at around 2 P.M. local time",
          earliest: "2017-09-05T13:00:00.000+03:00",
          latest: "2017-09-05T15:00:00.000+03:00",
        },
        rule: "dependency-missing",
        message: "it depends on 'cs-0905-link-up-137th', which is not in the log any more",
        edit: 0,
        editText: `drop '${LINK_UP}'`,
      },
    ]);
    expect(doc.comparison.divergedAt).toBe("2017-09-05T13:00:00.000+03:00");
    expect(doc.comparison.divergedAfterEvent).toBe(LINK_UP);
    // At the end, the siege of the city differs: broken in the base, still active in the branch.
    expect(doc.comparison.sieges).toContainEqual({
      id: "deir-ez-zor-city",
      name: "Siege of Deir ez-Zor city",
      base: "broken",
      branch: "active",
      supply: { base: "open", branch: "open" },
    });
  });

  it("--at sets the comparison moment; --strict fails on the first violation", () => {
    const doc = json(["whatif", S, "--drop", LINK_UP, "--at", "2017-09-06", "--json"]);
    expect(doc.comparison.at).toBe("2017-09-06T23:59:59.999+03:00");
    expect(doc.comparison.sieges.map((s) => s.id)).toContain("deir-ez-zor-city");
    // Before the link-up, nothing differs yet.
    expect(json(["whatif", S, "--drop", LINK_UP, "--at", "2017-09-04", "--json"]).comparison.sieges).toEqual([]);
    expectBadInput(
      ["whatif", S, "--drop", LINK_UP, "--strict"],
      /--strict: event 'cs-0905-siege-broken' breaks rule 'dependency-missing'.*It traces to edits\[0\]: drop 'cs-0905-link-up-137th'/,
    );
  });

  it("a branch file runs like the same edits given as flags", () => {
    const file = join(WHATIF, "no-link-up.branch.json");
    const r = sitrep(["whatif", "--branch", file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      "branch 'no-link-up': What if the army had not reached the 137th Brigade on 5 September?",
    );
    expect(r.stdout).toContain(`traces to edits[0]: drop '${LINK_UP}'`);
    const fromFile = json(["whatif", "--branch", file, "--json"]);
    const fromFlags = json(["whatif", S, "--drop", LINK_UP, "--json"]);
    expect(fromFile.branch).toMatchObject({ name: "no-link-up", base: S, file });
    expect(fromFile.consequences).toEqual(fromFlags.consequences);
    expect(fromFile.comparison).toEqual(fromFlags.comparison);
  });

  it("--insert places an array of events by their own time; --replace under another id cuts what depended on it", () => {
    const lateLinkUp = [
      "whatif",
      S,
      "--drop",
      LINK_UP,
      "--drop",
      "cs-0905-siege-broken",
      "--insert",
      join(WHATIF, "late-link-up.json"),
      "--json",
    ];
    const late = json([...lateLinkUp, "--at", "2017-09-06"]);
    expect(late.branch.edits.map((e) => e.op)).toEqual(["drop", "drop", "insert", "insert"]);
    expect(late.consequences).toEqual([]);
    expect(late.comparison.sieges).toContainEqual(
      expect.objectContaining({ id: "deir-ez-zor-city", branch: "active" }),
    );
    // Two days later, the siege is broken in both histories.
    const end = json(lateLinkUp);
    expect(end.comparison.sieges).toEqual([]);

    const replaced = json(["whatif", S, "--replace", `${LINK_UP}=${join(WHATIF, "other-link-up.json")}`, "--json"]);
    expect(replaced.consequences.map((c) => [c.event, c.rule, c.edit])).toEqual([
      ["cs-0905-siege-broken", "dependency-missing", 0],
    ]);
    expect(replaced.consequences[0]?.editText).toBe(`replace '${LINK_UP}' with 'wi-0905-link-up-elsewhere'`);
  });

  it("--after places inserted events after an event, and refuses an insert that would go back in time", () => {
    const after = json([
      "whatif",
      S,
      "--insert",
      join(WHATIF, "other-link-up.json"),
      "--after",
      "cs-0905-siege-broken",
      "--json",
    ]);
    expect(after.branch.edits).toEqual([expect.objectContaining({ op: "insert", after: "cs-0905-siege-broken" })]);
    expect(after.consequences).toEqual([]);
    expectBadInput(
      ["whatif", S, "--insert", join(WHATIF, "other-link-up.json"), "--after", "cs-0906-six-villages"],
      /cannot go after it: correct its time, or leave out --after\/--before/,
    );
  });

  it("bad input: unknown event id with the closest ids", () => {
    expectBadInput(
      ["whatif", S, "--drop", "cs-0905-link-up-13"],
      /--drop cs-0905-link-up-13: no event 'cs-0905-link-up-13' in scenario 'central-syria-2017'; did you mean 'cs-0905-link-up-137th'/,
    );
    expectBadInput(
      ["whatif", S, "--insert", join(WHATIF, "other-link-up.json"), "--before", "cs-0905-siege-brokn"],
      /no event 'cs-0905-siege-brokn'.*did you mean 'cs-0905-siege-broken'/,
    );
    expectBadInput(
      ["whatif", S, "--drop", LINK_UP, "--at", "cs-0905-siege-brokn"],
      /--at 'cs-0905-siege-brokn' is neither a date .* nor an event id.*did you mean 'cs-0905-siege-broken'/,
    );
  });

  it("bad input: a malformed insert file gives file:line:col", () => {
    expectBadInput(["whatif", S, "--insert", MALFORMED], /malformed-insert\.json:5:3: not valid JSON/);
    expectBadInput(
      ["whatif", S, "--insert", join(WHATIF, "unknown-place-insert.json")],
      /unknown-place-insert\.json:6:3: at place: unknown place 'brigade-137-bas'.*did you mean 'brigade-137-base'/,
    );
    expectBadInput(["whatif", S, "--insert", join(WHATIF, "nowhere.json")], /nowhere\.json: no such file/);
    expectBadInput(
      ["whatif", S, "--replace", `${LINK_UP}=${join(WHATIF, "late-link-up.json")}`],
      /late-link-up\.json:1:1: a replacement is one event/,
    );
  });

  it("bad input: a bad branch file gives file:line:col", () => {
    expectBadInput(
      ["whatif", "--branch", join(WHATIF, "bad-edit.branch.json")],
      /bad-edit\.branch\.json:\d+:\d+: at edits\[1\]\.event: .*no event 'cs-0905-siege-brokn'.*closest: 'cs-0905-siege-broken'/,
    );
  });

  it("bad input: bad times and bad flag combinations", () => {
    expectBadInput(["whatif", S, "--drop", LINK_UP, "--at", "2017-13-45"], /'2017-13-45' is not a date or time/);
    expectBadInput(["whatif", S], /no edits: give --drop/);
    expectBadInput(["whatif"], /give a scenario and edits/);
    expectBadInput(["whatif", S, "--branch", join(WHATIF, "no-link-up.branch.json")], /not both/);
    expectBadInput(["whatif", S, "--replace", LINK_UP], /--replace takes <event-id>=<file>/);
    expectBadInput(["whatif", S, "--drop", LINK_UP, "--after", LINK_UP], /--after places inserted events/);
    expectBadInput(["whatif", "central-syria-2071", "--drop", LINK_UP], /no scenario 'central-syria-2071'/);
  });

  it("--help lists every option with an example", () => {
    const r = sitrep(["whatif", "--help"]);
    expect(r.code).toBe(0);
    for (const o of [
      "--drop",
      "--insert",
      "--after",
      "--before",
      "--replace",
      "--branch",
      "--at",
      "--strict",
      "--json",
    ])
      expect(r.stdout).toContain(o);
    expect(r.stdout).toMatch(/Examples:\n\s+sitrep whatif central-syria-2017 --drop cs-0905-link-up-137th/);
  });
});
