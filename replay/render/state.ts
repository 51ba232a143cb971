import type { StateView } from "../../engine/query/view.js";
import type { Scenario, SourceDocument } from "../../engine/scenario/scenario.js";
import { namedPlaces } from "../../engine/scenario/stored-log.js";
import type { FrontClosureReason } from "../../engine/state/types.js";
import type { Colors } from "./colors.js";
import { lossesText } from "./losses.js";
import { day, dayTime, type Names, pad, quantity, shares } from "./names.js";

/** Who holds a place, as a phrase: a side, shares of a divided place, or "unknown". */
export function holding(p: Pick<StateView["places"][number], "controller" | "shares">, names: Names): string {
  if (p.shares !== null) return shares(p.shares, names);
  return names.side(p.controller);
}

/**
 * Places nobody is known to hold are all named up to `UNKNOWN_ALL` (a built-in campaign without
 * inferred holdings has 84); past that, as in a scenario imported from a dataset, which names
 * hundreds and holds none, the first `UNKNOWN_LISTED` are named and the rest counted.
 */
const UNKNOWN_ALL = 100;
const UNKNOWN_LISTED = 40;

/**
 * The control lines: one per place with known control, then the places nobody is known to hold
 * (past 100, the first 40 and a count). With `mentioned`, places of the shared catalogue the
 * scenario never names are counted, not listed.
 */
export function controlLines(view: StateView, names: Names, c: Colors, mentioned?: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const unknown: string[] = [];
  const known = view.places.filter((p) => p.controller !== null || p.shares !== null);
  const width = Math.max(12, ...known.map((p) => p.name.length)) + 2;
  let unnamed = 0;
  for (const p of view.places) {
    if (mentioned !== undefined && !mentioned.has(p.id) && p.controller === null && p.shares === null) {
      unnamed++;
      continue;
    }
    if (p.controller === null && p.shares === null) {
      unknown.push(p.contested ? `${p.name} (contested)` : p.name);
      continue;
    }
    const marks = [
      p.basis === "inferred" ? c.cyan(`inferred from ${p.inferredFrom ?? "a later capture"}`) : null,
      p.contested ? c.yellow("contested") : null,
      p.uncertain ? c.magenta("? uncertain") : null,
      p.fireControl ? `under fire control of ${names.side(p.fireControl.side)}` : null,
    ].filter((x) => x !== null);
    const since = p.since === null ? "" : c.dim(` since ${day(p.since)}${p.byEvent ? ` (${p.byEvent})` : ""}`);
    out.push(`  ${pad(p.name, width)}${holding(p, names)}${marks.length > 0 ? `  ${marks.join(", ")}` : ""}${since}`);
  }
  if (unknown.length > UNKNOWN_ALL)
    out.push(
      `  ${c.dim(`unknown: ${unknown.length} places, the first ${UNKNOWN_LISTED}: ${unknown.slice(0, UNKNOWN_LISTED).join(", ")}; all in --json`)}`,
    );
  else if (unknown.length > 0) out.push(`  ${c.dim(`unknown: ${unknown.join(", ")}`)}`);
  if (unnamed > 0) out.push(`  ${c.dim(`(${unnamed} more catalogue places this scenario never names: see --json)`)}`);
  return out;
}

/** One line per siege. */
export function siegeLines(view: StateView, names: Names, c: Colors): string[] {
  if (view.sieges.length === 0) return ["  none"];
  return view.sieges.map((s) => {
    const status = s.status === "active" ? c.red(`active, supply ${s.supply}`) : c.green(s.status);
    const when = s.until === null ? `since ${day(s.since)}` : `${dayTime(s.until)}`;
    return `  ${s.name}: ${status}${s.uncertain ? c.magenta(" ? uncertain") : ""} (${when}) — ${names.side(s.besieger)} besieging ${names.side(s.besieged)} in ${s.enclave.map(names.place).join(", ")}${c.dim(s.byEvent ? ` (${s.byEvent})` : "")}`;
  });
}

const CLOSED_BY: Readonly<Record<FrontClosureReason, string>> = {
  captured: "objective taken",
  "linked-up": "linked up there",
  relieved: "siege broken or lifted",
  stopped: "offensive concluded",
};

/** One line per open front (side and objective), then one per front that ended, with its last distance and how it ended. */
export function frontLines(view: StateView, names: Names, c: Colors): string[] {
  const line = (f: StateView["fronts"][number]) =>
    `  ${names.side(f.side)} → ${names.place(f.objective)}: ${quantity(f.distanceKm)} km${f.uncertain ? c.magenta(" ? uncertain") : ""}${c.dim(` as of ${day(f.asOf)}${f.byEvent ? ` (${f.byEvent})` : ""}`)}`;
  const open = view.fronts.filter((f) => f.closed === null).map(line);
  const ended = view.fronts.flatMap((f) =>
    f.closed === null
      ? []
      : [
          c.dim(
            `  ${names.side(f.side)} → ${names.place(f.objective)}: closed ${day(f.closed.at)}, ${CLOSED_BY[f.closed.reason]} (${f.closed.byEvent}); last ${quantity(f.distanceKm)} km as of ${day(f.asOf)}`,
          ),
        ],
  );
  return [...(open.length === 0 ? ["  none open"] : open), ...ended];
}

/** One line per distance gained by an advance, earliest first (ties by event id). */
export function advanceLines(view: StateView, names: Names, c: Colors): string[] {
  const when = (a: { readonly since: string | null }) => Date.parse(a.since ?? "");
  const rows = Object.entries(view.advances).sort(([, a], [, b]) => when(a) - when(b));
  if (rows.length === 0) return ["  none"];
  return rows.map(([id, a]) => {
    const where = [
      a.direction === null ? null : a.direction,
      a.from === null ? null : `from ${names.place(a.from)}`,
      a.objective === null ? null : `towards ${names.place(a.objective)}`,
    ].filter((x) => x !== null);
    return `  ${names.side(a.side)}: ${quantity(a.gainedKm)} km gained${a.gainedKm.text ? ` ("${a.gainedKm.text}")` : ""}${where.length > 0 ? `, ${where.join(", ")}` : ""}${c.dim(` on ${day(a.since)} (${id})`)}`;
  });
}

/** One line per air campaign: its name, side, status and the strikes the source counts. */
export function airCampaignLines(view: StateView, names: Names, c: Colors): string[] {
  return Object.values(view.operations)
    .filter((o) => o.kind === "air")
    .map(
      (o) =>
        `  ${o.name ?? o.id}: ${names.side(o.side)}, ${o.status}${o.strikes === null ? "" : `, ${quantity(o.strikes)} strikes${o.strikes.text ? ` ("${o.strikes.text}")` : ""}`}${c.dim(` (${o.byEvent ?? o.id})`)}`,
    );
}

/**
 * Who a tally is counted by, as a reader wants it: a document that asserts the figure itself
 * by its title; a named source ("SOHR") as "according to"; a hedge the text uses instead of a
 * name ("reportedly", "military sources") as it stands.
 */
export function claimantLabel(claimant: string, documents: readonly SourceDocument[]): string {
  const doc = documents.find((d) => d.id === claimant);
  if (doc !== undefined) return `according to "${doc.title}"`;
  return /^\p{Lu}/u.test(claimant) ? `according to ${claimant}` : claimant;
}

/** Losses so far, per side and per source that counts them; then civilians, then deaths of no known side. */
export function casualtyLines(view: StateView, names: Names, documents: readonly SourceDocument[]): string[] {
  const out: string[] = [];
  for (const side of Object.keys(view.casualties).sort()) {
    for (const [claimant, t] of Object.entries(view.casualties[side] ?? {}))
      out.push(`  ${names.side(side)}: ${lossesText(t)} (${claimantLabel(claimant, documents)})`);
  }
  for (const [claimant, t] of Object.entries(view.civilianDeaths))
    out.push(`  civilians: ${lossesText(t)} (${claimantLabel(claimant, documents)})`);
  for (const [claimant, t] of Object.entries(view.unknownSideDeaths))
    out.push(`  side not known: ${lossesText(t)} (${claimantLabel(claimant, documents)})`);
  return out.length === 0 ? ["  none reported"] : out;
}

/** The sections every full account of a state opens with: control, sieges and fronts, each under its heading. */
export function holdingLines(scenario: Scenario, view: StateView, names: Names, c: Colors): string[] {
  return [
    c.bold("Control"),
    ...controlLines(view, names, c, namedPlaces(scenario)),
    c.bold("Sieges"),
    ...siegeLines(view, names, c),
    c.bold("Fronts"),
    ...frontLines(view, names, c),
  ];
}

/**
 * A state as text: control of every place, sieges, fronts and casualties, uncertain facts marked `?`.
 * @example
 * renderState(scenario, campaign.view("2017-09-05"), names, total, plain).join("\n");
 */
export function renderState(
  scenario: Scenario,
  view: StateView & { readonly at: string },
  names: Names,
  total: number,
  c: Colors,
): string[] {
  const air = airCampaignLines(view, names, c);
  return [
    c.bold(
      `${scenario.id} at ${view.at}: ${view.applied} of ${total} events applied${view.lastEvent ? ` (last: ${view.lastEvent})` : ""}`,
    ),
    "",
    ...holdingLines(scenario, view, names, c),
    c.bold("Advances (distance gained)"),
    ...advanceLines(view, names, c),
    ...(air.length > 0 ? [c.bold("Air campaigns"), ...air] : []),
    c.bold("Casualties so far"),
    ...casualtyLines(view, names, scenario.documents),
  ];
}
