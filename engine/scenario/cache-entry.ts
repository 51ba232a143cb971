import { createHash } from "node:crypto";
import {
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { homedir } from "node:os";
import { join, relative } from "node:path";
import { inputLimits } from "../input/limits.js";
import { shownPath } from "../input/read.js";
import { isNdjsonPath } from "../input/stream-events.js";
import { sha256 } from "../model/sha256.js";
import { packageRoot, scenariosDir } from "../paths.js";
import { readChunkedBody, writeChunkedBody } from "./chunked-entry.js";
import { catalogueSources } from "./compiled.js";
import type { LoadOptions } from "./load.js";
import type { Scenario } from "./scenario.js";

// The compiled form of a user's scenario file, kept in a cache directory so that asking the same
// file again skips the schema, the time arithmetic and the rule checks. An entry is named by the
// SHA-256 of the file's bytes and records the hashes of the shared catalogue's files and of
// sitrep's own version; it carries the length and the SHA-256 of its body, checked over the
// bytes as read, before the body is decoded. Any mismatch, damage or failure to restore makes it
// a miss: the file is loaded and checked in full and the entry written again.
//
// This module is the hit path and the store alone: it loads none of the loader's modules (the
// schema among them), which a hit does not need; `user-cache.ts` adds the full load of a miss.
//
// On a hit the scenario file is read once, as bytes, and hashed as bytes; its text is decoded
// only on a miss. The body (engine/scenario/chunked-entry.ts) keeps the scenario's small parts,
// the events in chunks parsed when first reached and checkpoints of the replayed state, so that a
// question about one moment restores the checkpoint before it and replays only the events after
// it. It stays JSON text: V8's own serializer (node:v8) restored the theatre benchmark's 48 MB of
// events two to three times slower than JSON.parse. It is written in ASCII alone (any other
// character escaped as \uXXXX), so it decodes to a one-byte string, which JSON.parse reads faster
// than a text with a single character beyond Latin-1 (decoded as UTF-8: Node's ASCII path was
// faster here than its Latin-1 decoding of the same bytes). The whole body's digest is checked
// before any of it is parsed, so a chunk parsed later comes from bytes already checked.

/** Bump when the compiled form, the entry's layout or what loading derives changes. */
const CACHE_FORMAT = 5;

/**
 * The cache directory: `$SITREP_CACHE_DIR`, else `$XDG_CACHE_HOME/sitrep`, else
 * `~/.cache/sitrep`; null (no cache) when `SITREP_NO_CACHE` is set to anything but "" or "0".
 * @example
 * scenarioCacheDir({ XDG_CACHE_HOME: "/tmp/c" }) // "/tmp/c/sitrep"
 */
export function scenarioCacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  if (env.SITREP_NO_CACHE !== undefined && env.SITREP_NO_CACHE !== "" && env.SITREP_NO_CACHE !== "0") return null;
  if (env.SITREP_CACHE_DIR) return env.SITREP_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "sitrep");
}

let catalogueKey: string | undefined;
/** Hash of sitrep's version and of every shared catalogue file: a change to either invalidates every entry. */
function environmentKey(): string {
  if (catalogueKey === undefined) {
    const version = (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version?: string })
      .version;
    const catalogue = catalogueSources();
    catalogueKey = sha256(
      [
        `format ${CACHE_FORMAT}`,
        `sitrep ${version}`,
        ...catalogue.map((f) => `${relative(scenariosDir(), f)} ${sha256(readFileSync(f))}`),
      ].join("\n"),
    );
  }
  return catalogueKey;
}

/** An entry's first line; the body (see chunked-entry.ts), in ASCII, follows it. */
interface EntryHead {
  readonly key: string;
  /** Length of the body in bytes. */
  readonly length: number;
  /** Bytes from the body's start its digest covers: the index, the small parts and the events (the checkpoints carry digests of their own). */
  readonly checked: number;
  /** SHA-256 of those bytes (ASCII). */
  readonly digest: string;
}

/** `length` bytes of an open file from `offset` (fewer at its end). */
function readAt(fd: number, offset: number, length: number): Buffer {
  const out = Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, out, got, length - got, offset + got);
    if (n === 0) break;
    got += n;
  }
  return out.subarray(0, got);
}

/** `length` bytes of a file from `offset`, the file opened for this read alone. */
function readFrom(file: string, offset: number, length: number): Buffer {
  const fd = openSync(file, "r");
  try {
    return readAt(fd, offset, length);
  } finally {
    closeSync(fd);
  }
}

/** Longest head and index line read before the rest (an index of a billion events is far shorter). */
const HEAD_BYTES = 2 ** 20;

/**
 * The scenario an entry holds, or null when it is missing, damaged, stale or does not restore.
 * Reads the head, then the part of the body its digest covers; the checkpoints are read, each
 * checked against its own digest, when a seek asks for one, and a damaged one removes the entry
 * (the answer is the same without it; the next command writes the entry again).
 */
function readEntry(file: string, key: string, options: Pick<LoadOptions, "infer">, shown: string): Scenario | null {
  let fd: number | null = null;
  try {
    fd = openSync(file, "r");
    const size = fstatSync(fd).size;
    const prefix = readAt(fd, 0, Math.min(size, HEAD_BYTES));
    const nl = prefix.indexOf(0x0a);
    if (nl < 0) return null;
    const head = JSON.parse(prefix.toString("utf8", 0, nl)) as EntryHead;
    const start = nl + 1;
    if (
      head.key !== key ||
      head.length !== size - start ||
      !Number.isInteger(head.checked) ||
      head.checked < 0 ||
      head.checked > head.length
    )
      return null;
    const body = readAt(fd, start, head.checked);
    if (body.length !== head.checked || head.digest !== sha256(body)) return null;
    const source = {
      read: (offset: number, length: number) => readFrom(file, start + offset, length),
      damaged: () => {
        try {
          unlinkSync(file);
        } catch {
          // already gone, or not ours to remove: the next miss writes it again
        }
      },
    };
    return readChunkedBody(body, options, shown, source, head.length);
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Writes an entry through a temporary file and a rename, so a reader never sees half of one. */
function writeEntry(dir: string, file: string, key: string, scenario: Scenario): void {
  try {
    mkdirSync(dir, { recursive: true });
    const body = writeChunkedBody(scenario);
    const head: EntryHead = {
      key,
      length: body.bytes.length,
      checked: body.checked,
      digest: sha256(body.bytes.subarray(0, body.checked)),
    };
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`, "utf8"), body.bytes]));
    renameSync(tmp, file);
  } catch {
    // a cache that cannot be written is only a slower next start
  }
}

/**
 * SHA-256 of a scenario file's bytes, read a chunk at a time (an NDJSON file may be larger than a
 * string can be), an NDJSON file's marked as such so it never names the entry of a JSON file; a
 * JSON file's without a leading byte-order mark, as its text is read. Null when the file cannot
 * be read, is not a regular file (opened without waiting, so a FIFO never blocks) or a JSON file
 * is over the input size limit (`SITREP_MAX_INPUT_BYTES`): the loader then says why.
 */
function fileHash(path: string, ndjson: boolean): string | null {
  let fd: number | null = null;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile() || (!ndjson && stat.size > inputLimits().maxBytes)) return null;
    const hash = createHash("sha256");
    if (ndjson) hash.update("ndjson\n");
    const chunk = Buffer.allocUnsafe(4 * 2 ** 20);
    let first = true;
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
      const bom = first && !ndjson && n >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
      hash.update(chunk.subarray(bom ? 3 : 0, n));
      first = false;
    }
    return hash.digest("hex");
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Where a scenario file's entry is kept, and the key it must carry; made by `cacheSlot`. */
export interface CacheSlot {
  readonly dir: string;
  readonly file: string;
  readonly key: string;
  /** SHA-256 of the file's bytes (as `fileHash` gives it). */
  readonly hash: string;
}

/**
 * The slot of a scenario file's entry in the cache directory `dir`, from the file's bytes as
 * they are now; null when the file cannot be read or is not a regular file.
 */
export function cacheSlot(path: string, dir: string, ndjson: boolean): CacheSlot | null {
  const hash = fileHash(path, ndjson);
  if (hash === null) return null;
  return { dir, file: join(dir, `${hash}.compiled`), key: sha256(`${hash}\n${environmentKey()}`), hash };
}

/** The scenario a slot's entry holds, named `shown`, or null (a miss) when there is none fit to use. */
export function readCached(slot: CacheSlot, options: Pick<LoadOptions, "infer">, shown: string): Scenario | null {
  return readEntry(slot.file, slot.key, options, shown);
}

/** Stores a scenario loaded and checked in full in its slot (a failure to write is only a slower next start). */
export function storeCached(slot: CacheSlot, scenario: Scenario): void {
  writeEntry(slot.dir, slot.file, slot.key, scenario);
}

/** True when `text` is the text of the bytes a slot was made from (the file did not change since). */
export function sameText(slot: CacheSlot, text: string): boolean {
  return sha256(text) === slot.hash;
}

/** What `cachedScenario` found: the scenario of a hit, and the slot a miss is stored in. */
export interface CacheLookup {
  /** The scenario the entry holds; null on a miss. */
  readonly hit: Scenario | null;
  /** Where the file's entry is kept; null when the file cannot be read (nothing is stored then). */
  readonly slot: CacheSlot | null;
}

/**
 * The scenario a file's entry in `dir` holds, or a miss with the slot to store it in (load it
 * with `loadIntoSlot`, so the file is not hashed twice). Loads none of the loader's modules.
 * @example
 * const { hit, slot } = cachedScenario("./ucdp-iraq.json", scenarioCacheDir() ?? "/tmp/c", {});
 */
export function cachedScenario(path: string, dir: string, options: Pick<LoadOptions, "infer"> = {}): CacheLookup {
  const slot = cacheSlot(path, dir, isNdjsonPath(path));
  return { hit: slot === null ? null : readCached(slot, options, shownPath(path)), slot };
}
