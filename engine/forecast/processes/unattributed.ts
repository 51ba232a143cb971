import type { DomainEvent } from "../../events/event.js";
import { exactly } from "../../model/quantity.js";
import { claimantOf } from "../../reducer/handlers/losses.js";
import type { KnownLog } from "../history.js";
import type { ForecastProcess } from "../process.js";
import {
  drawPlace,
  drawReports,
  fitStreams,
  type Report,
  runStreams,
  type StreamFit,
  type StreamRuns,
} from "../report-streams.js";

/** The deaths no side is named for: civilians whose killers the source does not name, and deaths of no known side. */
export const UNATTRIBUTED = ["civilians", "unknown"] as const;
export type Unattributed = (typeof UNATTRIBUTED)[number];

/** One stream of deaths no side is named for, fitted. */
export interface UnattributedStreamFit extends StreamFit {
  readonly key: Unattributed;
}

/** The fitted process: a stream for each kind of death no side is named for that the log reports of late. */
export interface UnattributedFit {
  /** The rate per stream-day over every pooled log, towards which each stream's own rate is pooled. */
  readonly pooledRate: number;
  readonly streams: readonly UnattributedStreamFit[];
}

/**
 * The reports of deaths no side is named for that an event makes: a casualty report's `civilians`
 * and `unknown` (UCDP's deaths_civilians and deaths_unknown), and civilians killed by no one
 * named. A figure that cannot be above 0 (a dataset row's deaths_unknown of 0) reports no such
 * death and is not one of the stream's reports.
 */
export function unattributedReports(e: DomainEvent, _refs: KnownLog["refs"]): readonly Report<Unattributed>[] {
  if (e.type === "civilians-killed")
    return e.by === undefined && e.killed.high !== 0
      ? [{ stream: "civilians", claimant: claimantOf(e), killed: e.killed, place: e.place ?? null }]
      : [];
  if (e.type !== "casualties") return [];
  const out: Report<Unattributed>[] = [];
  for (const [stream, killed] of [
    ["civilians", e.civilians],
    ["unknown", e.unknown],
  ] as const)
    if (killed !== undefined && killed.high !== 0)
      out.push({ stream, claimant: claimantOf(e), killed, place: e.places[0] ?? null });
  return out;
}

/**
 * Deaths of no named side: each day a Poisson number of reports of civilians killed by no one
 * named, and of deaths of no known side, each stream at the run's own rate, each report a
 * source's figure drawn within its range (see `drawReports`), as for casualties. Civilians are
 * simulated as `civilians-killed` with no `by`, at a place the stream's reports named; deaths of
 * no known side as a casualty report with no figure and `unknown`. The streams are the theatre's,
 * not a side's: the sources do not say whose these deaths are.
 */
export const unattributedProcess: ForecastProcess<UnattributedFit, StreamRuns> = {
  id: "unattributed",
  estimate(history, _start, _world, model) {
    const { pooledRate, streams } = fitStreams(history, model.processes.unattributed, unattributedReports);
    return { pooledRate, streams };
  },
  start: (fit, _state, _world, rng, run) => runStreams(fit.streams, rng, run),
  step(ctx, fit, own) {
    for (const [i, s] of fit.streams.entries()) {
      const rate = own.rates[i] as number;
      const severity = own.severities[i] as number;
      const parameters = { reportsPerDay: rate, severity };
      drawReports(ctx.rng, s, rate, severity, (killed, claimant) => {
        if (s.key === "civilians") {
          const place = drawPlace(s, ctx.rng);
          ctx.emit(
            { type: "civilians-killed", killed: exactly(killed), ...(place === undefined ? {} : { place }) },
            parameters,
            claimant,
          );
        } else ctx.emit({ type: "casualties", figures: [], unknown: exactly(killed) }, parameters, claimant);
      });
    }
  },
};
