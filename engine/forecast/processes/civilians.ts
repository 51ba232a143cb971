import type { DomainEvent } from "../../events/event.js";
import { exactly } from "../../model/quantity.js";
import { claimantOf } from "../../reducer/handlers/losses.js";
import { sampleTriangular } from "../../sim/distributions.js";
import { poisson } from "../draws.js";
import type { KnownLog } from "../history.js";
import type { SideRates } from "../pooled-rate.js";
import type { ForecastProcess } from "../process.js";
import { drawClaim, fitReports, type Report, runRates, type SideReportsFit } from "../report-streams.js";

/** The fitted civilians process: per side, its rate of reports of civilians it killed, pooled. */
export type CiviliansFit = SideRates<SideReportsFit>;

/** A report of civilians killed whose killers the source names: one report of their side. */
function civilianReports(e: DomainEvent, refs: KnownLog["refs"]): readonly Report[] {
  if (e.type !== "civilians-killed" || e.by === undefined) return [];
  const side = refs.actorSide[e.by];
  return side ? [{ side, claimant: claimantOf(e), killed: e.killed, place: e.place ?? null }] : [];
}

/**
 * Civilians: each day a Poisson number of reports of civilians killed by each side, at the run's
 * own rate (as for casualties); each report draws a source, one of its figures and a value
 * within it, and a place from those the side's reports drawn from named, as often as they named
 * it. Reports that name no killer are not simulated: nobody's rate would carry them.
 */
export const civiliansProcess: ForecastProcess<CiviliansFit, Float64Array> = {
  id: "civilians",
  estimate: (history, _start, world, model) => fitReports(history, world, model.processes.civilians, civilianReports),
  start: (fit, _state, _world, rng) => runRates(fit, rng),
  step(ctx, fit, rates) {
    for (const [i, s] of fit.sides.entries()) {
      const rate = rates[i] as number;
      const n = poisson(ctx.rng, rate);
      for (let k = 0; k < n; k++) {
        const { claimant, figure } = drawClaim(s, ctx.rng);
        const killed = Math.round(sampleTriangular(figure, ctx.rng));
        const place = s.places.length === 0 ? undefined : s.places[Math.floor(ctx.rng() * s.places.length)];
        ctx.emit(
          { type: "civilians-killed", killed: exactly(killed), by: s.actor, ...(place === undefined ? {} : { place }) },
          { reportsPerDay: rate },
          claimant,
        );
      }
    }
  },
};
