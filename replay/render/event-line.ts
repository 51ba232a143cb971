import type { DomainEvent } from "../../engine/events/event.js";
import { citedWords } from "../../engine/model/cited-words.js";
import type { Colors } from "./colors.js";
import { day, type Names } from "./names.js";
import { summary } from "./summary.js";

/** Whom the source credits: the attribution, or the document when the text asserts it. */
export function sourceOf(e: DomainEvent): string {
  const sim = e.simulated;
  if (sim !== undefined)
    return `SIMULATED by ${sim.model} ${sim.version} (${sim.process}), run ${sim.run}, seed '${sim.seed}'${e.source.attribution === null ? "" : `, a figure drawn from ${e.source.attribution}'s reports`}`;
  return e.source.attribution === null ? e.source.document : `${e.source.attribution}, ${e.source.document}`;
}

/**
 * One readable line for an event: local date, the source's wording of the time, kind, places,
 * a short summary and the source.
 * @example
 * eventLine(e, names, plain);
 * // 2017-09-05 "at around 2 P.M. on 5 September" siege-broken · Deir ez-Zor Airport · Syrian Arab Army breaks siege ... (state media, fixture-doc) [fx-siege-broken]
 */
/** The source's wording in quotes, then any note on how the time was set, dimmed. */
export function wording(time: { readonly text: string; readonly note?: string }, c: Colors): string {
  const quoted = time.text === "" ? "" : `"${time.text}"`;
  if (time.note === undefined) return quoted;
  return `${quoted}${quoted === "" ? "" : " "}${c.dim(`(${time.note})`)}`;
}

export function eventLine(e: DomainEvent, names: Names, c: Colors): string {
  const places = e.places.length === 0 ? "" : ` · ${e.places.map(names.place).join(", ")}`;
  return `${c.dim(day(e.time.earliest))} ${wording(e.time, c)} ${c.cyan(e.type)}${places} · ${summary(e, names)} ${c.dim(`(${sourceOf(e)})`)} ${c.dim(`[${e.id}]`)}`;
}

/** The source's words for an event, with whom it credits: `"..." (SOHR, doc)`. */
export function quoteLine(e: DomainEvent, c: Colors): string {
  if (e.simulated !== undefined) return c.magenta(`[simulated: no source quotes this] (${sourceOf(e)})`);
  return `${c.italic(`"${citedWords(e.source)}"`)} ${c.dim(`(${sourceOf(e)})`)}`;
}
