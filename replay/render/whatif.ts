import type { Quantity } from "../../engine/model/quantity.js";
import type { Comparison } from "../../engine/whatif/compare.js";
import type { Colors } from "./colors.js";
import { wording } from "./event-line.js";
import { killedText, lossesText } from "./losses.js";
import { day, dayTime, type Names, pad, quantity } from "./names.js";

/** A consequence as the CLI shows it: the event that lost its footing, the rule, the edit it traces to. */
export interface ConsequenceView {
  readonly event: string;
  readonly type: string;
  readonly time: { readonly text: string; readonly note?: string; readonly earliest: string; readonly latest: string };
  readonly rule: string;
  readonly message: string;
  /** Index of the edit it traces to, or null when it fails without any edit. */
  readonly edit: number | null;
  /** That edit in words (`drop 'x'`), or null. */
  readonly editText: string | null;
}

/** What `sitrep whatif` shows. */
export interface WhatIfView {
  readonly scenario: string;
  readonly branch: { readonly name: string; readonly note: string; readonly edits: readonly string[] };
  readonly consequences: readonly ConsequenceView[];
  readonly comparison: Comparison;
  /** A siege's display name. */
  readonly siegeName: (id: string) => string;
  /** Who counts a tally, as `sitrep state` says it ("according to SOHR"). */
  readonly claimant: (id: string) => string;
}

const km = (q: Quantity | null) => (q === null ? "none" : `${quantity(q)} km`);

/**
 * The consequences of a branch and its comparison with the base, as lines of text.
 * @example
 * renderWhatIf(view, names, plain);
 * // central-syria-2017, what if: drop 'cs-0905-link-up-137th'
 * // Consequences: 1 event lost its footing ...
 */
export function renderWhatIf(v: WhatIfView, names: Names, c: Colors): string[] {
  const lines: string[] = [];
  lines.push(c.bold(`${v.scenario}, what if: ${v.branch.edits.join("; ") || "no edits"}`));
  if (v.branch.name !== "") lines.push(`branch '${v.branch.name}'${v.branch.note === "" ? "" : `: ${v.branch.note}`}`);
  lines.push("");
  if (v.consequences.length === 0) {
    lines.push(c.bold("Consequences: none"), "  every event of the branch still holds");
  } else {
    const n = v.consequences.length;
    lines.push(c.bold(`Consequences: ${n} event${n === 1 ? "" : "s"} lost ${n === 1 ? "its" : "their"} footing`));
    for (const q of v.consequences) {
      lines.push(`  ${c.dim(day(q.time.earliest))} ${wording(q.time, c)} ${c.cyan(q.type)} ${c.dim(`[${q.event}]`)}`);
      lines.push(`    ${c.yellow(q.rule)}: ${q.message}`);
      lines.push(
        `    ${q.edit === null ? "traces to no edit: it fails in the base log too" : `traces to edits[${q.edit}]: ${q.editText ?? ""}`}`,
      );
    }
  }
  lines.push("");
  const cmp = v.comparison;
  lines.push(c.bold(`Compared with the base at ${cmp.at}`));
  lines.push(
    cmp.divergedAt === null
      ? "  the two histories never diverge"
      : `  first divergence: ${dayTime(cmp.divergedAt)} (${cmp.divergedAt})${cmp.divergedAfterEvent === null ? "" : `, where ${cmp.divergedAfterEvent} is in one history and not the other`}`,
  );
  const differing =
    cmp.places.length +
    cmp.sieges.length +
    cmp.fireControl.length +
    cmp.fronts.length +
    cmp.casualties.length +
    cmp.civilianDeaths.length +
    cmp.unknownSideDeaths.length;
  if (differing === 0) {
    lines.push(`  no place, siege, fire control, front or count of losses differs at ${dayTime(cmp.at)}`);
    return lines;
  }
  if (cmp.places.length > 0) {
    lines.push("  Places whose controller differs (base → branch):");
    const w = Math.max(...cmp.places.map((p) => names.place(p.id).length));
    for (const p of cmp.places)
      lines.push(`    ${pad(names.place(p.id), w)}  ${names.side(p.base)} → ${c.bold(names.side(p.branch))}`);
  }
  if (cmp.sieges.length > 0) {
    lines.push("  Sieges whose status or supply differs (base → branch):");
    const w = Math.max(...cmp.sieges.map((s) => v.siegeName(s.id).length));
    const siege = (status: string | null, supply: string | null) =>
      status === null ? "absent" : `${status}, supply ${supply ?? "?"}`;
    for (const s of cmp.sieges)
      lines.push(
        `    ${pad(v.siegeName(s.id), w)}  ${siege(s.base, s.supply.base)} → ${c.bold(siege(s.branch, s.supply.branch))}`,
      );
  }
  if (cmp.fireControl.length > 0) {
    lines.push("  Places whose fire control differs (base → branch):");
    const w = Math.max(...cmp.fireControl.map((f) => names.place(f.place).length));
    const by = (side: string | null) => (side === null ? "none" : `by ${names.side(side)}`);
    for (const f of cmp.fireControl)
      lines.push(`    ${pad(names.place(f.place), w)}  ${by(f.base)} → ${c.bold(by(f.branch))}`);
  }
  if (cmp.fronts.length > 0) {
    lines.push("  Fronts that differ (distance, base → branch):");
    const label = (f: Comparison["fronts"][number]) => `${names.side(f.side)} → ${names.place(f.place)}`;
    const w = Math.max(...cmp.fronts.map((f) => label(f).length));
    const front = (q: Quantity | null, closed: string | null) =>
      `${km(q)}${closed === null ? "" : ` (closed: ${closed})`}`;
    for (const f of cmp.fronts)
      lines.push(
        `    ${pad(label(f), w)}  ${front(f.base, f.closed.base)} → ${c.bold(front(f.branch, f.closed.branch))}`,
      );
  }
  if (cmp.casualties.length + cmp.civilianDeaths.length + cmp.unknownSideDeaths.length > 0) {
    lines.push("  Losses that differ (base → branch):");
    for (const d of cmp.casualties)
      lines.push(
        `    ${names.side(d.side)} (${v.claimant(d.claimant)}): ${lossesText(d.base)} → ${c.bold(lossesText(d.branch))}`,
      );
    const deaths = (who: string, d: Comparison["civilianDeaths"][number]) =>
      `    ${who} (${v.claimant(d.claimant)}): ${killedText(d.base)} → ${c.bold(killedText(d.branch))}`;
    for (const d of cmp.civilianDeaths) lines.push(deaths("civilians", d));
    for (const d of cmp.unknownSideDeaths) lines.push(deaths("side not known", d));
  }
  return lines;
}
