import type { EventOf } from "../../events/event.js";
import { Ledger } from "../../state/ledger.js";
import { edit } from "../../state/writable.js";
import type { Handler } from "../handler.js";
import { stampOf } from "../support.js";

type Move = EventOf<"reinforcement"> | EventOf<"redeployment">;

const move: Handler<Move> = {
  check: () => null,
  apply(draft, event) {
    Ledger.set(edit(draft, "deployments"), event.actor, {
      to: event.to ?? null,
      from: event.from ?? null,
      ...stampOf(event),
    });
  },
};

/** Reinforcements sent or arriving. */
export const reinforcement: Handler<EventOf<"reinforcement">> = move;
/** A unit moved from one front to another. */
export const redeployment: Handler<EventOf<"redeployment">> = move;
