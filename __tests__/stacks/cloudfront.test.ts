import { Testing } from "cdktf";
import { CLOUDFRONT_PRICE_CLASSES as CONSTRUCT_PRICE_CLASSES } from "../../constructs/cloudfront-edge";
import { buildApp } from "../../stacks/app";
import { parseConfig } from "../../stacks/config";
import { CLOUDFRONT_PRICE_CLASSES } from "../../stacks/config-schema";
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

test("the schema's price classes are the construct's", () => {
  expect(CLOUDFRONT_PRICE_CLASSES).toEqual(CONSTRUCT_PRICE_CLASSES);
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
