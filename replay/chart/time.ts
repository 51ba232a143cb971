import { DateTime } from "luxon";

/**
 * Chart times. A chart's time axis reads in the scenario's own time zone whatever the machine's
 * zone is: each instant is drawn at its wall-clock time in that zone, written as if it were UTC,
 * and the charts use UTC scales.
 */

/** An instant as a chart draws it: the wall clock in the scenario's zone, and its local date. */
export interface ChartTime {
  /** The wall-clock time in the zone, as epoch milliseconds read as UTC. */
  readonly t: number;
  /** The local date, YYYY-MM-DD. */
  readonly date: string;
}

/**
 * An ISO instant as a chart draws it in `zone`.
 * @example
 * chartTime("2017-09-05T10:00:00.000Z", "Asia/Damascus"); // { t: Date.UTC(2017, 8, 5, 13), date: "2017-09-05" }
 */
export function chartTime(iso: string, zone: string): ChartTime {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`'${iso}' is not an ISO 8601 time`);
  const local = DateTime.fromMillis(ms, { zone });
  return { t: ms + local.offset * 60_000, date: local.toISODate() ?? iso.slice(0, 10) };
}

/** The instants a chart covers: epoch milliseconds, both ends included. */
export interface Window {
  readonly from: number;
  readonly to: number;
}

/**
 * Whether an ISO instant lies in a window.
 * @example
 * inWindow(front.since, src.window);
 */
export function inWindow(iso: string, w: Window): boolean {
  const ms = Date.parse(iso);
  return ms >= w.from && ms <= w.to;
}
