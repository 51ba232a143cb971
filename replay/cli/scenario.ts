import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { Campaign, type When } from "../../engine/campaign.js";
import { RuleViolationError } from "../../engine/errors/rule-violation.js";
import { isNdjsonPath } from "../../engine/input/stream-events.js";
import { scenariosDir } from "../../engine/paths.js";
import { rulesChecked } from "../../engine/scenario/checked.js";
import { compiledBuiltIn } from "../../engine/scenario/compiled.js";
import type { Scenario } from "../../engine/scenario/scenario.js";
import { storedLog } from "../../engine/scenario/stored-log.js";
import { type Names, namesOf } from "../render/names.js";
import { cacheTurnedOff } from "./cache-option.js";
import { UsageError } from "./errors.js";

/** A scenario opened for questions. */
export interface Opened {
  readonly scenario: Scenario;
  readonly campaign: Campaign;
  readonly names: Names;
}

const isPath = (s: string) => s.endsWith(".json") || isNdjsonPath(s) || s.includes("/") || s.includes("\\");

/**
 * Loads a scenario by built-in id, by id in one of `dirs`, or by path. A built-in id opens its
 * compiled form when its sources are unchanged (no validation, no schema library loaded), and
 * otherwise reads only its own file (`scenarios/<id>.json`), not every scenario. Rules are
 * checked once, when the timeline is built, rather than twice. `infer: false` leaves out the
 * inferred holdings (see `LoadOptions.infer`).
 */
export async function openScenario(
  idOrPath: string,
  dirs: readonly string[] = [],
  load: OpenOptions = {},
): Promise<Scenario> {
  const infer = load.infer ?? true;
  if (!isPath(idOrPath)) {
    const compiled = compiledBuiltIn(idOrPath, { infer });
    if (compiled !== null) return compiled;
  } else if (isNdjsonPath(idOrPath) || !cacheTurnedOff()) {
    // A user's file through the compiled cache unless `--no-cache` (docs/large-scenarios.md): a
    // miss checks it in full, rules included, so seeks may be lazy. NDJSON is read a chunk at a
    // time, with a bar on a terminal. A hit loads none of the loader's modules.
    const { cachedScenario, scenarioCacheDir } = await import("../../engine/scenario/cache-entry.js");
    const dir = cacheTurnedOff() ? null : scenarioCacheDir();
    const { hit, slot } = dir === null ? { hit: null, slot: null } : cachedScenario(resolve(idOrPath), dir, { infer });
    if (hit !== null) return hit;
    const { loadIntoSlot } = await import("../../engine/scenario/user-cache.js");
    const { progressBar } = await import("../render/progress.js");
    const MiB = 2 ** 20;
    let bar: ReturnType<typeof progressBar> | null = null;
    try {
      return loadIntoSlot(resolve(idOrPath), slot, {
        infer,
        onProgress: (read, total) => {
          bar ??= progressBar(process.stderr, process.env, Math.ceil(total / MiB), {
            verb: "reading",
            unit: "MiB",
            from: 64,
          });
          bar.update(Math.floor(read / MiB));
        },
      });
    } finally {
      (bar as ReturnType<typeof progressBar> | null)?.stop();
    }
  }
  const [{ loadScenarioFile }, { findScenarios, loadScenario }] = await Promise.all([
    import("../../engine/scenario/load.js"),
    import("../../engine/scenario/builtin.js"),
  ]);
  const options = { checkRules: false, infer } as const;
  if (!isPath(idOrPath)) {
    const direct = join(scenariosDir(), `${idOrPath}.json`);
    if (existsSync(direct)) {
      const s = loadScenarioFile(direct, options);
      if (s.id === idOrPath) return s;
    }
    for (const dir of dirs) {
      const hit = findScenarios(dir).find((e) => e.id === idOrPath);
      if (hit !== undefined) return loadScenarioFile(hit.file, options);
    }
  }
  return loadScenario(idOrPath, { ...options, dirs });
}

/** How `openScenario` and `openCampaign` open a scenario. */
interface OpenOptions {
  readonly infer?: boolean;
  /**
   * Replay only as far as the questions asked need, when the scenario's rules were checked at
   * load (default true: a lazy timeline replays no event more often than an eager one, and one
   * whose rules were checked has no broken rule to find at build).
   */
  readonly lazy?: boolean;
}

/** Opens a scenario and builds its timeline. */
export async function openCampaign(
  idOrPath: string,
  dirs: readonly string[] = [],
  load: OpenOptions = {},
): Promise<Opened> {
  const scenario = await openScenario(idOrPath, dirs, load);
  let campaign: Campaign;
  try {
    campaign = Campaign.of(scenario, { lazy: load.lazy !== false && rulesChecked(scenario) });
  } catch (e) {
    if (e instanceof RuleViolationError && scenario.file !== null)
      throw await ruleViolationInFile(e, scenario.file, scenario);
    throw e;
  }
  // named when first asked: the names of sieges and operations read every event of the log, but
  // for a scenario from the compiled cache, whose entry keeps them
  let names: Names | undefined;
  return {
    scenario,
    campaign,
    get names() {
      const stored = storedLog(scenario);
      names ??= namesOf(
        scenario.catalogue,
        stored === undefined ? [...scenario.initialEvents, ...scenario.events] : stored.names,
      );
      return names;
    },
  };
}

/**
 * A rule an event breaks when the timeline is built (rules are not checked at load, for speed),
 * as one line naming the file, the event's line and path, and `sitrep validate`, which lists
 * every problem of the file.
 */
async function ruleViolationInFile(e: RuleViolationError, file: string, scenario: Scenario): Promise<UsageError> {
  const [{ formatProblem, SourceMap }, { readInputText }] = await Promise.all([
    import("../../engine/scenario/problems.js"),
    import("../../engine/input/read.js"),
  ]);
  const index = scenario.events.findIndex((ev) => ev.id === e.eventId);
  const path = index < 0 ? [] : ["events", index];
  let at: { line: number; column: number } | null = null;
  try {
    at = new SourceMap(readInputText(resolve(file), "a scenario JSON file").text).locate(path);
  } catch {
    // the file cannot be read again: the line stays unknown, the file and path still say where
  }
  const line = formatProblem({
    file: file,
    path,
    line: at?.line ?? null,
    column: at?.column ?? null,
    message: e.message,
  });
  return new UsageError(`${line} (run 'sitrep validate ${file}' to see every problem)`);
}

/**
 * The moment an option names (see `Moment`: a date, the end of that day; a local or ISO time;
 * an event id, just after that event), resolved in the
 * campaign's scenario. A bad moment is one line naming the option (exit 2).
 */
export function moment(campaign: Campaign, text: string, option: string): When {
  const r = campaign.resolve(text, { option });
  return r.through === null ? r.at.ms : { event: r.through };
}

/**
 * The instant a range option (`--from`, `--to`) names, or undefined when it is not given. A date
 * alone is the start of that day for `--from`, its end for `--to`.
 */
export function boundMs(campaign: Campaign, text: string | undefined, option: "--from" | "--to"): number | undefined {
  return text === undefined ? undefined : campaign.resolve(text, { option, startOfDay: option === "--from" }).at.ms;
}

/**
 * The moment `--at` names, or when it is not given, the end of the span, with a note on stderr
 * saying so (as whatif compares at the end when not told otherwise).
 */
export function momentOrEnd(campaign: Campaign, at: string | undefined, note: (line: string) => void): When {
  if (at !== undefined) return moment(campaign, at, "--at");
  const end = campaign.scenario.span.end.slice(0, 10);
  note(`at ${end} (end of span; give --at for another moment)`);
  return end;
}

/** The scenario's span as people read it: "2017-08-01 to 2017-09-30". */
export function spanText(s: Scenario): string {
  return `${s.span.start.slice(0, 10)} to ${s.span.end.slice(0, 10)}`;
}
