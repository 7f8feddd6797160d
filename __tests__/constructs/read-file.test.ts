import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FileReadError, formatSize, readRegularFile } from "../../constructs/read-file";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "read-file-test-"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readRegularFile", () => {
  test("reads a regular file up to the cap, in any number of chunks", () => {
    const file = join(dir, "ok.txt");
    const text = "é".repeat(3 * 1024 * 1024); // 6 MiB of UTF-8, read in several chunks
    writeFileSync(file, text);
    expect(readRegularFile(file, 6 * 1024 * 1024)).toBe(text);
  });

  test.each<[string, () => string, number, string]>([
    ["a missing file", () => join(dir, "missing"), 10, "no such file"],
    ["a directory", () => dir, 10, "it is a directory, not a regular file"],
    ["a device", () => "/dev/zero", 10, "it is a device, not a regular file"],
    [
      "a FIFO, without waiting for a writer",
      () => {
        const fifo = join(dir, "fifo");
        execFileSync("mkfifo", [fifo]);
        return fifo;
      },
      10,
      "it is a FIFO (named pipe), not a regular file",
    ],
    [
      "a file over the cap",
      () => {
        const file = join(dir, "big.txt");
        writeFileSync(file, "x".repeat(11));
        return file;
      },
      10,
      "it is larger than 10 bytes",
    ],
  ])("refuses %s", (_name, path, cap, message) => {
    const file = path();
    expect(() => readRegularFile(file, cap)).toThrow(FileReadError);
    expect(() => readRegularFile(file, cap)).toThrow(message);
  });
});

test.each([
  [300, "300 bytes"],
  [1024, "1 KiB"],
  [1024 * 1024, "1 MiB"],
  [256 * 1024 * 1024, "256 MiB"],
  [1536, "1536 bytes"],
])("formatSize(%i) is %s", (bytes, text) => {
  expect(formatSize(bytes)).toBe(text);
});
