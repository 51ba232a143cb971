import type { DomainEvent } from "../../events/event.js";
import { exactly } from "../../model/quantity.js";
import { claimantOf } from "../../reducer/handlers/losses.js";
import type { KnownLog } from "../history.js";
import type { SideRates } from "../pooled-rate.js";
import type { ForecastProcess } from "../process.js";
import { type Report, reportStreamProcess, type SideReportsFit, type StreamRuns } from "../report-streams.js";

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
    if (side && f.killed !== undefined)
      out.push({ stream: side, claimant: claimantOf(e), killed: f.killed, place: null });
  }
  return out;
}

/**
 * Casualties: each day a Poisson number of reports of each side's dead, at the run's own rate (the
 * fitted one times the run's intensity and a factor of the side's own, drawn once a run); each
 * report draws a source in proportion to how often it reported that side, then one of its
 * figures, then a value within that figure's range (so the sources' disagreement is kept), times
 * the run's severity for the side (see `reportStreamProcess`).
 */
export const casualtiesProcess: ForecastProcess<CasualtiesFit, StreamRuns> = reportStreamProcess(
  "casualties",
  (model) => model.processes.casualties,
  casualtyReports,
  (s, killed) => ({ type: "casualties", figures: [{ actor: s.actor, killed: exactly(killed) }] }),
);
