import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "vitest";
import { expectBadInput, FIXTURE } from "./run.js";

/** The fixture with its capture of Wadi Fixture told twice: the second breaks 'already-controlled'. */
function twiceCaptured(): { file: string; line: number } {
  const doc = JSON.parse(readFileSync(FIXTURE, "utf8")) as { events: { id: string }[] };
  const i = doc.events.findIndex((e) => e.id === "fx-capture-wadi");
  doc.events.splice(i + 1, 0, { ...(doc.events[i] as { id: string }), id: "fx-capture-wadi-again" });
  const text = JSON.stringify(doc, null, 2);
  const file = join(mkdtempSync(join(tmpdir(), "sitrep-rule-")), "twice.json");
  writeFileSync(file, text);
  const line = text.slice(0, text.indexOf('"id": "fx-capture-wadi-again"')).split("\n").length - 1;
  return { file, line };
}

describe("a rule broken in a scenario file a command replays", () => {
  it("names the file, the event's line and path, and points to sitrep validate", () => {
    const { file, line } = twiceCaptured();
    const where = `${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:${line}:5: at events\\[3\\]: event 'fx-capture-wadi-again' breaks rule 'already-controlled'`;
    const validate = `\\(run 'sitrep validate ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}' to see every problem\\)$`;
    for (const args of [
      ["state", file, "--at", "2017-09-05"],
      ["timeline", file],
      ["play", file],
    ])
      expectBadInput(args, new RegExp(`^sitrep: ${where}.*${validate}`));
  });
});
