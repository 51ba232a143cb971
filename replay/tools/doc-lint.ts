/**
 * The doc lint: every name a doc comment quotes as code must exist.
 *
 * A doc comment of the engine or the replay layer that quotes an identifier in backticks
 * (`Campaign.of`, `loadScenario()`, `PlaceState`) or links to one (`{@link Campaign}`) must
 * name something the project declares (a function, class, type, variable, member, parameter
 * or property) or a JavaScript/Node global. Quoted text that is not an identifier (a CLI
 * option, a JSON fragment, an id such as `central-syria-2017`) is not checked. Run with
 * `npm run lint:docs`; it prints one line per stale name and exits 1 when there are any.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const ROOTS = ["engine", "replay", "bench"];

/** Names that are not the project's but that its comments may quote. */
const GLOBALS = new Set([
  ...Object.getOwnPropertyNames(globalThis),
  "Intl",
  "NodeJS",
  "Buffer",
  "process",
  "console",
  "require",
  "import",
  "this",
  "true",
  "false",
  "null",
  "undefined",
  "void",
  "never",
  "unknown",
  "string",
  "number",
  "boolean",
  "bigint",
  "symbol",
  "object",
  "any",
  "readonly",
  "keyof",
  "typeof",
  "new",
  "await",
  "async",
  "return",
  "throw",
  "const",
  "let",
  "if",
  "for",
  "while",
  "switch",
  "catch",
  "function",
  "Readonly",
  "ReadonlyArray",
  "ReadonlyMap",
  "ReadonlySet",
  "Record",
  "Partial",
  "Required",
  "Pick",
  "Omit",
  "Exclude",
  "Extract",
  "NonNullable",
  "ReturnType",
  "Parameters",
  "Awaited",
  "PromiseLike",
  "Iterable",
  "IterableIterator",
  "AsyncIterable",
]);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

/** Every name the project's code declares, and every property name it writes or reads. */
function declaredNames(files: readonly ts.SourceFile[]): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    const name = (node as { name?: ts.Node }).name;
    if (name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name)))
      names.add(name.text);
    if (ts.isPropertyAccessExpression(node)) names.add(node.name.text);
    if (ts.isImportSpecifier(node) || ts.isExportSpecifier(node)) {
      names.add(node.name.text);
      if (node.propertyName !== undefined && ts.isIdentifier(node.propertyName)) names.add(node.propertyName.text);
    }
    if (ts.isBindingElement(node) && ts.isIdentifier(node.name)) names.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  for (const f of files) visit(f);
  return names;
}

/** A quoted span that reads as a code identifier: a call, a dotted path, camelCase or PascalCase. */
const IDENT = /^(?<head>[A-Za-z_$][\w$]*)(?<rest>(?:\.[A-Za-z_$][\w$]*)*)(?<call>\(\))?$/;

function looksLikeCode(text: string): boolean {
  const m = IDENT.exec(text);
  if (m?.groups === undefined) return false;
  const { head = "", rest = "", call } = m.groups;
  if (call !== undefined || rest !== "") return true;
  return /[a-z][A-Z]/.test(head) || /^[A-Z][a-z]+[A-Z]/.test(head);
}

/**
 * The functions an `@example` calls (`name(` in the example's lines), as quoted spans with their
 * index in the comment. Methods (`x.name(`) are left to the type checker of the example's reader.
 */
function exampleCalls(body: string): { 1: string; index: number }[] {
  const out: { 1: string; index: number }[] = [];
  for (const ex of body.matchAll(/\n\s*\*\s*@example([\s\S]*?)(?=\n\s*\*\s*@|\*\/)/g)) {
    const base = (ex.index ?? 0) + ex[0].length - (ex[1] ?? "").length;
    // Only code: strings and line comments blanked out, keeping offsets.
    const code = (ex[1] ?? "").replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\/\/[^\n]*/g, (m) =>
      " ".repeat(m.length),
    );
    for (const call of code.matchAll(/(?<![.\w$])([A-Za-z_$][\w$]*)\s*\(/g))
      out.push({ 1: `${call[1]}()`, index: base + (call.index ?? 0) });
  }
  return out;
}

interface Stale {
  readonly file: string;
  readonly line: number;
  readonly name: string;
}

function lint(root: string): Stale[] {
  const paths = ROOTS.filter((r) => existsSync(join(root, r))).flatMap((r) => sourceFiles(join(root, r)));
  const files = paths.map((p) => ts.createSourceFile(p, readFileSync(p, "utf8"), ts.ScriptTarget.Latest, true));
  const names = declaredNames(files);
  const stale: Stale[] = [];
  for (const file of files) {
    const text = file.getFullText();
    for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      const start = comment.index ?? 0;
      const body = comment[0];
      const quoted = [
        ...body.matchAll(/`([^`\n]+)`/g),
        ...body.matchAll(/\{@link\s+([^}\s|]+)/g),
        ...exampleCalls(body),
      ];
      for (const q of quoted) {
        const span = (q[1] ?? "").trim();
        if (!looksLikeCode(span)) continue;
        const head = span.replace(/\(\)$/, "").split(".")[0] ?? "";
        if (names.has(head) || GLOBALS.has(head)) continue;
        const line = file.getLineAndCharacterOfPosition(start + (q.index ?? 0)).line + 1;
        stale.push({ file: relative(root, file.fileName), line, name: span });
      }
    }
  }
  return stale;
}

const stale = lint(process.cwd());
for (const s of stale)
  console.log(`${s.file}:${s.line}: doc comment names \`${s.name}\`, which the project does not declare`);
if (stale.length > 0) {
  console.log(`${stale.length} stale name(s): rename them to what exists, or quote non-code text without backticks.`);
  process.exitCode = 1;
}
