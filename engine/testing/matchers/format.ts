import type { PlaceEntry } from "../../catalogue/schema.js";
import { citedWords } from "../../model/cited-words.js";
import type { Quantity } from "../../model/quantity.js";
import { describeTime } from "../../time/describe.js";
import type { Resolved } from "../subject.js";

/** The fields `keys` of a value, in that order: what a message shows of a place or a siege. */
export function fieldsOf<T extends object>(value: T, keys: readonly (keyof T & string)[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, value[k]]));
}

/** A value as the failure messages print it: strings bare, the rest as compact JSON. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === "string") return `'${value}'`;
  if (typeof value === "number") return String(Number.isInteger(value) ? value : Number(value.toPrecision(6)));
  if (isQuantity(value)) return quantity(value);
  return JSON.stringify(value);
}

function isQuantity(v: unknown): v is Quantity {
  return typeof v === "object" && v !== null && "low" in v && "best" in v && "high" in v;
}

/** `65 (low 60, high 70, 'within 70 kilometers')`, or `12` when exact. */
export function quantity(q: Quantity): string {
  const bounds = q.low === q.high ? "" : `low ${q.low}, high ${q.high ?? "none given"}`;
  const words = q.text === null ? "" : `'${q.text}'`;
  const extra = [bounds, words].filter((x) => x !== "").join(", ");
  return extra === "" ? String(q.best) : `${q.best} (${extra})`;
}

/** How a place is named in a message: `'Sukhna' (Sukhnah, id 'sukhnah')`, or just `Sukhnah ('sukhnah')` when named so. */
export function placeLabel(asked: string, id: string, entry: PlaceEntry | undefined): string {
  const name = entry?.name ?? id;
  return asked === name || asked === id ? `${name} ('${id}')` : `'${asked}' (${name}, id '${id}')`;
}

/**
 * A readable diff of the fields that matter: `- expected` and `+ received` lines for what
 * differs, plain lines for what agrees.
 */
export function fieldDiff(
  expected: Readonly<Record<string, unknown>>,
  received: Readonly<Record<string, unknown>>,
): string {
  const lines: string[] = [];
  for (const key of Object.keys(expected)) {
    const e = show(expected[key]);
    const r = show(received[key]);
    if (e === r) lines.push(`    ${key}: ${r}`);
    else lines.push(`  - expected ${key}: ${e}`, `  + received ${key}: ${r}`);
  }
  for (const key of Object.keys(received)) {
    if (!(key in expected)) lines.push(`    ${key}: ${show(received[key])}`);
  }
  return lines.join("\n");
}

/** Which event set a fact, with its time, its quote and whom the source credits. */
export function provenance(r: Resolved, byEvent: string | null, what = "set by"): string {
  if (byEvent === null) return `  ${what} no event (nothing in the log has said so)`;
  const e = r.event(byEvent);
  if (e === undefined) return `  ${what} event '${byEvent}' (pass the scenario or its events to see its quote)`;
  const credit = e.source.attribution === null ? "" : `, according to ${e.source.attribution}`;
  return [
    `  ${what} event '${e.id}' (${e.type}, '${describeTime(e.time)}', from ${e.time.earliest})${credit}:`,
    `    "${citedWords(e.source)}"`,
    `    — ${e.source.document}`,
  ].join("\n");
}
