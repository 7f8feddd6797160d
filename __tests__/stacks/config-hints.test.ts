/** Messages for the mistakes a new user makes first: each says what, where, and how to fix it. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadConfig, parseConfig } from "../../stacks/config";
import { parseJsonText } from "../../stacks/json-text";
import { tempDir } from "../temp";
import { configErrorProblems } from "./helpers";

const stack = (zone: object, domain: object = { domainName: "url1.example.com", edge: "fastly" }) => ({
  stacks: [{ name: "p", zones: [{ name: "example.com", ...zone }], domains: [domain] }],
});

test.each([
  [
    "a Cloudflare zone without zoneId",
    { provider: "cloudflare" },
    "stacks[0].zones[0].zoneId: is required (string); the Cloudflare dashboard shows it on the zone's Overview page, under API (Zone ID)",
  ],
  [
    "a Route 53 zone without hostedZoneId",
    { provider: "route53" },
    "stacks[0].zones[0].hostedZoneId: is required (string); aws route53 list-hosted-zones-by-name --dns-name <zone> prints it",
  ],
])("%s says where to find the id", (_case, zone, message) => {
  expect(configErrorProblems(() => parseConfig(stack(zone)))).toEqual([expect.stringContaining(message)]);
});

test.each([
  [
    '{"stacks": [],}',
    'not valid JSON at line 1, column 15: a trailing comma before "}" (after the last key), which JSON does not allow: remove that comma',
  ],
  [
    '{"stacks": [\n  {},\n]}',
    'not valid JSON at line 3, column 1: a trailing comma before "]" (after the last item), which JSON does not allow: remove that comma',
  ],
])("a trailing comma in %j is named as such, once", (text, message) => {
  expect(parseJsonText(text).problems).toEqual([message]);
});

test("other syntax errors keep the parser's name", () => {
  expect(parseJsonText('{"a": 1 "b": 2}').problems).toEqual(["not valid JSON at line 1, column 9: CommaExpected"]);
});

test("a missing relative certificateFile shows the path tried and that it is read from the config file's folder", () => {
  const dir = tempDir("config-messages-");
  const file = join(dir, "tracking-domains.json");
  writeFileSync(
    file,
    JSON.stringify(
      stack(
        { provider: "cloudflare", zoneId: "023e105f4ecef8ad9ca31a8372d0c353" },
        { domainName: "url1.example.com", edge: "fastly", fastly: { certificate: { certificateFile: "certs/url1.pem" } } },
      ),
    ),
  );
  expect(configErrorProblems(() => loadConfig(file))).toEqual([
    `stacks[0].domains[0].fastly.certificate.certificateFile: cannot read ${join(dir, "certs", "url1.pem")}: no such file; a relative certificateFile is read from the config file's folder, ${dir}`,
  ]);
});
