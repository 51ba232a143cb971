import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { freeze } from "immer";
import { DateTime } from "luxon";
import type { z } from "zod";
import type { Catalogue } from "../catalogue/catalogue.js";
import { buildCatalogue } from "../catalogue/catalogue.js";
import type { CatalogueFile } from "../catalogue/schema.js";
import { finishEvent, refsOf } from "../events/create.js";
import type { DomainEvent } from "../events/event.js";
import { applyTolerant } from "../reducer/reduce.js";
import { emptyState } from "../state/initial.js";
import { describeTime } from "../time/describe.js";
import { isValidZone } from "../time/event-time.js";
import { TimeError } from "../time/time-error.js";
import { builtInCatalogue, parseJson } from "./catalogue-files.js";
import { inferHoldings, withInferred } from "./infer.js";
import { issueMessage, issuePath } from "./issues.js";
import { type LoadProblem, ScenarioLoadError, SourceMap } from "./problems.js";
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
}

type Result =
  | { readonly success: true; readonly data: Scenario }
  | { readonly success: false; readonly problems: readonly LoadProblem[] };

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
  const json = parseJson(text, file);
  if (!json.ok) return { success: false, problems: json.problems };
  let map: SourceMap | undefined; // built only when there is a problem to locate
  const problems: LoadProblem[] = [];
  const report = (path: readonly (string | number)[], message: string) => {
    map ??= new SourceMap(text);
    const at = map.locate(path);
    problems.push({ file, path, line: at?.line ?? null, column: at?.column ?? null, message });
  };
  const base = options.baseCatalogue ?? builtInCatalogue().parts;
  const parsed = scenarioInput.safeParse(json.value, { reportInput: true });
  if (!parsed.success) {
    const names = lazyCatalogue(base);
    for (const issue of parsed.error.issues) {
      const path = issuePath(issue);
      report(path, nameForId(issue, valueAt(json.value, path), names) ?? issueMessage(issue));
    }
    return { success: false, problems };
  }
  const s = parsed.data;
  if (!isValidZone(s.timeZone)) {
    report(["timeZone"], `'${s.timeZone}' is not an IANA time zone (e.g. 'Asia/Damascus', 'Asia/Baghdad', 'UTC')`);
    return { success: false, problems };
  }
  const catalogue = joinCatalogues(s, base, report);
  const initialEvents = finishAll(s, "initial", report);
  const events = finishAll(s, "events", report);
  if (catalogue !== null) checkReferences(s, catalogue, report);
  checkIds(s, report);
  checkOrder(events, report);
  const docs = new Set(s.documents.map((d) => d.id));
  for (const section of ["initial", "events"] as const) {
    for (const [i, e] of s[section].entries()) {
      if (!docs.has(e.source.document)) {
        report(
          [section, i, "source", "document"],
          `document '${e.source.document}' is not among the scenario's documents (${[...docs].join(", ")})`,
        );
      }
    }
  }
  if (problems.length > 0 || catalogue === null) return { success: false, problems };

  const start = DateTime.fromISO(s.span.start, { zone: s.timeZone }).startOf("day");
  const end = DateTime.fromISO(s.span.end, { zone: s.timeZone }).endOf("day");
  if (end < start) report(["span", "end"], `the span ends (${s.span.end}) before it starts (${s.span.start})`);
  const seeded = applyTolerant(emptyState(catalogue), initialEvents);
  for (const k of seeded.skipped) report(["initial", k.index], `${k.violation.message}. ${k.violation.hint}`);
  const inferred = (options.infer ?? true) ? inferHoldings(seeded.state, events) : [];
  // The initial facts shape the state but are not events of the log: the count starts at zero.
  const initial = withInferred(freeze({ ...seeded.state, applied: 0, lastEvent: null }), inferred);
  if (options.checkRules ?? true) {
    const run = applyTolerant(initial, events);
    for (const k of run.skipped)
      report(["events", k.index], `breaks rule '${k.violation.rule}': ${k.violation.message}. ${k.violation.hint}`);
  }
  if (problems.length > 0) return { success: false, problems };

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
      note: d.note ?? null,
    })),
    catalogue,
    uncited: s.uncited,
    initialEvents,
    events,
    inferred,
    initial,
    file,
  };
  return { success: true, data: freeze(scenario) };
}

/** Reads and checks a scenario file; throws `ScenarioLoadError` with every problem. */
export function loadScenarioFile(path: string, options: LoadOptions = {}): Scenario {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ScenarioLoadError([
      {
        file: path,
        path: [],
        line: null,
        column: null,
        message:
          code === "ENOENT"
            ? "no such file: give the path of a scenario JSON file"
            : `cannot read the file (${code ?? String(e)})`,
      },
    ]);
  }
  const r = parseScenario(text, relative(process.cwd(), path) || path, options);
  if (!r.success) throw new ScenarioLoadError(r.problems);
  return r.data;
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root;
  for (const k of path)
    v = typeof v === "object" && v !== null ? (v as Record<string | number, unknown>)[k] : undefined;
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

type Report = (path: readonly (string | number)[], message: string) => void;

function joinCatalogues(s: ParsedScenario, base: readonly CatalogueFile[], report: Report): Catalogue | null {
  const extra = s.catalogue ?? { sides: [], places: [], actors: [] };
  const r = buildCatalogue({
    sides: [...base.flatMap((p) => p.sides), ...extra.sides],
    places: [...base.flatMap((p) => p.places), ...extra.places],
    actors: [...base.flatMap((p) => p.actors), ...extra.actors],
  });
  if (r.success) return r.data;
  for (const p of r.problems) report(["catalogue"], `${p.path}: ${p.message}`);
  return null;
}

function finishAll(s: ParsedScenario, section: "initial" | "events", report: Report): DomainEvent[] {
  const out: DomainEvent[] = [];
  s[section].forEach((e, i) => {
    try {
      out.push(finishEvent(e, s.timeZone));
    } catch (err) {
      if (err instanceof TimeError) report([section, i, "time"], err.message);
      else throw err;
    }
  });
  return out;
}

function checkReferences(s: ParsedScenario, catalogue: Catalogue, report: Report): void {
  for (const section of ["initial", "events"] as const) {
    for (const [i, e] of s[section].entries()) {
      for (const ref of refsOf(e)) {
        const path = [section, i, ...ref.path];
        if (ref.kind === "place" && catalogue.place(ref.id) === undefined) {
          const found = catalogue.findPlace(ref.id);
          report(
            path,
            found
              ? `'${ref.id}' is a name, not an id: use the place id '${found.id}'`
              : `unknown place '${ref.id}'; closest: ${catalogue
                  .suggestPlaces(ref.id)
                  .map((n) => `'${catalogue.findPlace(n)?.id ?? n}'`)
                  .join(", ")}`,
          );
        } else if (ref.kind === "actor" && catalogue.actor(ref.id) === undefined) {
          const found = catalogue.findActor(ref.id);
          report(
            path,
            found
              ? `'${ref.id}' is a name, not an id: use the actor id '${found.id}'`
              : `unknown actor '${ref.id}': add it to the catalogue or use a catalogued actor id`,
          );
        } else if (ref.kind === "side" && catalogue.side(ref.id) === undefined) {
          report(path, `unknown side '${ref.id}': expected one of ${catalogue.sides.map((x) => x.id).join(", ")}`);
        }
      }
    }
  }
}

function checkIds(s: ParsedScenario, report: Report): void {
  const seen = new Map<string, string>();
  for (const section of ["initial", "events"] as const) {
    for (const [i, e] of s[section].entries()) {
      const prior = seen.get(e.id);
      if (prior !== undefined)
        report([section, i, "id"], `duplicate event id '${e.id}' (first used at ${prior}): give each event its own id`);
      else seen.set(e.id, `${section}[${i}]`);
      for (const [j, dep] of e.dependsOn.entries()) {
        if (!seen.has(dep) || dep === e.id) {
          report([section, i, "dependsOn", j], `depends on '${dep}', which is not an earlier event of this scenario`);
        }
      }
    }
  }
}

function checkOrder(events: readonly DomainEvent[], report: Report): void {
  for (let i = 1; i < events.length; i++) {
    const a = events[i - 1] as DomainEvent;
    const b = events[i] as DomainEvent;
    if (Date.parse(b.time.earliest) < Date.parse(a.time.earliest)) {
      report(
        ["events", i, "time"],
        `event '${b.id}' (earliest ${b.time.earliest}, "${describeTime(b.time)}") comes after '${a.id}' (earliest ${a.time.earliest}, "${describeTime(a.time)}") but starts before it: the log must be in order of earliest time; move it up or correct its time`,
      );
    }
  }
}
