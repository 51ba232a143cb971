import { violation } from "../../errors/rule-violation.js";
import type { DomainEvent, EventOf } from "../../events/event.js";
import type { SideId } from "../../model/ids.js";
import { addQuantities, ZERO } from "../../model/quantity.js";
import { Ledger } from "../../state/ledger.js";
import type { CasualtyTally, Fate, State } from "../../state/types.js";
import { edit, type Writable } from "../../state/writable.js";
import type { Handler } from "../handler.js";
import { isViolation, requireSide, stampOf } from "../support.js";

/** Whose count a figure is: the attribution, or the document when the text asserts it. */
export function claimantOf(event: DomainEvent): string {
  return event.source.attribution ?? event.source.document;
}

/** One side's figures in a casualty report. */
type Figure = EventOf<"casualties">["figures"][number];

const NO_LOSSES = Object.freeze({ killed: ZERO, wounded: ZERO, captured: ZERO, reports: 0 });

function add(
  prior: CasualtyTally | undefined,
  event: DomainEvent,
  f: {
    killed?: CasualtyTally["killed"] | undefined;
    wounded?: CasualtyTally["killed"] | undefined;
    captured?: CasualtyTally["killed"] | undefined;
  },
): CasualtyTally {
  const p = prior ?? NO_LOSSES;
  return {
    killed: f.killed ? addQuantities(p.killed, f.killed) : p.killed,
    wounded: f.wounded ? addQuantities(p.wounded, f.wounded) : p.wounded,
    captured: f.captured ? addQuantities(p.captured, f.captured) : p.captured,
    reports: p.reports + 1,
    lastEvent: event.id,
  };
}

/** Losses per side, added to each side's tally as the claimant counts them. */
export const casualties: Handler<EventOf<"casualties">, readonly (readonly [Figure, SideId])[]> = {
  check(state, event) {
    const sided: (readonly [Figure, SideId])[] = [];
    for (const f of event.figures) {
      const side = requireSide(state, event, f.actor);
      if (isViolation(side)) return side;
      sided.push([f, side]);
    }
    return sided;
  },
  apply(draft, event, sided) {
    const claimant = claimantOf(event);
    const ledger = edit(draft, "casualties");
    for (const [f, side] of sided) {
      if (ledger[side] === undefined) ledger[side] = Ledger.empty();
      const bySource = edit(ledger, side);
      Ledger.set(bySource, claimant, add(Ledger.get(bySource, claimant), event, f));
    }
    if (event.civilians !== undefined) {
      const civilians = edit(draft, "civilianDeaths");
      Ledger.set(civilians, claimant, add(Ledger.get(civilians, claimant), event, { killed: event.civilians }));
    }
    if (event.unknown !== undefined) {
      const unknown = edit(draft, "unknownSideDeaths");
      Ledger.set(unknown, claimant, add(Ledger.get(unknown, claimant), event, { killed: event.unknown }));
    }
  },
};

/** Civilians killed, as the claimant counts them. */
export const civiliansKilled: Handler<EventOf<"civilians-killed">> = {
  check: () => null,
  apply(draft, event) {
    const ledger = edit(draft, "civilianDeaths");
    const claimant = claimantOf(event);
    Ledger.set(ledger, claimant, add(Ledger.get(ledger, claimant), event, { killed: event.killed }));
  },
};

type PersonEvent = EventOf<"person-killed"> | EventOf<"person-captured"> | EventOf<"person-executed">;

function fateHandler<E extends PersonEvent>(fate: Fate): Handler<E> {
  return {
    check(state: State, event: E) {
      const prior = Ledger.get(state.people, event.person);
      return prior !== undefined && prior.fate !== "captured"
        ? violation(
            event.id,
            "person-fate-final",
            `'${event.person}' was already ${prior.fate} (by '${prior.byEvent ?? "?"}')`,
            "A person is killed or executed once; a capture can only come before that.",
            prior,
          )
        : null;
    },
    apply(draft: Writable<State>, event: E) {
      Ledger.set(edit(draft, "people"), event.person, {
        id: event.person,
        fate,
        by: event.by ?? null,
        ...stampOf(event),
      });
    },
  };
}

/** A named person killed. */
export const personKilled = fateHandler<EventOf<"person-killed">>("killed");
/** A named person captured. */
export const personCaptured = fateHandler<EventOf<"person-captured">>("captured");
/** A named person executed. */
export const personExecuted = fateHandler<EventOf<"person-executed">>("executed");
