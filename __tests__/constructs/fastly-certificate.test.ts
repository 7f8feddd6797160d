import { TerraformStack, TerraformVariable, Testing } from "../../framework";
import { FastlyCertificate, IFastlyCertificate } from "../../constructs/fastly-certificate";
import { FastlyTlsEdge } from "../../constructs/fastly-tls-edge";
import { SslTrackingDomain } from "../../constructs/ssl-tracking-domain";
import { TrackingEdge } from "../../constructs/tracking-edge";
import { createTestCa } from "../cli/loopback";
import { addressOf, exampleZone, resourceWhere, resourcesOf, synth, Synth } from "../helpers";

const DAY = 24 * 60 * 60 * 1000;
const ca = createTestCa("fastly-certificate test CA");
const certificatePem = ca.issue({ names: ["url1.example.com"] }).certPem;

function keyVariable(stack: TerraformStack): TerraformVariable {
  return new TerraformVariable(stack, "tls_private_key", { type: "string", sensitive: true });
}

function fastlyDomains(
  domains: { name: string; certificate: (stack: TerraformStack) => IFastlyCertificate; allowDestroy?: boolean }[],
): Synth {
  return synth((stack) => {
    const zone = exampleZone(stack);
    for (const { name, certificate, allowDestroy } of domains) {
      new SslTrackingDomain(stack, name, {
        domainName: name,
        dnsZone: zone,
        edge: TrackingEdge.fastly({ certificate: certificate(stack) }),
        allowDestroy,
      });
    }
  });
}

describe("customer certificate hosting", () => {
  const json = fastlyDomains([
    { name: "url1.example.com", certificate: (stack) => FastlyCertificate.custom({ certificatePem, privateKey: keyVariable(stack) }) },
  ]);
  const key = resourcesOf(json, "fastly_tls_private_key")[0];
  const certificate = resourcesOf(json, "fastly_tls_certificate")[0];
  const activation = resourcesOf(json, "fastly_tls_activation")[0];

  test("uploads the key from the variable and the certificate after it", () => {
    expect(key.key_pem).toBe("${var.tls_private_key}");
    expect(certificate.certificate_body).toBe(certificatePem);
    expect(certificate.depends_on).toEqual([addressOf(json, "fastly_tls_private_key", key)]);
  });

  test("activates the certificate for the domain once the service exists, protected from destroy", () => {
    expect(activation.domain).toBe("url1.example.com");
    expect(activation.certificate_id).toBe(`\${${addressOf(json, "fastly_tls_certificate", certificate)}.id}`);
    expect(activation.depends_on).toEqual([addressOf(json, "fastly_service_vcl", resourcesOf(json, "fastly_service_vcl")[0])]);
    expect(activation.lifecycle).toEqual({ prevent_destroy: true, create_before_destroy: true });
  });

  test("has no subscription, challenge or validation, and the CNAME waits for the activation", () => {
    expect(resourcesOf(json, "fastly_tls_subscription")).toHaveLength(0);
    expect(resourcesOf(json, "fastly_tls_subscription_validation")).toHaveLength(0);
    expect(resourcesOf(json, "cloudflare_dns_record").map((r) => r.name)).toEqual(["url1.example.com"]);
    expect(resourceWhere(json, "cloudflare_dns_record", "name", "url1.example.com").depends_on).toEqual([
      addressOf(json, "fastly_tls_activation", activation),
    ]);
  });

  test("stays within five resources for the domain", () => {
    const count = Object.values(json.resource ?? {}).reduce((n, byName) => n + Object.keys(byName).length, 0);
    expect(count).toBe(5);
  });
});

describe("custom certificate errors", () => {
  const custom = (pem: string) => (stack: TerraformStack) =>
    FastlyCertificate.custom({ certificatePem: pem, privateKey: keyVariable(stack) });

  test.each([
    [
      "a PEM that does not parse",
      custom("not a certificate"),
      /certificatePem cannot serve the domain: it is not a PEM-encoded X.509 certificate/,
    ],
    ["a certificate for another domain", custom(ca.issue({ names: ["other.example.com"] }).certPem), /it does not cover url1.example.com/],
    [
      "an expired certificate",
      custom(ca.issue({ names: ["url1.example.com"], notBefore: new Date("2024-01-01"), notAfter: new Date("2024-04-01") }).certPem),
      /it expired on 2024-04-01/,
    ],
  ])("refuses %s", (_, certificate, message) => {
    expect(() => fastlyDomains([{ name: "url1.example.com", certificate }])).toThrow(message);
  });

  test("a certificate given as a token is not checked at synthesis", () => {
    const json = fastlyDomains([
      {
        name: "url1.example.com",
        certificate: (stack) =>
          FastlyCertificate.custom({
            certificatePem: new TerraformVariable(stack, "pem", { type: "string" }).stringValue,
            privateKey: keyVariable(stack),
          }),
      },
    ]);
    expect(resourcesOf(json, "fastly_tls_certificate")[0].certificate_body).toBe("${var.pem}");
  });

  test("a domain cannot get both a subscription and an activation", () => {
    // Two edges for one name: SslTrackingDomain refuses the second domain before its edge is built.
    expect(() =>
      synth((stack) => {
        const zone = exampleZone(stack);
        const edge = { domainName: "url1.example.com", origin: "sendgrid.net", dnsZone: zone };
        new FastlyTlsEdge(stack, "a", edge);
        new FastlyTlsEdge(stack, "b", {
          ...edge,
          certificate: FastlyCertificate.custom({ certificatePem, privateKey: keyVariable(stack) }),
        });
      }),
    ).toThrow("url1.example.com: already has a Fastly managed subscription in this stack");
  });

  test("certificate and certificateAuthority together are refused", () => {
    expect(() =>
      synth(
        (stack) =>
          new SslTrackingDomain(stack, "a", {
            domainName: "url1.example.com",
            dnsZone: exampleZone(stack),
            edge: TrackingEdge.fastly({ certificate: FastlyCertificate.managed(), certificateAuthority: "certainly" }),
          }),
      ),
    ).toThrow("url1.example.com: certificateAuthority and certificate are both set");
  });
});

describe("a custom certificate that expires soon", () => {
  /** The warnings added anywhere in a stack built with `certificatePem`. */
  function warningsFor(pem: string): string[] {
    const app = Testing.app();
    const stack = new TerraformStack(app, "test");
    new SslTrackingDomain(stack, "url1", {
      domainName: "url1.example.com",
      dnsZone: exampleZone(stack),
      edge: TrackingEdge.fastly({ certificate: FastlyCertificate.custom({ certificatePem: pem, privateKey: keyVariable(stack) }) }),
    });
    return stack.node
      .findAll()
      .flatMap((construct) => construct.node.metadata)
      .filter((entry) => entry.type === "@cdktf/warn")
      .map((entry) => String(entry.data));
  }

  test("is accepted with a warning when it expires within 30 days", () => {
    const pem = ca.issue({ names: ["url1.example.com"], notAfter: new Date(Date.now() + 12 * DAY + 60_000) }).certPem;
    expect(warningsFor(pem)).toEqual([
      expect.stringMatching(/^url1.example.com: the certificate expires on \d{4}-\d{2}-\d{2}, in 12 days; renew it/),
    ]);
  });

  test("is accepted silently with more time left", () => {
    expect(warningsFor(certificatePem)).toEqual([]);
  });
});

describe("managed wildcard certificate", () => {
  const wildcard = () => FastlyCertificate.managedWildcard({ authority: "certainly" });
  const json = fastlyDomains([
    { name: "url1.example.com", certificate: wildcard },
    { name: "url2.example.com", certificate: wildcard },
  ]);

  test("two domains share one *.zone subscription with one challenge and one validation", () => {
    expect(resourcesOf(json, "fastly_tls_subscription")).toEqual([
      expect.objectContaining({ domains: ["*.example.com"], certificate_authority: "certainly" }),
    ]);
    expect(resourcesOf(json, "fastly_tls_subscription_validation")).toHaveLength(1);
    const challenge = resourceWhere(json, "cloudflare_dns_record", "name", "_acme-challenge.example.com");
    expect(challenge.content).toContain('x.record_name == "_acme-challenge.example.com"');
    expect(resourcesOf(json, "fastly_service_vcl")).toHaveLength(2);
  });

  test("the shared subscription waits for every service that uses it", () => {
    const services = resourcesOf(json, "fastly_service_vcl").map((body) => addressOf(json, "fastly_service_vcl", body));
    expect([...resourcesOf(json, "fastly_tls_subscription")[0].depends_on].sort()).toEqual(services.sort());
  });

  test("both CNAMEs wait for the shared validation", () => {
    const validation = addressOf(json, "fastly_tls_subscription_validation", resourcesOf(json, "fastly_tls_subscription_validation")[0]);
    for (const name of ["url1.example.com", "url2.example.com"]) {
      expect(resourceWhere(json, "cloudflare_dns_record", "name", name).depends_on).toEqual([validation]);
    }
  });

  test("the shared subscription is protected while any domain using it is", () => {
    expect(resourcesOf(json, "fastly_tls_subscription")[0].lifecycle).toEqual({ prevent_destroy: true, create_before_destroy: true });
    const retiring = fastlyDomains([{ name: "url1.example.com", certificate: wildcard, allowDestroy: true }]);
    expect(resourcesOf(retiring, "fastly_tls_subscription")[0].lifecycle).toEqual({ create_before_destroy: true });
  });

  test("a domain deeper than one label is refused", () => {
    expect(() => fastlyDomains([{ name: "a.b.example.com", certificate: wildcard }])).toThrow(
      "a.b.example.com: a wildcard certificate for *.example.com covers one label only",
    );
  });

  test("domains of one zone cannot ask for different authorities", () => {
    expect(() =>
      fastlyDomains([
        { name: "url1.example.com", certificate: wildcard },
        { name: "url2.example.com", certificate: () => FastlyCertificate.managedWildcard() },
      ]),
    ).toThrow("*.example.com: the shared wildcard certificate is issued by certainly; a domain cannot ask for lets-encrypt");
  });
});
