import type { SideId } from "../model/ids.js";
import { recordOf } from "../model/record.js";
import { Ledger } from "./ledger.js";
import type { CasualtyTally, State } from "./types.js";

/** The fields of `State` that are ledgers, in the order the state declares them. */
export const LEDGER_FIELDS = [
  "sieges",
  "pockets",
  "operations",
  "civilianDeaths",
  "unknownSideDeaths",
  "people",
  "displacement",
  "territory",
  "supplyRoutes",
  "ceasefires",
  "talks",
  "deployments",
  "advances",
] as const satisfies readonly (keyof State)[];

type LedgerField = (typeof LEDGER_FIELDS)[number];
type Flat<L> = L extends Ledger<infer V> ? Readonly<Record<string, V>> : never;

/** A state with every ledger in its flat `{ [key]: value }` form: what a fingerprint hashes. */
export type PlainState = Omit<State, LedgerField | "casualties"> & {
  readonly [F in LedgerField]: Flat<State[F]>;
} & {
  readonly casualties: Readonly<Record<SideId, Readonly<Record<string, CasualtyTally>>>>;
};

/**
 * The state with its ledgers flattened (keys sorted), independent of how a ledger spreads its
 * entries over buckets. Shares every other part with `state`.
 * @example
 * plainState(state).operations["op-1"]?.status;
 */
export function plainState(state: State): PlainState {
  const out: Record<string, unknown> = { ...state };
  for (const f of LEDGER_FIELDS) out[f] = Ledger.toRecord(state[f] as Ledger<unknown>);
  out.casualties = recordOf(
    Object.keys(state.casualties)
      .sort()
      .map((side) => [side, Ledger.toRecord(state.casualties[side] ?? Ledger.empty<CasualtyTally>())] as const),
  );
  return out as PlainState;
}
