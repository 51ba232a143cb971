import type { Backtest } from "../../engine/forecast/backtest.js";
import type { Colors } from "./colors.js";
import { pad, percent } from "./names.js";

const n2 = (x: number | null) => (x === null || !Number.isFinite(x) ? String(x) : x.toFixed(2));

/** What `sitrep backtest` prints: a row per case, then the pooled scores against the baselines. */
export function renderBacktest(b: Backtest, c: Colors, cases: boolean): string[] {
  const out = [
    c.bold(
      `Backtest of ${b.scenarios.join(", ")}: ${b.origins.length} origins, horizon ${b.horizonDays} days, ${b.runs} runs each, seed '${b.seed}', model ${b.model.id} ${b.model.version}`,
    ),
  ];
  if (cases) {
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
  if (m === null) return [...out, "", "no milestone was open at any origin: nothing to score"];
  out.push(
    "",
    c.bold(`Pooled over ${m.milestones} milestone forecasts`),
    `  CRPS (days, censored at the horizon): model ${n2(m.meanCrps)}; no change ${n2(b.pooled.baselines["no-change"])}, straight line ${n2(b.pooled.baselines["straight-line"])}, historical ${n2(b.pooled.baselines.historical)}`,
    `  skill over the best baseline (${b.pooled.best}): ${n2(b.pooled.skill)}`,
    `  coverage: 50% intervals ${percent(m.coverage50)}, 90% intervals ${percent(m.coverage90)}`,
    `  log score of "within the horizon": ${n2(m.meanLogScore)}`,
    `  PIT histogram (10 bins): ${m.pitHistogram.join(" ")}`,
  );
  return out;
}
