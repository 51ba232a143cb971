/** A JSON Schema node, as `z.toJSONSchema` writes it. */
export interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly $ref?: string;
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly format?: string;
  readonly items?: SchemaNode | readonly SchemaNode[];
  readonly prefixItems?: readonly SchemaNode[];
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly description?: string;
  readonly default?: unknown;
  readonly minItems?: number;
  readonly pattern?: string;
}

/** One row of a field table: a property, or a property of the objects an array holds (`figures[].actor`). */
export interface FieldRow {
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
}

const refName = (ref: string): string => ref.replace("#/$defs/", "");

/** The type of a node in a few words of markdown: `PlaceId`, `array of ActorId`, `"a", "b"` (one of). */
export function typeText(node: SchemaNode): string {
  if (node.$ref !== undefined) return `[${refName(node.$ref)}](#${refName(node.$ref).toLowerCase()})`;
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
  if (node.enum !== undefined) return node.enum.map((v) => `\`${JSON.stringify(v)}\``).join(", ");
  const alternatives = node.anyOf ?? node.oneOf;
  if (alternatives !== undefined) return alternatives.map(typeText).join(" or ");
  if (node.prefixItems !== undefined) return `[${node.prefixItems.map(typeText).join(", ")}]`;
  if (node.type === "array") {
    const items = Array.isArray(node.items) ? undefined : (node.items as SchemaNode | undefined);
    const of = items === undefined ? "values" : items.properties !== undefined ? "objects" : typeText(items);
    return `array of ${of}${node.minItems ? ` (at least ${node.minItems})` : ""}`;
  }
  if (node.type === "string" && node.format !== undefined) return `${node.format} string`;
  if (node.type === "object") return "object";
  const type: string | readonly string[] = node.type ?? "any";
  return typeof type === "string" ? type : type.join(" or ");
}

/**
 * The rows of an object node's properties, in schema order, leaving out `skip`; nested objects
 * of arrays follow their array. A property that only refers to a definition of `defs` takes its description.
 */
export function fieldRows(
  node: SchemaNode,
  defs: Readonly<Record<string, SchemaNode>>,
  skip: readonly string[] = [],
  prefix = "",
): FieldRow[] {
  const rows: FieldRow[] = [];
  const required = new Set(node.required ?? []);
  for (const [name, prop] of Object.entries(node.properties ?? {})) {
    if (skip.includes(name)) continue;
    const dflt = prop.default !== undefined ? ` Default \`${JSON.stringify(prop.default)}\`.` : "";
    rows.push({
      name: `${prefix}${name}`,
      type: typeText(prop),
      required: required.has(name),
      description: `${prop.description ?? (prop.$ref === undefined ? "" : (defs[refName(prop.$ref)]?.description ?? ""))}${dflt}`,
    });
    const items = Array.isArray(prop.items) ? undefined : (prop.items as SchemaNode | undefined);
    if (items?.properties !== undefined) rows.push(...fieldRows(items, defs, [], `${prefix}${name}[].`));
    if (prop.properties !== undefined) rows.push(...fieldRows(prop, defs, [], `${prefix}${name}.`));
  }
  return rows;
}

const cell = (s: string): string => s.replaceAll("\n", " ").replaceAll("|", "\\|");

/** A markdown table of field rows. */
export function fieldTable(rows: readonly FieldRow[]): string {
  const lines = ["| field | type | required | description |", "| --- | --- | --- | --- |"];
  for (const r of rows) {
    lines.push(`| \`${r.name}\` | ${cell(r.type)} | ${r.required ? "yes" : "no"} | ${cell(r.description)} |`);
  }
  return lines.join("\n");
}
