import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { theatreJson } from "../../bench/theatre.js";
import { Campaign } from "../../engine/campaign.js";
import { applySegment } from "../../engine/reducer/reduce.js";
import { loadScenarioFile } from "../../engine/scenario/load.js";
import type { State } from "../../engine/state/types.js";
import { type MapBase, mapBase } from "../../replay/map/base.js";
import { overlayItems, type PageData, pageData, pageDays, placeView } from "../../replay/map/page/frames.js";
import { patchFrame } from "../../replay/map/page/patch.js";
import { touchedPlaces } from "../../replay/map/page/touched.js";
import { namesOf } from "../../replay/render/names.js";
import { builtIn } from "../support/scenarios.js";

/** What the map shows at one step: every located place's marker and tooltip, and the overlay items, sorted. */
interface Shown {
  readonly markers: readonly string[];
  readonly overlay: readonly string[];
}

/** The frames computed the plain way: every place and every overlay from the whole state, after every event and at every day's end. */
function engineFrames(base: MapBase, campaign: Campaign): { afterEvent: Shown[]; atDayEnd: Shown[] } {
  const { scenario } = campaign;
  const names = namesOf(scenario.catalogue, [...scenario.initialEvents, ...scenario.events]);
  const { days, dayOf, endOf } = pageDays(campaign);
  const shown = (state: State, atMs: number): Shown => ({
    markers: base.positions.places.map((_, k) => {
      const v = placeView(base, names, state, k, atMs);
      return v === null ? "" : [v.attrs, v.body, v.side, v.since, v.by, v.note].join("|");
    }),
    overlay: overlayItems(base, state).sort(),
  });
  const afterEvent: Shown[] = [];
  const atDayEnd: Shown[] = [];
  let state = scenario.initial;
  let next = 0;
  for (const [d, day] of days.entries()) {
    const atMs = endOf(day);
    while (next < scenario.events.length && dayOf(scenario.events[next] as (typeof scenario.events)[number]) <= d) {
      state = applySegment(state, scenario.events, next, next + 1);
      afterEvent.push(shown(state, atMs));
      next += 1;
    }
    atDayEnd.push(shown(state, atMs));
  }
  return { afterEvent, atDayEnd };
}

/** The page's frames decoded as the page decodes them: each frame patched onto the one before. */
function decodedFrames(data: PageData, places: number): { frame: readonly number[]; shown: Shown }[] {
  const s = data.strings;
  const table = new Int32Array(places * 2).fill(-1);
  const overlay: number[] = [];
  return data.frames.map((frame) => {
    patchFrame(table, overlay, frame);
    const markers = Array.from({ length: places }, (_, k) => {
      const style = data.styles[table[2 * k] as number];
      const info = data.infos[table[2 * k + 1] as number];
      if (style === undefined || info === undefined) return "";
      const by = info[2] < 0 ? null : s[data.events[info[2]]?.[1] as number];
      return [s[style[1]], s[style[0]], s[info[0]], s[info[1]], by, s[info[3]]].join("|");
    });
    return { frame, shown: { markers, overlay: overlay.map((i) => s[i] as string).sort() } };
  });
}

/** Every event's touched places include every place whose record the event replaced. */
function expectTouchedCoversChanges(campaign: Campaign): void {
  const { scenario } = campaign;
  let state = scenario.initial;
  for (const [n, e] of scenario.events.entries()) {
    const after = applySegment(state, scenario.events, n, n + 1);
    const replaced = after.places.flatMap((p, i) => (p === state.places[i] ? [] : [i]));
    const touched = new Set(touchedPlaces(state, after, e));
    expect(
      replaced.filter((i) => !touched.has(i)),
      `places ${e.id} replaced but touchedPlaces left out`,
    ).toEqual([]);
    state = after;
  }
}

function expectSameFrames(base: MapBase, campaign: Campaign): void {
  expectTouchedCoversChanges(campaign);
  const data = pageData(base, campaign);
  const decoded = decodedFrames(data, base.positions.places.length);
  const engine = engineFrames(base, campaign);
  const initial = campaign.scenario.initialEvents.length;
  // after every event: the frame that names it
  const byEvent = decoded.filter((f) => (f.frame[1] as number) >= 0);
  expect(byEvent.map((f) => (f.frame[1] as number) - initial)).toEqual(engine.afterEvent.map((_, n) => n));
  for (const [n, f] of byEvent.entries())
    expect(f.shown, `after event ${campaign.scenario.events[n]?.id}`).toEqual(engine.afterEvent[n]);
  // at every day's end: the last frame of that day, as the slider shows it
  let f = 0;
  for (const [d, expected] of engine.atDayEnd.entries()) {
    while (f + 1 < decoded.length && (decoded[f + 1]?.frame[0] as number) <= d) f++;
    expect(decoded[f]?.shown, `at the end of ${data.days[d]}`).toEqual(expected);
  }
}

describe("the page's compact frames decode to the frames the engine computes", () => {
  for (const id of ["central-syria-2017", "deir-ez-zor-2017-01", "anbar-2015"]) {
    it(`${id}: after every event and at every day's end, every marker, tooltip and overlay`, () => {
      const { scenario } = builtIn(id);
      expectSameFrames(mapBase(scenario), Campaign.of(scenario));
    });
  }

  it("a synthetic theatre of 120 places and 1,500 events (seed 'frames-1'): the same, fronts, sieges and routes included", () => {
    const file = join(mkdtempSync(join(tmpdir(), "sitrep-theatre-")), "theatre.json");
    writeFileSync(file, theatreJson({ places: 120, events: 1500, seed: "frames-1" }));
    const scenario = loadScenarioFile(file);
    const base = mapBase(scenario);
    const campaign = Campaign.of(scenario);
    const overlays = engineFrames(base, campaign).afterEvent.map((s) => s.overlay);
    // the theatre exercises every overlay: a check on the test's own input
    expect(overlays.some((o) => o.some((x) => x.includes('class="siege"')))).toBe(true);
    expect(overlays.some((o) => o.some((x) => x.includes('class="cut-route"')))).toBe(true);
    expect(overlays.some((o) => o.some((x) => x.includes('class="front"')))).toBe(true);
    expectSameFrames(base, campaign);
  });
});

describe("the synthetic theatre of the map's benchmark", () => {
  it("is the same bytes for the same seed, and another theatre for another seed", () => {
    const a = theatreJson({ places: 60, events: 400, seed: "same" });
    expect(theatreJson({ places: 60, events: 400, seed: "same" })).toBe(a);
    expect(theatreJson({ places: 60, events: 400, seed: "other" })).not.toBe(a);
  });
});
