import type { PlaceId } from "../model/ids.js";
import { ownValue } from "../model/record.js";
import { sameJson } from "../model/same-json.js";
import { Ledger } from "../state/ledger.js";
import type { PlaceState, SiegeState, State } from "../state/types.js";

/** One field that differs between two records. */
export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** A record as it was and as it is, and the fields that differ between the two. */
export interface RecordDiff<T> {
  /** The record as it was. */
  readonly before: T;
  /** The record as it is. */
  readonly after: T;
  /** The fields that differ, in field name order (derived indexes left out). */
  readonly fields: readonly FieldChange[];
}

/** A record that changed, appeared (`before` null) or disappeared (`after` null) between two states. */
export interface RecordChange<T> extends RecordDiff<T | null> {
  readonly id: string;
}

/** What changed from one state to another, grouped by what it concerns. */
export interface StateDiff {
  readonly places: readonly RecordChange<PlaceState>[];
  readonly sieges: readonly RecordChange<SiegeState>[];
  /** Every other collection (pockets, casualties, territory, ...), by its name in the state. */
  readonly other: Readonly<Record<string, readonly RecordChange<unknown>[]>>;
  /** Events applied in between (by count), from `a.applied` to `b.applied`. */
  readonly applied: { readonly from: number; readonly to: number };
}

/** Whether two values have the same canonical JSON (`sameJson`: parts both share are not walked). */
const same = (a: unknown, b: unknown) => a === b || (a !== undefined && b !== undefined && sameJson(a, b));

/** Fields kept only as indexes for the reducer (PlaceState.sieges): derived, so never a change. */
const DERIVED = new Set(["sieges"]);

/** The fields that differ between two records, leaving out derived indexes. */
export function fieldsOf(before: unknown, after: unknown): FieldChange[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !DERIVED.has(k)).sort();
  return keys
    .filter((k) => !same(ownValue(a, k), ownValue(b, k)))
    .map((k) => ({ field: k, before: ownValue(a, k) ?? null, after: ownValue(b, k) ?? null }));
}

function diffRecords<T>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>): RecordChange<T>[] {
  if (a === b) return [];
  const ids = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const out: RecordChange<T>[] = [];
  for (const id of ids) {
    const x = ownValue(a, id);
    const y = ownValue(b, id);
    if (x === y || (x !== undefined && y !== undefined && same(x, y))) continue;
    out.push({ id, before: x ?? null, after: y ?? null, fields: fieldsOf(x, y) });
  }
  return out;
}

/** `diffRecords` for ledgers: buckets the two share are skipped by identity. */
function diffLedgers<T>(a: Ledger<T>, b: Ledger<T>): RecordChange<T>[] {
  const out: RecordChange<T>[] = [];
  for (const id of Ledger.changedKeys(a, b)) {
    const x = Ledger.get(a, id);
    const y = Ledger.get(b, id);
    if (x !== undefined && y !== undefined && same(x, y)) continue;
    out.push({ id, before: x ?? null, after: y ?? null, fields: fieldsOf(x, y) });
  }
  return out;
}

/** Casualties per side: a side whose ledger changed is one record, its claimants the fields. */
function diffCasualties(a: State["casualties"], b: State["casualties"]): RecordChange<unknown>[] {
  if (a === b) return [];
  const out: RecordChange<unknown>[] = [];
  for (const side of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const x = a[side];
    const y = b[side];
    if (x === y) continue;
    const before = x === undefined ? null : Ledger.toRecord(x);
    const after = y === undefined ? null : Ledger.toRecord(y);
    const fields = fieldsOf(before, after);
    if (fields.length > 0) out.push({ id: side, before, after, fields });
  }
  return out;
}

/** The collections `diff` reports under `other`, in the order it reports them. */
const OTHER = [
  "pockets",
  "operations",
  "casualties",
  "civilianDeaths",
  "unknownSideDeaths",
  "people",
  "displacement",
  "territory",
  "cleared",
  "supplyRoutes",
  "ceasefires",
  "talks",
  "deployments",
  "advances",
  "activity",
] as const satisfies readonly (keyof State)[];

function changesIn(a: State, b: State, c: (typeof OTHER)[number]): RecordChange<unknown>[] {
  if (c === "casualties") return diffCasualties(a.casualties, b.casualties);
  if (c === "cleared" || c === "activity") return diffRecords<unknown>(a[c], b[c]);
  return diffLedgers<unknown>(a[c], b[c]);
}

/**
 * What changed between two states of the same catalogue. Unchanged parts are skipped by
 * identity first (states share structure), so a diff costs what changed, not the whole state.
 * @example
 * const d = diff(tl.stateAt(sept4), tl.stateAt(sept6));
 * d.sieges.map((s) => [s.id, s.before?.status, s.after?.status]); // [["deir-ez-zor-city", "active", "broken"]]
 */
export function diff(a: State, b: State): StateDiff {
  if (a.refs.placeIds.length !== b.refs.placeIds.length) {
    throw new RangeError("diff: the two states come from different catalogues");
  }
  const places: RecordChange<PlaceState>[] = [];
  if (a.places !== b.places) {
    for (let i = 0; i < a.places.length; i++) {
      const x = a.places[i] as PlaceState;
      const y = b.places[i] as PlaceState;
      if (x === y || same(x, y)) continue;
      const fields = fieldsOf(x, y);
      if (fields.length > 0) places.push({ id: x.id as PlaceId, before: x, after: y, fields });
    }
  }
  const other: Record<string, readonly RecordChange<unknown>[]> = {};
  for (const c of OTHER) {
    const changes = changesIn(a, b, c);
    if (changes.length > 0) other[c] = changes;
  }
  return { places, sieges: diffLedgers(a.sieges, b.sieges), other, applied: { from: a.applied, to: b.applied } };
}
