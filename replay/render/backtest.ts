import type { Backtest, DeathsBacktest } from "../../engine/forecast/backtest.js";
import type { Colors } from "./colors.js";
import { pad, percent } from "./names.js";

const n2 = (x: number | null) => (x === null || !Number.isFinite(x) ? String(x) : x.toFixed(2));
/** A count of deaths as printed: whole, or with one decimal where a quantile falls between runs. */
const count = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/**
 * A skill as printed; -Infinity, where the best baseline scores exactly 0 and the model does not,
 * is said in words: no ratio to it means anything.
 */
function skillText(skill: number | null): string {
  return skill === Number.NEGATIVE_INFINITY
    ? "none: that baseline is exactly right on every case, the model is not"
    : n2(skill);
}

/** A side's name in one of the scenarios backtested. */
export type SideNamer = (scenario: string, side: string) => string;

/**
 * What `sitrep backtest` prints: a row per case (with `cases`), then the pooled scores of the
 * milestone forecasts and of the count forecasts (each side's deaths, the civilians each side
 * killed, all deaths) against their baselines.
 */
export function renderBacktest(
  b: Backtest,
  c: Colors,
  cases: boolean,
  sideName: SideNamer = (_, side) => side,
): string[] {
  const out = [
    c.bold(
      `Backtest of ${b.scenarios.join(", ")}: ${b.origins.length} origins, horizon ${b.horizonDays} days, ${b.runs} runs each, seed '${b.seed}', model ${b.model.id} ${b.model.version}`,
    ),
  ];
  if (cases && b.cases.length > 0) {
    out.push(
      "",
      c.dim(
        `${pad("origin", 11)}${pad("milestone", 58)}${pad("recorded", 10)}${pad("P(by H)", 9)}${pad("CRPS", 8)}${pad("no-chg", 8)}${pad("line", 8)}${pad("hist", 8)}90%`,
      ),
    );
    for (const k of b.cases)
      out.push(
        `${pad(k.origin, 11)}${pad(k.label.slice(0, 56), 58)}${pad(k.observed === null ? `>${k.horizon}d` : `${k.observed.toFixed(1)}d`, 10)}${pad(percent(k.model.pHappened), 9)}${pad(n2(k.model.crps), 8)}${pad(n2(k.baselines["no-change"]), 8)}${pad(n2(k.baselines["straight-line"]), 8)}${pad(n2(k.baselines.historical), 8)}${k.model.covered90 ? "yes" : "no"}`,
      );
  }
  const m = b.pooled.model;
  if (m === null)
    out.push("", "Milestones: none was open at any origin (no open front, no active siege): nothing to score");
  else
    out.push(
      "",
      c.bold(`Pooled over ${m.milestones} milestone forecasts`),
      `  CRPS (days, censored at the horizon): model ${n2(m.meanCrps)}; no change ${n2(b.pooled.baselines["no-change"])}, straight line ${n2(b.pooled.baselines["straight-line"])}, historical ${n2(b.pooled.baselines.historical)}`,
      `  skill over the best baseline (${b.pooled.best}): ${skillText(b.pooled.skill)}`,
      `  coverage: 50% intervals ${percent(m.coverage50)}, 90% intervals ${percent(m.coverage90)}`,
      `  log score of "within the horizon": ${n2(m.meanLogScore)}`,
      `  PIT histogram (10 bins): ${m.pitHistogram.join(" ")}`,
    );
  out.push(
    ...renderCounts(b.deaths, c, cases, sideName, {
      what: "a side's deaths",
      none: "Deaths: no side's losses were reported, by the runs or the log, within any horizon: nothing to score",
    }),
    ...renderCounts(b.civilians, c, cases, sideName, {
      what: "the civilians a side killed",
      none: "Civilians: no side was reported killing civilians, by the runs or the log, within any horizon: nothing to score",
    }),
    ...renderCounts(b.total, c, cases, () => "all deaths", {
      what: "all deaths (each side's, civilians, of no known side)",
      none: "All deaths: none was reported, by the runs or the log, within any horizon: nothing to score",
    }),
  );
  return out;
}

/** A section of count forecasts (deaths, or civilians killed): a row per case (with `cases`), then the pooled scores. */
function renderCounts(
  section: DeathsBacktest,
  c: Colors,
  cases: boolean,
  sideName: SideNamer,
  words: { readonly what: string; readonly none: string },
): string[] {
  const { cases: list, pooled } = section;
  const d = pooled.model;
  if (d === null) return ["", words.none];
  const out: string[] = [];
  if (cases) {
    out.push(
      "",
      c.dim(
        `${pad("origin", 11)}${pad("side", 34)}${pad("recorded", 10)}${pad("median (90% band)", 24)}${pad("CRPS", 9)}${pad("zero", 9)}${pad("persist", 9)}${pad("hist", 9)}90%`,
      ),
    );
    for (const k of list)
      out.push(
        `${pad(k.origin, 11)}${pad(sideName(k.scenario, k.side).slice(0, 32), 34)}${pad(count(k.observed), 10)}${pad(`${count(k.forecast.p50)} (${count(k.forecast.p5)}-${count(k.forecast.p95)})`, 24)}${pad(n2(k.model.crps), 9)}${pad(n2(k.baselines.zero), 9)}${pad(n2(k.baselines.persistence), 9)}${pad(n2(k.baselines.historical), 9)}${k.model.covered90 ? "yes" : "no"}`,
      );
  }
  out.push(
    "",
    c.bold(`Pooled over ${d.forecasts} forecasts of ${words.what} within the horizon`),
    `  CRPS (deaths): model ${n2(d.meanCrps)}; zero ${n2(pooled.baselines.zero)}, persistence ${n2(pooled.baselines.persistence)}, historical ${n2(pooled.baselines.historical)}`,
    `  skill over the best baseline (${pooled.best}): ${skillText(pooled.skill)}`,
    `  coverage: 50% intervals ${percent(d.coverage50)}, 90% intervals ${percent(d.coverage90)}`,
    `  PIT histogram (10 bins): ${d.pitHistogram.join(" ")}`,
  );
  const nz = section.nonzero;
  if (nz !== null && nz.forecasts < d.forecasts)
    out.push(
      `  on the ${nz.forecasts} forecasts whose recorded count is above 0: CRPS ${n2(nz.meanCrps)}; coverage: 50% intervals ${percent(nz.coverage50)}, 90% intervals ${percent(nz.coverage90)}`,
    );
  return out;
}
