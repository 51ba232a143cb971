import type { Session } from "./session.js";

const PLACE_COMMANDS = new Set(["place", "why"]);

/**
 * Completions of a REPL line for the sitrep commands: place names (and aliases and ids) after
 * `.place` and `.why`, event ids after `.seek`. Null when the line is not one of those, so
 * Node's own completion runs.
 * @example
 * completions(session, ".why Suk"); // [["Sukhnah"], "Suk"]
 */
export function completions(session: Session, line: string): [string[], string] | null {
  const m = /^\.(\w+)\s+(.*)$/.exec(line);
  if (m === null || session.opened === null) return null;
  const [, command = "", partial = ""] = m;
  const lower = partial.toLowerCase();
  const starts = (w: string) => w.toLowerCase().startsWith(lower);
  let hits: string[];
  if (PLACE_COMMANDS.has(command)) {
    // A place's names first; its id only when none of them matches, so "Sukh" completes to
    // "Sukhnah" rather than stopping at the two spellings "Sukhnah" and "sukhnah".
    hits = session.opened.scenario.catalogue.places.flatMap((p) => {
      const names = [p.name, ...p.aliases].filter(starts);
      return names.length > 0 ? names : [p.id].filter(starts);
    });
  } else if (command === "seek") {
    hits = session.opened.scenario.events.map((e) => e.id).filter(starts);
  } else return null;
  // Readline completes to the candidates' common prefix, which differing case would empty:
  // keep those written with the same case of first letter as what was typed, when there are any.
  const first = partial.charAt(0);
  const sameCase = hits.filter((h) => h.charAt(0) === first);
  return [[...new Set(first !== "" && sameCase.length > 0 ? sameCase : hits)].sort(), partial];
}
