/** Formatting of the benchmark's human-readable report: aligned plain-text tables. */

export type Row = readonly [label: string, value: string, note?: string];

/** A titled table of rows, columns padded to their widest cell. */
export function table(title: string, rows: readonly Row[]): string {
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  const lines = rows.map(([label, value, note]) =>
    `  ${label.padEnd(w0)}  ${value.padStart(w1)}${note ? `  ${note}` : ""}`.trimEnd(),
  );
  return [title, ...lines].join("\n");
}

export function ms(x: number): string {
  if (!Number.isFinite(x)) return "n/a";
  if (x >= 10_000) return `${(x / 1000).toFixed(1)} s`;
  return `${x.toFixed(x < 1 ? 3 : x < 100 ? 2 : 0)} ms`;
}

export function us(x: number): string {
  return `${x.toFixed(x < 10 ? 2 : 1)} µs`;
}

export function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

export function count(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

export function ratio(x: number): string {
  return `${x.toFixed(x < 10 ? 2 : x < 100 ? 1 : 0)}×`;
}
