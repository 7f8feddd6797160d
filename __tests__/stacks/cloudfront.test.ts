import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Testing } from "../../framework";
import { buildApp } from "../../stacks/app";
import { parseConfig } from "../../stacks/config";
import { synthConfig } from "../day-two/helpers";
import { addressOf, resourceWhere, resourcesOf } from "../helpers";
import { configProblems } from "./helpers";

const ZONE = { name: "example.com", provider: "cloudflare", zoneId: "023e105f4ecef8ad9ca31a8372d0c353" };
const ACL = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/tracking/a1b2c3d4-5678-90ab-cdef-000000000000";

function config(domains: unknown[]): unknown {
  return { stacks: [{ name: "production", zones: [ZONE], domains }] };
}

function synthStack(domains: unknown[]): Record<string, any> {
  const app = buildApp(parseConfig(config(domains)), Testing.app());
  return JSON.parse(Testing.synth(app.node.children[0] as never));
}

describe("a stack with a CloudFront domain", () => {
  const json = synthStack([
    { domainName: "url1234.example.com", edge: "cloudfront", cloudfront: { priceClass: "PriceClass_100", webAclId: ACL } },
    { domainName: "url5678.example.com", edge: "fastly" },
  ]);

  test("configures the default AWS provider and one aliased to us-east-1, credentials and region left to the environment", () => {
    expect(json.provider.aws).toEqual([{}, { alias: "us_east_1", region: "us-east-1" }]);
  });

  test("the certificate uses the us-east-1 provider; the distribution the default one", () => {
    const [certificate] = Object.values<any>(json.resource.aws_acm_certificate);
    const [validation] = Object.values<any>(json.resource.aws_acm_certificate_validation);
    const [distribution] = Object.values<any>(json.resource.aws_cloudfront_distribution);
    expect(certificate.provider).toBe("aws.us_east_1");
    expect(validation.provider).toBe("aws.us_east_1");
    expect(distribution.provider).toBeUndefined();
  });

  test("passes the config's price class and web ACL on", () => {
    const [distribution] = Object.values<any>(json.resource.aws_cloudfront_distribution);
    expect(distribution.price_class).toBe("PriceClass_100");
    expect(distribution.web_acl_id).toBe(ACL);
  });

  test("outputs the CNAME target and the distribution id, and the Fastly service id only for the Fastly domain", () => {
    const distribution = Object.keys(json.resource.aws_cloudfront_distribution)[0];
    expect(json.output.url1234_example_com_cname_target.value).toBe(`\${aws_cloudfront_distribution.${distribution}.domain_name}`);
    expect(json.output.url1234_example_com_cloudfront_distribution_id).toEqual({
      value: `\${aws_cloudfront_distribution.${distribution}.id}`,
      description: "The id of the CloudFront distribution that serves url1234.example.com",
    });
    expect(json.output.url1234_example_com_fastly_service_id).toBeUndefined();
    expect(json.output.url5678_example_com_fastly_service_id).toBeDefined();
    expect(json.output.url5678_example_com_cloudfront_distribution_id).toBeUndefined();
  });
});

test("a stack without CloudFront domains has no AWS provider", () => {
  const json = synthStack([{ domainName: "url1234.example.com", edge: "cloudflare-proxy" }]);
  expect(json.provider.aws).toBeUndefined();
  expect(json.resource.aws_cloudfront_distribution).toBeUndefined();
});

// Leaving CloudFront: the certificates in the state belong to the aliased us-east-1 provider, which
// Terraform cannot make up (unlike a default one) and needs to delete them.
test("a stack with an aws block keeps both AWS providers after its last CloudFront domain has left", () => {
  const data = {
    stacks: [{ name: "production", aws: {}, zones: [ZONE], domains: [{ domainName: "url1234.example.com", edge: "fastly" }] }],
  };
  const app = buildApp(parseConfig(data), Testing.app());
  const json = JSON.parse(Testing.synth(app.node.children[0] as never));
  expect(json.provider.aws).toEqual([{}, { alias: "us_east_1", region: "us-east-1" }]);
  expect(json.resource.aws_cloudfront_distribution).toBeUndefined();
});

test.each([
  [
    "an unknown price class",
    { cloudfront: { priceClass: "PriceClass_10" } },
    `stacks[0].domains[0].cloudfront.priceClass: "PriceClass_10" is not one of "PriceClass_All", "PriceClass_200", "PriceClass_100"`,
  ],
  [
    "a web ACL that is not a CloudFront-scoped WAFv2 ARN",
    { cloudfront: { webAclId: "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/x/1" } },
    `stacks[0].domains[0].cloudfront.webAclId: "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/x/1" is not the ARN of a WAFv2 web ACL with scope CLOUDFRONT`,
  ],
  ["an unknown option", { cloudfront: { logging: true } }, `stacks[0].domains[0].cloudfront: unknown key "logging"`],
  [
    "cloudfront options on a Fastly domain",
    { edge: "fastly", cloudfront: {} },
    `stacks[0].domains[0].cloudfront: cloudfront options are set but edge is "fastly"`,
  ],
  ["fastly options on a CloudFront domain", { fastly: {} }, `stacks[0].domains[0].fastly: fastly options are set but edge is "cloudfront"`],
])("refuses %s", (_, fields, message) => {
  const problems = configProblems(config([{ domainName: "url1234.example.com", edge: "cloudfront", ...fields }]));
  expect(problems).toEqual([expect.stringContaining(message)]);
});

describe("CloudFront domains in a Route 53 zone and in a Cloudflare zone (examples/cloudfront.json)", () => {
  const json = synthConfig(JSON.parse(readFileSync(join(__dirname, "..", "..", "examples", "cloudfront.json"), "utf8"))).stacks.production;
  const distributionOf = (domain: string) => resourcesOf(json, "aws_cloudfront_distribution").find((d) => d.aliases[0] === domain)!;
  const certificateOf = (domain: string) => resourceWhere(json, "aws_acm_certificate", "domain_name", domain);

  test("synthesizes with one AWS provider for the stack's region and one for us-east-1", () => {
    expect(json.provider?.aws).toEqual([{ region: "eu-west-1" }, { alias: "us_east_1", region: "us-east-1" }]);
    expect(resourcesOf(json, "aws_cloudfront_distribution")).toHaveLength(2);
  });

  test.each([
    ["url1234.example.com", "cloudflare_dns_record", "content", (value: string) => value],
    ["url1234.example.org", "aws_route53_record", "records", (value: string) => [value]],
  ])("%s: validation record, then validation, distribution and CNAME, in its own zone", (domain, type, field, wrap) => {
    const certificate = certificateOf(domain);
    const certificateAddress = addressOf(json, "aws_acm_certificate", certificate);
    const validationRecord = resourcesOf(json, type).find((record) => String(record.name).includes(certificateAddress))!;
    expect(validationRecord.name).toBe(
      `\${trimsuffix(tolist(${certificateAddress}.domain_validation_options).0.resource_record_name, ".")}`,
    );
    expect(validationRecord.type).toBe("CNAME");
    // Issue 21: a new certificate of the domain replaced this record (its name unknown until apply),
    // which Route 53 refused as existing; a leftover record blocked the first apply.
    expect(validationRecord.lifecycle).toEqual({ create_before_destroy: true, ignore_changes: ["name", field] });
    expect(validationRecord.allow_overwrite).toBe(type === "aws_route53_record" ? true : undefined);
    const validation = resourcesOf(json, "aws_acm_certificate_validation").find(
      (v) => v.certificate_arn === `\${${certificateAddress}.arn}`,
    )!;
    expect(validation.depends_on).toEqual([addressOf(json, type, validationRecord)]);
    const validationAddress = addressOf(json, "aws_acm_certificate_validation", validation);
    const distribution = distributionOf(domain);
    expect(distribution.viewer_certificate.acm_certificate_arn).toBe(`\${${validationAddress}.certificate_arn}`);
    const distributionAddress = addressOf(json, "aws_cloudfront_distribution", distribution);
    const cname = resourceWhere(json, type, "name", domain);
    expect(cname.type).toBe("CNAME");
    expect(cname[field]).toEqual(wrap(`\${${distributionAddress}.domain_name}`));
    expect(cname.depends_on).toEqual([validationAddress, distributionAddress]);
    expect(cname.lifecycle).toEqual({ prevent_destroy: true });
  });

  test("the EU domain's distribution forwards to eu.sendgrid.net in its price class", () => {
    const distribution = distributionOf("url1234.example.org");
    expect(distribution.origin[0].domain_name).toBe("eu.sendgrid.net");
    expect(distribution.price_class).toBe("PriceClass_100");
    expect(distributionOf("url1234.example.com").origin[0].domain_name).toBe("sendgrid.net");
  });

  test("outputs each domain's CNAME target and distribution id", () => {
    for (const slug of ["url1234_example_com", "url1234_example_org"]) {
      expect(json.output?.[`${slug}_cloudfront_distribution_id`]?.value).toMatch(/^\$\{aws_cloudfront_distribution\.[^.]+\.id\}$/);
      expect(json.output?.[`${slug}_cname_target`]?.value).toMatch(/^\$\{aws_cloudfront_distribution\.[^.]+\.domain_name\}$/);
    }
  });
});

test("a CloudFront domain in an external zone is refused", () => {
  const problems = configProblems({
    stacks: [
      {
        name: "production",
        zones: [{ name: "example.net", provider: "external" }],
        domains: [{ domainName: "url1234.example.net", edge: "cloudfront" }],
      },
    ],
  });
  expect(problems).toEqual([
    `stacks[0].domains[0].edge: "url1234.example.net" is in zone example.net, which is external (not managed by Terraform), but the cloudfront edge's certificate validation waits during the apply for its validation record; use "edge": "fastly" there`,
  ]);
});
