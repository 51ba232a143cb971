import type { EventOf } from "../../events/event.js";
import type { Handler } from "../handler.js";

/**
 * A development of a type no other kind records (a protest, an arrest, an agreement): it breaks no
 * rule of its own and changes nothing in the state; it stands in the log with its type.
 */
export const development: Handler<EventOf<"development">> = {
  check() {
    return null;
  },
  apply() {
    // Nothing changes: a development is recorded, not applied.
  },
};
