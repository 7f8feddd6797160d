import { App, TerraformStack, TerraformVariable, Testing } from "../../framework";
import { CloudflareDnsZone, CloudflareDnsZoneProps } from "../../constructs/cloudflare-dns-zone";
import { TrackingDomainError } from "../../constructs/errors";
import { FastlyCertificate } from "../../constructs/fastly-certificate";
import { SslTrackingDomain, SslTrackingDomainProps } from "../../constructs/ssl-tracking-domain";
import { TrackingEdge } from "../../constructs/tracking-edge";
import { ZONE_ID, exampleZone, resourcesOf, synth } from "../helpers";

/*
 * What a JavaScript caller (or `any`) can get wrong: each slip is named, with its value, as a
 * TrackingDomainError, never as a TypeError from deep inside a construct.
 */

/** The error thrown by `build`, which must be a TrackingDomainError. */
function errorOf(build: (stack: TerraformStack) => void): string {
  try {
    synth(build);
  } catch (error) {
    expect(error).toBeInstanceOf(TrackingDomainError);
    return (error as Error).message;
  }
  throw new Error("expected a TrackingDomainError");
}

const domainProps = (stack: TerraformStack, overrides: Record<string, unknown>) =>
  ({
    domainName: "url1.example.com",
    dnsZone: exampleZone(stack),
    edge: TrackingEdge.cloudflareProxy(),
    ...overrides,
  }) as SslTrackingDomainProps;

describe("SslTrackingDomain props", () => {
  test.each([
    ["no props", () => undefined, "SslTrackingDomain d: props must be an object with domainName, dnsZone and edge, got nothing"],
    [
      "a string as props",
      () => "url1.example.com",
      'SslTrackingDomain d: props must be an object with domainName, dnsZone and edge, got "url1.example.com"',
    ],
    [
      "no domainName",
      (s: TerraformStack) => domainProps(s, { domainName: undefined }),
      "SslTrackingDomain d: domainName is required (a string), got nothing",
    ],
    [
      "a number as domainName",
      (s: TerraformStack) => domainProps(s, { domainName: 42 }),
      "SslTrackingDomain d: domainName must be a string, got 42",
    ],
    [
      "no dnsZone",
      (s: TerraformStack) => domainProps(s, { dnsZone: undefined }),
      "SslTrackingDomain d: dnsZone is required: expected an IDnsZone such as a CloudflareDnsZone, got nothing",
    ],
    [
      "a zone name as dnsZone",
      (s: TerraformStack) => domainProps(s, { dnsZone: "example.com" }),
      'SslTrackingDomain d: dnsZone is not valid: expected an IDnsZone such as a CloudflareDnsZone, got "example.com"',
    ],
    [
      "no edge",
      (s: TerraformStack) => domainProps(s, { edge: undefined }),
      "SslTrackingDomain d: edge is required: expected an edge from TrackingEdge.fastly(), .cloudflareProxy(), .sendgridAutoSsl() or AwsTrackingEdge.cloudFront(), got nothing",
    ],
    [
      "an edge kind as edge",
      (s: TerraformStack) => domainProps(s, { edge: "fastly" }),
      'SslTrackingDomain d: edge is not valid: expected an edge from TrackingEdge.fastly(), .cloudflareProxy(), .sendgridAutoSsl() or AwsTrackingEdge.cloudFront(), got "fastly"',
    ],
    [
      "the factory instead of the edge",
      (s: TerraformStack) => domainProps(s, { edge: TrackingEdge.fastly }),
      "SslTrackingDomain d: edge is not valid: expected an edge from TrackingEdge.fastly(), .cloudflareProxy(), .sendgridAutoSsl() or AwsTrackingEdge.cloudFront(), got a function",
    ],
    [
      "a number as origin",
      (s: TerraformStack) => domainProps(s, { origin: 1 }),
      "SslTrackingDomain d: origin must be a string when given, got 1",
    ],
    [
      "a string as allowDestroy",
      (s: TerraformStack) => domainProps(s, { allowDestroy: "yes" }),
      'SslTrackingDomain d: allowDestroy must be true or false when given, got "yes"',
    ],
    [
      "a number as existingRecordId",
      (s: TerraformStack) => domainProps(s, { existingRecordId: 7 }),
      "SslTrackingDomain d: existingRecordId must be a string when given, got 7",
    ],
  ])("%s is named with its value", (_, props, message) => {
    expect(errorOf((stack) => new SslTrackingDomain(stack, "d", props(stack) as SslTrackingDomainProps))).toBe(message);
  });
});

describe("CloudflareDnsZone props", () => {
  const zoneProps = (overrides: Record<string, unknown>) =>
    ({ zoneId: ZONE_ID, zoneName: "example.com", ...overrides }) as CloudflareDnsZoneProps;
  test.each([
    ["no props", undefined, "CloudflareDnsZone z: props must be an object with zoneId and zoneName, got nothing"],
    ["no zoneId", zoneProps({ zoneId: undefined }), "CloudflareDnsZone z: zoneId is required (a string), got nothing"],
    ["a number as zoneName", zoneProps({ zoneName: 5 }), "CloudflareDnsZone z: zoneName must be a string, got 5"],
    [
      "a string as manageRulesets",
      zoneProps({ manageRulesets: "no" }),
      'CloudflareDnsZone z: manageRulesets must be true or false when given, got "no"',
    ],
    [
      "a number as advancedCertificate",
      zoneProps({ advancedCertificate: 1 }),
      "CloudflareDnsZone z: advancedCertificate must be true or false when given, got 1",
    ],
  ])("%s is named with its value", (_, props, message) => {
    expect(errorOf((stack) => new CloudflareDnsZone(stack, "z", props as CloudflareDnsZoneProps))).toBe(message);
  });
});

describe("Fastly edge and certificate options", () => {
  const fastlyDomain = (edge: unknown) => (stack: TerraformStack) =>
    new SslTrackingDomain(stack, "d", domainProps(stack, { edge: TrackingEdge.fastly(edge as never) }));
  test.each([
    [
      "a string as certificate",
      { certificate: "managed" },
      'url1.example.com: TrackingEdge.fastly(): certificate is not valid: expected a certificate from FastlyCertificate.managed(), .custom() or .managedWildcard(), got "managed"',
    ],
    [
      "a number as certificateAuthority",
      { certificateAuthority: 5 },
      "url1.example.com: TrackingEdge.fastly(): certificateAuthority must be a string when given, got 5",
    ],
    [
      "a number as cnameTarget",
      { cnameTarget: 5 },
      "url1.example.com: TrackingEdge.fastly(): cnameTarget must be a string when given, got 5",
    ],
    [
      "custom() without options",
      { certificate: FastlyCertificate.custom(undefined as never) },
      "url1.example.com: privateKey must be a TerraformVariable declared with sensitive: true, got nothing",
    ],
  ])("%s is named with its value", (_, options, message) => {
    expect(errorOf(fastlyDomain(options))).toBe(message);
  });

  test("a certificate that is not a string is named by its kind", () => {
    expect(
      errorOf((stack) => {
        const privateKey = new TerraformVariable(stack, "key", { type: "string", sensitive: true });
        fastlyDomain({ certificate: FastlyCertificate.custom({ certificatePem: 5 as never, privateKey }) })(stack);
      }),
    ).toBe("url1.example.com: certificatePem must be a PEM string, got a number");
  });
});

describe("tokens in messages", () => {
  test("an unresolved domain name reads (a token), not its placeholder", () => {
    const message = errorOf((stack) => {
      const name = new TerraformVariable(stack, "name", { type: "string" }).stringValue;
      new SslTrackingDomain(
        stack,
        "d",
        domainProps(stack, {
          domainName: name,
          edge: TrackingEdge.fastly({ certificate: FastlyCertificate.managed({ authority: "digicert" as never }) }),
        }),
      );
    });
    expect(message).toBe('(a token): certificateAuthority "digicert" is not one of lets-encrypt, certainly, globalsign');
    expect(message).not.toMatch(/TfToken|TOKEN\.\d/);
  });
});

test("a warning about an unresolved zone name reads (a token)", () => {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  const zoneName = new TerraformVariable(stack, "zone_name", { type: "string" }).stringValue;
  const zone = new CloudflareDnsZone(stack, "zone", { zoneId: ZONE_ID, zoneName, manageRulesets: false });
  zone.addProxiedHost("url1.example.com");
  const warnings = zone.node.metadata.filter((entry) => entry.type === "@cdktf/warn").map((entry) => String(entry.data));
  expect(warnings).toEqual([expect.stringMatching(/^Zone \(a token\) does not manage its rulesets/)]);
});

describe("one object per name in a stack", () => {
  test.each([["cloudflare-proxy"], ["fastly"]])("a second %s tracking domain of the same name is refused", (edge) => {
    const make = () => (edge === "fastly" ? TrackingEdge.fastly() : TrackingEdge.cloudflareProxy());
    expect(
      errorOf((stack) => {
        const zone = exampleZone(stack);
        new SslTrackingDomain(stack, "a", { domainName: "url1.example.com", dnsZone: zone, edge: make() });
        new SslTrackingDomain(stack, "b", { domainName: "url1.example.com", dnsZone: zone, edge: make() });
      }),
    ).toBe(
      'SslTrackingDomain b: domainName "url1.example.com" is already served by test/a in this stack; a name takes one tracking domain (one CNAME)',
    );
  });

  test("a second zone object for one zone id is refused", () => {
    expect(
      errorOf((stack) => {
        new CloudflareDnsZone(stack, "first", { zoneId: ZONE_ID, zoneName: "example.com" });
        new CloudflareDnsZone(stack, "second", { zoneId: ZONE_ID, zoneName: "example.com" });
      }),
    ).toBe(
      `CloudflareDnsZone second: zone id "${ZONE_ID}" already has a zone object in this stack (test/first); create one CloudflareDnsZone per zone and share it`,
    );
  });

  test("the same domain and zone in two stacks are two deployments, accepted", () => {
    const app = Testing.app();
    const bodies = ["one", "two"].map((name) => {
      const stack = new TerraformStack(app, name);
      new SslTrackingDomain(stack, "d", domainProps(stack, {}));
      return JSON.parse(Testing.synth(stack));
    });
    for (const body of bodies) expect(resourcesOf(body, "cloudflare_dns_record").map((r) => r.name)).toEqual(["url1.example.com"]);
  });

  test("two apps do not share claims", () => {
    for (const app of [new App({ outdir: Testing.app().outdir }), Testing.app()]) {
      const stack = new TerraformStack(app, "test");
      expect(() => new SslTrackingDomain(stack, "d", domainProps(stack, {}))).not.toThrow();
    }
  });
});
