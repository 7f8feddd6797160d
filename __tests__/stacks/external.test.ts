import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { addresses, synthConfig } from "../day-two/helpers";
import { configProblems } from "./helpers";

const ROOT = resolve(__dirname, "..", "..");
const EXTERNAL = { name: "example.net", provider: "external" };

describe("a stack with an external zone (examples/external.json)", () => {
  const { stacks, warnings } = synthConfig(JSON.parse(readFileSync(join(ROOT, "examples", "external.json"), "utf8")));
  const json = stacks.production;

  test("has the Fastly provider only: no DNS provider, and no DNS resource", () => {
    expect(Object.keys(json.provider ?? {})).toEqual(["fastly"]);
    expect(addresses(json).map((address) => address.split(".")[0])).toEqual([
      "fastly_service_vcl",
      "fastly_tls_subscription",
      "terraform_data",
      "terraform_data",
    ]);
  });

  test("outputs the two records to create by hand, and the CNAME target", () => {
    expect(Object.keys(json.output ?? {}).sort()).toEqual([
      "dns_record__acme__challenge_url1234_example_net",
      "dns_record_url1234_example_net",
      "url1234_example_net_cname_target",
      "url1234_example_net_fastly_service_id",
    ]);
  });

  test("lists them at synthesis: the challenge, then the CNAME after the certificate", () => {
    expect(warnings.filter((w) => w.includes("create by hand"))).toEqual([
      expect.stringContaining("create by hand CNAME _acme-challenge.url1234.example.net"),
      expect.stringMatching(/create by hand CNAME url1234\.example\.net .* after the certificate is issued/),
    ]);
  });
});

test("zones at Cloudflare, Route 53 and outside Terraform side by side", () => {
  const { stacks } = synthConfig({
    stacks: [
      {
        name: "main",
        zones: [
          { name: "example.com", provider: "cloudflare", zoneId: "023e105f4ecef8ad9ca31a8372d0c353" },
          { name: "example.org", provider: "route53", hostedZoneId: "Z0123456789ABCDEFGHIJ" },
          EXTERNAL,
        ],
        domains: ["example.com", "example.org", "example.net"].map((zone) => ({ domainName: `url1.${zone}`, edge: "fastly" })),
      },
    ],
  });
  const json = stacks.main;
  expect(Object.keys(json.provider ?? {}).sort()).toEqual(["aws", "cloudflare", "fastly"]);
  const names = (type: string) => Object.values<any>(json.resource?.[type] ?? {}).map((r) => r.name ?? r.input.name);
  expect(names("cloudflare_dns_record").sort()).toEqual(["_acme-challenge.url1.example.com", "url1.example.com"]);
  expect(names("aws_route53_record").sort()).toEqual(["_acme-challenge.url1.example.org", "url1.example.org"]);
  expect(names("terraform_data").sort()).toEqual(["_acme-challenge.url1.example.net", "url1.example.net"]);
  // Only the managed zones' certificates are validated in Terraform.
  expect(Object.keys(json.resource?.fastly_tls_subscription_validation ?? {})).toHaveLength(2);
});

describe("external zones in the config", () => {
  test.each([
    [
      "a cloudflare-proxy domain",
      { zones: [EXTERNAL], domains: [{ domainName: "url1.example.net", edge: "cloudflare-proxy" }] },
      `stacks[0].domains[0].edge: "url1.example.net" is in zone example.net at external, but the cloudflare-proxy edge needs a Cloudflare zone`,
    ],
    [
      "an existing record to adopt",
      { zones: [EXTERNAL], domains: [{ domainName: "url1.example.net", edge: "fastly", existingRecordId: "x" }] },
      "stacks[0].domains[0].existingRecordId: is set, but zone example.net is external (not managed by Terraform): there is nothing to adopt",
    ],
    [
      "a zone id",
      {
        zones: [{ ...EXTERNAL, zoneId: "023e105f4ecef8ad9ca31a8372d0c353" }],
        domains: [{ domainName: "url1.example.net", edge: "fastly" }],
      },
      `stacks[0].zones[0]: unknown key "zoneId"`,
    ],
  ])("refuses %s", (_, stack, problem) => {
    expect(configProblems({ stacks: [{ name: "main", ...stack }] })).toEqual(expect.arrayContaining([expect.stringContaining(problem)]));
  });
});
