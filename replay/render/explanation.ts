import type { Explanation } from "../../engine/query/explain.js";
import { renderHistory } from "./changes.js";
import type { Colors } from "./colors.js";
import type { Names } from "./names.js";
import { holding } from "./state.js";

/**
 * Why a place is held by whom: a headline, then every change of control up to the moment with its quote.
 * @example
 * renderExplanation(campaign.explain("Sukhnah", "2017-08-06"), names, plain).join("\n");
 */
export function renderExplanation(x: Explanation, names: Names, c: Colors): string[] {
  const who = holding(x, names);
  const head = `${names.place(x.place)} at ${x.at}: held by ${who}${x.contested ? " (contested)" : ""}${x.uncertain ? c.magenta(" ? uncertain: the event behind it may not have happened yet") : ""}`;
  if (x.chain.length === 0) return [c.bold(head), "  no source says who holds it by then"];
  const last = x.chain[x.chain.length - 1];
  return [
    c.bold(head),
    `because of ${last?.event.id ?? "?"}, the last of ${x.chain.length} change${x.chain.length === 1 ? "" : "s"} of control:`,
    ...renderHistory(x.chain, names, c),
  ];
}
