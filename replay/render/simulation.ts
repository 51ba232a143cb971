import type { Quantiles } from "../../engine/sim/distributions.js";
import type { Distributions } from "../../engine/sim/measures.js";
import type { Colors } from "./colors.js";
import { dayTime, type Names, pad } from "./names.js";

/** What the text of `sitrep simulate` is about, beside the distributions. */
export interface SimulationHeader {
  /** The scenario id, or `<branch> of <scenario>`. */
  readonly target: string;
  readonly workers: number;
  /** The model in words, e.g. "uncertain quantities sampled (triangular), no choices". */
  readonly model: string;
  /** Places to show whatever their outcome (`--place`), by id; empty: the places whose controller varies. */
  readonly places: readonly string[];
  readonly siegeName: (id: string) => string;
  /** Who a casualty tally is counted by, in words, as `sitrep state` labels it (`claimantLabel`). */
  readonly claimant: (claimant: string) => string;
}

/** A probability as a percentage with at most one decimal: 0.505 → "50.5%". */
export function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

const num = (x: number) => String(Math.round(x * 10) / 10);

/** `quantileText` of the quantiles at a moment, if there are any. */
const quantile = (q: Quantiles | undefined, unit = ""): string | undefined =>
  q === undefined ? undefined : quantileText(q, unit);

/** Quantiles in one phrase: "median 32.5 km, 50% within 31.7–33.3, 90% within 30.8–34.3, mean 32.4 (200 runs)". */
export function quantileText(q: Quantiles, unit = ""): string {
  const runs = `${q.n} run${q.n === 1 ? "" : "s"}`;
  if (q.p5 === q.p95) return `${num(q.p50)}${unit} in ${q.n === 1 ? "the only run" : `all ${runs}`} with a figure`;
  return `median ${num(q.p50)}${unit}, 50% within ${num(q.p25)}–${num(q.p75)}, 90% within ${num(q.p5)}–${num(q.p95)}, mean ${num(q.mean)} (${runs})`;
}

/** A distribution over outcomes, most likely first: "Syrian government 50.5%, unknown 49.5%". */
function outcomes(dist: Readonly<Record<string, number>>, label: (k: string) => string): string {
  return Object.entries(dist)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, p]) => `${label(k)} ${pct(p)}`)
    .join(", ");
}

/** Rows of a table whose first column is named only on its first row. */
function rows(label: string, width: number, lines: readonly [string, string][]): string[] {
  return lines.map(([at, text], i) => `  ${pad(i === 0 ? label : "", width)}  ${at}  ${text}`);
}

/**
 * A simulation's distributions as lines of text: per place the probability of each controller
 * at each moment (only places whose controller varies, or those asked for), per siege the
 * probability of each status and of its supply, per place held under fire control the
 * probability of each side holding it so, quantiles of killed per side and claimant and of front
 * distances, the choices drawn and the events that lost their footing.
 */
export function renderSimulation(d: Distributions, h: SimulationHeader, names: Names, c: Colors): string[] {
  const lines: string[] = [];
  const ats = d.at.map((a) => a.key);
  // A moment written as a full ISO time (the default, the end of the span) is shown as date and local time.
  const shown = (a: string) => (d.at.some((x) => x.key === a && x.iso === a) ? dayTime(a) : a);
  const atWidth = Math.max(...ats.map((a) => shown(a).length));
  const atCol = (a: string) => c.dim(pad(shown(a), atWidth));
  lines.push(
    c.bold(
      `${h.target}: ${d.runs} run${d.runs === 1 ? "" : "s"}, seed '${d.seed}', ${h.workers === 0 ? "no worker threads" : `${h.workers} worker thread${h.workers === 1 ? "" : "s"}`}`,
    ),
    `model: ${h.model}`,
    `at: ${d.at.map((a) => (a.key === a.iso ? a.key : `${a.key} (${a.iso})`)).join(", ")}`,
    "",
  );

  const varies = (id: string) => Object.values(d.places[id] ?? {}).some((dist) => Object.keys(dist).length > 1);
  const placeIds = h.places.length > 0 ? h.places : Object.keys(d.places).filter(varies);
  lines.push(
    c.bold(
      h.places.length > 0
        ? "Control (probability of each controller)"
        : "Control: places whose controller varies (probability of each controller)",
    ),
  );
  if (placeIds.length === 0)
    lines.push("  no place's controller varies across the runs (name one with --place to see it)");
  // One group of rows per entry: its label (padded to the widest), then its text at each moment that has one.
  const table = (entries: readonly (readonly [label: string, at: (a: string) => string | undefined])[]) => {
    const width = Math.max(0, ...entries.map(([label]) => label.length));
    for (const [label, at] of entries) {
      const cells: [string, string][] = [];
      for (const a of ats) {
        const text = at(a);
        if (text !== undefined) cells.push([atCol(a), text]);
      }
      lines.push(...rows(label, width, cells));
    }
  };
  table(
    placeIds.map((id) => [
      names.place(id),
      (a) => outcomes(d.places[id]?.[a] ?? {}, (s) => names.side(s === "unknown" ? null : s)),
    ]),
  );

  const sieges = Object.keys(d.sieges);
  if (sieges.length > 0) {
    lines.push("", c.bold("Sieges (probability of each status)"));
    table(sieges.map((id) => [h.siegeName(id), (a) => outcomes(d.sieges[id]?.[a] ?? {}, (s) => s)]));
    lines.push("", c.bold("Siege supply (probability of open or cut)"));
    table(sieges.map((id) => [h.siegeName(id), (a) => outcomes(d.supply[id]?.[a] ?? {}, (s) => s)]));
  }

  // As for control: the places whose fire control varies across the runs, or those asked for.
  const fireVaries = (id: string) =>
    Object.values(d.fireControl[id] ?? {}).some((dist) => Object.keys(dist).length > 1);
  const fire = Object.keys(d.fireControl).filter((id) =>
    h.places.length > 0 ? h.places.includes(id) : fireVaries(id),
  );
  if (fire.length > 0) {
    lines.push(
      "",
      c.bold(
        h.places.length > 0
          ? "Fire control (probability of each side holding the place under fire)"
          : "Fire control: places where it varies (probability of each side holding the place under fire)",
      ),
    );
    table(
      fire.map((id) => [
        names.place(id),
        (a) => outcomes(d.fireControl[id]?.[a] ?? {}, (s) => (s === "none" ? "none" : names.side(s))),
      ]),
    );
  }

  const casualties = Object.entries(d.casualties).flatMap(([side, by]) =>
    Object.entries(by).map(([claimant, byAt]) => ({ label: `${names.side(side)} (${h.claimant(claimant)})`, byAt })),
  );
  if (casualties.length > 0) {
    lines.push("", c.bold("Killed, per side and claimant (sources are never added together)"));
    table(casualties.map((x) => [x.label, (a) => quantile(x.byAt[a])]));
  }

  const fronts = Object.entries(d.fronts).flatMap(([place, by]) =>
    Object.entries(by).map(([side, byAt]) => ({ label: `${names.side(side)} → ${names.place(place)}`, byAt })),
  );
  if (fronts.length > 0) {
    lines.push("", c.bold("Fronts: distance to the objective"));
    table(fronts.map((x) => [x.label, (a) => quantile(x.byAt[a], " km")]));
  }

  const choices = Object.entries(d.choices);
  if (choices.length > 0) {
    lines.push("", c.bold("Choices (share of runs that drew each alternative)"));
    for (const [id, dist] of choices) lines.push(`  ${id}: ${outcomes(dist, (a) => a)}`);
  }
  const lost = Object.entries(d.lostFooting);
  if (lost.length > 0) {
    lines.push("", c.bold("Events that lost their footing (share of runs)"));
    const lw = Math.max(...lost.map(([id]) => id.length));
    for (const [id, p] of lost) lines.push(`  ${pad(id, lw)}  ${pct(p)}`);
  }
  return lines;
}
