/**
 * Code shown in the README and in `docs/` is taken from tested files, so an example that stops
 * compiling or working fails the tests instead of going stale.
 *
 * A `ts` block is marked by the line before its fence, `<!-- snippet: <file>#<region> -->`; its
 * body is the region `<region>` of `<file>` (a path from the package root): every stretch
 * between `// #region <region>` and `// #endregion <region>`, in order, each dedented. The file is
 * a test, so the compiler checks the code and the test runs it and asserts what the page says.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A marked or unmarked `ts` block of a page. */
export interface CodeBlock {
  /** The region it shows, or null when the block is not marked. */
  readonly source: { readonly file: string; readonly region: string } | null;
  /** Its body as the page has it. */
  readonly text: string;
  /** Index of its first body line in the page (0-based), and of its closing fence. */
  readonly from: number;
  readonly to: number;
}

const MARK = /^<!--\s*snippet:\s*(\S+?)#(\S+)\s*-->\s*$/;

/** The `ts` and `typescript` blocks of a page, with the region each is marked as showing. */
export function codeBlocks(md: string): CodeBlock[] {
  const lines = md.split("\n");
  const out: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i] as string)) {
      if (/^```/.test(lines[i] as string)) while (++i < lines.length && lines[i] !== "```");
      continue;
    }
    const mark = i > 0 ? MARK.exec(lines[i - 1] as string) : null;
    const from = i + 1;
    while (++i < lines.length && lines[i] !== "```");
    out.push({
      source: mark === null ? null : { file: mark[1] as string, region: mark[2] as string },
      text: lines.slice(from, i).join("\n"),
      from,
      to: i,
    });
  }
  return out;
}

function dedent(lines: readonly string[]): string[] {
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const cut = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((l) => l.slice(cut));
}

/** The text of a region of a file: its stretches in order, each dedented; throws when it has none. */
export function regionText(root: string, file: string, region: string): string {
  const lines = readFileSync(join(root, file), "utf8").split("\n");
  const parts: string[] = [];
  let open: number | null = null;
  lines.forEach((line, i) => {
    const t = line.trim();
    if (t === `// #region ${region}`) open = i + 1;
    else if (t === `// #endregion ${region}` && open !== null) {
      parts.push(...dedent(lines.slice(open, i)));
      open = null;
    }
  });
  if (parts.length === 0)
    throw new Error(`${file} has no region '${region}' (// #region ${region} ... // #endregion ${region})`);
  return parts.join("\n");
}

/** A page with every marked block's body replaced by its region's current text. */
export function refreshSnippets(root: string, md: string): string {
  const lines = md.split("\n");
  const blocks = codeBlocks(md).filter((b) => b.source !== null);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i] as CodeBlock;
    const src = b.source as { file: string; region: string };
    lines.splice(b.from, b.to - b.from, ...regionText(root, src.file, src.region).split("\n"));
  }
  return lines.join("\n");
}
