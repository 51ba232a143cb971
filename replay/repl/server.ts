import { homedir } from "node:os";
import { join } from "node:path";
import { type CompleterResult, clearLine, cursorTo } from "node:readline";
import { type REPLServer, start } from "node:repl";
import type { Opened } from "../cli/scenario.js";
import type { Colors } from "../render/colors.js";
import { defineCommands } from "./commands.js";
import { completions } from "./complete.js";
import type { OpenLoad } from "./session.js";
import { Session } from "./session.js";

/** How to start the REPL. */
export interface ReplOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Whether the streams are a terminal (line editing, completion by Tab, history). */
  readonly terminal: boolean;
  readonly colors: Colors;
  /** The scenario to open at once, if any. */
  readonly opened: Opened | null;
  /** The engine's public API, offered as `engine`. */
  readonly engine: unknown;
  /** Where history is kept between runs; null keeps none. */
  readonly historyFile: string | null;
  /** How `.open` opens a scenario: the command line's `--dir` and `--no-infer` (default: built-in ids, inferred holdings). */
  readonly load?: OpenLoad;
}

/** The history file: `SITREP_REPL_HISTORY` if set (empty turns history off), else `~/.sitrep_repl_history`. */
export function historyPath(env: NodeJS.ProcessEnv): string | null {
  const v = env.SITREP_REPL_HISTORY;
  if (v !== undefined) return v.trim() === "" ? null : v;
  return join(homedir(), ".sitrep_repl_history");
}

/**
 * Starts a Node REPL with the engine, a scenario and its cursor loaded, the sitrep dot-commands,
 * completion of place names and event ids, and a prompt that shows the cursor's date and event.
 * @example
 * const server = startRepl({ input: process.stdin, output: process.stdout, terminal: true, ... });
 * server.on("exit", () => process.exit(0));
 */
export function startRepl(o: ReplOptions): { server: REPLServer; session: Session } {
  let server: REPLServer | null = null;
  const refresh = () => {
    if (server === null) return;
    server.setPrompt(session.prompt());
    Object.assign(server.context, {
      cursor: session.cursor,
      player: session.player,
      campaign: session.opened?.campaign ?? null,
      scenario: session.opened?.scenario ?? null,
    });
  };
  // Output between commands (the player's) goes off the prompt's line: a terminal clears the line
  // and draws the prompt again after it (keeping what is typed); other streams start a new line.
  const interject = (text: string) => {
    if (server === null) {
      o.output.write(text);
      return;
    }
    if (o.terminal) {
      clearLine(o.output, 0);
      cursorTo(o.output, 0);
    } else o.output.write("\n");
    o.output.write(text);
    server.displayPrompt(true);
  };
  const session = new Session((text) => o.output.write(text), o.colors, refresh, interject, o.load);
  if (o.opened !== null) session.open(o.opened);
  server = start({
    input: o.input,
    output: o.output,
    terminal: o.terminal,
    prompt: session.prompt(),
    useColors: o.colors.isColorSupported,
    ignoreUndefined: true,
  });
  server.context.engine = o.engine;
  refresh();
  defineCommands(server, session, refresh);
  const fallback = server.completer.bind(server);
  const complete = (line: string, callback: (err?: Error | null, result?: CompleterResult) => void) => {
    const hit = completions(session, line);
    if (hit === null) fallback(line, callback);
    else callback(null, hit);
  };
  // readline asks `this.completer` at each Tab, so the scenario-aware one takes over here
  (server as unknown as { completer: typeof complete }).completer = complete;
  server.on("exit", () => session.close());
  if (o.historyFile !== null && o.terminal) {
    server.setupHistory(o.historyFile, () => {});
  }
  return { server, session };
}
