import type { CellValue } from "../../model/dataset-row.js";
import { pointProblems } from "../cells.js";
import { locationOf } from "../places.js";
import { countOf } from "../quantities.js";
import type { RowProblem } from "../report.js";
import type { RowContext, RowEvents } from "../row-import.js";
import { citing, type KeyedEvent } from "../scenario-file.js";
import { UCDP_FIELD_COLUMNS } from "./columns.js";
import { WHERE_PREC } from "./where.js";

const num = (v: CellValue) => v as number;
const str = (v: CellValue) => v as string;

/**
 * The events of one UCDP GED row (its cells already typed). State-based (1) and non-state (2)
 * violence is a `clashes` event between the two sides and a `casualties` event with deaths_a and
 * deaths_b as each side's killed, deaths_civilians as `civilians`, deaths_unknown as `unknown` and
 * low/best/high as the `total`; one-sided violence (3) is `civilians-killed` by side A, with
 * low/best/high as the count. Both cite the row. Problems make the row unusable; warnings do not.
 */
export function ucdpRowEvents(v: Readonly<Record<string, CellValue>>, row: number, ctx: RowContext): RowEvents {
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const bad = (column: string, message: string) => problems.push({ row, column, message });
  const lat = num(v.latitude ?? null);
  const lon = num(v.longitude ?? null);
  problems.push(...pointProblems(row, lat, lon));
  const start = str(v.date_start ?? null);
  const end = str(v.date_end ?? null);
  if (end < start) bad("date_end", `${end} is before date_start ${start}`);
  const type = num(v.type_of_violence ?? null);
  if (type !== 1 && type !== 2 && type !== 3) bad("type_of_violence", `${type} is not 1, 2 or 3`);
  for (const c of ["deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high"])
    if (num(v[c] ?? null) < 0) bad(c, `${v[c]} is negative`);
  const wherePrec = num(v.where_prec ?? null);
  if (wherePrec < 1 || wherePrec > 7) bad("where_prec", `${wherePrec} is not a precision from 1 to 7`);
  if (problems.length > 0) return { events: [], problems, warnings };

  const id = num(v.id ?? null);
  const where = str(v.where_coordinates ?? null);
  const place = ctx.places.idOf(locationOf(where, { lat, lon }, wherePrec, WHERE_PREC));
  const warn = (p: RowProblem) => warnings.push(p);
  const a = ctx.actors.idOf(str(v.side_a ?? null), row, warn, "side_a");
  const total = countOf(num(v.low ?? null), num(v.best ?? null), num(v.high ?? null));
  if (total.note !== null) warnings.push({ row, column: "low", message: `${total.note}; imported with a note` });
  const fields = Object.fromEntries(UCDP_FIELD_COLUMNS.map((c) => [c.name, v[c.name] ?? null]));
  const base = {
    time:
      start === end
        ? { text: "", note: `UCDP date_start and date_end, date_prec ${v.date_prec}`, date: start }
        : { text: "", note: `UCDP date_start and date_end, date_prec ${v.date_prec}`, between: [start, end] },
    source: { document: ctx.document, row: { dataset: "ucdp-ged", id: String(id), fields } },
    places: [place],
    ...(total.note === null ? {} : { note: total.note }),
  };
  const key = (k: number) => [start, id, k] as const;
  if (type === 3) {
    const event = { id: `ucdp-${id}`, type: "civilians-killed", ...base, killed: total.count, by: a, place };
    return { events: [{ order: key(0), event }], problems, warnings };
  }
  const b = ctx.actors.idOf(str(v.side_b ?? null), row, warn, "side_b");
  const sides = [ctx.actors.sideOf(a), ctx.actors.sideOf(b)];
  const events: KeyedEvent[] = [];
  if (sides[0] !== null && sides[1] !== null && sides[0] !== sides[1])
    events.push({ order: key(0), event: { id: `ucdp-${id}`, type: "clashes", ...base, actors: [a, b], sides } });
  else
    warnings.push({
      row,
      column: "side_b",
      message: `sides '${v.side_a}' and '${v.side_b}' map to ${sides[0] === sides[1] ? `the same side '${sides[0]}'` : "an actor of no side"}: no clashes event, only the casualties`,
    });
  const figures = [
    { actor: a, killed: num(v.deaths_a ?? null) },
    ...(b === a ? [] : [{ actor: b, killed: num(v.deaths_b ?? null) }]),
  ];
  events.push({
    order: key(1),
    event: {
      id: `ucdp-${id}-deaths`,
      type: "casualties",
      ...base,
      ...(events.length === 0 ? {} : { source: citing(base.source) }),
      figures,
      civilians: num(v.deaths_civilians ?? null),
      unknown: num(v.deaths_unknown ?? null),
      total: total.count,
    },
  });
  return { events, problems, warnings };
}
