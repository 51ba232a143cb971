import { InputError } from "./input-error.js";
import { quote } from "./quote.js";

/**
 * The limits every input file is read under, and how to raise them. A whole-file read becomes
 * one string, so the size limit stays well under what a JavaScript string can hold (about
 * 512 MiB); a streaming reader applies the same checks chunk by chunk.
 */

/** Default largest input file, in bytes: 256 MiB (the largest built-in scenario is under 1 MiB). */
export const DEFAULT_MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** Default deepest JSON nesting, in levels of objects and arrays (a scenario needs fewer than 10). */
export const DEFAULT_MAX_JSON_DEPTH = 256;

/** The environment variable that raises (or lowers) the size limit, in bytes. */
export const MAX_INPUT_BYTES_ENV = "SITREP_MAX_INPUT_BYTES";

/** The environment variable that raises (or lowers) the nesting limit, in levels. */
export const MAX_JSON_DEPTH_ENV = "SITREP_MAX_JSON_DEPTH";

/** Limits of one read; each defaults from the environment, then from the documented default. */
export interface InputLimits {
  /** Largest file accepted, in bytes. */
  readonly maxBytes: number;
  /** Deepest nesting of JSON objects and arrays accepted. */
  readonly maxDepth: number;
}

/** Options a library caller may give to override the limits of a read. */
export interface InputOptions {
  readonly maxBytes?: number;
  readonly maxDepth?: number;
}

function fromEnv(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  if (!/^\s*\d+\s*$/.test(raw) || !Number.isSafeInteger(n) || n < 1)
    throw new InputError(name, `must be a whole number of at least 1, got ${quote(raw)}`);
  return n;
}

/**
 * The limits of a read: the options given, else the environment (`SITREP_MAX_INPUT_BYTES`,
 * `SITREP_MAX_JSON_DEPTH`), else the defaults.
 * @example
 * inputLimits({ maxBytes: 1024 }).maxBytes; // 1024
 * inputLimits({}, { SITREP_MAX_INPUT_BYTES: "2000000000" }).maxBytes; // 2000000000
 */
export function inputLimits(options: InputOptions = {}, env: NodeJS.ProcessEnv = process.env): InputLimits {
  return {
    maxBytes: options.maxBytes ?? fromEnv(MAX_INPUT_BYTES_ENV, DEFAULT_MAX_INPUT_BYTES, env),
    maxDepth: options.maxDepth ?? fromEnv(MAX_JSON_DEPTH_ENV, DEFAULT_MAX_JSON_DEPTH, env),
  };
}
