import type { DomainEvent } from "../../engine/events/event.js";
import { type Names, percent, quantity } from "./names.js";

const list = (xs: readonly string[]) => xs.join(", ");
const at = (names: Names, place: string | undefined) => (place === undefined ? "" : ` at ${names.place(place)}`);

/**
 * A short sentence saying what an event records, with catalogue names. The switch covers every
 * kind: a new kind is a compile error here until it has its sentence.
 * @example
 * summary(event, namesOf(scenario.catalogue)); // "Syrian Arab Army captures al-Sukhnah"
 */
export function summary(e: DomainEvent, n: Names): string {
  switch (e.type) {
    case "offensive-launched":
      return `${n.actor(e.actor)} launches ${e.name ?? n.operation(e.operation)}${e.objectives.length > 0 ? ` towards ${list(e.objectives.map(n.place))}` : ""}`;
    case "offensive-suspended":
      return `${n.actor(e.actor)} suspends ${n.operation(e.operation)}${e.reason ? ` (${e.reason})` : ""}`;
    case "offensive-resumed":
      return `${n.actor(e.actor)} resumes ${e.name ?? n.operation(e.operation)}`;
    case "offensive-concluded":
      return `${n.actor(e.actor)} concludes ${n.operation(e.operation)}${e.outcome ? `: ${e.outcome}` : ""}`;
    case "advance": {
      const to = e.objective === undefined ? "" : ` towards ${n.place(e.objective)}`;
      const within = e.within === undefined ? "" : `, within ${quantity(e.within)} km`;
      const gained = e.gained === undefined ? "" : `, ${quantity(e.gained)} km gained`;
      return `${n.actor(e.actor)} advances${to}${within}${gained}`;
    }
    case "place-captured":
    case "place-recaptured": {
      const verb = e.type === "place-captured" ? "captures" : "recaptures";
      const part = e.share === undefined ? "" : `${percent(e.share.best)} of `;
      return `${n.actor(e.actor)} ${verb} ${part}${n.place(e.place)}`;
    }
    case "control-reported":
      return e.actor !== undefined
        ? `${n.place(e.place)} reported held by ${n.actor(e.actor)}`
        : `${n.place(e.place)} reported divided: ${list((e.shares ?? []).map((s) => `${n.side(s.side)} ${percent(s.share.best)}`))}`;
    case "clashes":
      return `clashes in ${list(e.places.map(n.place))} between ${list(e.sides.map(n.side))}`;
    case "assault-repelled":
      return `${n.actor(e.defender)} repels an assault by ${n.actor(e.attacker)} on ${n.place(e.place)}`;
    case "raid":
      return `${n.actor(e.actor)} raids${e.target ? ` ${n.actor(e.target)}` : ""}${at(n, e.place)}${e.withdrew ? " and withdraws" : ""}`;
    case "counterattack":
      return `${n.actor(e.actor)} counterattacks ${n.actor(e.against)}${at(n, e.place)} (${e.outcome})`;
    case "withdrawal":
      return `${n.actor(e.actor)} withdraws${e.from ? ` from ${n.place(e.from)}` : ""}${e.to ? ` to ${n.place(e.to)}` : ""}${e.within && e.objective ? `, now ${quantity(e.within)} km from ${n.place(e.objective)}` : ""}`;
    case "encirclement":
      return `${n.actor(e.by)} encircles ${n.actor(e.encircled)} in ${e.name}`;
    case "pocket-cleared":
      return `${n.actor(e.actor)} clears the ${n.operation(e.pocket)}${e.areaKm2 ? ` (${quantity(e.areaKm2)} km²)` : ""}`;
    case "link-up":
      return `${list(e.actors.map(n.actor))} link up${at(n, e.place)}`;
    case "siege-imposed":
      return `${n.actor(e.besieger)} besieges ${n.actor(e.besieged)} in ${list(e.enclave.map(n.place))} (${e.name})`;
    case "siege-tightened":
      return `${n.actor(e.actor)} tightens the ${n.siege(e.siege)}${e.route ? `, cutting ${n.place(e.route)}` : ""}`;
    case "siege-broken":
      return `${n.actor(e.actor)} breaks the ${n.siege(e.siege)}`;
    case "siege-lifted":
      return `the ${n.siege(e.siege)} lifted${e.actor ? ` by ${n.actor(e.actor)}` : ""}`;
    case "supply-route-cut":
      return `${n.actor(e.actor)} cuts the supply route of ${n.actor(e.of)} at ${n.place(e.route)}`;
    case "supply-route-secured":
      return `${n.actor(e.actor)} secures the supply route at ${n.place(e.route)}`;
    case "fire-control":
      return `${n.actor(e.actor)} holds ${n.place(e.place)} under fire control`;
    case "air-campaign":
      return `${n.actor(e.actor)} starts the ${e.name ?? n.operation(e.operation)}${e.areas.length > 0 ? ` over ${list(e.areas.map(n.place))}` : ""}${e.strikes ? `: ${quantity(e.strikes)} strikes${e.strikes.text ? ` ("${e.strikes.text}")` : ""}` : ""}`;
    case "airstrike":
      return `${n.actor(e.actor)} airstrike${e.against ? ` on ${n.actor(e.against)}` : ""}${at(n, e.place)}${e.target ? ` (${e.target})` : ""}`;
    case "artillery-bombardment":
      return `${n.actor(e.actor)} shells${e.against ? ` ${n.actor(e.against)}` : ""}${at(n, e.place)}`;
    case "airborne-landing":
      return `${n.actor(e.actor)} lands by ${e.mode}${at(n, e.place)}`;
    case "reinforcement":
      return `${n.actor(e.actor)} reinforced${e.size ? ` with ${quantity(e.size)}` : ""}${e.to ? ` at ${n.place(e.to)}` : ""}`;
    case "redeployment":
      return `${n.actor(e.actor)} redeploys${e.from ? ` from ${n.place(e.from)}` : ""}${e.to ? ` to ${n.place(e.to)}` : ""}`;
    case "casualties": {
      const figures = e.figures.map((f) => {
        const parts = [
          f.killed ? `${quantity(f.killed)} killed` : null,
          f.wounded ? `${quantity(f.wounded)} wounded` : null,
          f.captured ? `${quantity(f.captured)} captured` : null,
        ].filter((x) => x !== null);
        return `${n.actor(f.actor)} ${parts.join(", ")}`;
      });
      const others = [
        e.civilians ? `civilians ${quantity(e.civilians)} killed` : null,
        e.unknown ? `${quantity(e.unknown)} of unknown side` : null,
        e.total ? `${quantity(e.total)} in all` : null,
      ].filter((x) => x !== null);
      return `${figures.length === 0 ? "deaths" : "losses"}: ${[...(figures.length === 0 ? [] : [list(figures)]), ...others].join("; ")}`;
    }
    case "person-killed":
      return `${n.actor(e.person)} killed${e.by ? ` by ${n.actor(e.by)}` : ""}${at(n, e.place)}`;
    case "person-captured":
      return `${n.actor(e.person)} captured${e.by ? ` by ${n.actor(e.by)}` : ""}${at(n, e.place)}`;
    case "person-executed":
      return `${n.actor(e.person)} executed${e.by ? ` by ${n.actor(e.by)}` : ""}${at(n, e.place)}`;
    case "civilians-killed":
      return `${quantity(e.killed)} civilians killed${e.by ? ` by ${n.actor(e.by)}` : ""}${at(n, e.place)}`;
    case "displacement":
      return `${quantity(e.people)} people ${e.status}${e.from ? ` from ${n.place(e.from)}` : ""}${e.to ? ` to ${n.place(e.to)}` : ""}`;
    case "territory-share":
      return `${n.actor(e.actor)} holds ${e.share ? percent(e.share.best) : ""}${e.share && e.areaKm2 ? ", " : ""}${e.areaKm2 ? `${quantity(e.areaKm2)} km²` : ""} of ${n.place(e.area)}`;
    case "area-cleared":
      return `${n.actor(e.actor)} clears ${quantity(e.areaKm2)} km²${e.region ? ` of ${n.place(e.region)}` : ""}`;
    case "ceasefire":
      return `ceasefire: ${e.name}`;
    case "negotiations-scheduled":
      return `talks scheduled: ${e.name}${e.venue ? ` in ${n.place(e.venue)}` : ""}${e.on ? ` on ${e.on}` : ""}`;
    case "negotiations-held":
      return `talks held: ${e.talks}${e.venue ? ` in ${n.place(e.venue)}` : ""}`;
    case "development":
      return `${e.category}${e.actor ? `: ${n.actor(e.actor)}` : ""}${e.against ? ` against ${n.actor(e.against)}` : ""}${at(n, e.place)}`;
  }
}
