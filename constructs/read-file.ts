/**
 * Reads a file the user named (a config, a certificate, a plan, a CA file), refusing what is not a
 * regular file and what is too large.
 * `readFileSync` on a FIFO blocks the whole process until a writer comes, and on a device such
 * as /dev/zero it reads without end; both hang the command with no way to time out.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import type { Stats } from "node:fs";
import { readFailure } from "./errors";

/**
 * A file that cannot be used; the message says why, in words, without naming the file (the caller
 * does). `code` keeps the system's error code (`ENOENT`, ...) when there was one.
 */
export class FileReadError extends Error {
  constructor(
    message: string,
    public readonly code?: string,
  ) {
    super(message);
    this.name = "FileReadError";
  }
}

function kind(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

/** `1 MiB`, `512 KiB`, `300 bytes`. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/** The text of a regular file of at most `maxBytes`. Throws `FileReadError`. */
export function readRegularFile(path: string, maxBytes: number): string {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new FileReadError(readFailure(error), (error as NodeJS.ErrnoException).code);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new FileReadError(`it is ${kind(stats)}, not a regular file`);
    if (stats.size > maxBytes) throw new FileReadError(`it is larger than ${formatSize(maxBytes)}`);
    // Read in chunks until the end, in case the file grows while it is read.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(Math.max(stats.size + 1, 4096), maxBytes + 1, 1024 * 1024));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) throw new FileReadError(`it is larger than ${formatSize(maxBytes)}`);
      chunks.push(chunk.subarray(0, read));
    }
    return Buffer.concat(chunks, length).toString("utf8");
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    throw new FileReadError(readFailure(error), (error as NodeJS.ErrnoException).code);
  } finally {
    closeSync(fd);
  }
}

/**
 * Why `text` (a file read as UTF-8) is not the UTF-8 text a parser expects, or `undefined`: a
 * UTF-8 byte order mark, which parsers take for a stray character, or UTF-16 (what Windows
 * PowerShell 5.1 writes with `>` or `Out-File`), whose NUL bytes and byte order mark read as garbage.
 */
export function textEncodingProblem(text: string): string | undefined {
  if (text.startsWith("\uFFFD\uFFFD") || /^(?:[^\0]\0){2}|^(?:\0[^\0]){2}/.test(text)) {
    return "it is UTF-16 text (as Windows PowerShell 5.1 writes with > or Out-File), not UTF-8; save it as UTF-8 (e.g. Out-File -Encoding utf8, or PowerShell 7)";
  }
  if (text.startsWith("\uFEFF")) return "it starts with a UTF-8 byte order mark (BOM, bytes EF BB BF); save it as UTF-8 without a BOM";
  if (text.includes("\0")) return "it holds NUL bytes, so it is not text; give a UTF-8 text file";
  return undefined;
}
