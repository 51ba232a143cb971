import type { DomainEvent } from "../../events/event.js";
import { citedWords } from "../../model/cited-words.js";
import { didYouMean, suggest } from "../../model/suggest.js";
import { Ledger } from "../../state/ledger.js";
import type { SiegeState, SiegeStatus } from "../../state/types.js";
import { describeTime } from "../../time/describe.js";
import { NameError, type Resolved, resolveSubject } from "../subject.js";
import { fieldDiff, fieldsOf, provenance } from "./format.js";
import { matcher, verdict } from "./result.js";

/** A siege's status, or `absent` for one not laid (yet) in this state. */
export type SiegeStatusOrAbsent = SiegeStatus | "absent";

const SIEGE_FIELDS = ["status", "supply", "besieger", "besieged", "since", "until"] as const;

/** The siege of the state named by id or name (any case), or the event that lays it later, or a `NameError`. */
function findSiege(r: Resolved, name: string): { siege: SiegeState } | { laidBy: DomainEvent; id: string } {
  const key = name.toLowerCase();
  const sieges = Ledger.values(r.state.sieges);
  const siege = Ledger.get(r.state.sieges, name) ?? sieges.find((s) => s.name.toLowerCase() === key);
  if (siege !== undefined) return { siege };
  const names: string[] = sieges.flatMap((s) => [s.id, s.name]);
  for (const e of r.events()) {
    if (e.type !== "siege-imposed") continue;
    if (e.siege === name || e.name.toLowerCase() === key) return { laidBy: e, id: e.siege };
    names.push(e.siege);
  }
  throw new NameError(`no siege '${name}' in this state or its events${didYouMean(suggest(name, names))}`);
}

/**
 * Passes when the siege (by id or name) has `status`; `"absent"` passes for a siege that is
 * not laid yet. A siege neither in the state nor laid by any known event is a misspelling: the
 * matcher throws with the closest ids, even under `.not`.
 */
export const toHaveSiegeStatus = matcher((received: unknown, siegeName: string, status: SiegeStatusOrAbsent) => {
  const r = resolveSubject(received);
  const found = findSiege(r, siegeName);
  const actual: SiegeStatusOrAbsent = "siege" in found ? found.siege.status : "absent";
  const id = "siege" in found ? found.siege.id : found.id;
  const label = `siege '${id}'${r.when}`;
  return verdict(
    actual === status,
    {
      positive: `expected ${label} to be ${status}`,
      negative: `expected ${label} not to be ${status}, but it is`,
    },
    () =>
      "siege" in found
        ? [
            fieldDiff({ status }, fieldsOf(found.siege, SIEGE_FIELDS)),
            "",
            provenance(r, found.siege.byEvent, found.siege.endedBy === null ? "last changed by" : "ended by"),
          ]
        : [
            fieldDiff({ status }, { status: actual }),
            "",
            `  not laid yet: event '${found.laidBy.id}' (${describeTime(found.laidBy.time)}) lays it later:`,
            `    "${citedWords(found.laidBy.source)}"`,
            `    — ${found.laidBy.source.document}`,
          ],
    { actual, expected: status },
  );
});
