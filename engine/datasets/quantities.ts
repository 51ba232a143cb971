/** A count as a scenario file writes it. */
export interface CountInput {
  readonly low: number;
  readonly best: number;
  readonly high: number;
}

/**
 * A dataset's low/best/high as a well-formed quantity (`low <= best <= high`). When the dataset
 * gives them out of order, the quantity spans all three with `best` kept, and `note` says so
 * (the row's own values stay in its fields).
 */
export function countOf(low: number, best: number, high: number): { count: CountInput; note: string | null } {
  if (low <= best && best <= high) return { count: { low, best, high }, note: null };
  const count = { low: Math.min(low, best, high), best, high: Math.max(low, best, high) };
  return {
    count,
    note: `the dataset gives low/best/high ${low}/${best}/${high}, out of order: read as ${count.low}/${count.best}/${count.high}`,
  };
}
