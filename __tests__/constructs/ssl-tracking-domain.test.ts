import { TerraformOutput, TerraformStack, TerraformVariable } from "../../framework";
import { SslTrackingDomain, SslTrackingDomainProps } from "../../constructs/ssl-tracking-domain";
import { TrackingEdge } from "../../constructs/tracking-edge";
import { FastlyCertificateAuthority } from "../../constructs/fastly-certificate";
import { TrackingDomainError } from "../../constructs/errors";
import { addressOf, exampleZone, oneDomain, resourceWhere, resourcesOf, synth } from "../helpers";

describe("SslTrackingDomain with the Fastly edge", () => {
  const json = oneDomain();
  const service = resourcesOf(json, "fastly_service_vcl")[0];
  const subscription = resourcesOf(json, "fastly_tls_subscription")[0];
  const validation = resourcesOf(json, "fastly_tls_subscription_validation")[0];
  const challenge = resourceWhere(json, "cloudflare_dns_record", "name", "_acme-challenge.url1234.example.com");
  const cname = resourceWhere(json, "cloudflare_dns_record", "name", "url1234.example.com");

  test("emits exactly the Fastly edge's resources and nothing Cloudflare-proxy-specific", () => {
    expect(Object.keys(json.resource ?? {}).sort()).toEqual([
      "cloudflare_dns_record",
      "fastly_service_vcl",
      "fastly_tls_subscription",
      "fastly_tls_subscription_validation",
    ]);
    expect(resourcesOf(json, "fastly_service_vcl")).toHaveLength(1);
    expect(resourcesOf(json, "cloudflare_dns_record")).toHaveLength(2);
    expect(resourcesOf(json, "cloudflare_dns_record").every((record) => record.proxied === false)).toBe(true);
  });

  test("the service serves the domain and activates on apply", () => {
    expect(service.domain).toEqual([{ name: "url1234.example.com" }]);
    expect(service.activate).toBe(true);
  });

  test("the single backend is SendGrid on 443 over TLS, checked against the origin's name", () => {
    expect(service.backend).toHaveLength(1);
    expect(service.backend[0]).toMatchObject({
      address: "sendgrid.net",
      port: 443,
      use_ssl: true,
      ssl_check_cert: true,
      ssl_cert_hostname: "sendgrid.net",
      ssl_sni_hostname: "sendgrid.net",
    });
  });

  test("the Host header is never overridden", () => {
    expect(service.backend[0]).not.toHaveProperty("override_host");
    expect(service).not.toHaveProperty("default_host");
  });

  test("every request is passed, never cached, and plain HTTP is not redirected", () => {
    expect(service.request_setting).toEqual([expect.objectContaining({ action: "pass", force_ssl: false })]);
    expect(service.request_setting[0]).not.toHaveProperty("request_condition");
    expect(service.default_ttl).toBe(0);
    expect(service).not.toHaveProperty("cache_setting");
  });

  test("the subscription covers the domain with Let's Encrypt by default, after the service exists", () => {
    expect(subscription.domains).toEqual(["url1234.example.com"]);
    expect(subscription.certificate_authority).toBe("lets-encrypt");
    expect(subscription.depends_on).toEqual([addressOf(json, "fastly_service_vcl", service)]);
  });

  test("the ACME challenge record takes its value from the subscription's managed DNS challenges", () => {
    const subscriptionAddress = addressOf(json, "fastly_tls_subscription", subscription);
    expect(challenge.type).toBe("CNAME");
    expect(challenge.zone_id).toBe("023e105f4ecef8ad9ca31a8372d0c353");
    expect(challenge.content).toBe(
      `\${[for x in ${subscriptionAddress}.managed_dns_challenges : x.record_value if x.record_name == "_acme-challenge.url1234.example.com"][0]}`,
    );
  });

  test("validation waits for the challenge record and validates the subscription", () => {
    expect(validation.subscription_id).toBe(`\${${addressOf(json, "fastly_tls_subscription", subscription)}.id}`);
    expect(validation.depends_on).toEqual([addressOf(json, "cloudflare_dns_record", challenge)]);
  });

  test("the CNAME points at the default TLS configuration's CNAME, DNS only, after validation", () => {
    const [dataId] = Object.keys(json.data?.fastly_tls_configuration ?? {});
    expect(json.data?.fastly_tls_configuration?.[dataId]).toMatchObject({ default: true });
    expect(cname.type).toBe("CNAME");
    expect(cname.proxied).toBe(false);
    expect(cname.content).toContain(`data.fastly_tls_configuration.${dataId}.dns_records`);
    expect(cname.content).toContain(`r.record_type == "CNAME"`);
    expect(cname.depends_on).toEqual([addressOf(json, "fastly_tls_subscription_validation", validation)]);
  });

  test("constructs never create providers", () => {
    expect(json.provider).toBeUndefined();
  });
});

describe("Fastly edge options", () => {
  test.each<FastlyCertificateAuthority>(["lets-encrypt", "certainly", "globalsign"])("certificate authority %s", (authority) => {
    const json = oneDomain({ edge: TrackingEdge.fastly({ certificateAuthority: authority }) });
    expect(resourcesOf(json, "fastly_tls_subscription")[0].certificate_authority).toBe(authority);
  });

  test("an EU origin is used for address, SNI and certificate check", () => {
    const json = oneDomain({ origin: "eu.sendgrid.net" });
    expect(resourcesOf(json, "fastly_service_vcl")[0].backend[0]).toMatchObject({
      address: "eu.sendgrid.net",
      ssl_cert_hostname: "eu.sendgrid.net",
      ssl_sni_hostname: "eu.sendgrid.net",
    });
  });

  test("a cnameTarget override replaces the data source", () => {
    const json = oneDomain({ edge: TrackingEdge.fastly({ cnameTarget: "t.sni.global.fastly.net" }) });
    expect(resourceWhere(json, "cloudflare_dns_record", "name", "url1234.example.com").content).toBe("t.sni.global.fastly.net");
    expect(json.data).toBeUndefined();
  });
});

describe("two domains in one stack", () => {
  let a!: SslTrackingDomain;
  const json = synth((stack) => {
    const zone = exampleZone(stack);
    a = new SslTrackingDomain(stack, "a", { domainName: "url1.example.com", dnsZone: zone, edge: TrackingEdge.fastly() });
    new TerraformOutput(stack, "target", { value: a.cnameTarget });
    new TerraformOutput(stack, "service", { value: a.serviceId });
    new SslTrackingDomain(stack, "b", { domainName: "url2.example.com", dnsZone: zone, edge: TrackingEdge.fastly() });
  });

  test("each gets its own service, subscription, validation and records", () => {
    expect(
      resourcesOf(json, "fastly_service_vcl")
        .map((s) => s.domain[0].name)
        .sort(),
    ).toEqual(["url1.example.com", "url2.example.com"]);
    expect(resourcesOf(json, "fastly_tls_subscription")).toHaveLength(2);
    expect(resourcesOf(json, "fastly_tls_subscription_validation")).toHaveLength(2);
    expect(
      resourcesOf(json, "cloudflare_dns_record")
        .map((r) => r.name)
        .sort(),
    ).toEqual(["_acme-challenge.url1.example.com", "_acme-challenge.url2.example.com", "url1.example.com", "url2.example.com"]);
  });

  test("they share one TLS configuration data source", () => {
    expect(Object.keys(json.data?.fastly_tls_configuration ?? {})).toHaveLength(1);
    const targets = ["url1.example.com", "url2.example.com"].map((n) => resourceWhere(json, "cloudflare_dns_record", "name", n).content);
    expect(targets[0]).toBe(targets[1]);
  });

  test("public attributes expose the CNAME target and service id", () => {
    expect(a.domainName).toBe("url1.example.com");
    expect(a.origin).toBe("sendgrid.net");
    expect(a.edgeKind).toBe("fastly");
    // The tokens resolve to what the record and the service carry in the output.
    expect(json.output?.target.value).toBe(resourceWhere(json, "cloudflare_dns_record", "name", "url1.example.com").content);
    const service = resourcesOf(json, "fastly_service_vcl").find((s) => s.domain[0].name === "url1.example.com")!;
    expect(json.output?.service.value).toBe(`\${${addressOf(json, "fastly_service_vcl", service)}.id}`);
  });
});

describe("warnings", () => {
  const warningsFor = (domainName: string) => {
    let domain!: SslTrackingDomain;
    synth((stack) => {
      domain = new SslTrackingDomain(stack, "d", { domainName, dnsZone: exampleZone(stack), edge: TrackingEdge.fastly() });
    });
    return domain.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data));
  };

  test("a name that looks like SendGrid's account-id CNAME is flagged", () => {
    expect(warningsFor("12345.example.com")).toEqual([
      "12345.example.com: it looks like SendGrid's account-id CNAME (<id>.<domain>), which must keep pointing at sendgrid.net; only the link host (urlNNNN) moves to the CDN",
    ]);
  });

  test("a link host is not", () => {
    expect(warningsFor("url1234.example.com")).toEqual([]);
  });
});

describe("validation", () => {
  const tooLongLabel = `${"a".repeat(64)}.example.com`;
  const tooLongName = `${"abcdefghi.".repeat(25)}example.com`;
  test.each([
    ["empty", "", /domainName "" is not a valid host name: it is empty/],
    ["apex", "example.com", /domainName "example.com" is the apex of zone example.com; an apex cannot be a CNAME/],
    ["spaces", "url 1234.example.com", /domainName "url 1234.example.com" is not a valid host name: it contains whitespace/],
    ["trailing dot", "url1234.example.com.", /domainName "url1234.example.com." is not a valid host name: it ends with a dot/],
    ["label over 63", tooLongLabel, /is not a valid host name: its label "aaaaaaaaaaaa…" is 64 characters long/],
    ["total over 253", tooLongName, /is not a valid host name: it is 261 characters long; the limit is 253/],
    ["outside the zone", "url1234.example.org", /domainName "url1234.example.org" is not in DNS zone example.com/],
    ["uppercase", "URL1234.example.com", /write it in lowercase/],
  ])("refuses a domain name that is %s", (_, domainName, message) => {
    expect(() => oneDomain({ domainName })).toThrow(TrackingDomainError);
    expect(() => oneDomain({ domainName })).toThrow(message);
  });

  test("the message names the construct", () => {
    expect(() => oneDomain({ domainName: "" })).toThrow(/^SslTrackingDomain url1234: /);
  });

  test.each([
    ["origin", { origin: "sendgrid net" }, /origin "sendgrid net" is not a valid host name/],
    [
      "certificateAuthority",
      { edge: TrackingEdge.fastly({ certificateAuthority: "digicert" as FastlyCertificateAuthority }) },
      /certificateAuthority "digicert" is not one of lets-encrypt, certainly, globalsign/,
    ],
    [
      "cnameTarget",
      { edge: TrackingEdge.fastly({ cnameTarget: "x..fastly.net" }) },
      /cnameTarget "x..fastly.net" is not a valid host name/,
    ],
  ])("refuses a bad %s", (_, overrides, message) => {
    expect(() => oneDomain(overrides as Partial<SslTrackingDomainProps>)).toThrow(message);
  });

  test("a domain name known only at plan time (a variable) is refused at synthesis: it could not be checked", () => {
    expect(() =>
      synth((stack: TerraformStack) => {
        const name = new TerraformVariable(stack, "domain", { type: "string" });
        new SslTrackingDomain(stack, "url", { domainName: name.stringValue, dnsZone: exampleZone(stack), edge: TrackingEdge.fastly() });
      }),
    ).toThrow(/SslTrackingDomain url: domainName resolves to a Terraform expression \("\$\{var.domain\}"\), known only at plan time/);
  });
});
