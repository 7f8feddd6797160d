import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

/** A file that was not read: the message says why, in words. */
export class FileReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FileReadError";
  }
}

function kindOf(stat: import("node:fs").Stats): string {
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a FIFO (named pipe)";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isSocket()) return "a socket";
  return "not a regular file";
}

/** "1.5 MiB", "300 bytes". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MiB`
    : bytes >= 1024
      ? `${(bytes / 1024).toFixed(1)} KiB`
      : `${bytes} bytes`;
}

/**
 * Reads a regular file of at most `maxBytes` as UTF-8. Anything else is refused before a byte is
 * read: a FIFO would block forever, a device such as /dev/zero never ends, a directory is no
 * input. It opens without blocking (O_NONBLOCK) and checks the opened file itself (fstat), so a
 * file swapped after a check cannot slip through; it never reads more than `maxBytes` + 1.
 * Throws a `FileReadError`, or the system's error (ENOENT, EACCES) for `readFailure` to phrase.
 */
export function readRegularFile(path: string, maxBytes: number): string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new FileReadError(`it is ${kindOf(stat)}, not a regular file`);
    if (stat.size > maxBytes) throw new FileReadError(`it is ${formatBytes(stat.size)}; the limit is ${formatBytes(maxBytes)}`);
    // Read to the end, but never past the limit and one byte more, so that a file that grows
    // while it is read is still caught.
    let buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, stat.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length > maxBytes) break;
        const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) throw new FileReadError(`it is more than ${formatBytes(maxBytes)}, the limit`);
    return buffer.subarray(0, length).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
