import { Lazy, TerraformStack, TerraformVariable } from "../../framework";
import { CloudflareDnsZone } from "../../constructs/cloudflare-dns-zone";
import { SslTrackingDomain, SslTrackingDomainProps } from "../../constructs/ssl-tracking-domain";
import { TrackingEdge } from "../../constructs/tracking-edge";
import { exampleZone, oneDomain, resourcesOf, synth, ZONE_ID } from "../helpers";
import { configProblems } from "../stacks/helpers";

/*
 * Origins and CNAME targets stay within the vendors' documented names, and names given as tokens
 * are checked once they are known, like literals.
 */

const AUTO_SSL = {
  acmeChallengeTarget: "url1234.example.com.4a767ed83ff78982.dcv.cloudflare.com",
  customHostnameTxt: "06231e2e-5d7c-40c0-9b4a-ee31c2a8e98b",
};

describe("origins and CNAME targets", () => {
  test.each<[string, Partial<SslTrackingDomainProps>, RegExp]>([
    [
      "a typosquatted origin",
      { origin: "sendgird.net" },
      /origin "sendgird.net": it is not one of SendGrid's origins \(sendgrid.net, eu.sendgrid.net\)/,
    ],
    [
      "a look-alike origin",
      { origin: "sendgrid.net.attacker.example" },
      /origin "sendgrid.net.attacker.example": it is not one of SendGrid's origins/,
    ],
    [
      "the link host as its own origin",
      { origin: "url1234.example.com", allowUnlistedHosts: ["url1234.example.com"] },
      /forward every request to itself/,
    ],
    [
      "a Fastly CNAME target elsewhere",
      { edge: TrackingEdge.fastly({ cnameTarget: "fastly.net.attacker.example" }) },
      /CNAME target "fastly.net.attacker.example": it is not under the fastly edge's documented domain \(fastly.net\)/,
    ],
    [
      "a Fastly CNAME target that is the link host",
      { edge: TrackingEdge.fastly({ cnameTarget: "url1234.example.com" }) },
      /a CNAME to itself/,
    ],
    [
      "an Auto SSL CNAME target elsewhere",
      { edge: TrackingEdge.sendgridAutoSsl({ ...AUTO_SSL, cnameTarget: "click.sendgrid.net.evil.example" }) },
      /it is not under the sendgrid-auto-ssl edge's documented domain \(sendgrid.net\)/,
    ],
    [
      "a link host in a vendor's zone",
      { domainName: "url1.sendgrid.net", dnsZone: undefined },
      /domainName "url1.sendgrid.net": it is under sendgrid.net, a vendor's own zone/,
    ],
    [
      "a link host under global.ssl.fastly.net",
      { domainName: "x.global.ssl.fastly.net", dnsZone: undefined },
      /it is under fastly.net, a vendor's own zone/,
    ],
  ])("refuses %s", (_, overrides, message) => {
    expect(() =>
      synth((stack) => {
        const zoneName = overrides.domainName?.split(".").slice(1).join(".") ?? "example.com";
        new SslTrackingDomain(stack, "url1234", {
          domainName: "url1234.example.com",
          edge: TrackingEdge.fastly(),
          ...overrides,
          dnsZone: exampleZone(stack, zoneName),
        });
      }),
    ).toThrow(message);
  });

  test.each<[string, Partial<SslTrackingDomainProps>]>([
    ["the EU origin", { origin: "eu.sendgrid.net" }],
    ["a Fastly dual-stack target", { edge: TrackingEdge.fastly({ cnameTarget: "dualstack.n.sni.global.fastly.net" }) }],
    ["an unlisted origin accepted by name", { origin: "links.proxy.example.net", allowUnlistedHosts: ["links.proxy.example.net"] }],
  ])("accepts %s", (_, overrides) => {
    expect(resourcesOf(oneDomain(overrides), "fastly_service_vcl")).toHaveLength(1);
  });

  const ZONE = { name: "example.com", provider: "cloudflare", zoneId: ZONE_ID };
  test.each([
    [{ edge: "fastly", origin: "sendgird.net" }, `stacks[0].domains[0].origin: "sendgird.net": it is not one of SendGrid's origins`],
    [
      { edge: "fastly", fastly: { cnameTarget: "evil.example.net" } },
      `stacks[0].domains[0].fastly.cnameTarget: "evil.example.net": it is not under the fastly edge's documented domain`,
    ],
    [
      {
        edge: "sendgrid-auto-ssl",
        sendgrid: {
          ...AUTO_SSL,
          acmeChallengeTarget: "url1.example.com.4a767ed83ff78982.dcv.cloudflare.com",
          cnameTarget: "url1.example.com",
        },
      },
      `stacks[0].domains[0].sendgrid.cnameTarget: "url1.example.com": it is the link host itself`,
    ],
  ])("the config refuses %j, naming the field", (domain, message) => {
    expect(configProblems({ stacks: [{ name: "p", zones: [ZONE], domains: [{ domainName: "url1.example.com", ...domain }] }] })).toEqual([
      expect.stringContaining(message),
    ]);
  });
});

describe("names given as tokens are checked once known", () => {
  const lazy = (value: string) => Lazy.stringValue({ produce: () => value });
  const build =
    (...names: string[]) =>
    (stack: TerraformStack) => {
      const zone = exampleZone(stack);
      names.forEach(
        (name, i) => new SslTrackingDomain(stack, `d${i}`, { domainName: lazy(name), dnsZone: zone, edge: TrackingEdge.fastly() }),
      );
    };

  test.each<[string, (stack: TerraformStack) => void, RegExp]>([
    [
      "a Lazy that resolves to a bad name",
      build("URL1.example.com"),
      /SslTrackingDomain d0: domainName "URL1.example.com" is not a valid host name: it has uppercase letters/,
    ],
    [
      "two Lazy names that resolve to one",
      build("url1.example.com", "url1.example.com"),
      /SslTrackingDomain d1: domainName "url1.example.com" is already served by test\/d0/,
    ],
    [
      "a Lazy name and a literal of the same name",
      (stack) => {
        const zone = exampleZone(stack);
        new SslTrackingDomain(stack, "literal", { domainName: "url1.example.com", dnsZone: zone, edge: TrackingEdge.fastly() });
        new SslTrackingDomain(stack, "lazy", { domainName: lazy("url1.example.com"), dnsZone: zone, edge: TrackingEdge.fastly() });
      },
      /SslTrackingDomain lazy: domainName "url1.example.com" is already served by test\/literal/,
    ],
    [
      "a Lazy name outside its zone",
      build("url1.example.org"),
      /SslTrackingDomain d0: domainName "url1.example.org" is not in DNS zone example.com/,
    ],
    [
      "a Lazy origin that is not SendGrid's",
      (stack) =>
        new SslTrackingDomain(stack, "d", {
          domainName: "url1.example.com",
          dnsZone: exampleZone(stack),
          edge: TrackingEdge.fastly(),
          origin: lazy("sendgird.net"),
        }),
      /origin "sendgird.net": it is not one of SendGrid's origins/,
    ],
    [
      "a variable domain name (known at plan time only)",
      (stack) =>
        new SslTrackingDomain(stack, "d", {
          domainName: new TerraformVariable(stack, "n", { type: "string" }).stringValue,
          dnsZone: exampleZone(stack),
          edge: TrackingEdge.fastly(),
        }),
      /domainName resolves to a Terraform expression/,
    ],
    [
      "a token name on the cloudflare-proxy edge (it would reach a rule expression)",
      (stack) =>
        new SslTrackingDomain(stack, "d", {
          domainName: new TerraformVariable(stack, "n", { type: "string" }).stringValue,
          dnsZone: exampleZone(stack),
          edge: TrackingEdge.cloudflareProxy(),
        }),
      /the cloudflare-proxy edge needs domainName and origin as strings, not tokens/,
    ],
    [
      "a host added to a zone's rules as a token",
      (stack) => exampleZone(stack).addProxiedHost(new TerraformVariable(stack, "n", { type: "string" }).stringValue),
      /rule expression: host "\(a token\)" is not a literal, valid host name/,
    ],
    [
      "two token zone ids that resolve to one zone",
      (stack) => {
        new CloudflareDnsZone(stack, "a", { zoneId: lazy(ZONE_ID), zoneName: "example.com" });
        new CloudflareDnsZone(stack, "b", { zoneId: lazy(ZONE_ID), zoneName: "example.com" });
      },
      /CloudflareDnsZone b: zoneId resolves to "023e105f4ecef8ad9ca31a8372d0c353", which already has a zone object in this stack \(test\/a\)/,
    ],
    [
      "a plan-time zone id on a zone that emits rulesets",
      (stack) => {
        const zone = new CloudflareDnsZone(stack, "a", {
          zoneId: new TerraformVariable(stack, "z", { type: "string" }).stringValue,
          zoneName: "example.com",
        });
        new SslTrackingDomain(stack, "d", { domainName: "url1.example.com", dnsZone: zone, edge: TrackingEdge.cloudflareProxy() });
      },
      /zoneId resolves to "\$\{var.z\}", not a zone id known at synthesis, and the zone emits entry-point rulesets/,
    ],
  ])("refuses %s", (_, buildStack, message) => {
    expect(() => synth(buildStack)).toThrow(message);
  });

  test("a Lazy name that resolves to a good one synthesizes with that name", () => {
    const json = synth(build("url1.example.com", "url2.example.com"));
    expect(resourcesOf(json, "cloudflare_dns_record").map((record) => record.name)).toEqual(
      expect.arrayContaining(["url1.example.com", "url2.example.com"]),
    );
  });
});
