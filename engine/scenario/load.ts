import { freeze } from "immer";
import { DateTime } from "luxon";
import type { z } from "zod";
import type { Catalogue } from "../catalogue/catalogue.js";
import { buildCatalogue } from "../catalogue/catalogue.js";
import type { CatalogueFile } from "../catalogue/schema.js";
import { finishEvent, refsOf } from "../events/create.js";
import type { DomainEvent } from "../events/event.js";
import type { Ref } from "../events/refs.js";
import type { ParsedEvent } from "../events/schema.js";
import { checkJsonDepth } from "../input/depth.js";
import { fastParser, REJECTED, type Sharing, schemaDepth } from "../input/fast-schema.js";
import { InputError } from "../input/input-error.js";
import { type InputOptions, inputLimits } from "../input/limits.js";
import { readInputText } from "../input/read.js";
import { issueMessage, issuePath } from "../input/zod-issues.js";
import { applyTolerant, brokenRules } from "../reducer/reduce.js";
import { emptyState } from "../state/initial.js";
import type { State } from "../state/types.js";
import { isValidZone, timeResolver } from "../time/event-time.js";
import { TimeError } from "../time/time-error.js";
import { builtInCatalogue, parseJson } from "./catalogue-files.js";
import { markRulesChecked } from "./checked.js";
import {
  checkDocuments,
  checkIds,
  checkOrder,
  checkReferences,
  checkSpan,
  citationsOfParts,
  coordinateWarnings,
  type Report,
  reasons,
  SECTIONS,
  type Section,
} from "./checks.js";
import { type InferredHolding, inferHoldings, withInferred } from "./infer.js";
import { loadSharing } from "./intern.js";
import { type PartialScenario, partialScenario, wholeScenario } from "./partial.js";
import { type LoadProblem, ScenarioLoadError, SourceMap } from "./problems.js";
import type { Citation } from "./quotes.js";
import type { Scenario } from "./scenario.js";
import { type ParsedScenario, scenarioInput } from "./schema.js";

/** Options of `parseScenario` and `loadScenarioFile`. */
export interface LoadOptions {
  /** Catalogue parts the scenario's own `catalogue` adds to; default: the built-in shared catalogue. */
  readonly baseCatalogue?: readonly CatalogueFile[];
  /** Replay the log at load and report every rule it breaks (default true). */
  readonly checkRules?: boolean;
  /**
   * Derive initial holdings from captures that name whom a place was taken `from` (default
   * true; see `Scenario.inferred`). False shows only what the texts state.
   */
  readonly infer?: boolean;
  /**
   * Limits of reading the file (`loadScenarioFile`) and of parsing its text: largest size in
   * bytes and deepest JSON nesting. Default: `SITREP_MAX_INPUT_BYTES` / `SITREP_MAX_JSON_DEPTH`
   * when set, else 256 MiB and 256 levels (see docs/errors-and-limits.md).
   */
  readonly input?: InputOptions;
}

type Result =
  | { readonly success: true; readonly data: Scenario }
  | { readonly success: false; readonly problems: readonly LoadProblem[] };

/** Everything a check of a scenario file found, each phase run on what it could check. */
export interface ScenarioCheck {
  /** The scenario, when there is no problem. */
  readonly scenario: Scenario | null;
  /** Every problem: schema, references, times, order, documents, rules. */
  readonly problems: readonly LoadProblem[];
  /** What loads but is likely a mistake: events outside the scenario's span. */
  readonly warnings: readonly LoadProblem[];
  /** The checks that could not be made, and why ("rules not checked: ..."). */
  readonly unchecked: readonly string[];
  /**
   * The quotes and time wordings of every part that passed the schema, for `checkQuotes` and
   * `checkTimeWordings`; made the first time it is read.
   */
  readonly citations: readonly Citation[];
}

/**
 * Parses and checks a scenario from JSON text, reporting every problem at once: schema errors,
 * unresolvable times, unknown catalogue ids (with the closest names), duplicate ids, events out
 * of time order (naming both), missing dependencies, uncited documents and broken rules. A
 * scenario with any problem yields no scenario at all.
 * @example
 * const r = parseScenario(text, "my-scenario.json");
 * if (!r.success) for (const p of r.problems) console.error(formatProblem(p));
 */
export function parseScenario(text: string, file: string, options: LoadOptions = {}): Result {
  const r = checkScenario(text, file, options);
  return r.scenario === null ? { success: false, problems: r.problems } : { success: true, data: r.scenario };
}

/**
 * Checks a scenario from JSON text as far as it can be checked: each phase (schema, catalogue
 * references, times, order, documents, span, rules) runs on the parts that passed the phases
 * before it, and `unchecked` says which checks could not be made and why. Rules are checked on
 * the events before the first one that could not be built, as the state after it is unknown.
 * @example
 * const r = checkScenario(text, "my-scenario.json");
 * for (const p of [...r.problems, ...r.warnings]) console.error(formatProblem(p));
 * for (const u of r.unchecked) console.error(u);
 */
export function checkScenario(text: string, file: string, options: LoadOptions = {}): ScenarioCheck {
  let map: SourceMap | undefined; // built only when there is a problem to locate
  const maxDepth = options.input?.maxDepth ?? inputLimits().maxDepth;
  let shallow: boolean | undefined; // whether the text nests within the limit, scanned when first asked
  const withinLimit = () => {
    shallow ??= withinDepth(text, file, maxDepth);
    return shallow;
  };
  const locate: Locate = (path) => {
    if (map === undefined) {
      // The text may nest deeper than the value it gave (a key given twice): not located then.
      if (!withinLimit()) return null;
      map = new SourceMap(text);
    }
    return map.locate(path);
  };
  // A file the schema accepts nests no deeper than the schema allows (`schemaDepth`), so the
  // depth scan is left for a file it does not: JSON.parse does not recurse, and nothing else has
  // read the value yet.
  const depth = schemaDepth(scenarioInput);
  if (depth !== null && depth <= maxDepth) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined; // not JSON: parseJson below says where
    }
    if (value !== undefined) {
      const sharing = loadSharing();
      const fast = fastParser(scenarioInput)?.(value, sharing);
      if (fast !== undefined && fast !== REJECTED)
        return checkParsed(
          { success: true, data: fast as ParsedScenario },
          { value: null },
          sharing,
          file,
          options,
          locate,
        );
      // The fast path refused it: zod reads the value already parsed for its located issues,
      // once the text is known to nest within the limit (zod recurses).
      if (withinLimit())
        return checkParsed(
          scenarioInput.safeParse(value, { reportInput: true }),
          { value },
          sharing,
          file,
          options,
          locate,
        );
    }
  }
  const json = parseJson(text, file, maxDepth);
  if (!json.ok)
    return {
      scenario: null,
      problems: json.problems,
      warnings: [],
      unchecked: [`nothing else checked: ${json.why}`],
      citations: [],
    };
  return checkScenarioValue({ value: json.value }, file, options, locate);
}

/** Whether the text nests no deeper than `maxDepth`. */
function withinDepth(text: string, file: string, maxDepth: number): boolean {
  try {
    checkJsonDepth(text, file, maxDepth);
    return true;
  } catch (e) {
    if (e instanceof InputError) return false;
    throw e;
  }
}

/** Where in its file a JSON path of a scenario is written (1-based), or null when it cannot say. */
export type Locate = (path: readonly (string | number)[]) => { line: number; column: number | null } | null;

/**
 * `checkScenario` on a scenario already parsed from JSON (a whole file, or one read a line at a
 * time: see `loadNdjsonScenarioFile`), with `locate` placing each problem in the file. The
 * holder's `value` is let go (set to null) once the schema has read it, so the raw values of a
 * large file are not kept beside the parsed ones.
 */
export function checkScenarioValue(
  json: { value: unknown },
  file: string,
  options: LoadOptions,
  locate: Locate,
): ScenarioCheck {
  // For this load: the small objects and lists of what it keeps, each kept once.
  const sharing = loadSharing();
  return checkParsed(parseScenarioValue(json.value, sharing), json, sharing, file, options, locate);
}

/**
 * The checks after the schema's, on what it gave; `json` holds the raw value, for the located
 * issues of a parse that failed (let go once the parse succeeded).
 */
function checkParsed(
  parsed: ReturnType<typeof scenarioInput.safeParse>,
  json: { value: unknown },
  sharing: Sharing,
  file: string,
  options: LoadOptions,
  locate: Locate,
): ScenarioCheck {
  const problems: LoadProblem[] = [];
  const warnings: LoadProblem[] = [];
  const unchecked: string[] = [];
  const note = (to: LoadProblem[]) => (path: readonly (string | number)[], message: string) => {
    const at = locate(path);
    to.push({ file, path, line: at?.line ?? null, column: at?.column ?? null, message });
  };
  const report = note(problems);
  const base = options.baseCatalogue ?? builtInCatalogue().parts;
  let parts: PartialScenario;
  if (parsed.success) {
    parts = wholeScenario(parsed.data);
    json.value = null; // what the schema gave is all that is needed from here: let the raw value go
  } else {
    const names = lazyCatalogue(base);
    for (const issue of parsed.error.issues) {
      const path = issuePath(issue);
      report(path, nameForId(issue, valueAt(json.value, path), names) ?? issueMessage(issue));
    }
    parts = partialScenario(json.value);
  }
  const h = parts.header;
  const failed = (key: string, what: string) => {
    if (parts.failedHeader.has(key)) unchecked.push(`${what} not checked: '${key}' failed the schema`);
    return parts.failedHeader.has(key);
  };

  let zone: string | null = null;
  if (h.timeZone !== undefined) {
    if (isValidZone(h.timeZone)) zone = h.timeZone;
    else report(["timeZone"], `'${h.timeZone}' is not an IANA time zone (e.g. 'Asia/Damascus', 'Asia/Baghdad', 'UTC')`);
  }
  if (zone === null && !failed("timeZone", "times, their order, the span and the rules"))
    unchecked.push("times, their order, the span and the rules not checked: the time zone is not valid");
  const catalogue = failed("catalogue", "references and rules") ? null : joinCatalogues(h.catalogue, base, report);
  if (catalogue === null && !parts.failedHeader.has("catalogue"))
    unchecked.push("references and rules not checked: the catalogue has problems");

  // Point places without coordinates: the scenario's own now, those events name as they are read.
  const coordinates =
    catalogue === null ? null : coordinateWarnings(h.catalogue?.places ?? [], catalogue, note(warnings));
  const sections = { initial: parts.initial, events: parts.events } as const;
  const usable = { initial: new Map<number, string>(), events: new Map<number, string>() };
  const built: Record<Section, (DomainEvent | null)[]> = { initial: [], events: [] };
  for (const section of SECTIONS) {
    const list = sections[section];
    if (list === null) {
      unchecked.push(
        `the ${section === "initial" ? "initial facts" : "events"} not checked: '${section}' is not a list of events`,
      );
      continue;
    }
    list.forEach((e, i) => {
      if (e === null) usable[section].set(i, "failed the schema");
    });
    // One pass: each event's references found once, for both uses, and let go with it (kept for
    // the whole list, they outlived the young generation and were a large part of a load's GC).
    const finish = zone === null ? null : eventFinisher(zone, sharing, section, report, usable[section]);
    const finished = list.map((e, i) => {
      if (e === null) return null;
      const refs = refsOf(e);
      if (catalogue !== null) checkReferences(refs, section, i, catalogue, report, usable[section]);
      coordinates?.(refs, section, i);
      return finish === null ? null : finish(e, i, refs);
    });
    if (finish !== null) built[section] = finished;
  }
  checkIds(sections, parts.failedIds, report);
  if (zone !== null && sections.events !== null) checkOrder(built.events, report);
  if (!failed("documents", "the documents events cite"))
    checkDocuments(h.documents ?? [], sections, parts.failedHeader.has("uncited") ? [] : (h.uncited ?? []), report);
  let span: { start: DateTime; end: DateTime } | null = null;
  if (zone !== null && !failed("span", "the span") && h.span !== undefined) {
    const start = DateTime.fromISO(h.span.start, { zone }).startOf("day");
    const end = DateTime.fromISO(h.span.end, { zone }).endOf("day");
    if (end < start) report(["span", "end"], `the span ends (${h.span.end}) before it starts (${h.span.start})`);
    else {
      span = { start, end };
      checkSpan(built.events, h.span, span, note(warnings));
    }
  }

  let initialState: State | null = null;
  let inferred: readonly InferredHolding[] = [];
  if (catalogue !== null && zone !== null) {
    const blockers = [...usable.initial.entries()];
    if (sections.initial === null) unchecked.push("rules not checked: the initial facts are not a list of events");
    else if (blockers.length > 0)
      unchecked.push(
        `rules not checked: ${reasons("initial", blockers)}, so the state the events start from is unknown`,
      );
    else {
      const seeded = applyTolerant(emptyState(catalogue), built.initial as DomainEvent[]);
      for (const k of seeded.skipped) report(["initial", k.index], `${k.violation.message}. ${k.violation.hint}`);
      // Holdings inferred from captures that name whom a place was taken from: initial facts the
      // loader derives, each with the capture it comes from (see Scenario.inferred).
      // (Events that failed a check are null here: the scenario will not load, but its rules are still checked.)
      const parsedEvents = (built.events as readonly (DomainEvent | null)[]).filter(
        (e): e is DomainEvent => e !== null,
      );
      inferred = (options.infer ?? true) ? inferHoldings(seeded.state, parsedEvents) : [];
      // The initial facts shape the state but are not events of the log: the count starts at zero.
      initialState = withInferred(freeze({ ...seeded.state, applied: 0, lastEvent: null }), inferred);
      if ((options.checkRules ?? true) && sections.events !== null) {
        const stops = [...usable.events.entries()].sort(([a], [b]) => a - b);
        const upTo = stops[0]?.[0] ?? sections.events.length;
        // Only what breaks a rule is wanted here: the state the log leads to is not kept.
        for (const k of brokenRules(initialState, built.events.slice(0, upTo) as DomainEvent[]))
          report(
            ["events", k.index],
            `event '${k.event.id}' breaks rule '${k.violation.rule}': ${k.violation.message}. ${k.violation.hint}`,
          );
        if (stops.length > 0)
          unchecked.push(
            `rules not checked from events[${upTo}] on (${sections.events.length - upTo} of ${sections.events.length} events): ${reasons("events", stops)}; the state after events[${upTo}] depends on what it would have done`,
          );
      }
    }
  }

  failed("uncited", "the quotes of the uncited sentences");
  const rowCited = datasetCited(sections);
  if (rowCited !== null) unchecked.push(rowCited);
  // Made when asked for (by a check of the quotes): a load alone does not read them.
  let citations: readonly Citation[] | undefined;
  const uncited = h.uncited ?? [];
  const result = (scenario: Scenario | null): ScenarioCheck => ({
    scenario,
    problems,
    warnings,
    unchecked,
    get citations() {
      citations ??= citationsOfParts(sections, uncited);
      return citations;
    },
  });
  const skippedQuotes = [...usable.initial.values(), ...usable.events.values()].filter(
    (w) => w === "failed the schema",
  ).length;
  if (skippedQuotes > 0)
    unchecked.push(
      `quotes and time wordings not checked for ${skippedQuotes === 1 ? "the event" : `the ${skippedQuotes} events`} that failed the schema`,
    );
  const s = parsed.success ? parsed.data : null;
  if (problems.length > 0 || s === null || catalogue === null || span === null || initialState === null)
    return result(null);
  const { start, end } = span;
  const scenario: Scenario = {
    id: s.id,
    title: s.title,
    description: s.description ?? null,
    timeZone: s.timeZone,
    span: { start: start.toISO() ?? s.span.start, end: end.toISO() ?? s.span.end },
    documents: s.documents.map((d) => ({
      id: d.id,
      title: d.title,
      kind: d.kind ?? null,
      published: d.published ?? null,
      version: d.version ?? null,
      note: d.note ?? null,
    })),
    catalogue,
    uncited: s.uncited,
    initialEvents: built.initial as DomainEvent[],
    events: built.events as DomainEvent[],
    inferred,
    initial: freeze(initialState),
    file,
  };
  const loaded = freeze(scenario);
  if (options.checkRules ?? true) markRulesChecked(loaded);
  return result(loaded);
}

/**
 * The scenario as the schema reads it: through the compiled fast path (engine/input/fast-schema.ts),
 * which gives zod's own result for a value zod accepts, frozen and shared through the load's
 * `sharing`; through zod itself, for its located issues, when the fast path rejects the value.
 */
function parseScenarioValue(value: unknown, sharing: Sharing): ReturnType<typeof scenarioInput.safeParse> {
  const fast = fastParser(scenarioInput)?.(value, sharing);
  if (fast !== undefined && fast !== REJECTED) return { success: true, data: fast as ParsedScenario };
  return scenarioInput.safeParse(value, { reportInput: true });
}

/** A note on the events that cite dataset rows: they have no quote or time wording to check. */
function datasetCited(sections: Record<Section, readonly (ParsedEvent | null)[] | null>): string | null {
  const byDocument = new Map<string, number>();
  for (const section of SECTIONS)
    for (const e of sections[section] ?? [])
      if (e?.source.row !== undefined) byDocument.set(e.source.document, (byDocument.get(e.source.document) ?? 0) + 1);
  if (byDocument.size === 0) return null;
  const n = [...byDocument.values()].reduce((a, b) => a + b, 0);
  const docs = [...byDocument.keys()].sort().join(", ");
  return `quotes and time wordings not checked for the ${n} event${n === 1 ? "" : "s"} citing dataset rows (${docs}): a row is cited by its id and its own source columns, not by a quote`;
}

/**
 * Reads a scenario file's text through the input checks (a regular file within the size limit,
 * UTF-8, a byte-order mark dropped); throws `ScenarioLoadError`, naming the path, when it cannot.
 */
export function readScenarioText(path: string, input: InputOptions = {}): string {
  return readScenarioInput(path, input).text;
}

function readScenarioInput(path: string, input: InputOptions): { text: string; shown: string } {
  try {
    return readInputText(path, "a scenario JSON file", input);
  } catch (e) {
    if (e instanceof InputError) throw new ScenarioLoadError([e.problem]);
    const code = (e as NodeJS.ErrnoException).code;
    throw new ScenarioLoadError([
      {
        file: path,
        path: [],
        line: null,
        column: null,
        message:
          code === "ERR_STRING_TOO_LONG"
            ? "the file is too large to read as one JSON text (over 512 MiB): write it as NDJSON, one event a line after a line of the scenario's other fields, and name it .ndjson (see docs/large-scenarios.md)"
            : `cannot read the file (${code ?? String(e)})`,
      },
    ]);
  }
}

/** Reads and checks a scenario file; throws `ScenarioLoadError` with every problem. */
export function loadScenarioFile(path: string, options: LoadOptions = {}): Scenario {
  const { text, shown } = readScenarioInput(path, options.input ?? {});
  const r = parseScenario(text, shown, options);
  if (!r.success) throw new ScenarioLoadError(r.problems);
  return r.data;
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root;
  for (const k of path)
    v =
      typeof v === "object" && v !== null && Object.hasOwn(v, k)
        ? (v as Record<string | number, unknown>)[k]
        : undefined;
  return v;
}

/** The base catalogue, built on first use only (schema problems are rare; building it is not free). */
function lazyCatalogue(base: readonly CatalogueFile[]): () => Catalogue | null {
  let built: Catalogue | null | undefined;
  return () => {
    if (built === undefined) {
      const r = buildCatalogue({
        sides: base.flatMap((p) => p.sides),
        places: base.flatMap((p) => p.places),
        actors: base.flatMap((p) => p.actors),
      });
      built = r.success ? r.data : null;
    }
    return built;
  };
}

/** For an id field holding a name ("Deir ez-Zour"), the sentence naming the id to use. */
function nameForId(issue: z.core.$ZodIssue, value: unknown, catalogue: () => Catalogue | null): string | null {
  if (issue.code !== "invalid_format" || typeof value !== "string") return null;
  const names = catalogue();
  if (names === null) return null;
  const place = names.findPlace(value);
  if (place) return `'${value}' is a name, not an id: use the place id '${place.id}'`;
  const actor = names.findActor(value);
  if (actor) return `'${value}' is a name, not an id: use the actor id '${actor.id}'`;
  return null;
}

function joinCatalogues(
  extra: ParsedScenario["catalogue"],
  base: readonly CatalogueFile[],
  report: Report,
): Catalogue | null {
  const own = extra ?? { sides: [], places: [], actors: [] };
  const r = buildCatalogue({
    sides: [...base.flatMap((p) => p.sides), ...own.sides],
    places: [...base.flatMap((p) => p.places), ...own.places],
    actors: [...base.flatMap((p) => p.actors), ...own.actors],
  });
  if (r.success) return r.data;
  for (const p of r.problems) report(["catalogue"], `${p.path}: ${p.message}`);
  return null;
}

/** Builds a section's parsed events one by one (null where its time fails, noting why it is unusable). */
function eventFinisher(
  zone: string,
  sharing: Sharing,
  section: Section,
  report: Report,
  unusable: Map<number, string>,
): (e: ParsedEvent, i: number, refs: readonly Ref[]) => DomainEvent | null {
  const resolve = timeResolver(zone); // each distinct interval resolved once, each time object answered once
  // What the fast path parsed is frozen and shared already: the lists the event adds are shared here.
  const share = (ids: readonly string[]) => sharing.list(ids);
  return (e, i, refs) => {
    try {
      return finishEvent(e, zone, refs, resolve, share);
    } catch (err) {
      if (!(err instanceof TimeError)) throw err;
      report([section, i, "time"], err.message);
      unusable.set(i, "have a time that cannot be resolved");
      return null;
    }
  };
}
