/**
 * Applies one frame of `PageData.frames` to the decoded table of the frame before it: `places`
 * holds two numbers a located place (its style and its tooltip's info), `overlay` the string
 * indices of the overlay items shown (siege rings, cut routes, front arrows), kept in ascending
 * order. A plain patch: it applies no rule of the campaign.
 *
 * The page runs this very function: its source is inlined in the page's script.
 */
export function patchFrame(places: Int32Array, overlay: number[], frame: readonly number[]): void {
  let j = 2;
  const out = frame[j++] as number;
  for (let n = 0; n < out; n++) {
    const at = overlay.indexOf(frame[j++] as number);
    if (at >= 0) overlay.splice(at, 1);
  }
  const add = frame[j++] as number;
  for (let n = 0; n < add; n++) {
    const v = frame[j++] as number;
    let at = 0;
    while (at < overlay.length && (overlay[at] as number) < v) at++;
    overlay.splice(at, 0, v);
  }
  for (; j < frame.length; j += 3) {
    const k = frame[j] as number;
    places[2 * k] = frame[j + 1] as number;
    places[2 * k + 1] = frame[j + 2] as number;
  }
}
