/** The option checks that `check` and `sendgrid` share: a usage error naming the option and the value. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { UsageError, integer, oneOf, parseArgsProblem, readCaFile, requiredResolver, resolverOption } from "../../cli/options";
import { SendgridUsageError } from "../../cli/sendgrid/client";
import { tempDir } from "../temp";
import { createTestCa } from "./loopback";

test.each<[string, string, number, number, string]>([
  ["below the range", "0", 1, 10, '--n must be a whole number from 1 to 10, not "0"'],
  ["above the range", "11", 1, 10, '--n must be a whole number from 1 to 10, not "11"'],
  ["a sign", "-1", 0, 10, '--n must be a whole number from 0 to 10, not "-1"'],
  ["a fraction", "1.5", 0, 10, '--n must be a whole number from 0 to 10, not "1.5"'],
  ["empty", "", 0, 10, '--n must be a whole number from 0 to 10, not ""'],
])("integer refuses %s", (_, value, min, max, message) => {
  expect(() => integer("n", value, 5, min, max)).toThrow(new UsageError(message));
});

test("integer takes a whole number within the range, and the default when none is given", () => {
  expect(integer("n", "10", 5, 1, 10)).toBe(10);
  expect(integer("n", undefined, 5, 1, 10)).toBe(5);
});

test("oneOf names the choices and the value", () => {
  expect(oneOf("edge", "fastly", ["fastly", "cloudfront"])).toBe("fastly");
  expect(() => oneOf("edge", "akamai", ["fastly", "cloudfront"])).toThrow(
    new UsageError('--edge must be one of fastly, cloudfront, not "akamai"'),
  );
});

test("--resolver: an IP address with an optional port", () => {
  expect(resolverOption("127.0.0.1:5353")).toEqual({ address: "127.0.0.1", port: 5353 });
  expect(requiredResolver("::1")).toMatchObject({ address: "::1" });
  expect(() => resolverOption("dns.example")).toThrow(/--resolver must be an IP address .* not "dns\.example"/);
});

describe("--ca-file", () => {
  const dir = tempDir("options-test-");
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  test("keeps the PEM certificates of the file, without the text around them", () => {
    const ca = createTestCa("options test CA");
    const file = write("bundle.pem", `# a comment\n${ca.certPem}\nmore text\n${ca.certPem}`);
    expect(readCaFile(file)).toBe(`${ca.certPem.trim()}\n${ca.certPem.trim()}`);
  });

  test.each([
    ["no certificate", "just text", "holds no PEM certificate"],
    [
      "a certificate that does not parse",
      "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----",
      "holds a certificate that cannot be read",
    ],
  ])("refuses a file with %s", (name, text, message) => {
    const file = write(`${name}.pem`, text);
    expect(() => readCaFile(file)).toThrow(UsageError);
    expect(() => readCaFile(file)).toThrow(`--ca-file ${file} ${message}`);
  });

  test("refuses a file that is not there, naming it", () => {
    expect(() => readCaFile(join(dir, "missing.pem"))).toThrow(new RegExp(`^--ca-file ${join(dir, "missing.pem")} cannot be read: `));
  });
});

test("parseArgs' advice on -- for positionals is dropped; its own explanation kept", () => {
  let error: unknown;
  try {
    parseArgs({ args: ["--bogus"], options: {}, strict: true, allowPositionals: true });
  } catch (thrown) {
    error = thrown;
  }
  expect(String((error as Error).message)).toContain("To specify a positional argument");
  expect(parseArgsProblem(error)).toBe("Unknown option '--bogus'");
});

test("sendgrid's usage errors are usage errors, printed the same way", () => {
  expect(new SendgridUsageError("x")).toBeInstanceOf(UsageError);
});
