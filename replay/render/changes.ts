import type { Quantity } from "../../engine/model/quantity.js";
import type { FieldChange, StateDiff } from "../../engine/query/diff.js";
import type { HistoryEntry } from "../../engine/query/history.js";
import type { Front } from "../../engine/state/types.js";
import type { Colors } from "./colors.js";
import { eventLine, quoteLine } from "./event-line.js";
import { killedText, type LossesSeen, lossesText } from "./losses.js";
import { type Names, quantity, shares } from "./names.js";

/** Fields that record where a fact came from rather than what it is (and `heldBy`, which repeats `controller`; `basis`, which an inferred entry says itself): not shown as changes. */
const STAMP_FIELDS = new Set([
  "byEvent",
  "since",
  "certainFrom",
  "lifecycle",
  "endedBy",
  "id",
  "heldBy",
  "basis",
  "inferredFrom",
]);

function value(field: string, v: unknown, names: Names): string {
  if (v === null || v === undefined) return "none";
  switch (field) {
    case "controller":
    case "besieger":
    case "besieged":
      return names.side(v as string);
    case "holder":
      return names.actor(v as string);
    case "shares":
      return shares(v as Record<string, Quantity>, names);
    case "heldBy":
      return (v as string[]).map(names.side).join(", ") || "none";
    case "enclave":
      return (v as string[]).map(names.place).join(", ");
    case "fronts":
      return (
        Object.values(v as Record<string, Front>)
          .map(
            (f) =>
              `${names.side(f.side)} ${quantity(f.distanceKm)} km${f.closed === null ? "" : ` (closed: ${f.closed.reason})`}`,
          )
          .join(", ") || "none"
      );
    case "fireControl":
      return `${names.side((v as { side: string }).side)}`;
    default:
      return typeof v === "boolean" ? (v ? "yes" : "no") : typeof v === "string" ? v : JSON.stringify(v);
  }
}

/** Field changes as `controller: ISIL → Syrian government; contested: yes → no`, stamp fields left out. */
export function changeText(fields: readonly FieldChange[], names: Names, c: Colors): string {
  return fields
    .filter((f) => !STAMP_FIELDS.has(f.field))
    .map((f) => `${f.field}: ${c.dim(value(f.field, f.before, names))} → ${value(f.field, f.after, names)}`)
    .join("; ");
}

/** The collections of losses, shown with their figures; each record of `casualties` is a side's tallies by source. */
const LOSSES = ["casualties", "civilianDeaths", "unknownSideDeaths"] as const;

/** A tally's part a loss line shows, or null when there is none. */
function seen(t: unknown): LossesSeen | null {
  return t === null || t === undefined ? null : (t as LossesSeen);
}

/** One line per source whose count changed: "Iraqi government (according to ...): 8536 killed → 8734 killed". */
function lossLines(d: StateDiff, names: Names, c: Colors, claimant: (id: string) => string): string[] {
  const out: string[] = [];
  for (const change of d.other.casualties ?? []) {
    const before = (change.before ?? {}) as Record<string, unknown>;
    const after = (change.after ?? {}) as Record<string, unknown>;
    for (const k of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
      const [x, y] = [lossesText(seen(before[k])), lossesText(seen(after[k]))];
      if (x !== y) out.push(`  ${names.side(change.id)} (${claimant(k)}): ${c.dim(x)} → ${y}`);
    }
  }
  for (const [field, who] of [
    ["civilianDeaths", "civilians"],
    ["unknownSideDeaths", "side not known"],
  ] as const)
    for (const change of d.other[field] ?? []) {
      const x = killedText(seen(change.before)?.killed ?? null);
      const y = killedText(seen(change.after)?.killed ?? null);
      if (x !== y) out.push(`  ${who} (${claimant(change.id)}): ${c.dim(x)} → ${y}`);
    }
  return out;
}

/**
 * What changed between two moments, grouped by place, then siege, then losses (each source's
 * count before and after, named by `claimant`), then everything else.
 * @example
 * renderDiff(campaign.diff("2017-09-01", "2017-09-10"), names, plain).join("\n");
 */
export function renderDiff(
  d: StateDiff,
  names: Names,
  c: Colors,
  claimant: (id: string) => string = (id) => id,
): string[] {
  const out = [c.bold(`Events applied: ${d.applied.from} → ${d.applied.to}`)];
  const places = d.places
    .map((p) => ({ p, text: changeText(p.fields, names, c) }))
    .filter((x) => x.text !== "")
    .map(({ p, text }) => `  ${names.place(p.id)}: ${text}${c.dim(p.after?.byEvent ? ` (${p.after.byEvent})` : "")}`);
  out.push(c.bold("Places"), ...(places.length > 0 ? places : ["  no change"]));
  const sieges = d.sieges.map((s) => {
    if (s.before === null) return `  ${s.after?.name ?? s.id}: imposed (${s.after?.status ?? "?"})`;
    if (s.after === null) return `  ${s.before.name}: no longer recorded`;
    return `  ${s.after.name}: ${changeText(s.fields, names, c)}${c.dim(s.after.byEvent ? ` (${s.after.byEvent})` : "")}`;
  });
  out.push(c.bold("Sieges"), ...(sieges.length > 0 ? sieges : ["  no change"]));
  const losses = lossLines(d, names, c, claimant);
  if (losses.length > 0) out.push(c.bold("Losses (before → after)"), ...losses);
  const other = Object.entries(d.other).filter(([name]) => !(LOSSES as readonly string[]).includes(name));
  if (other.length > 0) {
    out.push(c.bold("Other"));
    for (const [name, changes] of other) out.push(`  ${name}: ${changes.map((x) => x.id).join(", ")}`);
  }
  return out;
}

/**
 * A place's changes, each with its event and the quote behind it.
 * @example
 * renderHistory(campaign.history("Sukhnah"), names, plain).join("\n");
 */
export function renderHistory(entries: readonly HistoryEntry[], names: Names, c: Colors): string[] {
  const out: string[] = [];
  for (const h of entries) {
    if (h.inferred) {
      out.push(
        `${c.dim("(initial, inferred) ")}held by ${value("controller", h.after.controller, names)} before ${h.event.id}, its first recorded change:`,
      );
      out.push(`    ${eventLine(h.event, names, c)}`);
      const text = changeText(h.fields, names, c);
      if (text !== "") out.push(`    ${text}`);
      out.push(`    ${quoteLine(h.event, c)}`);
      continue;
    }
    out.push(`${h.initial ? c.dim("(initial) ") : ""}${eventLine(h.event, names, c)}`);
    const text = changeText(h.fields, names, c);
    if (text !== "") out.push(`    ${text}`);
    for (const s of h.sieges)
      out.push(`    ${s.name}: ${s.change}${s.status === "active" ? `, supply ${s.supply}` : ""}`);
    out.push(`    ${quoteLine(h.event, c)}`);
  }
  return out;
}
