import { Testing, TerraformStack, TerraformVariable } from "../../framework";
import { CloudflareProvider } from "../../.gen/providers/cloudflare/provider";
import { FastlyProvider } from "../../.gen/providers/fastly/provider";
import { CloudflareDnsZone } from "../../constructs/cloudflare-dns-zone";
import { FastlyCertificate } from "../../constructs/fastly-certificate";
import { checkProvider, sharedId } from "../../constructs/provider";
import { SslTrackingDomain } from "../../constructs/ssl-tracking-domain";
import { TrackingEdge } from "../../constructs/tracking-edge";
import { resourcesOf, synth, Synth, ZONE_ID } from "../helpers";

/** Every resource and data source body of the stack, with its type and logical id. */
function everyBody(json: Synth): { type: string; id: string; body: Record<string, any> }[] {
  return [json.resource ?? {}, json.data ?? {}].flatMap((blocks) =>
    Object.entries(blocks).flatMap(([type, bodies]) => Object.entries(bodies).map(([id, body]) => ({ type, id, body }))),
  );
}

/** Cloudflare ids of CNAMEs that exist already, taken over on the first apply. */
const EXISTING: Record<string, string> = { url1: "372e67954025e0ba6aaa6d586b9e0b59", url5: "b2a4f7bf9bc3e7ee1b2e4d7fb3d4e38a" };

describe("a stack whose only providers are aliased", () => {
  const json = synth((stack) => {
    const fastly = new FastlyProvider(stack, "fastly-marketing", { alias: "marketing" });
    const cloudflare = new CloudflareProvider(stack, "cloudflare-marketing", { alias: "marketing" });
    const zone = new CloudflareDnsZone(stack, "example.com", { zoneId: ZONE_ID, zoneName: "example.com", provider: cloudflare });
    const key = new TerraformVariable(stack, "key", { type: "string", sensitive: true });
    const certificatePem = new TerraformVariable(stack, "certificate", { type: "string" }).stringValue;
    const edges = {
      url1: TrackingEdge.fastly({ provider: fastly }),
      url2: TrackingEdge.fastly({ provider: fastly, certificate: FastlyCertificate.managedWildcard() }),
      url3: TrackingEdge.fastly({ provider: fastly, certificate: FastlyCertificate.managedWildcard() }),
      url4: TrackingEdge.fastly({ provider: fastly, certificate: FastlyCertificate.custom({ certificatePem, privateKey: key }) }),
      url5: TrackingEdge.cloudflareProxy(),
    };
    for (const [host, edge] of Object.entries(edges)) {
      new SslTrackingDomain(stack, host, { domainName: `${host}.example.com`, dnsZone: zone, edge, existingRecordId: EXISTING[host] });
    }
  });
  const bodies = everyBody(json);

  test("imports an existing record through the zone's provider", () => {
    expect((json as any).import).toEqual([
      expect.objectContaining({ id: `${ZONE_ID}/${EXISTING.url1}`, provider: "cloudflare.marketing" }),
      expect.objectContaining({ id: `${ZONE_ID}/${EXISTING.url5}`, provider: "cloudflare.marketing" }),
    ]);
  });

  test("binds every resource and data source to the aliased provider of its kind", () => {
    const unbound = bodies
      .filter(({ type, body }) => body.provider !== `${type.startsWith("fastly_") ? "fastly" : "cloudflare"}.marketing`)
      .map(({ type, id, body }) => `${type}.${id}: ${body.provider}`);
    expect(unbound).toEqual([]);
  });

  test("covers every type the library creates, so no resource escapes the check", () => {
    expect([...new Set(bodies.map(({ type }) => type))].sort()).toEqual([
      "cloudflare_dns_record",
      "cloudflare_ruleset",
      "fastly_service_vcl",
      "fastly_tls_activation",
      "fastly_tls_certificate",
      "fastly_tls_configuration",
      "fastly_tls_private_key",
      "fastly_tls_subscription",
      "fastly_tls_subscription_validation",
    ]);
  });

  test("declares only the aliased provider configurations", () => {
    expect(json.provider).toEqual({
      cloudflare: [expect.objectContaining({ alias: "marketing" })],
      fastly: [expect.objectContaining({ alias: "marketing" })],
    });
  });
});

describe("a stack with the default and an aliased Fastly provider", () => {
  const json = synth((stack) => {
    const marketing = new FastlyProvider(stack, "fastly-marketing", { alias: "marketing" });
    new FastlyProvider(stack, "fastly", {});
    const zones = [
      new CloudflareDnsZone(stack, "example.com", { zoneId: ZONE_ID, zoneName: "example.com" }),
      new CloudflareDnsZone(stack, "example.org", { zoneId: "0".repeat(32), zoneName: "example.org" }),
    ];
    const certificate = FastlyCertificate.managedWildcard();
    const domains = [
      { name: "url1.example.com", edge: TrackingEdge.fastly({ certificate }) },
      { name: "url2.example.org", edge: TrackingEdge.fastly({ certificate, provider: marketing }) },
      { name: "url3.example.com", edge: TrackingEdge.fastly({ certificate }) },
      { name: "url4.example.org", edge: TrackingEdge.fastly({ certificate, provider: marketing }) },
    ];
    for (const { name, edge } of domains) {
      new SslTrackingDomain(stack, name, { domainName: name, dnsZone: zones.find((z) => name.endsWith(z.zoneName))!, edge });
    }
  });

  test("reads the default TLS configuration once per provider, the default one at its old address", () => {
    const configurations = Object.entries<Record<string, any>>(json.data!.fastly_tls_configuration);
    // The default one's id is the app snapshot's: existing stacks keep the address.
    expect(Object.fromEntries(configurations.map(([id, c]) => [id, c.provider ?? "default"]))).toEqual({
      "fastly-default-tls-configuration_default_4A77115B": "default",
      "fastly-default-tls-configuration-marketing_default_50F916A5": "fastly.marketing",
    });
  });

  test("shares one wildcard subscription per zone and provider, the default one at its old address", () => {
    const subscriptions = Object.entries<Record<string, any>>(json.resource!.fastly_tls_subscription);
    expect(Object.fromEntries(subscriptions.map(([id, s]) => [id, [...s.domains, s.provider ?? "default"]]))).toEqual({
      "fastly-wildcard-examplecom_tls-subscription_4A4B6D13": ["*.example.com", "default"],
      "fastly-wildcard-exampleorg-marketing_tls-subscription_7C49B2A1": ["*.example.org", "fastly.marketing"],
    });
    const validations = resourcesOf(json, "fastly_tls_subscription_validation");
    expect(validations.map((v) => v.provider)).toEqual([undefined, "fastly.marketing"]);
  });

  test("gives each service its own domain's provider and points each CNAME at its provider's TLS configuration", () => {
    const services = resourcesOf(json, "fastly_service_vcl");
    expect(Object.fromEntries(services.map((s) => [s.domain[0].name, s.provider ?? "default"]))).toEqual({
      "url1.example.com": "default",
      "url2.example.org": "fastly.marketing",
      "url3.example.com": "default",
      "url4.example.org": "fastly.marketing",
    });
    const cname = (name: string) => resourcesOf(json, "cloudflare_dns_record").find((r) => r.name === name)!.content;
    expect(cname("url1.example.com")).toContain("fastly-default-tls-configuration_default_");
    expect(cname("url2.example.org")).toContain("fastly-default-tls-configuration-marketing_default_");
  });
});

test("a zone's wildcard is not silently shared across Fastly providers: the second account's is refused", () => {
  // Both would need the one _acme-challenge CNAME at the zone apex.
  const stack = new TerraformStack(Testing.app(), "test");
  const marketing = new FastlyProvider(stack, "fastly-marketing", { alias: "marketing" });
  const zone = new CloudflareDnsZone(stack, "example.com", { zoneId: ZONE_ID, zoneName: "example.com" });
  const certificate = FastlyCertificate.managedWildcard();
  new SslTrackingDomain(stack, "url1", { domainName: "url1.example.com", dnsZone: zone, edge: TrackingEdge.fastly({ certificate }) });
  expect(
    () =>
      new SslTrackingDomain(stack, "url2", {
        domainName: "url2.example.com",
        dnsZone: zone,
        edge: TrackingEdge.fastly({ certificate, provider: marketing }),
      }),
  ).toThrow("*.example.com: already has a Fastly managed wildcard subscription in this stack");
});

describe("a provider of the wrong kind is refused before synthesis, naming the prop and the provider", () => {
  test.each([
    ["the zone's", "cloudflare", (stack: TerraformStack) => new FastlyProvider(stack, "wrong", {})],
    ["the Fastly edge's", "fastly", (stack: TerraformStack) => new CloudflareProvider(stack, "wrong", {})],
  ])("%s provider must be a %s provider", (_which, expected, wrongProvider) => {
    const stack = new TerraformStack(Testing.app(), "test");
    const provider = wrongProvider(stack);
    const build = () => {
      const zone = new CloudflareDnsZone(stack, "example.com", {
        zoneId: ZONE_ID,
        zoneName: "example.com",
        provider: expected === "cloudflare" ? provider : undefined,
      });
      const edge = TrackingEdge.fastly({ provider: expected === "fastly" ? provider : undefined });
      new SslTrackingDomain(stack, "url1", { domainName: "url1.example.com", dnsZone: zone, edge });
    };
    expect(build).toThrow(`provider is a ${provider.terraformResourceType} provider (test/wrong); it must be a ${expected} provider`);
  });
});

describe("sharedId", () => {
  const stack = new TerraformStack(Testing.app(), "test");

  test("keeps the base id for the default provider, so existing stacks keep their addresses", () => {
    expect(sharedId("fastly-default-tls-configuration", undefined)).toBe("fastly-default-tls-configuration");
    expect(sharedId("fastly-default-tls-configuration", new FastlyProvider(stack, "plain", {}))).toBe("fastly-default-tls-configuration");
  });

  test("adds the alias of an aliased provider", () => {
    expect(sharedId("fastly-wildcard-example.com", new FastlyProvider(stack, "eu", { alias: "eu" }))).toBe(
      "fastly-wildcard-example.com-eu",
    );
  });
});

test("checkProvider accepts no provider and a provider of the expected kind", () => {
  const stack = new TerraformStack(Testing.app(), "test");
  expect(() => checkProvider("x", undefined, "fastly")).not.toThrow();
  expect(() => checkProvider("x", new FastlyProvider(stack, "fastly", {}), "fastly")).not.toThrow();
});
