import { describe, expect, it } from "vitest";
import { Campaign } from "../../engine/campaign.js";
import { EVENT_TYPES } from "../../engine/events/kinds.js";
import { mapBase } from "../../replay/map/base.js";
import {
  EVENT_FAMILIES,
  eventMarks,
  familyOf,
  type MapEvents,
  mapEvents,
  markRadius,
  parseEventWindow,
} from "../../replay/map/events.js";
import { mapSvg } from "../../replay/map/svg.js";
import { sitrep } from "../cli/run.js";
import { builtIn } from "../support/scenarios.js";

const DAY = 86_400_000;

/** Events at two positions, as `mapEvents` gives them, for the window rules. */
function layer(...events: { id: string; at: "a" | "b"; from: string; to: string; killed?: number }[]): MapEvents {
  return {
    unlocated: 0,
    events: events.map((e, index) => ({
      id: e.id,
      index,
      place: e.at,
      placeName: e.at.toUpperCase(),
      x: e.at === "a" ? 10 : 50,
      y: 20,
      from: Date.parse(e.from),
      to: Date.parse(e.to),
      family: "fighting",
      killed: e.killed ?? 0,
    })),
  };
}

describe("events on the map", () => {
  it("reads a window as days, weeks or all, and nothing else", () => {
    expect(parseEventWindow("30d")).toEqual({ days: 30 });
    expect(parseEventWindow("2w")).toEqual({ days: 14 });
    expect(parseEventWindow("all")).toBe("all");
    for (const bad of ["0d", "30", "d", "3x", "1.5d", "-2d", ""]) expect(parseEventWindow(bad), bad).toBeNull();
  });

  it("draws an event whose time reaches into the window: not one that may only happen after the moment, nor one over before the window opens", () => {
    const at = Date.parse("2015-05-17T23:59:59.999Z");
    const events = layer(
      { id: "inside", at: "a", from: "2015-05-11T00:00:00Z", to: "2015-05-11T23:59:59.999Z", killed: 4 },
      { id: "reaches-in", at: "a", from: "2015-04-01T00:00:00Z", to: "2015-05-12T23:59:59.999Z", killed: 5 },
      { id: "may-be-before", at: "b", from: "2015-05-17T00:00:00Z", to: "2015-05-20T23:59:59.999Z" },
      { id: "after", at: "b", from: "2015-05-18T00:00:00Z", to: "2015-05-18T23:59:59.999Z" },
      { id: "over-before", at: "b", from: "2015-05-01T00:00:00Z", to: "2015-05-10T23:59:59.999Z" },
    );
    // seven days to the end of 17 May: 11 to 17 May
    const marks = eventMarks(events, at, { days: 7 });
    expect(marks.map((m) => [m.place, m.count, m.killed, m.ids])).toEqual([
      ["a", 2, 9, ["inside", "reaches-in"]],
      ["b", 1, 0, ["may-be-before"]],
    ]);
    // the window's start is open: an event over exactly when it opens is not in it
    const edge = layer({ id: "edge", at: "a", from: "2015-05-09T00:00:00Z", to: "2015-05-10T23:59:59.999Z" });
    expect(eventMarks(edge, Date.parse("2015-05-10T23:59:59.999Z") + 7 * DAY, { days: 7 })).toEqual([]);
    expect(eventMarks(edge, Date.parse("2015-05-10T23:59:59.999Z") + 7 * DAY, "all")).toHaveLength(1);
  });

  it("sizes a circle by area with the deaths it counts, from a floor for events that count none", () => {
    expect(markRadius(0)).toBe(3);
    expect(markRadius(100)).toBe(15);
    // four times the deaths, about twice the radius above the floor
    expect(markRadius(400) - 3).toBeCloseTo(2 * (markRadius(100) - 3), 5);
    expect(markRadius(1e6)).toBe(28);
  });

  it("colours every kind of event by one of the legend's families", () => {
    for (const kind of EVENT_TYPES) expect(EVENT_FAMILIES).toContain(familyOf(kind));
    expect(familyOf("civilians-killed")).toBe("civilians");
    expect(familyOf("airstrike")).toBe("strikes");
    expect(familyOf("place-captured")).toBe("fighting");
    expect(familyOf("ceasefire")).toBe("other");
  });

  it("anbar-2015 on 31 May: every event with a located place is drawn at its place's marker, the one without counted", () => {
    const { scenario } = builtIn("anbar-2015");
    const base = mapBase(scenario);
    const all = mapEvents(base);
    expect(all.events.length + all.unlocated).toBe(scenario.events.length);
    const unlocated = scenario.events.filter((e) => !all.events.some((m) => m.id === e.id));
    expect(unlocated.map((e) => e.id)).toEqual(["an-salahuddin-citizens"]);
    const ramadi = base.positions.places.findIndex((p) => p.id === "ramadi");
    const falls = all.events.find((e) => e.id === "an-ramadi-falls");
    expect([falls?.x, falls?.y]).toEqual(base.positions.xy[ramadi]);
    const snap = Campaign.of(scenario).at("2015-05-31");
    const marks = eventMarks(all, snap.at.ms, "all");
    expect(marks.reduce((n, m) => n + m.count, 0)).toBe(all.events.length);
    const svg = mapSvg(base, snap.state, snap.at.ms, "2015-05-31", { marks, window: "all" });
    expect(svg.match(/<circle class="event"/g)).toHaveLength(marks.length);
    expect(svg).toContain("Events, all so far");
    // without a layer the map is as before: no events, no events legend
    const plain = mapSvg(base, snap.state, snap.at.ms, "2015-05-31");
    expect(plain).not.toContain('class="event"');
    expect(plain).not.toContain("Events,");
  });
});

describe("sitrep map --events", () => {
  it("draws the events of the window, and says on stderr how many have no place to be drawn at", () => {
    const r = sitrep(["map", "anbar-2015", "--at", "2015-05-31", "--events", "all"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/<g class="events" data-window="all so far"><circle class="event" data-place=/);
    expect(r.stderr).toContain("1 of 10 events have no place with coordinates and are not drawn");
  });

  it("takes 30 days when no window is given", () => {
    const r = sitrep(["map", "anbar-2015", "--at", "2015-05-31", "--events"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('data-window="last 30 days"');
  });

  it("refuses a window it cannot read, on a map or a page, with one line and exit 2", () => {
    for (const format of [[], ["--html"]]) {
      const bad = sitrep(["map", "anbar-2015", ...format, "--events", "3 months"]);
      expect(bad.code).toBe(2);
      expect(bad.stderr.trim().split("\n")).toEqual([
        "sitrep: --events '3 months' is not a window: give days ('30d'), weeks ('2w') or 'all'",
      ]);
    }
  });

  it("lays the layer on the page too (--html), 30 days when no window is given, with the same count of events not drawn", () => {
    const page = sitrep(["map", "anbar-2015", "--html", "--events"]);
    expect(page.code, page.stderr).toBe(0);
    expect(page.stdout).toContain('<g class="events" id="event-layer" data-window="last 30 days"></g>');
    expect(page.stderr).toContain("1 of 10 events have no place with coordinates and are not drawn");
  });
});
