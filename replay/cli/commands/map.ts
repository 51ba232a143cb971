import type { Command } from "commander";
import { AT_HELP, endScenarioCommand, type MomentOptions, SCENARIO_HELP } from "../options.js";
import type { Output } from "../output.js";

interface Options extends MomentOptions {
  readonly out?: string;
  readonly html?: boolean;
  readonly events?: string | true;
}

const FORMATS = ["svg", "png", "html"] as const;
type Format = (typeof FORMATS)[number];

/**
 * `sitrep map <scenario> --at <time>`: a map of control at a moment (SVG or PNG), or with --html a
 * page that plays the campaign; `--events` lays the events of a window over either.
 */
export function mapCommand(program: Command, io: Output): void {
  endScenarioCommand(
    program
      .command("map")
      .description("draw control at a moment as a map (SVG or PNG), or write a page that plays the campaign (--html)")
      .argument("<scenario>", SCENARIO_HELP)
      .option("--at <time>", AT_HELP)
      .option("--out <file>", "write to this file (default: stdout); its extension (.svg, .png, .html) sets the format")
      .option("--format <format>", "svg, png or html (default: from --out's extension, else svg)")
      .option("--html", "write one self-contained HTML page that plays the whole campaign (same as --format html)")
      .option(
        "--events [window]",
        "also draw the events of a window ending at the moment (on the page: at each day's end) as points, sized by the deaths they count: days ('30d'), weeks ('2w') or 'all' (default: 30d)",
      ),
    {
      infer: true,
      notes:
        "Places are drawn where the catalogue's coordinates put them; places without coordinates are left out (counted on stderr).",
      examples: [
        "sitrep map central-syria-2017 --at 2017-09-05 --out map.svg",
        "sitrep map central-syria-2017 --at 2017-09-05 --out map.png",
        "sitrep map central-syria-2017 --html --out central-syria-2017.html",
        "sitrep map iraq.json --at 2015-05-17 --events 30d --out ramadi.png",
        "sitrep map iraq.json --html --events 30d --out iraq.html",
      ],
    },
  ).action(async (name: string, opts: Options) => {
    const { UsageError } = await import("../errors.js");
    const format = formatOf(opts);
    if (format === null)
      throw new UsageError(`unknown --format '${opts.format}': expected one of ${FORMATS.join(", ")}`);
    const { parseEventWindow } = await import("../../map/events.js");
    const window = opts.events === undefined ? undefined : parseEventWindow(opts.events === true ? "30d" : opts.events);
    if (window === null)
      throw new UsageError(`--events '${opts.events}' is not a window: give days ('30d'), weeks ('2w') or 'all'`);
    if (opts.out !== undefined) await checkWritable(opts.out);
    const { openCampaign, momentOrEnd } = await import("../scenario.js");
    const { mapBase } = await import("../../map/base.js");
    const { scenario, campaign } = await openCampaign(name, opts.dir, { infer: opts.infer });
    let base: ReturnType<typeof mapBase>;
    try {
      base = mapBase(scenario);
    } catch (e) {
      if (e instanceof Error && e.name === "MapError") throw new UsageError(e.message);
      throw e;
    }
    const left = base.located.unlocated;
    if (left.length > 0) {
      const shown = left.slice(0, 5).join(", ");
      io.note(
        `${left.length} of ${left.length + base.located.places.length} places '${scenario.id}' names have no coordinates and are left off the map (${shown}${left.length > 5 ? ", ..." : ""})`,
      );
    }
    if (window !== undefined) {
      const { mapEvents } = await import("../../map/events.js");
      const { unlocated, events } = mapEvents(base);
      if (unlocated > 0)
        io.note(`${unlocated} of ${unlocated + events.length} events have no place with coordinates and are not drawn`);
    }
    let body: string | Buffer;
    if (format === "html") {
      const { campaignPage } = await import("../../map/page/page.js");
      body = campaignPage(base, campaign, window);
    } else {
      const snap = campaign.at(momentOrEnd(campaign, opts.at, io.note));
      const date =
        opts.at !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(opts.at)
          ? opts.at
          : snap.at.iso.slice(0, 16).replace("T", " ");
      const { mapSvg } = await import("../../map/svg.js");
      let layer: Parameters<typeof mapSvg>[4];
      if (window !== undefined) {
        const { eventMarks, mapEvents } = await import("../../map/events.js");
        const all = mapEvents(base);
        layer = { marks: eventMarks(all, snap.at.ms, window), window };
      }
      const svg = mapSvg(base, snap.state, snap.at.ms, date, layer);
      body = format === "png" ? await (await import("../../map/png.js")).svgToPng(svg) : svg;
    }
    if (opts.out === undefined) {
      if (typeof body === "string") io.writeOut(body.endsWith("\n") ? body : `${body}\n`);
      else process.stdout.write(body);
      return;
    }
    const { writeFileSync } = await import("node:fs");
    try {
      writeFileSync(opts.out, body);
    } catch (e) {
      throw new UsageError(
        `cannot write --out '${opts.out}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; give a file in a folder that exists and that you can write to`,
      );
    }
    io.note(`wrote ${opts.out}`);
  });
}

function formatOf(opts: Options): Format | null {
  if (opts.html === true) return opts.format === undefined || opts.format === "html" ? "html" : null;
  if (opts.format !== undefined)
    return (FORMATS as readonly string[]).includes(opts.format) ? (opts.format as Format) : null;
  const ext = opts.out?.toLowerCase().match(/\.(svg|png|html?)$/)?.[1];
  if (ext === "png") return "png";
  if (ext === "html" || ext === "htm") return "html";
  return "svg";
}

/** Fails before any work when `--out` cannot be written: its folder is missing, or it is a folder, or not writable. */
async function checkWritable(out: string): Promise<void> {
  const { accessSync, constants, statSync } = await import("node:fs");
  const { dirname, resolve } = await import("node:path");
  const { UsageError } = await import("../errors.js");
  const file = resolve(out);
  const fail = (why: string) =>
    new UsageError(
      `cannot write --out '${out}': ${why}; give a file in a folder that exists and that you can write to`,
    );
  let dirStat: ReturnType<typeof statSync> | undefined;
  try {
    dirStat = statSync(dirname(file));
  } catch {
    throw fail(`folder '${dirname(out)}' does not exist`);
  }
  if (!dirStat.isDirectory()) throw fail(`'${dirname(out)}' is not a folder`);
  try {
    if (statSync(file).isDirectory()) throw fail("it is a folder");
  } catch (e) {
    if (e instanceof Error && e.name === "UsageError") throw e;
  }
  try {
    accessSync(dirname(file), constants.W_OK);
  } catch {
    throw fail(`folder '${dirname(out)}' is not writable`);
  }
}
