import type { CountBand, Forecast, MilestoneForecast } from "../../engine/forecast/forecast.js";
import type { Unattributed } from "../../engine/forecast/processes/unattributed.js";
import type { Recorded } from "../../engine/forecast/recorded.js";
import { recordOf } from "../../engine/model/record.js";
import type { Colors } from "./colors.js";
import { type Names, percent } from "./names.js";

/**
 * One milestone's dates as a reader takes them in: median, 50% and 90% intervals, and the share
 * of runs in which it happened by the horizon (`tail: "by"`) or did not (`"beyond"`).
 */
export function milestoneLine(m: MilestoneForecast, horizon: string, tail: "by" | "beyond" = "by"): string {
  const d = m.dates;
  const at = (x: string | null) => x ?? `after ${horizon}`;
  if (m.happened === 0) return `not by ${horizon} in any run`;
  return [
    `median ${at(d.p50)}`,
    `50% ${at(d.p25)} to ${at(d.p75)}`,
    `90% ${at(d.p5)} to ${at(d.p95)}`,
    tail === "by"
      ? `by ${horizon} in ${percent(m.happened)} of runs`
      : `beyond ${horizon} in ${percent(m.beyond)} of runs`,
  ].join(" | ");
}

/** A histogram of a milestone's dates across runs, one row a week, for `--chart`. */
export function milestoneChart(m: MilestoneForecast, f: Forecast, width = 40): string[] {
  const weeks = Math.ceil(f.horizonDays / 7);
  const counts = new Array<number>(weeks + 1).fill(0);
  for (const v of m.samples) {
    const row = Number.isFinite(v) ? Math.min(weeks - 1, Math.floor(v / 7)) : weeks;
    counts[row] = (counts[row] as number) + 1;
  }
  const most = Math.max(1, ...counts);
  return counts.map((c, w) => {
    const label = (w === weeks ? "beyond" : (f.shares[w * 7 + 1]?.date ?? "")).padEnd(11);
    return `    ${label} ${"#".repeat(Math.round((c / most) * width)).padEnd(width)} ${percent(c / f.runs)}`;
  });
}

/** A number of deaths as printed: whole, or with one decimal where a quantile falls between runs. */
const count = (x: number) => String(Math.round(x * 10) / 10);

/** A side's deaths over the runs as printed: "318 (189 to 510.4)". */
export function deathsBand(d: CountBand): string {
  return `${count(d.p50)} (${count(d.p5)} to ${count(d.p95)})`;
}

/** What `sitrep forecast` prints: the model and run, each milestone's dates, what the log recorded, the shares of control at the horizon, the deaths reported. */
export function renderForecast(
  f: Forecast,
  context: {
    readonly target: string;
    readonly workers: number;
    readonly recorded: ReadonlyMap<string, Recorded | null> | null;
    readonly chart: boolean;
  },
  names: Names,
  c: Colors,
): string[] {
  const horizon = f.until.slice(0, 10);
  const out = [
    c.bold(`Forecast of ${context.target} from ${f.from.slice(0, 10)} to ${horizon} (${f.horizonDays} days)`),
    c.dim(
      `${f.runs} runs, seed '${f.seed}', model ${f.model.id} ${f.model.version}, ${context.workers === 0 ? "in this thread" : `${context.workers} worker threads`}; every future event is simulated, none is documented`,
    ),
    "",
    c.bold("Milestones"),
  ];
  if (f.milestones.length === 0) out.push("  none open at the origin (no open front, no active siege)");
  for (const m of f.milestones) {
    out.push(`  ${m.label}`, `    ${milestoneLine(m, horizon)}`);
    if (m.outcomes !== null && m.happened > 0)
      out.push(
        `    ends: ${Object.entries(m.outcomes)
          .filter(([, p]) => p > 0)
          .map(([k, p]) => `${k} ${percent(p)}`)
          .join(", ")}`,
      );
    const r = context.recorded?.get(m.id);
    if (context.recorded !== null)
      out.push(
        c.dim(
          `    recorded: ${r === null || r === undefined ? `not by the end of the log` : `${r.time.slice(0, 10)} (${r.event})`}`,
        ),
      );
    if (context.chart) out.push(...milestoneChart(m, f));
  }
  const last = f.shares.at(-1);
  if (last !== undefined) {
    out.push("", c.bold(`Share of the theatre's places held on ${last.date} (median, 90% band)`));
    for (const s of last.sides)
      out.push(`  ${names.side(s.side)}: ${percent(s.p50)} (${percent(s.p5)} to ${percent(s.p95)})`);
    if (last.sides.length === 0) out.push("  none: no side holds a place of the theatre in any run");
  }
  if (f.deaths.length > 0) {
    out.push("", c.bold(`Deaths the runs report from ${f.from.slice(0, 10)} to ${horizon} (median, 90% band)`));
    for (const d of f.deaths) out.push(`  ${names.side(d.side)}: ${deathsBand(d)}`);
  }
  if (f.civilians.length > 0) {
    out.push(
      "",
      c.bold(
        `Civilians the runs report killed from ${f.from.slice(0, 10)} to ${horizon}, by who killed them (median, 90% band)`,
      ),
    );
    for (const d of f.civilians) out.push(`  ${names.side(d.side)}: ${deathsBand(d)}`);
  }
  if (f.unattributed.length > 0) {
    out.push("", c.bold(`Deaths the runs report of no named side (median, 90% band)`));
    for (const d of f.unattributed) out.push(`  ${UNATTRIBUTED_LABEL[d.what]}: ${deathsBand(d)}`);
  }
  if (f.total.mean > 0)
    out.push(
      "",
      `${c.bold("All deaths the runs report")} (median, 90% band): ${deathsBand(f.total)}`,
      c.dim(
        `  each run's intensity, which every stream of reports shares: spread ${f.intensity.spread.toFixed(2)}${f.intensity.blocks.length < 2 ? " (the prior: under two blocks of reports known)" : `, read from ${f.intensity.blocks.length} blocks of reports`}`,
      ),
    );
  for (const at of f.control) {
    const uncertain = at.places.filter((p) => Math.max(...p.p.values()) < 0.95);
    out.push("", c.bold(`Control on ${at.at} where runs differ (${uncertain.length} of ${at.places.length} places)`));
    for (const p of uncertain)
      out.push(
        `  ${p.name}: ${[...p.p]
          .sort((a, b) => b[1] - a[1])
          .map(([s, x]) => `${s === "none" ? "unknown" : names.side(s)} ${percent(x)}`)
          .join(", ")}`,
      );
  }
  if (f.refused > 0) out.push("", c.dim(`${f.refused} generated events broke a rule and were left out`));
  return out;
}

/** A forecast as one JSON document: maps as objects, samples left out (ask for a run with --run). */
export function forecastJson(f: Forecast, recorded: ReadonlyMap<string, Recorded | null> | null): unknown {
  return {
    ...f,
    milestones: f.milestones.map(({ samples: _samples, ...m }) => ({
      ...m,
      recorded: recorded === null ? undefined : (recorded.get(m.id) ?? null),
    })),
    control: f.control.map((c) => ({
      at: c.at,
      places: c.places.map((p) => ({ place: p.place, name: p.name, p: recordOf(p.p) })),
    })),
    deaths: deathsJson(f.deaths),
    civilians: deathsJson(f.civilians),
    unattributed: deathsJson(f.unattributed),
    total: bandJson(f.total),
  };
}

/** What each kind of death no side is named for is called in output. */
const UNATTRIBUTED_LABEL: Readonly<Record<Unattributed, string>> = {
  civilians: "civilians, killers not named",
  unknown: "of no known side",
};

/** A count band as JSON: samples left out, as the milestones' are. */
export function bandJson<B extends CountBand>({ samples: _samples, ...d }: B): Omit<B, "samples"> {
  return d;
}

/** Deaths bands as JSON: samples left out, as the milestones' are. */
export function deathsJson<B extends CountBand>(deaths: readonly B[]): Omit<B, "samples">[] {
  return deaths.map(bandJson);
}
