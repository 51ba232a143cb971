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
  let words: string[];
  if (PLACE_COMMANDS.has(command)) {
    words = session.opened.scenario.catalogue.places.flatMap((p) => [p.name, ...p.aliases, p.id]);
  } else if (command === "seek") {
    words = session.opened.scenario.events.map((e) => e.id);
  } else return null;
  const hits = [...new Set(words.filter((w) => w.toLowerCase().startsWith(lower)))].sort();
  return [hits, partial];
}
