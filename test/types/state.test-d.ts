import { describe, expectTypeOf, it } from "vitest";
import type { CasualtyTally, PlainState, Quantity, SiegeState, State } from "../../engine/index.js";
import { Ledger, plainState } from "../../engine/index.js";

describe("ledgers in a state", () => {
  it("are read through Ledger, which gives the entry's own type", () => {
    const s = {} as State;
    expectTypeOf(Ledger.get(s.sieges, "dz")).toEqualTypeOf<SiegeState | undefined>();
    expectTypeOf(Ledger.values(s.sieges)).toEqualTypeOf<SiegeState[]>();
    expectTypeOf(Ledger.get(s.casualties.isil, "SOHR")).toEqualTypeOf<CasualtyTally | undefined>();
  });

  it("cannot be indexed by an entry's key, which would silently give undefined", () => {
    const s = {} as State;
    // @ts-expect-error a ledger is not a record: use Ledger.get(s.sieges, "dz")
    void s.sieges.dz;
    // @ts-expect-error nor by a computed key
    void s.operations["op-1"];
  });

  it("are flat records in the plain form that fingerprints hash", () => {
    const p: PlainState = plainState({} as State);
    expectTypeOf(p.sieges.dz).toEqualTypeOf<SiegeState | undefined>();
    expectTypeOf(p.casualties.isil?.SOHR?.killed).toEqualTypeOf<Quantity | undefined>();
  });

  it("quantities may have no ceiling", () => {
    expectTypeOf<Quantity["high"]>().toEqualTypeOf<number | null>();
  });
});
