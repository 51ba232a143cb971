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
  const last = x.chain[x.chain.length - 1];
  const basis =
    x.basis === "inferred" && last?.inferred
      ? ` (inferred from its capture${"actor" in last.event && typeof last.event.actor === "string" ? ` by ${names.actor(last.event.actor)}` : ""} on ${last.event.time.earliest.slice(0, 10)}, ${last.event.id}; no source states it before then)`
      : "";
  const head = `${names.place(x.place)} at ${x.at}: held by ${who}${basis}${x.contested ? " (contested)" : ""}${x.uncertain ? c.magenta(" ? uncertain: the event behind it may not have happened yet") : ""}`;
  if (x.chain.length === 0) return [c.bold(head), "  no source says who holds it by then"];
  return [
    c.bold(head),
    `because of ${last?.event.id ?? "?"}, the last of ${x.chain.length} change${x.chain.length === 1 ? "" : "s"} of control:`,
    ...renderHistory(x.chain, names, c),
  ];
}
