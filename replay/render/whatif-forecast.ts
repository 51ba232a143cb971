import type { Forecast, MilestoneForecast } from "../../engine/forecast/forecast.js";
import type { BranchForecast, BranchMilestone } from "../../engine/forecast/whatif.js";
import type { Colors } from "./colors.js";
import { bandJson, deathsBand, deathsJson, milestoneLine } from "./forecast.js";
import { dayTime, type Names, percent } from "./names.js";

/** A moment as a reader says it: "the end of 2017-09-04" for the last millisecond of a day. */
function moment(iso: string): string {
  return iso.slice(11, 23) === "23:59:59.999" ? `the end of ${iso.slice(0, 10)}` : dayTime(iso);
}

function recordedLine(m: BranchMilestone): string {
  const r = m.recorded;
  return r === null
    ? "not recorded after the origin (it never comes, or is not open there in the base)"
    : `${r.date} ${r.how} ('${r.event}')`;
}

/**
 * What `sitrep whatif --forecast` prints: the branch point, then per milestone the base's
 * recorded date and the branch's forecast, then the deaths the runs report by the horizon in the
 * branch (and in the base, when its forecast is a separate one).
 */
export function renderWhatIfForecast(
  f: BranchForecast,
  context: { readonly edits: readonly string[]; readonly workers: number },
  names: Names,
  c: Colors,
): string[] {
  const horizon = f.until.slice(0, 10);
  const branchForecast = f.forecasts.branch;
  const out = [c.bold(`${f.scenario}, what if: ${context.edits.join("; ")}: forecast from the branch point`)];
  if (f.branch.name !== "") out.push(`branch '${f.branch.name}'${f.branch.note === "" ? "" : `: ${f.branch.note}`}`);
  out.push(
    `branch point: '${f.branchPoint.event}' at ${dayTime(f.branchPoint.at)}; forecast from ${moment(f.from)} to ${horizon} (${branchForecast.horizonDays} days)`,
    c.dim(
      `${f.runs} runs, seed '${f.seed}', model ${branchForecast.model.id} ${branchForecast.model.version}, ${context.workers === 0 ? "in this thread" : `${context.workers} worker threads`}; every future event is simulated, none is documented`,
    ),
    "",
    c.bold("Milestones: recorded in the base, forecast in the branch"),
  );
  if (f.milestones.length === 0) out.push("  none open at the origin in the branch (no open front, no active siege)");
  const separate = f.forecasts.base !== f.forecasts.branch;
  for (const m of f.milestones) {
    out.push(
      `  ${m.label}`,
      `    recorded: ${recordedLine(m)}`,
      `    branch:   ${milestoneLine(m.forecast, horizon, "beyond")}`,
    );
    if (separate) {
      const b = f.forecasts.base.milestones.find((x) => x.id === m.id);
      out.push(`    base:     ${b === undefined ? "not open at the origin" : milestoneLine(b, horizon, "beyond")}`);
    }
    if (m.laterThanRecorded !== null)
      out.push(`    later than recorded, or not by ${horizon}: ${percent(m.laterThanRecorded)} of runs`);
  }
  const counts = (title: string, key: "deaths" | "civilians") => {
    if (branchForecast[key].length === 0) return;
    out.push("", c.bold(`${title} to ${horizon} (median, 90% band)`));
    for (const d of branchForecast[key]) {
      const b = f.forecasts.base[key].find((x) => x.side === d.side);
      const base = separate ? `; base ${b === undefined ? "none" : deathsBand(b)}` : "";
      out.push(`  ${names.side(d.side)}: branch ${deathsBand(d)}${base}`);
    }
  };
  counts("Deaths the runs report", "deaths");
  counts("Civilians the runs report killed, by who killed them,", "civilians");
  if (branchForecast.total.mean > 0 || f.forecasts.base.total.mean > 0) {
    const base = separate ? `; base ${deathsBand(f.forecasts.base.total)}` : "";
    out.push(
      "",
      `${c.bold(`All deaths the runs report to ${horizon}`)}: branch ${deathsBand(branchForecast.total)}${base}`,
    );
  }
  return out;
}

function summary(m: MilestoneForecast) {
  return { happened: m.happened, beyond: m.beyond, days: m.days, dates: m.dates, outcomes: m.outcomes };
}

/** A what-if forecast as one JSON document: per milestone the recorded date and the forecast summaries, samples left out. */
export function whatIfForecastJson(f: BranchForecast): unknown {
  const base = f.forecasts.base;
  const same = base === f.forecasts.branch;
  /** A part of both forecasts as JSON: the base's null when it is the branch's own. */
  const both = <T>(json: (x: Forecast) => T) => ({ branch: json(f.forecasts.branch), base: same ? null : json(base) });
  return {
    scenario: f.scenario,
    branchPoint: f.branchPoint,
    from: f.from,
    until: f.until,
    horizonDays: f.forecasts.branch.horizonDays,
    runs: f.runs,
    seed: f.seed,
    model: f.forecasts.branch.model,
    sameForecast: same,
    deaths: both((x) => deathsJson(x.deaths)),
    civilians: both((x) => deathsJson(x.civilians)),
    unattributed: both((x) => deathsJson(x.unattributed)),
    total: both((x) => bandJson(x.total)),
    milestones: f.milestones.map((m) => {
      const b = base.milestones.find((x) => x.id === m.id);
      return {
        id: m.id,
        kind: m.kind,
        label: m.label,
        recorded: m.recorded,
        forecast: summary(m.forecast),
        base: b === undefined ? null : summary(b),
        laterThanRecorded: m.laterThanRecorded,
      };
    }),
  };
}
