import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium, which `.ci/run` installs when it is missing. */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Headless, sandbox off (CI runs as root), and no network services of Chromium's own: on this
 * closed network they only fail, many at a time.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
] as const;

/** Where the browser tests leave their screenshots and measurements (gitignored). */
export const ARTEFACTS = join(process.cwd(), "test-artifacts", "map");

/**
 * A headless Chromium with a fresh profile, no network services of its own, nothing shared
 * with another run. Fails with what to do when Chromium is not installed.
 */
export async function launchBrowser(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install it with 'apt-get install -y chromium' (.ci/run does so)`);
  mkdirSync(ARTEFACTS, { recursive: true });
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "sitrep-chromium-")), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [...CHROMIUM_ARGS],
  });
}

/**
 * A new page of `browser` that adds to `errors` every console error, uncaught exception and
 * request beyond `file:` (which it aborts): a page sitrep writes needs nothing from the network.
 */
export async function watchedPage(browser: BrowserContext, errors: string[]): Promise<Page> {
  const page = await browser.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route(/^(?!file:)/, (route) => {
    errors.push(`network request: ${route.request().url()}`);
    return route.abort();
  });
  return page;
}
