import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readJsonLines } from "../../engine/input/stream-events.js";
import { scenariosDir } from "../../engine/paths.js";
import { fingerprint } from "../../engine/query/fingerprint.js";
import { loadScenarioFile } from "../../engine/scenario/load.js";
import { checkNdjsonScenario, loadNdjsonScenarioFile } from "../../engine/scenario/load-ndjson.js";
import { replay } from "../../engine/timeline/replay.js";

/** A built-in scenario written as NDJSON: its fields but `events` on the first line, then an event a line. */
function asNdjson(id: string, edit: (lines: string[]) => string[] = (l) => l): string {
  const { events, ...header } = JSON.parse(readFileSync(join(scenariosDir(), `${id}.json`), "utf8")) as {
    events: unknown[];
  };
  const file = join(mkdtempSync(join(tmpdir(), "sitrep-ndjson-")), `${id}.ndjson`);
  writeFileSync(file, `${edit([JSON.stringify(header), ...events.map((e) => JSON.stringify(e))]).join("\n")}\n`);
  return file;
}

describe("a scenario read as NDJSON, a chunk at a time", () => {
  it("loads to the scenario the JSON file loads to, whatever the chunk size", () => {
    const json = loadScenarioFile(join(scenariosDir(), "central-syria-2017.json"));
    const file = asNdjson("central-syria-2017");
    let calls = 0;
    const streamed = loadNdjsonScenarioFile(file, { onProgress: () => calls++ });
    expect(streamed.events).toEqual(json.events);
    expect(streamed.initialEvents).toEqual(json.initialEvents);
    expect(fingerprint(replay(streamed.initial, streamed.events))).toBe(fingerprint(replay(json.initial, json.events)));
    expect(calls).toBeGreaterThan(0);
    // Chunks of 7 bytes cut lines and multi-byte characters ("′" in the quotes) anywhere.
    const small = readJsonLines(file, { chunkBytes: 7 });
    expect(small.bad).toEqual([]);
    expect(small.values.map((v) => v.value)).toEqual(readJsonLines(file).values.map((v) => v.value));
  });

  it("names the line of a broken event, and of a line that is not JSON", () => {
    const wrongKind = asNdjson("anbar-2015", (l) =>
      l.map((x, i) => (i === 3 ? x.replace(/"type":"[^"]+"/, '"type":"no-such-kind"') : x)),
    );
    const r = checkNdjsonScenario(wrongKind);
    expect(r.scenario).toBeNull();
    expect(r.problems.some((p) => p.line === 4 && p.path[0] === "events" && p.path[1] === 2)).toBe(true);
    const notJson = asNdjson("anbar-2015", (l) => [...l.slice(0, 5), "{ not json", ...l.slice(5)]);
    const bad = checkNdjsonScenario(notJson);
    expect(bad.problems).toHaveLength(1);
    expect(bad.problems[0]?.line).toBe(6);
    expect(bad.problems[0]?.message).toMatch(/line 6 is not one JSON value/);
    const noHeader = asNdjson("anbar-2015", (l) => l.slice(1));
    expect(checkNdjsonScenario(noHeader).problems[0]?.message).toMatch(/first line must be a JSON object/);
  });
});
