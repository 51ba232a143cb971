import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { InputError } from "./input-error.js";
import type { InputLimits } from "./limits.js";
import { checkRegularFile, type InputKind, readFailure, tooLarge } from "./regular-file.js";

const CHUNK = 1024 * 1024;

/**
 * The bytes of a regular file, read in bounded chunks so that the size limit holds even when the
 * file grows while it is read. Throws `InputError` naming `shown` for anything that is not a
 * readable regular file within `limits.maxBytes`.
 */
export function readBoundedBytes(path: string, shown: string, what: InputKind, limits: InputLimits): Buffer {
  const { size } = checkRegularFile(path, shown, what, limits);
  let fd: number;
  try {
    // Non-blocking, so that a FIFO put in the file's place after the check cannot hang the read.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new InputError(shown, readFailure(err.code, what, err.message));
  }
  try {
    if (!fstatSync(fd).isFile()) throw new InputError(shown, `not a regular file: give the path of ${what}`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // One byte past the limit is enough to know the file is too large.
      const want = Math.min(Math.max(size - total, CHUNK), limits.maxBytes + 1 - total);
      if (want <= 0) throw new InputError(shown, tooLarge(limits));
      const buf = Buffer.allocUnsafe(want);
      let n: number;
      try {
        n = readSync(fd, buf, 0, want, null);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        throw new InputError(shown, readFailure(err.code, what, err.message));
      }
      if (n === 0) break;
      chunks.push(n === want ? buf : buf.subarray(0, n));
      total += n;
      if (total > limits.maxBytes) throw new InputError(shown, tooLarge(limits));
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}
