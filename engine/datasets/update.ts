import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import type { Catalogue } from "../catalogue/catalogue.js";
import { parseScenario } from "../scenario/load.js";
import { formatProblem } from "../scenario/problems.js";
import type { Scenario } from "../scenario/scenario.js";
import { settleCaptures } from "./acled/captures.js";
import { DatasetError } from "./errors.js";
import { localDay } from "./export-support.js";
import type { ImportedScenario } from "./scenario-file.js";

/** What an update did, counted in dataset rows: new, replaced by a newer version, left as they were. */
export interface UpdateCounts {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Events of the file that this import does not speak of (hand-cited, or rows not in this import), kept. */
  readonly kept: number;
}

type Json = Record<string, unknown>;
type Row = { readonly dataset: string; readonly id: string; readonly fields?: Json };

const rowOf = (e: Json): Row | undefined => (e.source as { row?: Row } | undefined)?.row;
const keyOf = (r: Row) => `${r.dataset}\u0000${r.id}`;

/** The events of each cited row, by row key, in the order given. */
function byRow(events: readonly Json[]): Map<string, Json[]> {
  const rows = new Map<string, Json[]>();
  for (const e of events) {
    const r = rowOf(e);
    if (r === undefined) continue;
    const list = rows.get(keyOf(r));
    if (list === undefined) rows.set(keyOf(r), [e]);
    else list.push(e);
  }
  return rows;
}

/** ACLED's `timestamp` of a row (its last change), from the event that holds its fields. */
function timestampOf(events: readonly Json[]): number {
  for (const e of events) {
    const t = rowOf(e)?.fields?.timestamp;
    if (typeof t === "number") return t;
  }
  return Number.NEGATIVE_INFINITY;
}

/**
 * Whether a row as imported now replaces the row as the file has it: for ACLED when its
 * `timestamp` is newer (ACLED keeps `event_id_cnty` and changes `timestamp` when it revises a
 * row); for UCDP GED when anything differs (a row keeps its `id` across versions).
 */
function replaces(fresh: readonly Json[], stored: readonly Json[]): boolean {
  const dataset = rowOf(fresh[0] as Json)?.dataset;
  if (dataset === "acled") return timestampOf(fresh) > timestampOf(stored);
  return !isDeepStrictEqual(fresh, stored);
}

/** Reads the scenario file an update goes into: its JSON as written, and loaded (rules unchecked). */
export function readStored(path: string): { json: Json; scenario: Scenario } {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new DatasetError(`${path}: cannot be read to update (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const r = parseScenario(text, path, { checkRules: false });
  if (!r.success)
    throw new DatasetError(
      `${path}: not a scenario file an import can update: ${r.problems[0] === undefined ? "it does not load" : formatProblem(r.problems[0])}`,
    );
  return { json: JSON.parse(text) as Json, scenario: r.data };
}

/** The catalogue an update imports against: the stored scenario's, so its places and actors are found again. */
export function updateBase(stored: { scenario: Scenario }): { catalogue: Catalogue; timeZone: string } {
  return { catalogue: stored.scenario.catalogue, timeZone: stored.scenario.timeZone };
}

const list = (x: unknown): Json[] => (Array.isArray(x) ? (x as Json[]) : []);

/** Adds the entries of `more` whose ids `base` lacks. */
function union(base: unknown, more: readonly unknown[]): Json[] {
  const ids = new Set(list(base).map((e) => e.id));
  return [...list(base), ...(more as Json[]).filter((e) => !ids.has(e.id))];
}

/**
 * An import merged into a stored scenario: a row the file already cites is replaced by its new
 * version when that is newer (`replaces`), else left as it is; a new row's events are added; every
 * other event (hand-cited, or of rows this import lacks) is kept. Catalogue entries and documents
 * the import added join the file's; the span widens to cover both. Events are ordered by their
 * first day, a row's new events before the file's events of that day (they start at its midnight).
 */
export function mergeImport(
  stored: { json: Json; scenario: Scenario },
  fresh: ImportedScenario,
): { json: Json; counts: UpdateCounts } {
  const old = list(stored.json.events);
  const oldRows = byRow(old);
  const freshRows = byRow(fresh.events as Json[]);
  const dropped = new Set<string>();
  const incoming: Json[] = [];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const [key, events] of freshRows) {
    const prior = oldRows.get(key);
    if (prior === undefined) added += 1;
    else if (replaces(events, prior)) {
      updated += 1;
      dropped.add(key);
    } else {
      unchanged += 1;
      continue;
    }
    incoming.push(...events);
  }
  const earliest = new Map(stored.scenario.events.map((e) => [e.id as string, localDay(e.time.earliest)]));
  const dayOf = (e: Json) => {
    const t = e.time as { date?: string; between?: [string, string] };
    return t.date ?? t.between?.[0] ?? "";
  };
  const keptOld = old.filter((e) => {
    const r = rowOf(e);
    return r === undefined || !dropped.has(keyOf(r));
  });
  const keyed = [
    ...incoming.map((e, i) => ({ e, day: dayOf(e), rank: 0, i })),
    ...keptOld.map((e, i) => ({ e, day: earliest.get(e.id as string) ?? "", rank: 1, i })),
  ].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.rank - b.rank || a.i - b.i));
  const catalogue = (stored.json.catalogue ?? {}) as Json;
  const span = (stored.json.span ?? fresh.span) as { start: string; end: string };
  const json: Json = {
    ...stored.json,
    span: { start: [fresh.span.start, span.start].sort()[0], end: [fresh.span.end, span.end].sort()[1] },
    documents: union(stored.json.documents, fresh.documents),
    catalogue: {
      ...catalogue,
      sides: union(catalogue.sides, fresh.catalogue.sides),
      places: union(catalogue.places, fresh.catalogue.places),
      actors: union(catalogue.actors, fresh.catalogue.actors),
    },
    events: settleMerged(
      keyed.map((k) => k.e),
      stored.scenario.catalogue,
      fresh,
    ),
  };
  const kept =
    keptOld.length - [...oldRows].filter(([k]) => freshRows.has(k) && !dropped.has(k)).flatMap(([, v]) => v).length;
  return { json, counts: { added, updated, unchanged, kept } };
}

/**
 * The merged log settled again whole, for a dataset whose rows are settled against the rows
 * before them (ACLED's captures, see `settleCaptures`): a new row's capture is judged by the
 * file's earlier rows, and an old row's by new rows dated before it.
 */
function settleMerged(events: Json[], catalogue: Catalogue, fresh: ImportedScenario): Json[] {
  if (!events.some((e) => rowOf(e)?.dataset === "acled")) return events;
  const added = new Map(fresh.catalogue.actors.map((a) => [a.id, a.side]));
  const sideOf = (actor: string) => catalogue.actor(actor)?.side ?? added.get(actor) ?? null;
  return settleCaptures(events, { actors: { sideOf } });
}

/** Checks that a merged scenario loads, every rule included, then writes it atomically (a temporary file renamed over the old). */
export function writeScenarioFile(path: string, json: unknown, check: boolean): void {
  const text = `${JSON.stringify(json, null, 1)}\n`;
  if (check) {
    const r = parseScenario(text, path);
    if (!r.success)
      throw new DatasetError(
        `${path}: the update would not load, so nothing was written: ${r.problems[0] === undefined ? "" : formatProblem(r.problems[0])}`,
      );
  }
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
