import { spawnSync } from "node:child_process";
import { FRAMEWORK } from "../../framework/select";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { TrackingDomainError } from "../../constructs/errors";
import { awsBindings } from "../../stacks/aws";
import { addressOf, resourceWhere, resourcesOf } from "../helpers";
import { addresses, at, synthConfig } from "../day-two/helpers";
import { configProblems } from "./helpers";

const ROOT = resolve(__dirname, "..", "..");
const HOSTED_ZONE = "Z0123456789ABCDEFGHIJ";
const R53 = { name: "example.org", provider: "route53", hostedZoneId: HOSTED_ZONE };
const CF = { name: "example.com", provider: "cloudflare", zoneId: "023e105f4ecef8ad9ca31a8372d0c353" };

function stack(zones: unknown[], domains: unknown[], extra: Record<string, unknown> = {}): unknown {
  return { stacks: [{ name: "main", zones, domains, ...extra }] };
}

describe("a stack with a Route 53 zone", () => {
  const { stacks } = synthConfig(
    stack([R53], [{ domainName: "url1234.example.org", edge: "fastly" }], { aws: { region: "eu-central-1" } }),
  );
  const json = stacks.main;

  // The aws block also keeps the us-east-1 provider that CloudFront's certificates need (see cloudfront.test.ts).
  test("has the AWS and Fastly providers, the region from the config, and no Cloudflare provider", () => {
    expect(json.provider).toEqual({ aws: [{ region: "eu-central-1" }, { alias: "us_east_1", region: "us-east-1" }], fastly: [{}] });
    expect(Object.keys(json.terraform?.required_providers ?? {}).sort()).toEqual(["aws", "fastly"]);
  });

  test("holds exactly the domain's Fastly resources and its two Route 53 records", () => {
    expect(addresses(json).map((address) => address.split(".")[0])).toEqual([
      "aws_route53_record",
      "aws_route53_record",
      "fastly_service_vcl",
      "fastly_tls_subscription",
      "fastly_tls_subscription_validation",
    ]);
  });

  test("the records: the challenge first, the protected CNAME after validation", () => {
    const challenge = resourceWhere(json, "aws_route53_record", "name", "_acme-challenge.url1234.example.org");
    const cname = resourceWhere(json, "aws_route53_record", "name", "url1234.example.org");
    const [validation] = resourcesOf(json, "fastly_tls_subscription_validation");
    expect(challenge).toMatchObject({ zone_id: HOSTED_ZONE, type: "CNAME", ttl: 300, lifecycle: { create_before_destroy: true } });
    expect(challenge.records[0]).toMatch(/^\$\{\[for x in fastly_tls_subscription\.[^.]+\.managed_dns_challenges : x\.record_value/);
    expect(validation.depends_on).toEqual([addressOf(json, "aws_route53_record", challenge)]);
    expect(cname).toMatchObject({ zone_id: HOSTED_ZONE, type: "CNAME", ttl: 300, lifecycle: { prevent_destroy: true } });
    expect(cname.depends_on).toEqual([addressOf(json, "fastly_tls_subscription_validation", validation)]);
  });

  test("without a region in the config, the provider takes AWS_REGION from the environment", () => {
    const plain = synthConfig(stack([R53], [{ domainName: "url1234.example.org", edge: "fastly" }])).stacks.main;
    expect(plain.provider?.aws).toEqual([{}]);
  });

  test("adopts the existing CNAME by its Route 53 import id", () => {
    const importId = `${HOSTED_ZONE}_url1234.example.org_CNAME`;
    const adopted = synthConfig(stack([R53], [{ domainName: "url1234.example.org", edge: "fastly", existingRecordId: importId }])).stacks
      .main as { import?: unknown };
    const cname = addresses(adopted as never).find((address) => at(adopted as never, address).name === "url1234.example.org");
    expect(adopted.import).toEqual([{ id: importId, to: cname }]);
  });
});

describe("the mixed-provider example", () => {
  const { stacks } = synthConfig(JSON.parse(readFileSync(join(ROOT, "examples", "mixed-providers.json"), "utf8")));
  const json = stacks.production;

  test("has one provider each for AWS, Cloudflare and Fastly", () => {
    expect(Object.keys(json.provider ?? {}).sort()).toEqual(["aws", "cloudflare", "fastly"]);
  });

  test("keeps each zone's records at its own provider", () => {
    expect(
      resourcesOf(json, "cloudflare_dns_record")
        .map((r) => r.name)
        .sort(),
    ).toEqual(["_acme-challenge.url1234.example.com", "url1234.example.com", "url5678.example.com"]);
    expect(
      resourcesOf(json, "aws_route53_record")
        .map((r) => r.name)
        .sort(),
    ).toEqual(["_acme-challenge.example.org", "url1234.example.org", "url5678.example.org"]);
    expect(resourcesOf(json, "aws_route53_record").every((r) => r.zone_id === HOSTED_ZONE)).toBe(true);
  });

  test("the Cloudflare zone's rulesets cover its proxied host only", () => {
    const rules = resourcesOf(json, "cloudflare_ruleset").flatMap((r) => r.rules.map((rule: { expression: string }) => rule.expression));
    expect(rules.join(" ")).toContain("url5678.example.com");
    expect(rules.join(" ")).not.toContain("example.org");
  });

  test("the Route 53 zone's wildcard certificate is validated by its one challenge record, and the CNAMEs wait for it", () => {
    const [subscription] = resourcesOf(json, "fastly_tls_subscription").filter((s) => s.domains.includes("*.example.org"));
    expect(subscription.domains).toEqual(["*.example.org"]);
    const challenge = resourceWhere(json, "aws_route53_record", "name", "_acme-challenge.example.org");
    const validation = resourcesOf(json, "fastly_tls_subscription_validation").find((v) =>
      v.depends_on.includes(addressOf(json, "aws_route53_record", challenge)),
    )!;
    for (const name of ["url1234.example.org", "url5678.example.org"]) {
      expect(resourceWhere(json, "aws_route53_record", "name", name).depends_on).toEqual([
        addressOf(json, "fastly_tls_subscription_validation", validation),
      ]);
    }
  });
});

describe("Route 53 zones in the config", () => {
  const DOMAIN = { domainName: "url1234.example.org", edge: "fastly" };
  test.each([
    [
      "a cloudflare-proxy domain in a Route 53 zone",
      stack([R53], [{ domainName: "url1234.example.org", edge: "cloudflare-proxy" }]),
      `stacks[0].domains[0].edge: "url1234.example.org" is in zone example.org at route53, but the cloudflare-proxy edge needs a Cloudflare zone; use "edge": "fastly" or "cloudfront"`,
    ],
    [
      "a hosted zone id with its /hostedzone/ prefix",
      stack([{ ...R53, hostedZoneId: `/hostedzone/${HOSTED_ZONE}` }], [DOMAIN]),
      `stacks[0].zones[0].hostedZoneId: "/hostedzone/${HOSTED_ZONE}" is not a Route 53 hosted zone id`,
    ],
    [
      "a Route 53 zone without its id",
      stack([{ name: "example.org", provider: "route53" }], [DOMAIN]),
      "stacks[0].zones[0].hostedZoneId: is required",
    ],
    [
      "a Route 53 zone with a Cloudflare zone id",
      stack([{ ...R53, zoneId: CF.zoneId }], [DOMAIN]),
      `stacks[0].zones[0]: unknown key "zoneId"`,
    ],
    [
      "a Route 53 zone with Cloudflare's ruleset option",
      stack([{ ...R53, manageRulesets: false }], [DOMAIN]),
      `stacks[0].zones[0]: unknown key "manageRulesets"`,
    ],
    [
      "a hosted zone listed twice",
      stack([R53, { ...R53, name: "example.net" }], [DOMAIN]),
      `stacks[0].zones[1].hostedZoneId: "${HOSTED_ZONE}" is also the hostedZoneId of stacks[0].zones[0]`,
    ],
    [
      "a Cloudflare record id for a Route 53 CNAME",
      stack([R53], [{ ...DOMAIN, existingRecordId: "372e67954025e0ba6aaa6d586b9e0b59" }]),
      `stacks[0].domains[0].existingRecordId: "372e67954025e0ba6aaa6d586b9e0b59" is not the Route 53 import id of the domain's CNAME, which is "${HOSTED_ZONE}_url1234.example.org_CNAME"`,
    ],
    [
      "a Route 53 import id for a Cloudflare CNAME",
      stack([CF], [{ domainName: "url1.example.com", edge: "fastly", existingRecordId: `${HOSTED_ZONE}_url1.example.com_CNAME` }]),
      `stacks[0].domains[0].existingRecordId: "${HOSTED_ZONE}_url1.example.com_CNAME" is not a Cloudflare DNS record id (32 lowercase hex characters)`,
    ],
    [
      "a region that is not one",
      stack([R53], [DOMAIN], { aws: { region: "Frankfurt" } }),
      `stacks[0].aws.region: "Frankfurt" is not an AWS region`,
    ],
    ["an unknown AWS setting", stack([R53], [DOMAIN], { aws: { profile: "x" } }), `stacks[0].aws: unknown key "profile"`],
  ])("refuses %s", (_, data, problem) => {
    expect(configProblems(data)).toEqual(expect.arrayContaining([expect.stringContaining(problem)]));
  });
});

describe("@cdktf/provider-aws is loaded only for Route 53 zones", () => {
  /** Builds the app from `config` in a fresh process and says whether any module of provider-aws was loaded. */
  function loadsAws(config: string): { status: number | null; loaded: string; stderr: string } {
    const script = `
      const { Testing } = require("./framework");
      const { buildApp } = require("./stacks/app");
      const { loadConfig } = require("./stacks/config");
      buildApp(loadConfig(${JSON.stringify(config)}), Testing.app());
      process.stdout.write(String(Object.keys(require.cache).some((file) => /@cdkt[fn]\\/provider-aws/.test(file))));
    `;
    const run = spawnSync(process.execPath, ["--import", "tsx", "-e", script], { cwd: ROOT, encoding: "utf8" });
    return { status: run.status, loaded: run.stdout, stderr: run.stderr };
  }

  test("not for the Cloudflare-only bundled example", () => {
    expect(loadsAws("tracking-domains.json")).toEqual({ status: 0, loaded: "false", stderr: "" });
  });

  test("for the mixed-provider example", () => {
    expect(loadsAws("examples/mixed-providers.json")).toEqual({ status: 0, loaded: "true", stderr: "" });
  });

  test("when it is not installed, a Route 53 zone says what to install", () => {
    const missing = (id: string) => {
      // framework/aws/provider requires the framework's AWS package, which is what Node names as missing.
      if (id === "../framework/aws/provider") {
        throw Object.assign(new Error(`Cannot find module '${FRAMEWORK.aws.package}/lib/provider'`), { code: "MODULE_NOT_FOUND" });
      }
      throw new Error(`unexpected module ${id}`);
    };
    expect(() => awsBindings(missing)).toThrow(
      new TrackingDomainError(
        `a zone with provider route53 needs the package ${FRAMEWORK.aws.package} (${FRAMEWORK.aws.range}), which is not installed: npm install --save-dev ${FRAMEWORK.aws.package}@${FRAMEWORK.aws.range}`,
      ),
    );
  });
});

test("the sendgrid-auto-ssl edge in a Route 53 zone is refused: the plan guard could not recognise its records there", () => {
  const domain = {
    domainName: "url1234.example.org",
    edge: "sendgrid-auto-ssl",
    sendgrid: {
      acmeChallengeTarget: "url1234.example.org.4a767ed83ff78982.dcv.cloudflare.com",
      customHostnameTxt: "06231e2e-5d7c-40c0-9b4a-ee31c2a8e98b",
    },
  };
  const data = {
    stacks: [
      { name: "p", zones: [{ name: "example.org", provider: "route53", hostedZoneId: "Z0123456789ABCDEFGHIJ" }], domains: [domain] },
    ],
  };
  expect(configProblems(data)).toEqual([
    expect.stringContaining(
      `stacks[0].domains[0].edge: "url1234.example.org" is in Route 53 zone example.org, where the plan guard cannot recognise`,
    ),
  ]);
});
