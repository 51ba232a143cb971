import type { DomainEvent } from "../../events/event.js";
import { exactly } from "../../model/quantity.js";
import { claimantOf } from "../../reducer/handlers/losses.js";
import type { KnownLog } from "../history.js";
import type { SideRates } from "../pooled-rate.js";
import type { ForecastProcess } from "../process.js";
import {
  drawPlace,
  type Report,
  reportStreamProcess,
  type SideReportsFit,
  type StreamRuns,
} from "../report-streams.js";

/** The fitted civilians process: per side, its rate of reports of civilians it killed, pooled. */
export type CiviliansFit = SideRates<SideReportsFit>;

/** A report of civilians killed whose killers the source names: one report of their side. */
function civilianReports(e: DomainEvent, refs: KnownLog["refs"]): readonly Report[] {
  if (e.type !== "civilians-killed" || e.by === undefined) return [];
  const side = refs.actorSide[e.by];
  return side ? [{ stream: side, claimant: claimantOf(e), killed: e.killed, place: e.place ?? null }] : [];
}

/**
 * Civilians: each day a Poisson number of reports of civilians killed by each side, at the run's
 * own rate, each a source's figure drawn within its range, as for casualties (see
 * `reportStreamProcess`), at a place drawn from those the side's reports drawn from named, as
 * often as they named it. Reports that name no killer are the `unattributed` process's: no
 * side's rate would carry them.
 */
export const civiliansProcess: ForecastProcess<CiviliansFit, StreamRuns> = reportStreamProcess(
  "civilians",
  (model) => model.processes.civilians,
  civilianReports,
  (s, killed, rng) => {
    const place = drawPlace(s, rng);
    return {
      type: "civilians-killed",
      killed: exactly(killed),
      by: s.actor,
      ...(place === undefined ? {} : { place }),
    };
  },
);
