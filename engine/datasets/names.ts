import { normaliseName } from "../catalogue/names.js";

/**
 * Names and ids already taken in one part of a catalogue (places, or actors, or sides), so that
 * entries an import adds never share a spelling with another entry.
 */
export class TakenNames {
  private readonly names = new Set<string>();
  private readonly ids = new Set<string>();

  constructor(
    entries: readonly { readonly id: string; readonly name?: string; readonly aliases?: readonly string[] }[],
  ) {
    for (const e of entries) this.take(e.id, [e.name ?? e.id, ...(e.aliases ?? [])]);
  }

  /** Whether a spelling is free. */
  free(name: string): boolean {
    return !this.names.has(normaliseName(name));
  }

  /** A free id from a name: kebab-case ASCII, `-2`, `-3`, ... appended until it is free. */
  freshId(name: string, prefix = ""): string {
    const base = `${prefix}${slug(name)}` || "entry";
    let id = base;
    for (let k = 2; this.ids.has(id) || !this.free(id); k++) id = `${base}-${k}`;
    return id;
  }

  /** Takes an entry's id and spellings. */
  take(id: string, names: readonly string[]): void {
    this.ids.add(id);
    this.names.add(normaliseName(id));
    for (const n of names) this.names.add(normaliseName(n));
  }
}

/** Kebab-case ASCII of a name, at most 48 characters: "Al Fallūjah town" is "al-fallujah-town". */
export function slug(name: string): string {
  return normaliseName(name).replace(/ /g, "-").slice(0, 48).replace(/-+$/, "");
}
