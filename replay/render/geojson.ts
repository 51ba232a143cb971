import type { Campaign, When } from "../../engine/campaign.js";
import { logFrames, type PlacesCollection, placesAt, placesOverSpan } from "../../engine/query/geojson.js";

/**
 * `sitrep state --format geojson`: the located places at a moment, or (with `when` null) over the
 * whole span, one feature per period of unchanged control. Says on stderr how many places have no
 * coordinates and so no feature.
 */
export function geojsonOfState(
  campaign: Campaign,
  when: When | null,
  note: (line: string) => void,
): PlacesCollection<unknown> {
  const s = campaign.scenario;
  let doc: PlacesCollection<unknown>;
  if (when === null) {
    const last = s.events[s.events.length - 1];
    const end =
      last !== undefined && Date.parse(last.time.earliest) > Date.parse(s.span.end) ? last.time.earliest : s.span.end;
    doc = placesOverSpan(logFrames(s.initial, s.events, s.span.start), s.catalogue, {
      scenario: s.id,
      span: { start: s.span.start, end },
    });
  } else {
    const snap = campaign.at(when);
    doc = placesAt(snap.state, snap.catalogue, { scenario: s.id, at: snap.at.iso, atMs: snap.at.ms });
  }
  if (doc.unlocated.length > 0)
    note(
      `${doc.unlocated.length} place(s) without coordinates left out: ${doc.unlocated.slice(0, 5).join(", ")}${doc.unlocated.length > 5 ? ", ..." : ""}`,
    );
  return doc;
}
