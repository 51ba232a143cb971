import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sitrep } from "../cli/run.js";
import { builtIn } from "../support/scenarios.js";
import { ARTEFACTS, launchBrowser, watchedPage } from "./browser.js";

const ORANGE = "#D55E00"; // the Syrian government's colour
const BLACK = "#000000"; // ISIL's

const file = join(mkdtempSync(join(tmpdir(), "sitrep-page-")), "central-syria-2017.html");
const url = pathToFileURL(file).href;
let browser: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  const r = sitrep(["map", "central-syria-2017", "--html", "--out", file]);
  if (r.code !== 0) throw new Error(`sitrep map --html failed: ${r.stderr}`);
  browser = await launchBrowser();
  // the page must need nothing from the network
  page = await watchedPage(browser, consoleErrors);
  await page.goto(url);
  await ready(page);
});

afterAll(async () => {
  await browser?.close();
});

/** What the tests read of the page's globals (the test files are not compiled with the DOM's types). */
interface Browser {
  readonly document: { getElementById(id: string): { readonly textContent: string | null } | null };
  readonly sitrepRedraws: { day: string; script: number }[];
}

/** Waits for the page to unpack its frames and draw the first. */
async function ready(p: Page): Promise<void> {
  await p.waitForSelector("html[data-ready]", { state: "attached" });
}

const fillOf = (place: string) => page.getAttribute(`g.place[data-place="${place}"]`, "data-fill");
const siegeRing = (siege: string) => page.locator(`#layer [data-siege="${siege}"]`).count();

async function slideTo(day: string): Promise<void> {
  const index = await page.evaluate(
    (d) =>
      (
        JSON.parse((globalThis as unknown as Browser).document.getElementById("sitrep-data")?.textContent ?? "{}") as {
          days: string[];
        }
      ).days.indexOf(d),
    day,
  );
  expect(index, `${day} on the slider`).toBeGreaterThanOrEqual(0);
  await page.locator("#slider").fill(String(index));
  await expect.poll(() => page.textContent("#day")).toBe(day);
}

describe("the campaign page of central-syria-2017, in a headless Chromium", () => {
  it("weighs under 1.5 MB", () => {
    expect(statSync(file).size).toBeLessThan(1.5 * 1024 * 1024);
  });

  it("shows Deir ez-Zor's siege ring on 2017-09-04 and not on 2017-09-06, the city the government's on both", async () => {
    await slideTo("2017-09-04");
    expect(await siegeRing("deir-ez-zor-city")).toBe(1);
    expect(await fillOf("deir-ez-zor")).toBe(ORANGE);
    expect(page.url()).toMatch(/#2017-09-04$/);
    await page.screenshot({ path: join(ARTEFACTS, "central-syria-2017-09-04.png") });
    await slideTo("2017-09-06");
    expect(await siegeRing("deir-ez-zor-city")).toBe(0);
    expect(await fillOf("deir-ez-zor")).toBe(ORANGE);
    expect(page.url()).toMatch(/#2017-09-06$/);
    await page.screenshot({ path: join(ARTEFACTS, "central-syria-2017-09-06.png") });
  });

  it("opens the day the URL names: #2017-08-06 shows Sukhnah the government's, #2017-07-20 ISIL's", async () => {
    await page.goto(`${url}#2017-07-20`);
    await page.reload();
    await ready(page);
    expect(await page.textContent("#day")).toBe("2017-07-20");
    expect(await fillOf("sukhnah")).toBe(BLACK);
    await page.goto(`${url}#2017-08-06`);
    await page.reload();
    await ready(page);
    expect(await page.textContent("#day")).toBe("2017-08-06");
    expect(await fillOf("sukhnah")).toBe(ORANGE);
    await page.screenshot({ path: join(ARTEFACTS, "central-syria-2017-08-06.png") });
  });

  it("hovering Sukhnah shows its controller, since when, and the quote of the capture", async () => {
    const capture = builtIn("central-syria-2017").scenario.events.find((e) => e.id === "cs-0805-sukhnah-taken");
    // sites around the town are drawn at its point: the pointer goes to the spot, as a reader's would
    const box = await page.locator('g.place[data-place="sukhnah"]').boundingBox();
    expect(box).not.toBeNull();
    await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
    const tip = page.locator('#tip [data-tip-place="sukhnah"]');
    await expect.poll(() => tip.count()).toBe(1);
    const text = (await tip.textContent()) ?? "";
    expect(text).toContain("Syrian government");
    expect(text).toContain("Since: 2017-08-05");
    expect(text).toContain(capture?.source.quote ?? "(no quote)");
    await page.screenshot({ path: join(ARTEFACTS, "central-syria-2017-tooltip.png") });
  });

  it("lists the day's events with their quotes and sources", async () => {
    await slideTo("2017-08-05");
    const panel = (await page.textContent("#events")) ?? "";
    expect(panel).toContain("Two days later, on 5 August, the Syrian Army took complete control of Sukhnah.");
    expect(panel).toContain("cs-0805-sukhnah-taken");
  });

  it("steps event by event and plays", async () => {
    await slideTo("2017-08-04");
    await page.click("#next-event");
    const day = (await page.textContent("#day")) ?? "";
    expect(day >= "2017-08-04").toBe(true);
    expect(await page.locator("#events li.current").count()).toBe(1);
    await page.selectOption("#speed", "10");
    await page.click("#play");
    await expect.poll(() => page.textContent("#day"), { timeout: 5000 }).not.toBe(day);
    await page.click("#play");
  });

  it("steps through 2017-08-23 event by event: the Ithriyah–Salamiyah road's cut shows at the event that cuts it, three events before the day's last", async () => {
    await slideTo("2017-08-22");
    const steps: [string | null, string | null, number][] = [];
    for (let n = 0; n < 4; n++) {
      await page.click("#next-event");
      steps.push([
        await page.textContent("#day"),
        await page.getAttribute("#events li.current", "data-event"),
        await page.locator('#layer [data-route="ithriyah-salamiyah-road"]').count(),
      ]);
    }
    expect(steps).toEqual([
      ["2017-08-23", "cs-0823-sukhnah-link-up", 0],
      ["2017-08-23", "cs-0823-second-pocket", 0],
      ["2017-08-23", "cs-0823-aleppo-road-cut", 1],
      ["2017-08-23", "cs-0823-checkpoint-1-lost", 1],
    ]);
  });

  it("logs no console error, and reports its redraw times (measured, not asserted)", async () => {
    for (const day of ["2017-07-20", "2017-08-06", "2017-09-04", "2017-09-06", "2017-10-01"]) await slideTo(day);
    const redraws = await page.evaluate(() => (globalThis as unknown as Browser).sitrepRedraws);
    writeFileSync(join(ARTEFACTS, "redraws.json"), `${JSON.stringify(redraws, null, 2)}\n`);
    expect(redraws.length).toBeGreaterThan(5);
    expect(consoleErrors).toEqual([]);
  });
});

describe("the campaign page of anbar-2015, stepped event by event", () => {
  it("draws Ramadi's siege ring at the event that lays it (not the day's last), not at the capture before it", async () => {
    const anbar = join(mkdtempSync(join(tmpdir(), "sitrep-page-")), "anbar-2015.html");
    const r = sitrep(["map", "anbar-2015", "--html", "--out", anbar]);
    expect(r.code, r.stderr).toBe(0);
    const p = await browser.newPage();
    await p.goto(`${pathToFileURL(anbar).href}#2015-05-16`);
    await ready(p);
    const step = async () => {
      await p.click("#next-event");
      return [
        await p.textContent("#day"),
        await p.getAttribute("#events li.current", "data-event"),
        await p.locator('#layer [data-siege="ramadi-2015"]').count(),
      ];
    };
    expect(await step()).toEqual(["2015-05-17", "an-ramadi-falls", 0]);
    expect(await step()).toEqual(["2015-05-17", "an-ramadi-surrounded", 1]);
    await p.screenshot({ path: join(ARTEFACTS, "anbar-2015-05-17-siege-laid.png") });
    await p.close();
  });
});
