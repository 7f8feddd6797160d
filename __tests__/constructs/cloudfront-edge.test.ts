import { TerraformStack } from "../../framework";
import { AwsProvider } from "../../framework/aws/provider";
import { CloudflareProvider } from "../../.gen/providers/cloudflare/provider";
import { SslTrackingDomain, SslTrackingDomainProps } from "../../constructs/ssl-tracking-domain";
import { AwsTrackingEdge, CloudFrontEdgeOptions } from "../../constructs/aws";
import { ExternalDnsZone } from "../../constructs/external-dns-zone";
import { Synth, addressOf, exampleZone, resourcesOf, synth } from "../helpers";

/** One CloudFront domain with a us-east-1 certificate provider, synthesized. */
function cloudFrontDomain(options: CloudFrontEdgeOptions = {}, props: Partial<SslTrackingDomainProps> = {}): Synth {
  return synth((stack) => {
    new AwsProvider(stack, "aws", { region: "eu-west-1" });
    const usEast1 = new AwsProvider(stack, "aws-us-east-1", { alias: "us_east_1", region: "us-east-1" });
    new SslTrackingDomain(stack, "url1234", {
      domainName: "url1234.example.com",
      dnsZone: exampleZone(stack),
      edge: AwsTrackingEdge.cloudFront({ certificateProvider: usEast1, ...options }),
      ...props,
    });
  });
}

function only(json: Synth, type: string): Record<string, any> {
  const bodies = resourcesOf(json, type);
  expect(bodies).toHaveLength(1);
  return bodies[0];
}

function trackingCname(json: Synth): Record<string, any> {
  return resourcesOf(json, "cloudflare_dns_record").find((record) => record.name === "url1234.example.com")!;
}

function validationRecord(json: Synth): Record<string, any> {
  return resourcesOf(json, "cloudflare_dns_record").find((record) => record.name !== "url1234.example.com")!;
}

describe("the distribution", () => {
  const json = cloudFrontDomain();
  const distribution = only(json, "aws_cloudfront_distribution");

  test("has the domain as its only alias, enabled, and waits for deployment", () => {
    expect(distribution.aliases).toEqual(["url1234.example.com"]);
    expect(distribution.enabled).toBe(true);
    expect(distribution.wait_for_deployment).toBe(true);
  });

  test("has one custom origin: SendGrid's host, HTTPS only on 443, TLS 1.2", () => {
    expect(distribution.origin).toEqual([
      {
        origin_id: "sendgrid",
        domain_name: "sendgrid.net",
        custom_origin_config: { http_port: 80, https_port: 443, origin_protocol_policy: "https-only", origin_ssl_protocols: ["TLSv1.2"] },
      },
    ]);
  });

  test("serves http:// and https:// alike, every method, to that origin", () => {
    const behaviour = distribution.default_cache_behavior;
    expect(behaviour.target_origin_id).toBe("sendgrid");
    expect(behaviour.viewer_protocol_policy).toBe("allow-all");
    expect([...behaviour.allowed_methods].sort()).toEqual(["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]);
    expect(behaviour.forwarded_values).toBeUndefined();
  });

  test("caches nothing (managed CachingDisabled) and forwards every header, Host too (managed AllViewer)", () => {
    expect(distribution.default_cache_behavior.cache_policy_id).toBe("4135ea2d-6df8-44a3-9df3-4b5a84be39ad");
    // AllViewer, not AllViewerExceptHostHeader (b689b0a8-53d0-40ab-baf2-68738e2966ac): SendGrid finds
    // the account by Host, and CloudFront checks SendGrid's certificate against the origin's name.
    expect(distribution.default_cache_behavior.origin_request_policy_id).toBe("216adef6-5c7f-47e4-b989-5492eafa07d3");
  });

  test("presents the validated certificate, SNI only, TLS 1.2 (2021 policy) at least", () => {
    const validation = only(json, "aws_acm_certificate_validation");
    expect(distribution.viewer_certificate).toEqual({
      acm_certificate_arn: `\${${addressOf(json, "aws_acm_certificate_validation", validation)}.certificate_arn}`,
      ssl_support_method: "sni-only",
      minimum_protocol_version: "TLSv1.2_2021",
    });
  });

  test("has no logging, no web ACL and no geographic restriction, and serves from every edge location by default", () => {
    expect(distribution.logging_config).toBeUndefined();
    expect(distribution.web_acl_id).toBeUndefined();
    expect(distribution.price_class).toBe("PriceClass_All");
    expect(distribution.restrictions).toEqual({ geo_restriction: { restriction_type: "none" } });
  });

  test("uses the stack's default AWS provider, and the certificate the us-east-1 one", () => {
    expect(distribution.provider).toBeUndefined();
    expect(only(json, "aws_acm_certificate").provider).toBe("aws.us_east_1");
    expect(only(json, "aws_acm_certificate_validation").provider).toBe("aws.us_east_1");
  });

  test("carries the tracking mark in its comment, for the plan guard", () => {
    expect(distribution.comment).toBe("SendGrid link tracking via cloudfront (cdktf-ssl-tracking-domain)");
  });
});

test("the EU origin is SendGrid's EU host", () => {
  const distribution = only(cloudFrontDomain({}, { origin: "eu.sendgrid.net" }), "aws_cloudfront_distribution");
  expect(distribution.origin[0].domain_name).toBe("eu.sendgrid.net");
});

test("price class and web ACL are passed on", () => {
  const acl = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/tracking/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";
  const distribution = only(cloudFrontDomain({ priceClass: "PriceClass_100", webAclId: acl }), "aws_cloudfront_distribution");
  expect(distribution.price_class).toBe("PriceClass_100");
  expect(distribution.web_acl_id).toBe(acl);
});

describe("the certificate", () => {
  const json = cloudFrontDomain();
  const certificate = only(json, "aws_acm_certificate");
  const certificateAddress = addressOf(json, "aws_acm_certificate", certificate);

  test("is for the domain, validated by DNS", () => {
    expect(certificate.domain_name).toBe("url1234.example.com");
    expect(certificate.validation_method).toBe("DNS");
    expect(certificate.subject_alternative_names).toBeUndefined();
  });

  test("its validation record is a CNAME in the domain's zone, from the certificate's validation option, without the root dot", () => {
    const record = validationRecord(json);
    expect(record.type).toBe("CNAME");
    expect(record.zone_id).toBe("023e105f4ecef8ad9ca31a8372d0c353");
    expect(record.proxied).toBe(false);
    expect(record.name).toBe(`\${trimsuffix(tolist(${certificateAddress}.domain_validation_options).0.resource_record_name, ".")}`);
    expect(record.content).toBe(`\${trimsuffix(tolist(${certificateAddress}.domain_validation_options).0.resource_record_value, ".")}`);
  });

  test("the validation waits for that record and names the certificate", () => {
    const validation = only(json, "aws_acm_certificate_validation");
    expect(validation.certificate_arn).toBe(`\${${certificateAddress}.arn}`);
    expect(validation.depends_on).toEqual([addressOf(json, "cloudflare_dns_record", validationRecord(json))]);
  });

  test("without a certificate provider, names us-east-1 itself", () => {
    const json2 = synth((stack) => {
      new AwsProvider(stack, "aws", { region: "eu-central-1" });
      new SslTrackingDomain(stack, "url1234", {
        domainName: "url1234.example.com",
        dnsZone: exampleZone(stack),
        edge: AwsTrackingEdge.cloudFront(),
      });
    });
    expect(only(json2, "aws_acm_certificate").region).toBe("us-east-1");
    expect(only(json2, "aws_acm_certificate_validation").region).toBe("us-east-1");
    expect(only(json2, "aws_cloudfront_distribution").region).toBeUndefined();
  });
});

describe("ordering", () => {
  const json = cloudFrontDomain();
  const validation = addressOf(json, "aws_acm_certificate_validation", only(json, "aws_acm_certificate_validation"));
  const distribution = addressOf(json, "aws_cloudfront_distribution", only(json, "aws_cloudfront_distribution"));

  test("the distribution waits for the validated certificate (through its ARN)", () => {
    expect(only(json, "aws_cloudfront_distribution").viewer_certificate.acm_certificate_arn).toContain(validation);
  });

  test("the CNAME points at the distribution and waits for the validation and the distribution", () => {
    const cname = trackingCname(json);
    expect(cname.type).toBe("CNAME");
    expect(cname.proxied).toBe(false);
    expect(cname.content).toBe(`\${${distribution}.domain_name}`);
    expect(cname.depends_on).toEqual([validation, distribution]);
  });
});

describe("lifecycle", () => {
  test("by default the certificate, the distribution and the CNAME refuse destroy", () => {
    const json = cloudFrontDomain();
    for (const type of ["aws_acm_certificate", "aws_cloudfront_distribution"]) {
      expect(only(json, type).lifecycle).toEqual({ create_before_destroy: true, prevent_destroy: true });
    }
    expect(trackingCname(json).lifecycle).toEqual({ prevent_destroy: true });
    expect(only(json, "aws_acm_certificate_validation").lifecycle).toEqual({ create_before_destroy: true });
    expect(validationRecord(json).lifecycle).toEqual({ create_before_destroy: true, ignore_changes: ["name", "content"] });
  });

  test("allowDestroy lets them go, and says so in the distribution's comment", () => {
    const json = cloudFrontDomain({}, { allowDestroy: true });
    for (const type of ["aws_acm_certificate", "aws_cloudfront_distribution"]) {
      expect(only(json, type).lifecycle).toEqual({ create_before_destroy: true });
    }
    expect(trackingCname(json).lifecycle).toBeUndefined();
    expect(only(json, "aws_cloudfront_distribution").comment).toBe(
      "SendGrid link tracking via cloudfront (cdktf-ssl-tracking-domain; allow-destroy)",
    );
  });

  test("an existing record is imported and taken over", () => {
    const json = cloudFrontDomain({}, { existingRecordId: "372e67954025e0ba6aaa6d586b9e0b59" });
    const imports = (json as any).import as { to: string; id: string }[];
    expect(imports).toEqual([
      expect.objectContaining({
        to: addressOf(json, "cloudflare_dns_record", trackingCname(json)),
        id: "023e105f4ecef8ad9ca31a8372d0c353/372e67954025e0ba6aaa6d586b9e0b59",
      }),
    ]);
  });
});

describe("bad options are refused before synthesis, naming the field and the value", () => {
  const build =
    (options: unknown, providers: (stack: TerraformStack) => Record<string, unknown> = () => ({})) =>
    () =>
      synth((stack) => {
        new AwsProvider(stack, "aws", {});
        new SslTrackingDomain(stack, "url1234", {
          domainName: "url1234.example.com",
          dnsZone: exampleZone(stack),
          edge: AwsTrackingEdge.cloudFront({ ...(options as object), ...providers(stack) }),
        });
      });

  test.each([
    [{ priceClass: "PriceClass_50" }, /priceClass "PriceClass_50" is not one of "PriceClass_All", "PriceClass_200", "PriceClass_100"/],
    [{ priceClass: 100 }, /priceClass must be a string when given, got 100/],
    [{ webAclId: 42 }, /webAclId must be a string when given, got 42/],
    [{ webAclId: " " }, /webAclId " " is empty/],
  ])("%p", (options, message) => {
    expect(build(options)).toThrow(message);
  });

  test.each([
    [
      "a certificate provider in another region",
      (stack: TerraformStack) => ({
        certificateProvider: new AwsProvider(stack, "eu", { alias: "eu", region: "eu-west-1" }),
      }),
      /certificateProvider .* is in region "eu-west-1"; CloudFront only uses certificates from us-east-1/,
    ],
    [
      "a certificate provider that is not AWS",
      (stack: TerraformStack) => ({
        certificateProvider: new CloudflareProvider(stack, "cf", {}),
      }),
      /provider is a cloudflare provider .*; it must be a aws provider/,
    ],
    [
      "a distribution provider that is not AWS",
      (stack: TerraformStack) => ({
        provider: new CloudflareProvider(stack, "cf", {}),
      }),
      /provider is a cloudflare provider .*; it must be a aws provider/,
    ],
  ])("%s", (_, providers, message) => {
    expect(build({}, providers)).toThrow(message);
  });
});

test("an external zone, whose records are made by hand after the apply, is refused", () => {
  expect(() =>
    synth((stack) => {
      new AwsProvider(stack, "aws", {});
      new SslTrackingDomain(stack, "url1234", {
        domainName: "url1234.example.net",
        dnsZone: new ExternalDnsZone(stack, "example.net", { zoneName: "example.net" }),
        edge: AwsTrackingEdge.cloudFront(),
      });
    }),
  ).toThrow(
    "url1234.example.net: AwsTrackingEdge.cloudFront(): zone example.net is not managed by Terraform (external), but the CloudFront edge's certificate validation waits during the apply for its validation record, and the distribution for the certificate; use the fastly edge there",
  );
});
