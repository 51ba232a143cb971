import type { Candidate, GazetteerReport } from "./propose.js";

const km = (n: number): string => (n < 10 ? n.toFixed(1) : n.toFixed(0));

function candidateLine(c: Candidate): string {
  const e = c.entry;
  const via = c.by === "name" ? `'${c.spelling}' = '${c.matched}'` : `'${c.spelling}' ~ '${c.matched}' (${c.by})`;
  const parent = c.fromParentKm === null ? "" : `, ${km(c.fromParentKm)} km from the located parent`;
  return `  ${e.lat.toFixed(5)}, ${e.lon.toFixed(5)}  ${e.precision}  ${e.source}  ${e.feature} ${e.country}  ${via}${parent}`;
}

/**
 * The report as text: each place with its candidates (preferred first) and how far apart they lie,
 * then the places still unlocated.
 */
export function renderGazetteer(report: GazetteerReport): string[] {
  const lines: string[] = [];
  for (const p of report.proposals) {
    const has =
      p.place.coordinates === undefined ? "" : ` (has ${p.place.coordinates.precision}: ${p.place.coordinates.source})`;
    lines.push(`${p.place.id} (${p.place.kind}, '${p.place.name}')${has}`);
    lines.push(...p.candidates.map(candidateLine));
    if (p.candidates.length > 1) lines.push(`  candidates up to ${km(p.spreadKm)} km apart`);
  }
  lines.push(`${report.proposals.length} place(s) with proposals; ${report.unlocated.length} unlocated`);
  for (const p of report.unlocated) {
    const to = report.fallback[p.id] ?? null;
    lines.push(
      `  ${p.id} (${p.kind}): ${to === null ? "no located ancestor either" : `at most 'region' at its located ancestor '${to}'`}`,
    );
  }
  return lines;
}
