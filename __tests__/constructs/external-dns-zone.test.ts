import { ExternalDnsZone, externalRecordOutputName } from "../../constructs/external-dns-zone";
import { FastlyCertificate } from "../../constructs/fastly-certificate";
import { SslTrackingDomain } from "../../constructs/ssl-tracking-domain";
import { TrackingEdge } from "../../constructs/tracking-edge";
import { TrackingDomainError } from "../../constructs/errors";
import { addressOf, resourcesOf, synth } from "../helpers";

describe("externalRecordOutputName", () => {
  test.each([
    ["url1234.example.net", "dns_record_url1234_example_net"],
    ["_acme-challenge.url-1.example.net", "dns_record__acme__challenge_url__1_example_net"],
  ])("%s → %s", (name, output) => {
    expect(externalRecordOutputName(name)).toBe(output);
  });
});

describe("a Fastly tracking domain in an external zone", () => {
  let zone!: ExternalDnsZone;
  const json = synth((stack) => {
    zone = new ExternalDnsZone(stack, "example-net", { zoneName: "example.net" });
    new SslTrackingDomain(stack, "url1234", { domainName: "url1234.example.net", dnsZone: zone, edge: TrackingEdge.fastly() });
  });
  const subscription = resourcesOf(json, "fastly_tls_subscription")[0];

  test("creates no DNS resource and no validation that would wait for a record Terraform cannot see", () => {
    expect(Object.keys(json.resource ?? {}).sort()).toEqual(["fastly_service_vcl", "fastly_tls_subscription", "terraform_data"]);
  });

  test("keeps each record's name, type and value in a terraform_data resource", () => {
    expect(
      resourcesOf(json, "terraform_data")
        .map((d) => [d.input.name, d.input.type])
        .sort(),
    ).toEqual([
      ["_acme-challenge.url1234.example.net", "CNAME"],
      ["url1234.example.net", "CNAME"],
    ]);
  });

  test("outputs each record to create by hand, the challenge first, the CNAME once the certificate is issued", () => {
    const address = addressOf(json, "fastly_tls_subscription", subscription);
    expect(json.output?.dns_record__acme__challenge_url1234_example_net).toEqual({
      description: "Create by hand in example.net: CNAME _acme-challenge.url1234.example.net",
      value: {
        name: "_acme-challenge.url1234.example.net",
        type: "CNAME",
        value: `\${[for x in ${address}.managed_dns_challenges : x.record_value if x.record_name == "_acme-challenge.url1234.example.net"][0]}`,
        after_certificate: false,
      },
    });
    const cname = json.output?.dns_record_url1234_example_net as unknown as { description: string; value: Record<string, unknown> };
    expect(cname.description).toBe("Create by hand in example.net: CNAME url1234.example.net, once the certificate is issued");
    expect(cname.value).toMatchObject({ name: "url1234.example.net", type: "CNAME", after_certificate: true });
    expect(String(cname.value.value)).toContain("data.fastly_tls_configuration.");
  });

  test("the records' order: the CNAME's entry waits for the subscription, the challenge's for nothing", () => {
    const data = resourcesOf(json, "terraform_data");
    const byName = (name: string) => data.find((d) => d.input.name === name)!;
    expect(byName("_acme-challenge.url1234.example.net")).not.toHaveProperty("depends_on");
    expect(byName("url1234.example.net").depends_on).toEqual([addressOf(json, "fastly_tls_subscription", subscription)]);
    expect(byName("url1234.example.net")).not.toHaveProperty("lifecycle");
  });

  test("lists the records at synthesis, in order, and as data", () => {
    expect(zone.node.metadata.map((m) => m.data)).toEqual([
      "Zone example.net is not managed by Terraform: create by hand CNAME _acme-challenge.url1234.example.net → the value in output dns_record__acme__challenge_url1234_example_net after apply",
      "Zone example.net is not managed by Terraform: create by hand CNAME url1234.example.net → the value in output dns_record_url1234_example_net after apply, after the certificate is issued (check it with `cdktf-ssl-tracking-domain check`)",
    ]);
    expect(zone.records.map((r) => [r.name, r.afterCertificate, r.output])).toEqual([
      ["_acme-challenge.url1234.example.net", false, "dns_record__acme__challenge_url1234_example_net"],
      ["url1234.example.net", true, "dns_record_url1234_example_net"],
    ]);
  });
});

describe("ExternalDnsZone", () => {
  test("a literal value is printed as it is", () => {
    let zone!: ExternalDnsZone;
    synth((stack) => {
      zone = new ExternalDnsZone(stack, "z", { zoneName: "example.net" });
      zone.addRecord(stack, "r", { name: "a.example.net", type: "CNAME", value: "b.example.org" });
    });
    expect(zone.node.metadata.map((m) => m.data)).toEqual([
      "Zone example.net is not managed by Terraform: create by hand CNAME a.example.net → b.example.org",
    ]);
  });

  test("a wildcard certificate's one challenge is reported once, at the zone apex", () => {
    const json = synth((stack) => {
      const dnsZone = new ExternalDnsZone(stack, "z", { zoneName: "example.net" });
      for (const host of ["url1", "url2"]) {
        new SslTrackingDomain(stack, host, {
          domainName: `${host}.example.net`,
          dnsZone,
          edge: TrackingEdge.fastly({ certificate: FastlyCertificate.managedWildcard() }),
        });
      }
    });
    expect(
      Object.keys(json.output ?? {})
        .filter((name) => name.startsWith("dns_record_"))
        .sort(),
    ).toEqual(["dns_record__acme__challenge_example_net", "dns_record_url1_example_net", "dns_record_url2_example_net"]);
    expect(json.resource?.fastly_tls_subscription_validation).toBeUndefined();
  });

  test.each([
    ["a proxied record", { proxied: true }, "a.example.net: zone example.net is not managed by Terraform and has no proxy"],
    [
      "an existing record to adopt",
      { existingRecordId: "x" },
      "a.example.net: existingRecordId is set, but zone example.net is not managed by Terraform: there is nothing to adopt",
    ],
  ])("refuses %s", (_, extra, message) => {
    expect(() =>
      synth((stack) =>
        new ExternalDnsZone(stack, "z", { zoneName: "example.net" }).addRecord(stack, "r", {
          name: "a.example.net",
          type: "CNAME",
          value: "b",
          ...extra,
        }),
      ),
    ).toThrow(new TrackingDomainError(message));
  });

  test("refuses a bad zone name", () => {
    expect(() => synth((stack) => new ExternalDnsZone(stack, "z", { zoneName: "example.net." }))).toThrow(
      /^ExternalDnsZone z: zoneName "example.net." is not a valid zone name/,
    );
  });

  test("the cloudflare-proxy edge refuses it, naming the zone's provider", () => {
    expect(() =>
      synth(
        (stack) =>
          new SslTrackingDomain(stack, "d", {
            domainName: "url1.example.net",
            dnsZone: new ExternalDnsZone(stack, "z", { zoneName: "example.net" }),
            edge: TrackingEdge.cloudflareProxy(),
          }),
      ),
    ).toThrow("url1.example.net: the cloudflare-proxy edge needs a Cloudflare DNS zone, but zone example.net is at external");
  });
});
