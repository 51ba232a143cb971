import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { theatreJson } from "../../bench/theatre.js";
import type { DomainEvent } from "../../engine/events/event.js";
import { scenariosDir } from "../../engine/paths.js";
import { CHUNK } from "../../engine/scenario/chunked-entry.js";
import { loadScenarioFile } from "../../engine/scenario/load.js";
import { sitrep } from "./run.js";

// A scenario file opened from the compiled cache restores the checkpoint before the moment and
// replays only the events after it: `state --json` and the map's SVG must be byte for byte what
// a load of the file itself gives, whether the entry is written by this very command (cold) or
// read (warm). The generated theatre has more than one chunk of events, so its moments after the
// first chunk start from a checkpoint.

const dir = mkdtempSync(join(tmpdir(), "sitrep-cached-moments-"));

interface Case {
  readonly file: string;
  /** Dates and event ids spread over the log. */
  readonly moments: readonly string[];
}

/**
 * A scenario file written from `text`, with moments in its log: the dates of the events at
 * `dates` (fractions of the log) and the id of the event at `event` (a fraction too).
 */
function caseOf(name: string, text: string, dates: readonly number[], event: number): Case {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, text);
  const { events } = loadScenarioFile(file, { checkRules: false });
  const at = (f: number) => events[Math.min(events.length - 1, Math.floor(f * events.length))] as DomainEvent;
  return { file, moments: [...dates.map((f) => at(f).time.earliest.slice(0, 10)), at(event).id] };
}

let maps = 0;

/**
 * What `state --json` and `state` print and the SVG `map` writes at a moment, each with its cache directory
 * (null: `--no-cache`).
 */
function answers(file: string, at: string, caches: { state: string | null; map: string | null }): Answers {
  const run = (args: string[], cache: string | null) => {
    const r = sitrep(
      cache === null ? [...args, "--no-cache"] : args,
      cache === null ? {} : { SITREP_CACHE_DIR: cache },
    );
    expect(r.code, r.stderr).toBe(0);
    return r.stdout;
  };
  const state = run(["state", file, "--at", at, "--json"], caches.state);
  // the text names sieges and operations: from the entry, a warm cache does not read the log for them
  const text = run(["state", file, "--at", at], caches.state);
  const out = join(dir, `map-${maps++}.svg`);
  run(["map", file, "--at", at, "--out", out], caches.map);
  return { state, text, svg: readFileSync(out, "utf8") };
}

interface Answers {
  readonly state: string;
  readonly text: string;
  readonly svg: string;
}

const fresh = () => mkdtempSync(join(dir, "cache-"));

/** Each moment's answers with the cache off, cold (an empty cache: the command writes the entry; first moment only) and warm. */
function expectSameEverywhere(c: Case): void {
  const warm = fresh();
  for (const [i, at] of c.moments.entries()) {
    const plain = answers(c.file, at, { state: null, map: null });
    expect(plain.svg.startsWith("<svg")).toBe(true);
    const ways: [string, Answers][] = [];
    if (i === 0) ways.push(["cold", answers(c.file, at, { state: fresh(), map: fresh() })]);
    ways.push(["warm", answers(c.file, at, { state: warm, map: warm })]);
    for (const [way, got] of ways) {
      expect(got.state, `${c.file} --at ${at}, cache ${way}`).toBe(plain.state);
      expect(got.text, `${c.file} --at ${at}, cache ${way}`).toBe(plain.text);
      expect(got.svg, `${c.file} --at ${at}, cache ${way}`).toBe(plain.svg);
    }
  }
}

describe("a scenario file's moments through the compiled cache", () => {
  for (const id of ["central-syria-2017", "anbar-2015", "deir-ez-zor-2017-01"]) {
    it(`gives ${id}'s state and map as a load of the file does, cache cold, warm or off`, () => {
      expectSameEverywhere(caseOf(id, readFileSync(join(scenariosDir(), `${id}.json`), "utf8"), [1 / 3, 1], 0.6));
    });
  }

  it("gives a generated theatre's state and map at moments past its first checkpoint as a load of the file does", () => {
    const events = CHUNK + 1500;
    const text = theatreJson({ places: 200, events, seed: "sitrep-cached-moments" });
    // past the checkpoint after the first chunk, by date and by event id, and before it
    const past = (CHUNK + 700) / events;
    expectSameEverywhere(caseOf("theatre", text, [past, 0.4], (CHUNK + 300) / events));
  });
});
