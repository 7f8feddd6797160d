import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatPath, loadConfig, parseConfig } from "../../stacks/config";
import { tempDir } from "../temp";
import { configProblems } from "./helpers";

const ZONE = { name: "example.com", provider: "cloudflare", zoneId: "023e105f4ecef8ad9ca31a8372d0c353" };
const DOMAIN = { domainName: "url1234.example.com", edge: "fastly" };

function config(stack: Record<string, unknown> = {}, extraStacks: unknown[] = []): unknown {
  return { stacks: [{ name: "production", zones: [ZONE], domains: [DOMAIN], ...stack }, ...extraStacks] };
}

describe("parseConfig", () => {
  test("accepts the documented format", () => {
    const parsed = parseConfig(
      config({ domains: [{ ...DOMAIN, origin: "eu.sendgrid.net", fastly: { certificateAuthority: "certainly" } }] }),
    );
    expect(parsed.stacks[0].domains[0]).toEqual({
      domainName: "url1234.example.com",
      edge: "fastly",
      origin: "eu.sendgrid.net",
      fastly: { certificateAuthority: "certainly" },
    });
  });

  test.each([
    ["an unknown edge", config({ domains: [{ ...DOMAIN, edge: "akamai" }] }), `stacks[0].domains[0].edge: "akamai" is not one of`],
    [
      "a domain in no zone",
      config({ domains: [{ ...DOMAIN, domainName: "url1.example.org" }] }),
      `stacks[0].domains[0].domainName: "url1.example.org" is in none of the stack's zones (example.com)`,
    ],
    [
      "an apex domain",
      config({ domains: [{ ...DOMAIN, domainName: "example.com" }] }),
      `stacks[0].domains[0].domainName: "example.com" is a zone apex`,
    ],
    [
      "a malformed zone id",
      config({ zones: [{ ...ZONE, zoneId: "abc" }] }),
      `stacks[0].zones[0].zoneId: "abc" is not a Cloudflare zone id (32 lowercase hex characters)`,
    ],
    [
      "a bad host name",
      config({ domains: [{ ...DOMAIN, domainName: "exa mple.com" }] }),
      `stacks[0].domains[0].domainName: "exa mple.com" is not a valid host name: it contains whitespace`,
    ],
    [
      "a bad origin",
      config({ domains: [{ ...DOMAIN, origin: "https://sendgrid.net" }] }),
      `stacks[0].domains[0].origin: "https://sendgrid.net" is not a valid host name`,
    ],
    [
      "an unknown certificate authority",
      config({ domains: [{ ...DOMAIN, fastly: { certificateAuthority: "digicert" } }] }),
      `stacks[0].domains[0].fastly.certificateAuthority: "digicert" is not one of "lets-encrypt", "certainly", "globalsign"`,
    ],
    [
      "an unknown zone provider",
      config({ zones: [{ ...ZONE, provider: "gandi" }] }),
      `stacks[0].zones[0].provider: "gandi" is not a known provider (see tracking-domains.schema.json)`,
    ],
    ["a missing domain name", config({ domains: [{ edge: "fastly" }] }), `stacks[0].domains[0].domainName: is required (string)`],
    ["a mistyped key", config({ domains: [{ ...DOMAIN, fastlyy: {} }] }), `stacks[0].domains[0]: unknown key "fastlyy"`],
    ["an empty stack", config({ domains: [] }), `stacks[0].domains: a stack needs at least one domain`],
    ["no stacks", { stacks: [] }, `stacks: the config needs at least one stack`],
    ["a stack name that is not a directory name", config({ name: "../prod" }), `stacks[0].name: "../prod" is not a valid stack name`],
    [
      "duplicate stack names",
      config({}, [{ name: "production", zones: [ZONE], domains: [{ ...DOMAIN, domainName: "url2.example.com" }] }]),
      `stacks[1].name: "production" is also the name of stacks[0]`,
    ],
    [
      "a domain listed twice in one stack",
      config({ domains: [DOMAIN, DOMAIN] }),
      `stacks[0].domains[1].domainName: "url1234.example.com" is already listed at stacks[0].domains[0].domainName`,
    ],
    [
      "a domain listed in two stacks",
      config({}, [{ name: "staging", zones: [ZONE], domains: [DOMAIN] }]),
      `stacks[1].domains[0].domainName: "url1234.example.com" is already listed at stacks[0].domains[0].domainName`,
    ],
    [
      "a proxied domain two levels deep",
      config({ domains: [{ domainName: "a.b.example.com", edge: "cloudflare-proxy" }] }),
      `stacks[0].domains[0].domainName: "a.b.example.com" is more than one level below zone example.com`,
    ],
    [
      "fastly options on a proxied domain",
      config({ domains: [{ ...DOMAIN, edge: "cloudflare-proxy", fastly: {} }] }),
      `stacks[0].domains[0].fastly: fastly options are set but edge is "cloudflare-proxy"`,
    ],
    [
      "two stacks using the wildcard certificate of one zone",
      config({ zones: [{ ...ZONE, certificate: "wildcard" }], domains: [{ domainName: "url1.example.com", edge: "fastly" }] }, [
        { name: "staging", zones: [{ ...ZONE, certificate: "wildcard" }], domains: [{ domainName: "url2.example.com", edge: "fastly" }] },
      ]),
      `stacks[1].domains[0].domainName: url2.example.com would use the wildcard certificate of zone example.com, which lives in stack`,
    ],
    [
      "a zone listed twice",
      config({ zones: [ZONE, ZONE] }),
      `stacks[0].zones[1].name: "example.com" is also the name of stacks[0].zones[0]`,
    ],
    [
      "two zones with one id",
      config({ zones: [ZONE, { ...ZONE, name: "example.org" }] }),
      `stacks[0].zones[1].zoneId: "023e105f4ecef8ad9ca31a8372d0c353" is also the zoneId of stacks[0].zones[0]`,
    ],
    ["a wrong type", config({ domains: "url1234.example.com" }), `stacks[0].domains: expected array, got "url1234.example.com"`],
  ])("refuses %s", (_, data, problem) => {
    expect(configProblems(data)).toEqual(expect.arrayContaining([expect.stringContaining(problem)]));
  });

  test("accepts proxied domains, deep ones where the zone has an advanced certificate", () => {
    const parsed = parseConfig(
      config({ zones: [{ ...ZONE, advancedCertificate: true }], domains: [{ domainName: "a.b.example.com", edge: "cloudflare-proxy" }] }),
    );
    expect(parsed.stacks[0].domains[0].edge).toBe("cloudflare-proxy");
  });

  test("accepts two stacks proxying in one zone when only one manages its rulesets", () => {
    const data = config({ domains: [{ domainName: "url1.example.com", edge: "cloudflare-proxy" }] }, [
      {
        name: "staging",
        zones: [{ ...ZONE, manageRulesets: false }],
        domains: [{ domainName: "url2.example.com", edge: "cloudflare-proxy" }],
      },
    ]);
    expect(parseConfig(data).stacks).toHaveLength(2);
  });

  test("accepts two stacks sharing a zone when only one of them proxies", () => {
    const data = config({ domains: [{ domainName: "url1.example.com", edge: "cloudflare-proxy" }] }, [
      { name: "staging", zones: [ZONE], domains: [{ domainName: "url2.example.com", edge: "fastly" }] },
    ]);
    expect(parseConfig(data).stacks).toHaveLength(2);
  });

  test("reports every problem at once, schema and cross-entry alike", () => {
    const problems = configProblems(
      config({
        zones: [{ ...ZONE, zoneId: "nope" }],
        domains: [
          { ...DOMAIN, domainName: "exa mple.com" },
          { ...DOMAIN, domainName: "url9.example.org" },
          { ...DOMAIN, edge: "x" },
        ],
      }),
    );
    expect(problems).toHaveLength(4);
  });

  test("the error message lists the problems under the source name", () => {
    expect(() => parseConfig(config({ domains: [] }), "my.json")).toThrow(
      "my.json: 1 problem\n  stacks[0].domains: a stack needs at least one domain",
    );
  });
});

describe("loadConfig", () => {
  const dir = tempDir("config-test-");
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  test("loads the bundled example", () => {
    expect(loadConfig("tracking-domains.json").stacks.length).toBeGreaterThan(0);
  });

  test("names the path it tried for a missing file", () => {
    expect(() => loadConfig(join(dir, "missing.json"))).toThrow(`cannot read the config file ${join(dir, "missing.json")}: no such file`);
  });

  test("gives line and column of a JSON syntax error", () => {
    const file = write("bad.json", '{\n  "stacks": [\n    { "name": "x", }\n  ]\n}\n');
    expect(() => loadConfig(file)).toThrow(/not valid JSON at line 3, column 20: /);
  });
});

test("formatPath writes JSON paths the way users read them", () => {
  expect(formatPath(["stacks", 0, "domains", 2, "domainName"])).toBe("stacks[0].domains[2].domainName");
  expect(formatPath([])).toBe("");
});
