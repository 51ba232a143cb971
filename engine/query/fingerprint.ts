import { createHash } from "node:crypto";
import { stringify } from "safe-stable-stringify";
import { plainState } from "../state/plain.js";
import type { State } from "../state/types.js";

/**
 * Canonical JSON of a value: object keys sorted, no white space. Equal data gives equal text
 * whatever order its keys were written in.
 */
export function canonicalJson(value: unknown): string {
  const text = stringify(value);
  if (text === undefined) throw new TypeError("canonicalJson: the value has no JSON form");
  return text;
}

/**
 * A fingerprint of a state: the SHA-256 of the canonical JSON of its plain form (ledgers
 * flattened, see `plainState`), as hex. Stable across runs, machines and a JSON round trip,
 * and independent of how ledgers spread their entries over buckets.
 * @example
 * fingerprint(replay(s.initial, s.events)) === fingerprint(JSON.parse(JSON.stringify(state))) // true
 */
export function fingerprint(state: State): string {
  return createHash("sha256")
    .update(canonicalJson(plainState(state)))
    .digest("hex");
}
