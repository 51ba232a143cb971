import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import fc from "fast-check";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CI_SEED, propertyParams } from "../../engine/testing/properties/params.js";
import { openCampaign } from "../../replay/cli/scenario.js";
import { mapBase } from "../../replay/map/base.js";
import {
  type EventMark,
  type EventWindow,
  eventMarks,
  type MapEvents,
  mapEvents,
  markTitle,
} from "../../replay/map/events.js";
import { clientScript } from "../../replay/map/page/client.js";
import { daysShown } from "../../replay/map/page/event-layer.js";
import { pageDays } from "../../replay/map/page/frames.js";
import { campaignPage } from "../../replay/map/page/page.js";
import { sitrep } from "../cli/run.js";
import { ARTEFACTS, launchBrowser, watchedPage } from "./browser.js";

const DAY = 86_400_000;
const dir = mkdtempSync(join(tmpdir(), "sitrep-page-events-"));

/** The page's packed data (`PageData` without its days), unpacked as the page's script does. */
function packedData(html: string): Record<string, unknown> {
  const packed = /<script id="sitrep-frames" type="application\/gzip;base64">([^<]*)<\/script>/.exec(html)?.[1];
  if (packed === undefined) throw new Error("the page has no packed data");
  return JSON.parse(gunzipSync(Buffer.from(packed, "base64")).toString("utf8")) as Record<string, unknown>;
}

/** What a circle of the layer says in its attributes, as the SVG map's `eventsSvg` writes them. */
const markRow = (m: EventMark) => [
  m.place,
  m.family,
  String(m.count),
  String(m.killed),
  `${m.x}`,
  `${m.y}`,
  `${m.radius}`,
];

/** A scenario's events as the map places them, and when each of the page's days ends. */
async function expected(name: string) {
  const { scenario, campaign } = await openCampaign(name, [], { infer: true });
  const base = mapBase(scenario);
  const { days, endOf } = pageDays(campaign);
  const events = mapEvents(base);
  return {
    base,
    campaign,
    events,
    days,
    marksOn: (day: string, window: EventWindow) => eventMarks(events, endOf(day), window),
  };
}

describe("the days an event shows on the page", () => {
  it("are exactly the days at whose end eventMarks draws it (property over day ends, event times and windows)", () => {
    const one = (from: number, to: number): MapEvents => ({
      unlocated: 0,
      events: [{ id: "e", index: 0, place: "p", placeName: "P", x: 0, y: 0, from, to, family: "fighting", killed: 0 }],
    });
    // days of about a day (23 h to 25 h, as daylight saving makes them), event instants near their ends
    const scene = fc
      .record({
        start: fc.integer({ min: 1_400_000_000_000, max: 1_500_000_000_000 }),
        lengths: fc.array(fc.integer({ min: 23 * 3_600_000, max: 25 * 3_600_000 }), { minLength: 1, maxLength: 40 }),
        window: fc.oneof(fc.constant("all" as const), fc.record({ days: fc.integer({ min: 1, max: 10 }) })),
        fromDay: fc.integer({ min: -3, max: 45 }),
        fromNudge: fc.integer({ min: -2, max: 2 }),
        span: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 20 * DAY })),
      })
      .map((s) => {
        const ends: number[] = [];
        let t = s.start;
        for (const l of s.lengths) {
          t += l;
          ends.push(t);
        }
        const at = ends[Math.max(0, Math.min(ends.length - 1, s.fromDay))] as number;
        const from = at + (s.fromDay < 0 ? -DAY : s.fromDay >= ends.length ? DAY : 0) + s.fromNudge;
        return { ends, window: s.window as EventWindow, from, to: from + s.span };
      });
    fc.assert(
      fc.property(scene, ({ ends, window, from, to }) => {
        const range = daysShown(ends, from, to, window);
        for (const [d, end] of ends.entries()) {
          const drawn = eventMarks(one(from, to), end, window).length === 1;
          const inRange = range !== null && range.d0 <= d && d <= range.d1;
          if (drawn !== inRange)
            throw new Error(
              `day ${d} (ends ${end}): eventMarks draws it ${drawn}, the page's range ${JSON.stringify(range)}`,
            );
        }
      }),
      propertyParams({ seed: CI_SEED }),
    );
  });
});

describe("the page's events data", () => {
  it("is there only when asked: a page without a window carries no layer, no layer group, no events legend, no events script", async () => {
    const { base, campaign } = await expected("anbar-2015");
    const plain = campaignPage(base, campaign);
    const drawn = campaignPage(base, campaign, "all");
    const data = packedData(plain);
    expect(Object.keys(data)).toEqual(["names", "strings", "styles", "infos", "events", "frames"]);
    expect(plain).not.toContain('id="event-layer"');
    expect(plain).not.toContain("Events, ");
    expect(plain).toContain(`<script>${clientScript(false)}</script>`);
    expect(clientScript(false)).not.toContain("drawEvents");
    // the layer adds to the data and changes nothing of it: its strings come after the frames'
    const withLayer = packedData(drawn);
    expect(withLayer).toHaveProperty("layer");
    const { layer: _, strings, ...rest } = withLayer;
    const { strings: plainStrings, ...plainRest } = data;
    expect(rest).toEqual(plainRest);
    expect((strings as string[]).slice(0, (plainStrings as string[]).length)).toEqual(plainStrings);
    expect(drawn).toContain('<g class="events" id="event-layer" data-window="all so far"></g>');
    expect(drawn).toContain("Events, all so far");
    expect(drawn).toContain("function drawEvents");
  });
});

describe("the events layer of the page, in a headless Chromium", () => {
  let browser: BrowserContext;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string): Promise<Page> {
    const page = await watchedPage(browser, consoleErrors);
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector("html[data-ready]", { state: "attached" });
    return page;
  }

  async function slideTo(page: Page, days: readonly string[], day: string): Promise<void> {
    await page.locator("#slider").fill(String(days.indexOf(day)));
    await expect.poll(() => page.textContent("#day")).toBe(day);
  }

  /** The circles drawn, in drawing order, as `markRow` writes a mark. */
  const circles = (page: Page) =>
    page.$$eval("#event-layer circle.event", (cs) =>
      cs.map((c) =>
        ["data-place", "data-family", "data-count", "data-killed", "cx", "cy", "r"].map((a) => c.getAttribute(a)),
      ),
    );

  function writePage(name: string, window: string, file: string): void {
    const r = sitrep(["map", name, "--html", "--events", window, "--out", file]);
    if (r.code !== 0) throw new Error(`sitrep map --html --events failed: ${r.stderr}`);
  }

  it("anbar-2015 with every event so far: on each day, the circles eventMarks gives at that day's end, in its order, and markTitle as the tooltip", async () => {
    const file = join(dir, "anbar-2015-events.html");
    writePage("anbar-2015", "all", file);
    const x = await expected("anbar-2015");
    const page = await open(file);
    let shown = 0;
    for (const day of x.days) {
      await slideTo(page, x.days, day);
      const marks = x.marksOn(day, "all");
      expect(await circles(page), day).toEqual(marks.map(markRow));
      shown += marks.length;
    }
    expect(shown).toBeGreaterThan(0); // the scenario's events do show on some days
    const last = x.days[x.days.length - 1] as string;
    await slideTo(page, x.days, last);
    const marks = x.marksOn(last, "all");
    const top = marks[marks.length - 1] as EventMark; // drawn last, so on top
    const box = await page.locator("#event-layer circle.event").last().boundingBox();
    await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
    const tip = page.locator(`#tip [data-tip-events="${top.place}"]`);
    await expect.poll(() => tip.count()).toBe(1);
    expect(await tip.textContent()).toBe(markTitle(top));
    await page.screenshot({ path: join(ARTEFACTS, "anbar-2015-events-tooltip.png") });
    await page.close();
  });

  it("a UCDP GED slice of Iraq (April to June 2015), last 30 days: the circles eventMarks gives, every third day forward, then every fifth back", async () => {
    const scenario = join(dir, "iraq-2015q2.json");
    const imported = sitrep([
      "import",
      "ucdp",
      join("scenarios", "data", "ucdp-ged-iraq.csv.gz"),
      "--from",
      "2015-04-01",
      "--to",
      "2015-06-30",
      "--out",
      scenario,
    ]);
    expect(imported.code, imported.stderr).toBe(0);
    const file = join(dir, "iraq-2015q2.html");
    writePage(scenario, "30d", file);
    const x = await expected(scenario);
    const page = await open(file);
    let busiest = { day: "", count: 0 };
    for (const [d, day] of x.days.entries()) {
      if (d % 3 !== 0) continue;
      await slideTo(page, x.days, day);
      const marks = x.marksOn(day, { days: 30 });
      expect(await circles(page), day).toEqual(marks.map(markRow));
      if (marks.length > busiest.count) busiest = { day, count: marks.length };
    }
    expect(busiest.count).toBeGreaterThan(10);
    // backwards, circles are taken away, brought back and reordered
    for (let d = x.days.length - 1; d >= 0; d -= 5) {
      const day = x.days[d] as string;
      await slideTo(page, x.days, day);
      expect(await circles(page), day).toEqual(x.marksOn(day, { days: 30 }).map(markRow));
    }
    await slideTo(page, x.days, busiest.day);
    await page.screenshot({ path: join(ARTEFACTS, `iraq-2015q2-events-${busiest.day}.png`) });
    await page.close();
  });

  it("a page without --events draws no circle and has no layer", async () => {
    const file = join(dir, "anbar-2015.html");
    const r = sitrep(["map", "anbar-2015", "--html", "--out", file]);
    expect(r.code, r.stderr).toBe(0);
    expect(Object.keys(packedData(readFileSync(file, "utf8")))).not.toContain("layer");
    const page = await open(file);
    const x = await expected("anbar-2015");
    await slideTo(page, x.days, x.days[x.days.length - 1] as string);
    expect(await page.locator("circle.event").count()).toBe(0);
    expect(await page.locator("#event-layer").count()).toBe(0);
    await page.close();
  });

  it("logs no console error", () => {
    expect(consoleErrors).toEqual([]);
  });
});
