import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MAX_CONFIG_BYTES, MAX_DOMAINS, loadConfig } from "../../stacks/config";
import { MAX_CERTIFICATE_BYTES } from "../../stacks/config-checks";
import { MAX_JSON_DEPTH } from "../../stacks/json-text";
import { FileReadError, readRegularFile } from "../../constructs/read-file";
import { createTestCa } from "../cli/loopback";
import { configErrorProblems, configProblems } from "./helpers";

const ZONE = `{ "name": "example.com", "provider": "cloudflare", "zoneId": "023e105f4ecef8ad9ca31a8372d0c353" }`;
const DOMAIN = `{ "domainName": "url1.example.com", "edge": "fastly" }`;
const dir = mkdtempSync(join(tmpdir(), "config-hostile-"));

/** Writes `text` as a config file and returns its path. */
function configFile(text: string, name = `c${Math.random().toString(36).slice(2)}.json`): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** The problems `loadConfig` reports for the text; fails the test when it reports none. */
function fileProblems(file: string): string[] {
  return configErrorProblems(() => loadConfig(file));
}

const stackText = (zone: string, domain: string, extra = "") =>
  `{ "stacks": [ { "name": "p", "zones": [${zone}], "domains": [${domain}]${extra} } ] }`;

describe("keys that reach a prototype, and duplicate keys", () => {
  test.each([
    [
      "__proto__ on a domain lifting allowDestroy and the origin",
      stackText(
        ZONE,
        `{ "domainName": "url1.example.com", "edge": "fastly", "__proto__": { "allowDestroy": true, "origin": "evil.example.net" } }`,
      ),
      `stacks[0].domains[0].__proto__: the key "__proto__" is refused (line 1, column`,
    ],
    [
      "__proto__ on a zone dropping the rulesets",
      stackText(
        `{ "name": "example.com", "provider": "cloudflare", "zoneId": "023e105f4ecef8ad9ca31a8372d0c353", "__proto__": { "manageRulesets": false } }`,
        `{ "domainName": "url1.example.com", "edge": "cloudflare-proxy" }`,
      ),
      `stacks[0].zones[0].__proto__: the key "__proto__" is refused`,
    ],
    ["__proto__ at the top", `{ "__proto__": { "stacks": [] } }`, `__proto__: the key "__proto__" is refused`],
    [
      "constructor",
      stackText(ZONE, `{ "domainName": "url1.example.com", "edge": "fastly", "constructor": 1 }`),
      `stacks[0].domains[0].constructor: the key "constructor" is refused`,
    ],
    ["prototype", stackText(ZONE, DOMAIN, `, "prototype": {}`), `stacks[0].prototype: the key "prototype" is refused`],
    [
      "a duplicate key, the last one winning",
      stackText(ZONE, `{ "domainName": "url1.example.com", "edge": "fastly", "allowDestroy": false, "allowDestroy": true }`),
      `stacks[0].domains[0].allowDestroy: the key "allowDestroy" is given twice in one object`,
    ],
    [
      "a duplicate top-level key",
      `{ "stacks": [], "stacks": [] }`,
      `stacks: the key "stacks" is given twice in one object (line 1, column 3 and line 1, column 17)`,
    ],
    [
      "a duplicate key in a zone",
      stackText(`{ "name": "example.com", "name": "example.org" }`, DOMAIN),
      `stacks[0].zones[0].name: the key "name" is given twice`,
    ],
  ])("refuses %s, with its path", (_, text, problem) => {
    expect(fileProblems(configFile(text))).toEqual([expect.stringContaining(problem)]);
  });

  test("parseConfig refuses the same keys in data from JSON.parse", () => {
    const data = JSON.parse(
      stackText(ZONE, `{ "domainName": "url1.example.com", "edge": "fastly", "__proto__": { "allowDestroy": true } }`),
    );
    expect(configProblems(data)).toEqual([expect.stringContaining(`stacks[0].domains[0].__proto__: the key "__proto__" is refused`)]);
  });

  test("parsed objects have no prototype, and the data is as written", () => {
    const config = loadConfig(configFile(stackText(ZONE, DOMAIN)));
    expect(config.stacks[0].domains[0]).toEqual({ domainName: "url1.example.com", edge: "fastly" });
    expect(config.stacks[0].domains[0].allowDestroy).toBeUndefined();
  });
});

describe("sizes and depth", () => {
  test.each([
    ["100,000 levels of arrays", "[".repeat(100_000) + "]".repeat(100_000)],
    ["100,000 levels of objects", '{"a":'.repeat(100_000) + "1" + "}".repeat(100_000)],
    ["100,000 unclosed levels", "[".repeat(100_000)],
  ])("refuses %s with the limit, not a RangeError", (_, text) => {
    expect(fileProblems(configFile(text))).toEqual([
      `nested deeper than ${MAX_JSON_DEPTH} levels at line 1, column ${(text.startsWith("{") ? 5 : 1) * MAX_JSON_DEPTH + 1}; a config needs far fewer`,
    ]);
  });

  test("refuses deep data given to parseConfig", () => {
    let data: unknown = 1;
    for (let i = 0; i < 100_000; i++) data = [data];
    expect(configProblems(data)).toEqual([expect.stringMatching(new RegExp(`nested deeper than ${MAX_JSON_DEPTH} levels`))]);
  });

  test("refuses a file over the size limit unread", () => {
    const file = configFile(" ".repeat(MAX_CONFIG_BYTES + 1));
    expect(fileProblems(file)).toEqual([`cannot read the config file ${file}: it is larger than 8 MiB`]);
  });

  test("refuses 130,000 domains with the limit, not a RangeError", () => {
    const domains = Array.from({ length: 130_000 }, () => `{"domainName":"x"}`).join(",");
    expect(fileProblems(configFile(stackText(ZONE, domains)))).toEqual([
      `stacks[].domains: the file has 130000 domains; the limit is ${MAX_DOMAINS}`,
    ]);
  });

  test("lists at most 100 problems and counts the rest", () => {
    const domains = Array.from({ length: 500 }, () => `{"domainName":"x"}`).join(",");
    const problems = fileProblems(configFile(stackText(ZONE, domains)));
    expect(problems).toHaveLength(101);
    expect(problems[100]).toMatch(/^… and \d+ more$/);
  });

  test("syntax errors are capped too", () => {
    const problems = fileProblems(configFile("[" + "x,".repeat(10_000) + "]"));
    expect(problems).toHaveLength(21);
    expect(problems[0]).toBe("not valid JSON at line 1, column 2: InvalidSymbol");
    expect(problems[20]).toMatch(/^… and \d+ more$/);
  });
});

describe("only regular files are read", () => {
  const fifo = join(dir, "fifo.json");
  execFileSync("mkfifo", [fifo]);
  const folder = join(dir, "folder.json");
  mkdirSync(folder);

  test.each([
    ["a FIFO, without waiting for a writer", fifo, "it is a FIFO (named pipe), not a regular file"],
    ["a device", "/dev/zero", "it is a device, not a regular file"],
    ["a directory", folder, "it is a directory, not a regular file"],
  ])("the config file may not be %s", (_, file, why) => {
    expect(fileProblems(file)).toEqual([`cannot read the config file ${file}: ${why}`]);
  });

  test.each([
    ["a FIFO", fifo, "it is a FIFO (named pipe), not a regular file"],
    ["/dev/zero", "/dev/zero", "it is a device, not a regular file"],
    ["a directory", folder, "it is a directory, not a regular file"],
  ])("a certificateFile may not be %s", (_, file, why) => {
    const domain = { domainName: "url1.example.com", edge: "fastly", fastly: { certificate: { certificateFile: file } } };
    expect(configProblems({ stacks: [{ name: "p", zones: [JSON.parse(ZONE)], domains: [domain] }] }, dir)).toEqual([
      `stacks[0].domains[0].fastly.certificate.certificateFile: cannot read ${file}: ${why}`,
    ]);
  });

  test("a certificateFile over the size limit is refused unread", () => {
    const file = configFile("x".repeat(MAX_CERTIFICATE_BYTES + 1), "big.pem");
    const domain = { domainName: "url1.example.com", edge: "fastly", fastly: { certificate: { certificateFile: "big.pem" } } };
    expect(configProblems({ stacks: [{ name: "p", zones: [JSON.parse(ZONE)], domains: [domain] }] }, dir)).toEqual([
      `stacks[0].domains[0].fastly.certificate.certificateFile: cannot read ${file}: it is larger than 1 MiB`,
    ]);
  });

  test("readRegularFile reads a regular file and refuses one that is too long", () => {
    const file = configFile("hello", "hello.txt");
    expect(readRegularFile(file, 5)).toBe("hello");
    expect(readRegularFile(configFile("", "empty.txt"), 5)).toBe("");
    expect(() => readRegularFile(file, 4)).toThrow(new FileReadError("it is larger than 4 bytes"));
    expect(() => readRegularFile(join(dir, "missing"), 4)).toThrow(expect.objectContaining({ code: "ENOENT" }));
  });
});

describe("private keys in certificate inputs", () => {
  const ca = createTestCa("config-hostile test CA");
  const issued = ca.issue({ names: ["url1.example.com"] });
  const keyLine = issued.keyPem.split("\n")[1];
  const fastly = (certificate: Record<string, string>) => ({
    stacks: [
      { name: "p", zones: [JSON.parse(ZONE)], domains: [{ domainName: "url1.example.com", edge: "fastly", fastly: { certificate } }] },
    ],
  });

  test.each([
    ["certificate then key", issued.certPem + issued.keyPem],
    ["key then certificate", issued.keyPem + issued.certPem],
  ])("a certificateFile holding %s is refused, naming the file", (what, text) => {
    const file = configFile(text, `${what.replace(/ /g, "-")}.pem`);
    const problems = configProblems(fastly({ certificateFile: file }), dir);
    expect(problems).toEqual([
      expect.stringContaining(`stacks[0].domains[0].fastly.certificate.certificateFile: ${file} holds a private key (RSA PRIVATE KEY)`),
    ]);
    expect(problems.join("\n")).not.toContain(keyLine);
  });

  test.each([
    ["certificateAuthority", { certificateAuthority: issued.keyPem }],
    ["cnameTarget", { cnameTarget: issued.keyPem }],
    ["certificate", { certificate: issued.keyPem }],
    ["certificate", { certificate: [issued.keyPem] }],
    ["certificateAuthority", { certificateAuthority: { certificatePem: issued.keyPem } }],
    ["certificate.certificatePem", { certificate: { certificatePem: [issued.keyPem] } }],
  ])("a key pasted into %s is refused without being shown", (field, fastlyOptions) => {
    const config = {
      stacks: [
        { name: "p", zones: [JSON.parse(ZONE)], domains: [{ domainName: "url1.example.com", edge: "fastly", fastly: fastlyOptions }] },
      ],
    };
    const problems = configProblems(config, dir);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^stacks\\[0\\]\\.domains\\[0\\]\\.fastly\\.${field.replace(".", "\\.")}: .*\\(a value holding a private key, not shown\\)`,
        ),
      ),
    ]);
    expect(problems.join("\n")).not.toMatch(/PRIVATE KEY-----/);
    expect(problems.join("\n")).not.toContain(keyLine.slice(0, 20));
  });

  test("a certificatePem holding the key is refused, naming the field", () => {
    const problems = configProblems(fastly({ certificatePem: issued.certPem + issued.keyPem }), dir);
    expect(problems).toEqual([
      expect.stringContaining("stacks[0].domains[0].fastly.certificate.certificatePem: holds a private key (RSA PRIVATE KEY)"),
    ]);
    expect(problems.join("\n")).not.toContain(keyLine);
  });
});
