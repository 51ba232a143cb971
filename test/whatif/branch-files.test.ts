import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem, ScenarioLoadError } from "../../engine/index.js";
import { branch } from "../../engine/whatif/builder.js";
import { formatBranch, loadBranch } from "../../engine/whatif/file.js";
import { replayBranch } from "../../engine/whatif/replay.js";
import { builtIn } from "../support/scenarios.js";

const { scenario } = builtIn("central-syria-2017");
const dir = mkdtempSync(join(tmpdir(), "sitrep-branch-"));

function write(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value, null, 2));
  return file;
}

/** The one problem a bad file gives, formatted as the CLI prints it. */
function theProblem(file: string): string {
  try {
    loadBranch(file);
  } catch (e) {
    if (!(e instanceof ScenarioLoadError)) throw e;
    expect(e.problems).toHaveLength(1);
    return formatProblem(e.problems[0] as ScenarioLoadError["problems"][number]);
  }
  throw new Error(`${file} loaded without a problem`);
}

describe("branch files", () => {
  it("a branch saved to a file loads back as the same branch and replays the same", () => {
    const b = branch("late-link-up")
      .from(scenario)
      .shift("cs-0905-link-up-137th", { days: 2 })
      .note("The army reaches the 137th Brigade two days late.")
      .build();
    const { branch: back, scenario: base } = loadBranch(write("late.branch.json", formatBranch(b)));
    expect(back).toEqual(b);
    expect(base.id).toBe("central-syria-2017");
    expect(replayBranch(base, back).consequences.map((c) => [c.event.id, c.rule])).toEqual(
      replayBranch(scenario, b).consequences.map((c) => [c.event.id, c.rule]),
    );
  });

  const good = { name: "x", base: "central-syria-2017" };
  const cases: [string, unknown, RegExp][] = [
    ["not JSON", "{ name: ", /:1:\d+: not valid JSON/],
    [
      "a misspelt field",
      { ...good, edits: [], descripton: "x" },
      /:\d+:\d+: at descripton: unknown field 'descripton' \(check the spelling against the edits of docs\/whatif\.md\)/,
    ],
    [
      "an unknown op",
      { ...good, edits: [{ op: "delete", event: "cs-0905-link-up-137th" }] },
      /edits\[0\].*unknown or missing edit op: expected one of drop, insert, replace, shift/,
    ],
    [
      "an insert with two anchors",
      {
        ...good,
        edits: [
          {
            op: "insert",
            before: "cs-0905-siege-broken",
            after: "cs-0905-link-up-137th",
            event: {
              id: "x-1",
              type: "link-up",
              forces: ["syrian-army", "brigade-137"],
              time: { text: "5 Sept", date: "2017-09-05" },
              source: { document: "001_265e8942fcc8dd81", quote: "q" },
            },
          },
        ],
      },
      /:\d+:\d+: at edits\[0\]: an insert needs exactly one of 'before', 'after' or 'at' \(it has 2\)/,
    ],
    [
      "a target that is not in the log",
      { ...good, edits: [{ op: "drop", event: "cs-0905-link-up" }] },
      /:\d+:\d+: at edits\[0\]\.event: drop 'cs-0905-link-up': no event 'cs-0905-link-up' in the log; closest: 'cs-0905-link-up-137th'/,
    ],
    [
      "a shift without a time",
      { ...good, edits: [{ op: "shift", event: "cs-0905-link-up-137th", by: {} }] },
      /edits\[0\]\.by: a shift needs 'days', 'hours' or 'minutes'/,
    ],
    [
      "an unknown base",
      { ...good, base: "central-syria-2071", edits: [] },
      /at base: the base scenario cannot be loaded: no scenario 'central-syria-2071'.*closest: 'central-syria-2017'/,
    ],
    [
      "an inserted event naming an unknown place",
      {
        ...good,
        edits: [
          {
            op: "insert",
            at: { text: "on 6 September", date: "2017-09-06" },
            event: {
              id: "x-2",
              type: "place-captured",
              place: "deir-ez-zour",
              actor: "syrian-army",
              time: { text: "6 Sept", date: "2017-09-06" },
              source: { document: "001_265e8942fcc8dd81", quote: "q" },
            },
          },
        ],
      },
      /edits\[0\]\.event\.place: unknown place 'deir-ez-zour': use the id 'deir-ez-zor'/,
    ],
    ["a missing field", { base: "central-syria-2017", edits: [] }, /at name: missing required field 'name'/],
  ];
  for (const [what, content, expected] of cases) {
    it(`a file with ${what} gets one clear error`, () => {
      expect(theProblem(write(`${what.replace(/\W+/g, "-")}.json`, content))).toMatch(expected);
    });
  }
});
