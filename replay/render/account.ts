import type { StateView } from "../../engine/query/view.js";
import type { Scenario } from "../../engine/scenario/scenario.js";
import type { Day } from "../account.js";
import type { Colors } from "./colors.js";
import { type Names, shares } from "./names.js";
import { casualtyLines, holdingLines, siegeLines } from "./state.js";

/** The account's heading: the scenario, and the sieges standing when it starts. */
export function openingLines(s: Scenario, initial: StateView, names: Names, c: Colors): string[] {
  return [
    c.bold(
      `${s.title} (${s.id}), ${s.span.start.slice(0, 10)} to ${s.span.end.slice(0, 10)}: ${s.events.length} events`,
    ),
    ...(initial.sieges.length > 0 ? ["At the start:", ...siegeLines(initial, names, c)] : []),
    "",
  ];
}

/**
 * One day as one line: the date, how many events of which kinds, then every change of control
 * and of siege status.
 * @example
 * dayLine(day, names, plain); // "2017-09-05  1 event (siege-broken) · Siege of Deir ez-Zor: active → broken"
 */
export function dayLine(d: Day, names: Names, c: Colors): string {
  const kinds = [...new Set(d.events.map((e) => e.type))].join(", ");
  const parts = [`${c.dim(d.date)}  ${d.events.length} event${d.events.length === 1 ? "" : "s"} (${kinds})`];
  for (const x of d.control) {
    const after = x.shares !== null ? shares(x.shares, names) : names.side(x.after);
    const before = `${names.side(x.before)}${x.beforeInferred ? c.dim(" (inferred)") : ""}`;
    const change = x.before === x.after && x.shares === null ? `${names.side(x.after)}` : `${before} → ${after}`;
    parts.push(`${c.bold(names.place(x.place))}: ${change}${x.contested ? c.yellow(" (contested)") : ""}`);
  }
  for (const s of d.sieges) {
    const status =
      s.before === null
        ? `laid (${s.after})`
        : s.before === s.after
          ? `${s.after}, supply ${s.supply}`
          : `${s.before} → ${s.after}`;
    parts.push(`${c.red(s.name)}: ${status}`);
  }
  return parts.join(" · ");
}

/** The summary of the final state. */
export function finalLines(s: Scenario, view: StateView & { readonly at: string }, names: Names, c: Colors): string[] {
  return [
    "",
    c.bold(`Final state (${view.at.slice(0, 10)}, ${view.applied} events applied)`),
    ...holdingLines(s, view, names, c),
    c.bold("Casualties"),
    ...casualtyLines(view, names, s.documents),
  ];
}
