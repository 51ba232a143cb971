import type { DomainEvent } from "../../events/event.js";
import { exactly } from "../../model/quantity.js";
import { claimantOf } from "../../reducer/handlers/losses.js";
import { sampleTriangular } from "../../sim/distributions.js";
import { poisson } from "../draws.js";
import type { KnownLog } from "../history.js";
import type { SideRates } from "../pooled-rate.js";
import type { ForecastProcess } from "../process.js";
import { drawClaim, fitReports, type Report, runRates, type SideReportsFit } from "../report-streams.js";

/** One side's fitted casualty reports (see `SideReportsFit`; `places` is not used: a casualty report names none). */
export type SideCasualtyFit = SideReportsFit;

/** The fitted casualties process: each side's rate of reports, pooled. */
export type CasualtiesFit = SideRates<SideCasualtyFit>;

/** A casualty report's figures, one per side it gives the dead of. */
function casualtyReports(e: DomainEvent, refs: KnownLog["refs"]): readonly Report[] {
  if (e.type !== "casualties") return [];
  const out: Report[] = [];
  for (const f of e.figures) {
    const side = refs.actorSide[f.actor];
    if (side && f.killed !== undefined) out.push({ side, claimant: claimantOf(e), killed: f.killed, place: null });
  }
  return out;
}

/**
 * Casualties: each day a Poisson number of reports of each side's dead, at the run's own rate (the
 * fitted one times a Gamma factor drawn once a run); each report draws a
 * source in proportion to how often it reported that side, then one of its figures, then a
 * value within that figure's range, so the sources' disagreement is kept.
 */
export const casualtiesProcess: ForecastProcess<CasualtiesFit, Float64Array> = {
  id: "casualties",
  estimate: (history, _start, world, model) => fitReports(history, world, model.processes.casualties, casualtyReports),
  start: (fit, _state, _world, rng) => runRates(fit, rng),
  step(ctx, fit, rates) {
    for (const [i, s] of fit.sides.entries()) {
      const rate = rates[i] as number;
      const n = poisson(ctx.rng, rate);
      for (let k = 0; k < n; k++) {
        const { claimant, figure } = drawClaim(s, ctx.rng);
        const killed = Math.round(sampleTriangular(figure, ctx.rng));
        ctx.emit(
          { type: "casualties", figures: [{ actor: s.actor, killed: exactly(killed) }] },
          { reportsPerDay: rate },
          claimant,
        );
      }
    }
  },
};
