import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadPlan } from "../../cli/plan-guard";
import { ConfigError, loadConfig } from "../../stacks/config";
import { tempDir } from "../temp";

/*
 * Messages about a hostile or careless file: each names the place, shows the value escaped and
 * cut to a readable length, and cannot steer a terminal or a CI log.
 */

const ZONE = { name: "example.com", provider: "cloudflare", zoneId: "023e105f4ecef8ad9ca31a8372d0c353" };
const VALID = { stacks: [{ name: "p", zones: [ZONE], domains: [{ domainName: "url1.example.com", edge: "fastly" }] }] };

function write(content: string | Buffer): string {
  const file = join(tempDir("config-messages-"), "tracking-domains.json");
  writeFileSync(file, content);
  return file;
}

function problemsOf(content: string | Buffer): string {
  try {
    loadConfig(write(content));
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

const text = JSON.stringify(VALID);
/** A GitHub Actions workflow command at the start of a line of the log. */
const WORKFLOW_COMMAND = /(^|\n)\s*::[a-z-]+/;

test.each<[string, string | Buffer, RegExp]>([
  [
    "a key with ESC and a line that would start an ::error command, given twice",
    text.replace('"edge":"fastly"', '"edge":"fastly","x\\u001b[31m\\n::error::pwned":1,"x\\u001b[31m\\n::error::pwned":2'),
    /stacks\[0\]\.domains\[0\]\["x\\u001b\[31m\\n::error::pwned"\]: the key "x\\u001b\[31m\\n::error::pwned" is given twice/,
  ],
  [
    "a forbidden key below a key with ESC",
    text.replace('"edge":"fastly"', '"edge":"fastly","\\u001b]0;title\\u0007":{"__proto__":1}'),
    /stacks\[0\]\.domains\[0\]\["\\u001b\]0;title\\u0007"\]\.__proto__: the key "__proto__" is refused/,
  ],
  [
    "a 7 MB value",
    text.replace("url1.example.com", "a".repeat(7 * 1024 * 1024)),
    /"a{120}…" \(7340032 characters\)|\(a string of 7340032 characters, not shown\)/,
  ],
  [
    "a UTF-8 byte order mark",
    `\uFEFF${text}`,
    /not valid JSON text: it starts with a UTF-8 byte order mark \(BOM, bytes EF BB BF\); save it as UTF-8 without a BOM/,
  ],
  [
    "UTF-16LE with its byte order mark",
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    /not valid JSON text: it is UTF-16 text/,
  ],
  ["UTF-16LE without a byte order mark", Buffer.from(text, "utf16le"), /not valid JSON text: it is UTF-16 text/],
  [
    "1e999",
    text.replace('"edge":"fastly"', '"edge":"fastly","allowDestroy":1e999'),
    /stacks\[0\]\.domains\[0\]\.allowDestroy: the number 1e999 is too large for a double \(it would read as Infinity\)/,
  ],
  [
    "a Cyrillic o in a domain name",
    text.replace("url1.example.com", "url1.exampl\u0435.com"),
    /"url1\.exampl\\u0435\.com" is not a valid host name/,
  ],
])("%s", (_, content, message) => {
  const shown = problemsOf(content);
  expect(shown).toMatch(message);
  expect(shown).not.toMatch(WORKFLOW_COMMAND);
  // eslint-disable-next-line no-control-regex -- what must not reach a terminal
  expect(shown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  expect(shown.length).toBeLessThan(2000);
});

test.each<[string, Buffer]>([
  ["UTF-16LE", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"format_version":"1.2"}', "utf16le")])],
  ["a UTF-8 byte order mark", Buffer.from('\uFEFF{"format_version":"1.2"}')],
])("a plan file in %s gets a message that names the encoding", (kind, content) => {
  const file = join(tempDir("plan-messages-"), "plan.json");
  writeFileSync(file, content);
  expect(() => loadPlan(file)).toThrow(kind === "UTF-16LE" ? /it is UTF-16 text/ : /it starts with a UTF-8 byte order mark/);
});
