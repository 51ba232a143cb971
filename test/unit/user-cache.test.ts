import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { theatreJson } from "../../bench/theatre.js";
import { Campaign } from "../../engine/campaign.js";
import { scenariosDir } from "../../engine/paths.js";
import { fingerprint } from "../../engine/query/fingerprint.js";
import { cachedScenario } from "../../engine/scenario/cache-entry.js";
import { rulesChecked } from "../../engine/scenario/checked.js";
import { CHUNK } from "../../engine/scenario/chunked-entry.js";
import { loadScenarioFile } from "../../engine/scenario/load.js";
import type { Scenario } from "../../engine/scenario/scenario.js";
import { loadScenarioFileCached, scenarioCacheDir } from "../../engine/scenario/user-cache.js";
import { replay } from "../../engine/timeline/replay.js";

/** A user's copy of a built-in scenario, and an empty cache directory. */
function setup(): { file: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-cache-"));
  const file = join(dir, "anbar.json");
  writeFileSync(file, readFileSync(join(scenariosDir(), "anbar-2015.json")));
  return { file, cache: join(dir, "cache") };
}

/** A scenario file with its cache entry written: the file, the cache, the scenario loaded without it, the entry and its bytes. */
function warmEntry(): { file: string; cache: string; loaded: Scenario; entry: string; good: Buffer } {
  const { file, cache } = setup();
  const loaded = loadScenarioFile(file);
  loadScenarioFileCached(file, cache);
  const entry = entryOf(cache);
  return { file, cache, loaded, entry, good: readFileSync(entry) };
}

function expectSame(a: Scenario, b: Scenario): void {
  expect(a.events).toEqual(b.events);
  expect(a.inferred).toEqual(b.inferred);
  expect(fingerprint(a.initial)).toBe(fingerprint(b.initial));
  expect(fingerprint(replay(a.initial, a.events))).toBe(fingerprint(replay(b.initial, b.events)));
}

/** Loads `path` through an empty cache twice: the miss writes one entry, and both give what `loaded` holds. */
function missThenHit(path: string, cache: string, loaded: Scenario): { miss: Scenario; hit: Scenario } {
  const miss = loadScenarioFileCached(path, cache);
  expect(readdirSync(cache)).toHaveLength(1);
  const hit = loadScenarioFileCached(path, cache);
  expectSame(miss, loaded);
  expectSame(hit, loaded);
  expect(rulesChecked(hit)).toBe(true);
  return { miss, hit };
}

const entryOf = (cache: string) => join(cache, readdirSync(cache)[0] as string);

describe("the compiled cache of a user's scenario file", () => {
  it("gives, on a miss and then on a hit, the scenario a full load gives, its rules checked", () => {
    const { file, cache } = setup();
    const { miss, hit } = missThenHit(file, cache, loadScenarioFile(file));
    expect(hit.file).toBe(miss.file);
    expect(Object.isFrozen(hit.events[0]?.time)).toBe(true);
  });

  it("rebuilds an entry that is damaged, cut short or altered, silently and with the right result", () => {
    const { file, cache } = setup();
    const loaded = loadScenarioFile(file);
    loadScenarioFileCached(file, cache);
    const entry = entryOf(cache);
    const good = readFileSync(entry, "utf8");
    const altered = good.replace('"earliest":"2015-', '"earliest":"2016-'); // valid JSON, a wrong date: the digest no longer matches
    expect(altered).not.toBe(good);
    for (const bad of ["", "not json", good.slice(0, good.length / 2), altered]) {
      writeFileSync(entry, bad);
      expectSame(loadScenarioFileCached(file, cache), loaded);
      expect(readFileSync(entry, "utf8")).toBe(good);
    }
  });

  it("finds damage anywhere in an entry's body: one byte changed or bytes added after it are a miss, rebuilt", () => {
    const { file, cache, loaded, entry, good } = warmEntry();
    const flipped = Buffer.from(good);
    const at = Math.floor(good.length * 0.7);
    flipped[at] = (flipped[at] as number) ^ 0x01; // one bit, the length kept
    for (const bad of [flipped, Buffer.concat([good, Buffer.from(" ")]), good.subarray(0, good.length - 1)]) {
      writeFileSync(entry, bad);
      expectSame(loadScenarioFileCached(file, cache), loaded);
      expect(readFileSync(entry).equals(good)).toBe(true);
    }
  });

  it("takes an entry whose digest matches but whose sections do not restore as a miss, and rebuilds it", () => {
    const { file, cache, loaded, entry, good } = warmEntry();
    const nl = good.indexOf(0x0a);
    const head = JSON.parse(good.subarray(0, nl).toString("utf8")) as { key: string; checked: number; length: number };
    expect(head.checked).toBe(head.length);
    const body = good.subarray(nl + 1);
    const index = body.subarray(0, body.indexOf(0x0a)).toString("utf8");
    // an index naming one section too many, one section short, a checkpoint the log has no room
    // for, and a body of another kind, each with a matching digest (over the whole body, which
    // has no checkpoints: the entry's events fill one chunk)
    const doctored = [
      index.replace('"sections":[', '"sections":[1,'),
      index.replace(/,\d+\],"checkpoints"/, '],"checkpoints"'),
      index.replace('"checkpoints":[]', `"checkpoints":["${"0".repeat(64)}"]`),
      '{"chunk":0,"events":0,"sections":[],"checkpoints":[]}',
    ];
    for (const bad of doctored) {
      expect(bad).not.toBe(index);
      const badBody = Buffer.concat([Buffer.from(`${bad}\n`), body.subarray(body.indexOf(0x0a) + 1)]);
      const badHead = {
        key: head.key,
        length: badBody.length,
        checked: badBody.length,
        digest: createHash("sha256").update(badBody).digest("hex"),
      };
      writeFileSync(entry, Buffer.concat([Buffer.from(`${JSON.stringify(badHead)}\n`), badBody]));
      expect(cachedScenario(file, cache).hit).toBeNull();
      expectSame(loadScenarioFileCached(file, cache), loaded);
      expect(readFileSync(entry).equals(good)).toBe(true);
    }
  });

  it("answers as a replay does when a checkpoint is damaged, and removes the entry so the next command writes it again", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-cache-"));
    const file = join(dir, "theatre.json");
    writeFileSync(file, theatreJson({ places: 60, events: CHUNK + 50, seed: "sitrep-cache-checkpoint" }));
    const cache = join(dir, "cache");
    const loaded = loadScenarioFileCached(file, cache);
    const entry = entryOf(cache);
    const good = readFileSync(entry);
    const nl = good.indexOf(0x0a);
    const head = JSON.parse(good.subarray(0, nl).toString("utf8")) as { checked: number; length: number };
    expect(head.checked).toBeLessThan(head.length); // one checkpoint, after the part the digest covers
    const bad = Buffer.from(good);
    const at = nl + 1 + head.checked + 100;
    bad[at] = (bad[at] as number) ^ 0x01;
    writeFileSync(entry, bad);
    const { hit } = cachedScenario(file, cache);
    expect(hit).not.toBeNull(); // the checkpoint is read only when a seek asks for it
    const end = Campaign.of(hit as Scenario, { lazy: true }).timeline.final;
    expect(fingerprint(end)).toBe(fingerprint(replay(loaded.initial, loaded.events)));
    expect(readdirSync(cache)).toEqual([]);
    loadScenarioFileCached(file, cache);
    expect(readFileSync(entry).equals(good)).toBe(true);
  });

  it("keeps text beyond ASCII as it was, its entry written in ASCII alone", () => {
    const { file, cache } = setup();
    const json = JSON.parse(readFileSync(file, "utf8")) as { title: string };
    const title = "Ḩadīthah – al-Qā’im (Şāmarrā’) 🛰";
    writeFileSync(file, JSON.stringify({ ...json, title }));
    const { hit } = missThenHit(file, cache, loadScenarioFile(file));
    expect(hit.title).toBe(title);
    expect([...readFileSync(entryOf(cache))].every((b) => b < 0x80)).toBe(true);
  });

  it("is not used once the file changed: the changed file is loaded and checked", () => {
    const { file, cache } = setup();
    loadScenarioFileCached(file, cache);
    const text = readFileSync(file, "utf8");
    const json = JSON.parse(text) as { title: string; events: unknown[] };
    writeFileSync(file, JSON.stringify({ ...json, title: "Changed", events: json.events.slice(0, 5) }));
    const changed = loadScenarioFileCached(file, cache);
    expect(changed.title).toBe("Changed");
    expect(changed.events).toHaveLength(5);
    writeFileSync(file, text.replace('"events": [', '"events": [ 42, '));
    expect(() => loadScenarioFileCached(file, cache)).toThrow(/events\[0\]|events.0/);
  });

  it("answers a hit without the loader, and a miss with null until a load stores the file", () => {
    const { file, cache } = setup();
    expect(cachedScenario(file, cache).hit).toBeNull();
    const loaded = loadScenarioFileCached(file, cache);
    const { hit } = cachedScenario(file, cache);
    expect(hit).not.toBeNull();
    expectSame(hit as Scenario, loaded);
    expect(rulesChecked(hit as Scenario)).toBe(true);
    expect(cachedScenario(file, cache, { infer: false }).hit?.inferred).toEqual([]);
  });

  it("lives where the environment says, or nowhere when told not to cache", () => {
    expect(scenarioCacheDir({ SITREP_CACHE_DIR: "/x/y" })).toBe("/x/y");
    expect(scenarioCacheDir({ XDG_CACHE_HOME: "/c" })).toBe(join("/c", "sitrep"));
    expect(scenarioCacheDir({ SITREP_NO_CACHE: "1", SITREP_CACHE_DIR: "/x/y" })).toBeNull();
    const { file } = setup();
    expectSame(loadScenarioFileCached(file, null), loadScenarioFile(file));
  });

  it("keeps NDJSON files too: a miss and a hit give what the JSON form of the same scenario gives", () => {
    const { file, cache } = setup();
    const { events, ...header } = JSON.parse(readFileSync(file, "utf8")) as { events: unknown[] };
    const ndjson = file.replace(/\.json$/, ".ndjson");
    writeFileSync(ndjson, [header, ...events].map((v) => JSON.stringify(v)).join("\n"));
    missThenHit(ndjson, cache, loadScenarioFile(file));
    // the same bytes as JSON and as NDJSON are two entries, never one taken for the other
    loadScenarioFileCached(file, cache);
    expect(readdirSync(cache)).toHaveLength(2);
    writeFileSync(ndjson, [header, ...events.slice(0, 3)].map((v) => JSON.stringify(v)).join("\n"));
    expect(loadScenarioFileCached(ndjson, cache).events).toHaveLength(3);
  });
});
