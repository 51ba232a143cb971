import type { z } from "zod";
import { HASH_SEED, mixPlain } from "./plain-hash.js";

// A fast path for zod schemas on data as JSON gives it. Checking a large scenario file through zod
// spends most of its time on zod's bookkeeping (a payload and an issue list per value, a closure
// per check); most files are valid, and then only the parsed value matters. `fastParser` compiles
// a schema, once, into one plain function per node that gives exactly the value zod would give, or
// `REJECTED` when zod would report an issue (or might: the fast path may be stricter than zod,
// never looser). On `REJECTED` the caller runs zod itself, which gives the located error, or the
// value. Only the kinds of schema scenario files use are compiled; any other makes the whole
// schema fall back to zod. test/properties/fast-schema.test.ts holds the two to the same result
// over generated valid and invalid events.

/** What a fast parser returns for a value zod would not accept unchanged (then ask zod). */
export const REJECTED: unique symbol = Symbol("rejected");
/**
 * Parses a value as the schema would, or gives `REJECTED`. Given a `Sharing`, the value it gives
 * is also frozen all the way down, with its strings and small objects shared through it.
 */
export type FastParser = (value: unknown, sharing?: Sharing) => unknown;

/** The shape of a small object of plain values, by which a `Sharing` keeps such objects apart. */
export interface PlainShape {
  /** Its keys, in order. */
  readonly keys: readonly string[];
  /** Whether two objects of the shape hold the same values (`Object.is`, key by key). */
  readonly equal: (a: object, b: object) => boolean;
}

/**
 * How a parse shares and freezes what it builds (see `FastParser`): one load's pool of small
 * objects and lists of plain values, so that a large file's thousand copies of one quote or one
 * figure are kept once. The parse calls `leaf` on each object it builds whose fields are all
 * strings, numbers, booleans or null, with its shape and the `mixPlain` hash of its values in key
 * order (an absent key as `undefined`): a frozen equal one already kept, or this one frozen;
 * `list` on each list of such values; `frozen` on every other object or list once its fields are
 * done; and `value` on what a transform or a default gave (shared and frozen all the way down).
 * An object or list whose parse would be an exact copy of the one given is given back itself
 * rather than copied, so the value parsed must be the parse's to keep.
 */
export interface Sharing {
  readonly leaf: <T extends object>(value: T, shape: PlainShape, hash: number) => T;
  readonly frozen: <T extends object>(value: T) => T;
  /** A list whose elements are all strings, numbers, booleans or null: a frozen equal one already kept, or this one frozen. */
  readonly list: <T>(value: readonly T[]) => readonly T[];
  readonly value: <T>(value: T) => T;
}

interface Internals {
  readonly def: Def;
  readonly optin?: "optional" | "defaulted";
  readonly optout?: "optional";
  readonly values?: ReadonlySet<unknown>;
  readonly propValues?: Record<string, ReadonlySet<unknown>>;
  readonly check?: (payload: Payload) => unknown;
  readonly traits?: ReadonlySet<string>;
}
interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: Internals }[];
  readonly shape?: Record<string, z.ZodType>;
  readonly catchall?: z.ZodType;
  readonly element?: z.ZodType;
  readonly items?: readonly z.ZodType[];
  readonly rest?: z.ZodType | null;
  readonly innerType?: z.ZodType;
  readonly defaultValue?: unknown;
  readonly options?: readonly z.ZodType[];
  readonly discriminator?: string;
  readonly unionFallback?: boolean;
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
  readonly transform?: (value: unknown, payload: Payload) => unknown;
  // checks
  readonly check?: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly when?: (payload: Payload) => boolean;
}
interface Payload {
  value: unknown;
  issues: unknown[];
  addIssue?: (issue: unknown) => void;
}

const internals = (s: z.ZodType): Internals => (s as unknown as { _zod: Internals })._zod;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

class Unsupported extends Error {}

const compiled = new WeakMap<z.ZodType, FastParser | null>();

/**
 * The schema's fast parser, compiled on first use; null when the schema uses a kind of node the
 * fast path does not know (then use zod).
 * @example
 * const fast = fastParser(eventInput);
 * const v = fast?.(json);
 * const parsed = v === undefined || v === REJECTED ? eventInput.safeParse(json) : { success: true, data: v };
 */
export function fastParser(schema: z.ZodType): FastParser | null {
  if (compiled.has(schema)) return compiled.get(schema) ?? null;
  let parser: FastParser | null;
  try {
    parser = compile(schema);
  } catch (e) {
    // EvalError: code generation from strings is turned off in this process (then zod it is).
    if (!(e instanceof Unsupported || e instanceof EvalError)) throw e;
    parser = null;
  }
  compiled.set(schema, parser);
  return parser;
}

/** Each node compiled once: a schema used in two places (an event, alone and in a scenario's list) shares its parser. */
const nodes = new WeakMap<z.ZodType, FastParser>();

/**
 * How deeply a value the schema accepts can nest objects and arrays (a string is 0, `{}` and `[]`
 * are 1), or null when it is not bounded by the schema: a recursive schema, a kind of node the
 * fast path does not know, or an object that strips unknown keys (whose values, never read, may
 * nest as deeply as they like). A value a bounded schema accepts needs no scan for its depth.
 * @example
 * schemaDepth(z.strictObject({ a: z.array(z.string()) })); // 2
 */
export function schemaDepth(schema: z.ZodType): number | null {
  const known = depths.get(schema);
  if (known !== undefined) return known;
  depths.set(schema, null); // while it is being measured: a schema inside itself is not bounded
  const depth = measureDepth(internals(schema).def);
  depths.set(schema, depth);
  return depth;
}

const depths = new WeakMap<z.ZodType, number | null>();

function measureDepth(def: Def): number | null {
  const deepest = (schemas: readonly z.ZodType[]): number | null => {
    let most = 0;
    for (const s of schemas) {
      const d = schemaDepth(s);
      if (d === null) return null;
      most = Math.max(most, d);
    }
    return most;
  };
  const plus1 = (d: number | null) => (d === null ? null : d + 1);
  if (PLAIN_KINDS.has(def.type)) return 0;
  switch (def.type) {
    case "object":
      if (def.catchall === undefined || internals(def.catchall).def.type !== "never") return null;
      return plus1(deepest(Object.values(def.shape ?? {})));
    case "array":
      return def.element === undefined ? null : plus1(schemaDepth(def.element));
    case "tuple":
      return def.rest !== null && def.rest !== undefined ? null : plus1(deepest(def.items ?? []));
    case "optional":
    case "nullable":
    case "default":
      return def.innerType === undefined ? null : schemaDepth(def.innerType);
    case "union":
      return deepest(def.options ?? []);
    case "pipe":
      return def.in === undefined ? null : schemaDepth(def.in);
    default:
      return null;
  }
}

function compile(schema: z.ZodType): FastParser {
  let parser = nodes.get(schema);
  if (parser === undefined) {
    parser = compileNode(schema);
    nodes.set(schema, parser);
  }
  return parser;
}

function compileNode(schema: z.ZodType): FastParser {
  const zod = internals(schema);
  const base = compileBase(zod.def);
  // A string format (z.iso.date()) is its own check, as zod runs it, besides those in its def.
  const own = zod.traits?.has("$ZodCheck") ? [schema as unknown as { _zod: Internals }] : [];
  const checks = [...own, ...(zod.def.checks ?? [])].map(compileCheck);
  if (checks.length === 0) return base;
  return (value, sharing) => {
    const out = base(value, sharing);
    if (out === REJECTED) return REJECTED;
    for (const check of checks) if (!check(out)) return REJECTED;
    return out;
  };
}

/** A check as a predicate on the value it checks (true: no issue). */
function compileCheck(check: { readonly _zod: Internals }): (value: unknown) => boolean {
  const def = check._zod.def;
  const run = check._zod.check;
  if (run === undefined) throw new Unsupported(`check ${def.check}`);
  if (def.check === "overwrite") throw new Unsupported("a check that changes the value");
  const when = def.when;
  const generic = (value: unknown): boolean => {
    const payload: Payload = { value, issues: [] };
    if (when !== undefined && !when(payload)) return true;
    const r = run(payload);
    if (r instanceof Promise) throw new Unsupported("an asynchronous check");
    return payload.issues.length === 0 && payload.value === value;
  };
  const pattern = def.pattern;
  if (
    def.check === "string_format" &&
    pattern instanceof RegExp &&
    (def.format === "regex" || def.format === "date" || def.format === "datetime")
  )
    return (value) => {
      pattern.lastIndex = 0;
      return pattern.test(value as string);
    };
  const bound = (def as { value?: unknown }).value;
  if ((def.check === "greater_than" || def.check === "less_than") && typeof bound === "number" && when === undefined) {
    const inclusive = (def as { inclusive?: boolean }).inclusive === true;
    if (def.check === "greater_than") return inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
    return inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
  }
  const minimum = def.minimum;
  if (def.check === "min_length" && typeof minimum === "number")
    // zod counts a string's code points, not its UTF-16 units, only where the two could differ
    // about the minimum: fewer units than the minimum, or twice as many, settle it at once.
    return (value) => {
      const n = (value as { length: number }).length;
      if (typeof value !== "string") return n >= minimum || generic(value);
      return n >= 2 * minimum || (n >= minimum && generic(value));
    };
  return generic;
}

function compileBase(def: Def): FastParser {
  switch (def.type) {
    case "string":
      return (v) => (typeof v === "string" ? v : REJECTED);
    case "number":
      return (v) => (typeof v === "number" && Number.isFinite(v) ? v : REJECTED);
    case "boolean":
      return (v) => (typeof v === "boolean" ? v : REJECTED);
    case "literal":
    case "enum":
      return setMember(def);
    case "object":
      return compileObject(def);
    case "array": {
      const element = compile(need(def.element));
      const plain = isPlainValue(need(def.element));
      return (v, sharing) => {
        if (!Array.isArray(v)) return REJECTED;
        // A copy of the list's own length (a list grown by push keeps spare room, kept with the
        // event); with a `Sharing`, the list itself when no element changed (see generateObjectParser).
        let out: unknown[] | null = sharing === undefined ? v.slice() : null;
        for (let i = 0; i < v.length; i++) {
          const x: unknown = v[i];
          const e = element(x, sharing);
          if (e === REJECTED) return REJECTED;
          if (out === null && e !== x) out = v.slice();
          if (out !== null) out[i] = e;
        }
        if (sharing === undefined) return out;
        const list = out ?? (v as unknown[]);
        return plain ? sharing.list(list) : sharing.frozen(list);
      };
    }
    case "tuple": {
      if (def.rest !== null && def.rest !== undefined) throw new Unsupported("a tuple with a rest");
      const items = (def.items ?? []).map((s) => {
        if (internals(s).optin !== undefined) throw new Unsupported("a tuple with optional items");
        return compile(s);
      });
      return (v, sharing) => {
        if (!Array.isArray(v) || v.length !== items.length) return REJECTED;
        const out: unknown[] = v.slice();
        for (let i = 0; i < items.length; i++) {
          const e = (items[i] as FastParser)(v[i], sharing);
          if (e === REJECTED) return REJECTED;
          out[i] = e;
        }
        return sharing === undefined ? out : sharing.frozen(out);
      };
    }
    case "optional": {
      const inner = need(def.innerType);
      if (internals(inner).optin === "defaulted") throw new Unsupported("an optional default");
      const parse = compile(inner);
      return (v, sharing) => (v === undefined ? undefined : parse(v, sharing));
    }
    case "nullable": {
      const parse = compile(need(def.innerType));
      return (v, sharing) => (v === null ? null : parse(v, sharing));
    }
    case "default": {
      const parse = compile(need(def.innerType));
      // `defaultValue` is a getter giving a fresh copy each time, as zod hands out. With a
      // `Sharing`, an empty list is its one frozen empty list, with no copy made to get it.
      const sample: unknown = def.defaultValue;
      const none: readonly unknown[] | null = Array.isArray(sample) && sample.length === 0 ? sample : null;
      const fallback = (sharing: Sharing | undefined) =>
        sharing === undefined ? def.defaultValue : none !== null ? sharing.list(none) : sharing.value(def.defaultValue);
      return (v, sharing) => {
        if (v === undefined) return fallback(sharing);
        const out = parse(v, sharing);
        return out === undefined ? fallback(sharing) : out;
      };
    }
    case "union": {
      if (def.discriminator !== undefined) return compileDiscriminated(def);
      const options = (def.options ?? []).map(compile);
      return (v, sharing) => {
        for (const option of options) {
          const out = option(v, sharing);
          if (out !== REJECTED) return out;
        }
        return REJECTED;
      };
    }
    case "pipe":
      return compilePipe(def);
    default:
      throw new Unsupported(def.type);
  }
}

function need(s: z.ZodType | undefined): z.ZodType {
  if (s === undefined) throw new Unsupported("a node without its inner schema");
  return s;
}

function setMember(def: Def): FastParser {
  const values = new Set<unknown>(
    def.type === "literal"
      ? ((def as unknown as { values: unknown[] }).values ?? [])
      : Object.values((def as unknown as { entries: Record<string, unknown> }).entries),
  );
  for (const v of values) if (typeof v !== "string") throw new Unsupported("a non-string literal or enum");
  // The schema's own string is given out, so every event's `type` is one string, not a copy each.
  const canonical = new Map<unknown, unknown>([...values].map((v) => [v, v]));
  return (v) => canonical.get(v) ?? REJECTED;
}

function compilePipe(def: Def): FastParser {
  const first = compile(need(def.in));
  const out = need(def.out);
  const outDef = internals(out).def;
  if (outDef.type !== "transform") {
    const second = compile(out);
    return (v, sharing) => {
      const mid = first(v, sharing);
      return mid === REJECTED ? REJECTED : second(mid, sharing);
    };
  }
  const transform = outDef.transform;
  if (transform === undefined || (outDef.checks ?? []).length > 0) throw new Unsupported("a transform");
  // The value before the transform is read without sharing: the transform may build on it.
  return (v, sharing) => {
    const mid = first(v);
    if (mid === REJECTED) return REJECTED;
    const payload = new TransformPayload(mid);
    const result = transform(mid, payload);
    if (result instanceof Promise) throw new Unsupported("an asynchronous transform");
    if (payload.issues.length > 0) return REJECTED;
    return sharing === undefined ? result : sharing.value(result);
  };
}

/** What a transform is given beside the value, as zod gives it: where to add an issue. */
class TransformPayload implements Payload {
  readonly issues: unknown[] = [];
  constructor(readonly value: unknown) {}
  addIssue(issue: unknown): void {
    this.issues.push(issue);
  }
}

/** One option by the value of its discriminator, as zod chooses it. */
function compileDiscriminated(def: Def): FastParser {
  const key = def.discriminator as string;
  if (def.unionFallback) throw new Unsupported("a discriminated union that falls back");
  const byValue = new Map<unknown, FastParser>();
  for (const option of def.options ?? []) {
    const values = internals(option).propValues?.[key];
    if (values === undefined) throw new Unsupported("an option without its discriminator");
    const parse = compile(option);
    for (const v of values) {
      if (typeof v !== "string" || byValue.has(v)) throw new Unsupported("a discriminator that is not one string");
      byValue.set(v, parse);
    }
  }
  return (v, sharing) => {
    if (!isObject(v)) return REJECTED;
    const parse = byValue.get(v[key]);
    return parse === undefined ? REJECTED : parse(v, sharing);
  };
}

/** How one key of an object's shape is read and written, as zod's object parser does. */
interface Field {
  readonly key: string;
  readonly parse: FastParser;
  readonly mode: "optional" | "required" | "defaulted" | "other";
}

function compileObject(def: Def): FastParser {
  const shape = def.shape ?? {};
  const catchall = def.catchall === undefined ? "strip" : internals(def.catchall).def.type;
  if (catchall !== "never" && catchall !== "strip") throw new Unsupported(`an object with a ${catchall} catchall`);
  const strict = catchall === "never";
  const fields: Field[] = [];
  for (const key of Object.keys(shape)) {
    if (key === "__proto__") continue; // zod never writes it
    const s = shape[key] as z.ZodType;
    const { optin, optout } = internals(s);
    fields.push({
      key,
      parse: compile(s),
      mode:
        optin !== undefined && optout === "optional"
          ? "optional"
          : optin === undefined
            ? "required"
            : optin === "defaulted"
              ? "defaulted"
              : "other",
    });
  }
  if (fields.some((f) => f.mode === "optional" && internals(shape[f.key] as z.ZodType).optin !== "optional"))
    throw new Unsupported("an optional field that is also defaulted");
  return generateObjectParser(fields, strict, Object.values(shape).every(isPlainValue));
}

/** The kinds of schema node whose values are strings, numbers, booleans or null. */
const PLAIN_KINDS: ReadonlySet<string> = new Set(["string", "number", "boolean", "literal", "enum", "null"]);

/** True when the schema only gives strings, numbers, booleans, null or undefined. */
function isPlainValue(schema: z.ZodType): boolean {
  const def = internals(schema).def;
  if (PLAIN_KINDS.has(def.type)) return true;
  switch (def.type) {
    case "optional":
    case "nullable":
      return isPlainValue(need(def.innerType));
    case "default":
      return isPlainValue(need(def.innerType)) && (typeof def.defaultValue !== "object" || def.defaultValue === null);
    default:
      return false;
  }
}

const shapes = new Map<string, PlainShape>();
/**
 * One shape per sequence of keys, its `equal` written out with the keys as literals: a schema
 * used in many places (an event's time, in every kind) is compiled once per place, and a
 * `Sharing` tells shapes apart by identity.
 */
export function plainShape(keys: readonly string[]): PlainShape {
  const text = JSON.stringify(keys);
  let kept = shapes.get(text);
  if (kept === undefined) {
    const body = keys.map((k) => `Object.is(a[${JSON.stringify(k)}], b[${JSON.stringify(k)}])`).join(" && ");
    const equal = new Function("a", "b", `return ${body || "true"};`) as PlainShape["equal"];
    kept = Object.freeze({ keys: Object.freeze([...keys]), equal });
    shapes.set(text, kept);
  }
  return kept;
}

/**
 * The parser of one object shape, written out as code with its keys as literals (as zod's own
 * object parser is), so each field's read, write and parser call is a site V8 can specialise:
 * the same loop over a list of fields was twice as slow.
 *
 * With a `Sharing` (a load, which lets the value JSON gave go once it is parsed), an object
 * whose parse would be a copy of itself (the same keys in the shape's order, each field's value
 * given back unchanged) is given back itself, frozen, instead of the copy: most of a file's
 * objects are, and not copying them halves what a load allocates.
 */
function generateObjectParser(fields: readonly Field[], strict: boolean, plain: boolean): FastParser {
  const lit = (k: string) => JSON.stringify(k);
  // A plain shape's hash, of its values in key order (an absent one as undefined); a value present
  // but undefined (not from JSON) is not shared.
  const hash = fields.reduce(
    (h, f, i) => `M(${h}, ${f.mode === "required" ? `y${i}` : `h${i} ? y${i} : undefined`})`,
    "HS",
  );
  const finish = (o: string) => (plain ? `(u ? S.frozen(${o}) : S.leaf(${o}, K, ${hash}))` : `S.frozen(${o})`);
  const lines: string[] = [
    "function shared(v, S) {",
    "  let n = 0, last = -1, ordered = true, u = false;",
    `  for (const k in v) { switch (k) { ${fields.map((f, i) => `case ${lit(f.key)}: if (last >= ${i}) ordered = false; last = ${i}; break;`).join(" ")} default: ${strict ? "return R;" : "ordered = false;"} } n++; }`,
    "  let x, w = 0, same = ordered;",
  ];
  fields.forEach((f, i) => {
    const k = lit(f.key);
    const parse = `y${i} = p${i}(x, S); if (y${i} === R) return R;`;
    const wrote = `w++; if (y${i} !== x) same = false;${f.mode === "required" ? "" : ` if (y${i} === undefined) u = true;`}`;
    lines.push(`  let y${i}, h${i} = true;`);
    if (f.mode === "required") lines.push(`  if (!(${k} in v)) return R; x = v[${k}]; ${parse} ${wrote}`);
    else if (f.mode === "optional")
      lines.push(`  x = v[${k}]; h${i} = x !== undefined || ${k} in v; if (h${i}) { ${parse} ${wrote} }`);
    else if (f.mode === "defaulted") lines.push(`  x = v[${k}]; ${parse} ${wrote} if (!(${k} in v)) same = false;`);
    else lines.push(`  x = v[${k}]; ${parse} h${i} = y${i} !== undefined || ${k} in v; if (h${i}) { ${wrote} }`);
  });
  lines.push(`  if (same && w === n) return ${finish("v")};`, "  const out = {};");
  for (const [i, f] of fields.entries()) lines.push(`  if (h${i}) out[${lit(f.key)}] = y${i};`);
  lines.push(`  return ${finish("out")};`, "}");

  lines.push(
    "return function parseObject(v, S) {",
    "  if (typeof v !== 'object' || v === null || Array.isArray(v)) return R;",
    "  if (S !== undefined) return shared(v, S);",
  );
  if (strict) {
    const cases = fields.map((f) => `case ${lit(f.key)}:`).join(" ");
    lines.push(`  for (const k in v) { switch (k) { ${cases} break; default: return R; } }`);
  }
  lines.push("  const out = {};", "  let x;");
  fields.forEach((f, i) => {
    const k = lit(f.key);
    const read = `x = v[${k}];`;
    const parse = `x = p${i}(x); if (x === R) return R;`;
    if (f.mode === "required") lines.push(`  if (!(${k} in v)) return R; ${read} ${parse} out[${k}] = x;`);
    else if (f.mode === "optional")
      lines.push(`  ${read} if (x !== undefined || ${k} in v) { ${parse} out[${k}] = x; }`);
    else if (f.mode === "defaulted") lines.push(`  ${read} ${parse} out[${k}] = x;`);
    else lines.push(`  ${read} ${parse} if (x !== undefined || ${k} in v) out[${k}] = x;`);
  });
  lines.push("  return out;", "};");
  const names = fields.map((_, i) => `p${i}`);
  const make = new Function("R", "K", "M", "HS", ...names, lines.join("\n")) as (...args: unknown[]) => FastParser;
  const shape = plainShape(fields.map((f) => f.key));
  return make(REJECTED, shape, mixPlain, HASH_SEED, ...fields.map((f) => f.parse));
}
