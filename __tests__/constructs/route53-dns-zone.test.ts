import { TerraformStack } from "../../framework";
import { AwsProvider } from "../../framework/aws/provider";
import { FastlyProvider } from "../../.gen/providers/fastly/provider";
import { Route53DnsZone, Route53DnsZoneProps } from "../../constructs/route53-dns-zone";
import { route53ImportId } from "../../constructs/route53-names";
import { SslTrackingDomain } from "../../constructs/ssl-tracking-domain";
import { FastlyCertificate } from "../../constructs/fastly-certificate";
import { TrackingEdge } from "../../constructs/tracking-edge";
import { TrackingDomainError } from "../../constructs/errors";
import { addressOf, resourceWhere, resourcesOf, synth } from "../helpers";

const HOSTED_ZONE = "Z0123456789ABCDEFGHIJ";

function zone(stack: TerraformStack, props: Partial<Route53DnsZoneProps> = {}): Route53DnsZone {
  return new Route53DnsZone(stack, "example-org", { hostedZoneId: HOSTED_ZONE, zoneName: "example.org", ...props });
}

describe("route53ImportId", () => {
  test("is <zone>_<name>_<type>, Route 53's import id of a record", () => {
    expect(route53ImportId("Z1", "url1.example.org", "CNAME")).toBe("Z1_url1.example.org_CNAME");
  });
});

describe("Route53DnsZone", () => {
  test("adds a record in the caller's scope with the hosted zone, a 300 s TTL and one value", () => {
    const json = synth((stack) => zone(stack).addRecord(stack, "rec", { name: "a.example.org", type: "CNAME", value: "b.example.net" }));
    expect(resourcesOf(json, "aws_route53_record")).toEqual([
      { zone_id: HOSTED_ZONE, name: "a.example.org", type: "CNAME", ttl: 300, records: ["b.example.net"] },
    ]);
  });

  test("takes the TTL, the lifecycle and the provider it is given, and no comment (Route 53 has none)", () => {
    const json = synth((stack) => {
      const provider = new AwsProvider(stack, "aws-other", { alias: "other", region: "eu-west-1" });
      zone(stack, { ttl: 60, provider }).addRecord(stack, "rec", {
        name: "a.example.org",
        type: "CNAME",
        value: "b.example.net",
        comment: "a note",
        preventDestroy: true,
        createBeforeDestroy: true,
      });
    });
    const [record] = resourcesOf(json, "aws_route53_record");
    expect(record).toMatchObject({ ttl: 60, provider: "aws.other", lifecycle: { create_before_destroy: true, prevent_destroy: true } });
    expect(JSON.stringify(record)).not.toContain("a note");
  });

  test("adopts an existing record by its Route 53 import id", () => {
    const id = `${HOSTED_ZONE}_a.example.org_CNAME`;
    const json = synth((stack) =>
      zone(stack).addRecord(stack, "rec", { name: "a.example.org", type: "CNAME", value: "b.example.net", existingRecordId: id }),
    ) as { import?: { id: string; to: string }[] } & ReturnType<typeof synth>;
    const [record] = resourcesOf(json, "aws_route53_record");
    expect(json.import).toEqual([{ id, to: addressOf(json, "aws_route53_record", record) }]);
  });

  test.each([
    ["a Cloudflare record id", "023e105f4ecef8ad9ca31a8372d0c353"],
    ["another zone's import id", "Z999_a.example.org_CNAME"],
    ["another name's import id", `${HOSTED_ZONE}_b.example.org_CNAME`],
  ])("refuses as existingRecordId %s", (_, existingRecordId) => {
    expect(() =>
      synth((stack) =>
        zone(stack).addRecord(stack, "rec", { name: "a.example.org", type: "CNAME", value: "b.example.net", existingRecordId }),
      ),
    ).toThrow(
      `a.example.org: existingRecordId "${existingRecordId}" is not the Route 53 import id of this record; it is "${HOSTED_ZONE}_a.example.org_CNAME"`,
    );
  });

  test.each([
    ["with its /hostedzone/ prefix", `/hostedzone/${HOSTED_ZONE}`],
    ["in lower case", HOSTED_ZONE.toLowerCase()],
    ["without its Z", "0123456789ABCDEFGHIJ"],
    ["empty", ""],
  ])("refuses a hosted zone id %s", (_, hostedZoneId) => {
    expect(() => synth((stack) => zone(stack, { hostedZoneId }))).toThrow(
      `Route53DnsZone example-org: hostedZoneId ${JSON.stringify(hostedZoneId)} is not a Route 53 hosted zone id`,
    );
  });

  test.each([
    ["negative", -1],
    ["fractional", 1.5],
    ["a string", "300"],
  ])("refuses a TTL that is %s", (_, ttl) => {
    expect(() => synth((stack) => zone(stack, { ttl: ttl as number }))).toThrow(
      `Route53DnsZone example-org: ttl ${JSON.stringify(ttl)} is not a TTL`,
    );
  });

  test.each([
    ["no props", undefined, "props must be an object with hostedZoneId and zoneName"],
    ["no zone name", { hostedZoneId: HOSTED_ZONE }, "zoneName is required (a string)"],
    ["a bad zone name", { hostedZoneId: HOSTED_ZONE, zoneName: "example.org." }, 'zoneName "example.org." is not a valid zone name'],
  ])("refuses %s", (_, props, message) => {
    expect(() => synth((stack) => new Route53DnsZone(stack, "z", props as unknown as Route53DnsZoneProps))).toThrow(
      new RegExp(`^Route53DnsZone z: ${message.replace(/[.()]/g, "\\$&")}`),
    );
  });

  test("refuses a provider that is not an AWS provider", () => {
    expect(() => synth((stack) => zone(stack, { provider: new FastlyProvider(stack, "fastly", {}) }))).toThrow(
      "Route53DnsZone example-org: provider is a fastly provider (test/fastly); it must be a aws provider",
    );
  });

  test("refuses a second zone object for the same hosted zone in a stack", () => {
    expect(() =>
      synth((stack) => {
        zone(stack);
        new Route53DnsZone(stack, "again", { hostedZoneId: HOSTED_ZONE, zoneName: "example.org" });
      }),
    ).toThrow(`Route53DnsZone again: hosted zone "${HOSTED_ZONE}" already has a zone object in this stack (test/example-org)`);
  });

  test("refuses a proxied record: Route 53 has no proxy", () => {
    expect(() =>
      synth((stack) => zone(stack).addRecord(stack, "rec", { name: "a.example.org", type: "CNAME", value: "x", proxied: true })),
    ).toThrow("a.example.org: Route 53 has no proxy");
  });

  test("the cloudflare-proxy edge refuses a Route 53 zone, naming the zone's provider", () => {
    expect(() =>
      synth(
        (stack) =>
          new SslTrackingDomain(stack, "d", { domainName: "url1.example.org", dnsZone: zone(stack), edge: TrackingEdge.cloudflareProxy() }),
      ),
    ).toThrow(
      new TrackingDomainError(
        "url1.example.org: the cloudflare-proxy edge needs a Cloudflare DNS zone, but zone example.org is at route53",
      ),
    );
  });
});

describe("a Fastly tracking domain in a Route 53 zone", () => {
  const json = synth((stack) => {
    new SslTrackingDomain(stack, "url1234", { domainName: "url1234.example.org", dnsZone: zone(stack), edge: TrackingEdge.fastly() });
  });
  const challenge = resourceWhere(json, "aws_route53_record", "name", "_acme-challenge.url1234.example.org");
  const cname = resourceWhere(json, "aws_route53_record", "name", "url1234.example.org");
  const validation = resourcesOf(json, "fastly_tls_subscription_validation")[0];
  const subscription = resourcesOf(json, "fastly_tls_subscription")[0];

  test("has exactly two records, the ACME challenge and the tracking CNAME, and nothing at Cloudflare", () => {
    expect(resourcesOf(json, "aws_route53_record")).toHaveLength(2);
    expect(Object.keys(json.resource ?? {}).filter((type) => type.startsWith("cloudflare"))).toEqual([]);
  });

  test("the challenge takes its value from the subscription, and is deleted after what waits for it", () => {
    expect(challenge).toMatchObject({ zone_id: HOSTED_ZONE, type: "CNAME", ttl: 300, lifecycle: { create_before_destroy: true } });
    expect(challenge.records).toEqual([
      `\${[for x in ${addressOf(json, "fastly_tls_subscription", subscription)}.managed_dns_challenges : x.record_value if x.record_name == "_acme-challenge.url1234.example.org"][0]}`,
    ]);
    expect(challenge.lifecycle).not.toHaveProperty("prevent_destroy");
    expect(validation.depends_on).toEqual([addressOf(json, "aws_route53_record", challenge)]);
  });

  test("the CNAME is created after the certificate is validated, and protected", () => {
    expect(cname).toMatchObject({ zone_id: HOSTED_ZONE, type: "CNAME", ttl: 300, lifecycle: { prevent_destroy: true } });
    expect(cname.records).toHaveLength(1);
    expect(cname.records[0]).toContain("data.fastly_tls_configuration.");
    expect(cname.depends_on).toEqual([addressOf(json, "fastly_tls_subscription_validation", validation)]);
  });

  test("allowDestroy lifts the CNAME's protection", () => {
    const allowed = synth((stack) => {
      new SslTrackingDomain(stack, "url1234", {
        domainName: "url1234.example.org",
        dnsZone: zone(stack),
        edge: TrackingEdge.fastly(),
        allowDestroy: true,
      });
    });
    expect(resourceWhere(allowed, "aws_route53_record", "name", "url1234.example.org")).not.toHaveProperty("lifecycle");
  });

  test("a wildcard certificate's one challenge record is _acme-challenge.<zone>, shared by the zone's domains", () => {
    const wildcard = synth((stack) => {
      const dnsZone = zone(stack);
      for (const host of ["url1", "url2"]) {
        new SslTrackingDomain(stack, host, {
          domainName: `${host}.example.org`,
          dnsZone,
          edge: TrackingEdge.fastly({ certificate: FastlyCertificate.managedWildcard() }),
        });
      }
    });
    expect(
      resourcesOf(wildcard, "aws_route53_record")
        .map((record) => record.name)
        .sort(),
    ).toEqual(["_acme-challenge.example.org", "url1.example.org", "url2.example.org"]);
  });
});

test("the sendgrid-auto-ssl edge is refused in a Route 53 zone, whose records cannot carry the plan guard's mark", () => {
  const edge = TrackingEdge.sendgridAutoSsl({
    acmeChallengeTarget: "url1.example.org.4a767ed83ff78982.dcv.cloudflare.com",
    customHostnameTxt: "06231e2e-5d7c-40c0-9b4a-ee31c2a8e98b",
  });
  expect(() =>
    synth((stack) => new SslTrackingDomain(stack, "url1", { domainName: "url1.example.org", dnsZone: zone(stack), edge })),
  ).toThrow(
    new TrackingDomainError(
      "_cf-custom-hostname.url1.example.org: zone example.org is in Route 53, whose records have no comment for the plan guard to recognise the sendgrid-auto-ssl edge's records by; use that edge in a Cloudflare zone",
    ),
  );
});
