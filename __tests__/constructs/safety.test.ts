import { SslTrackingDomain, SslTrackingDomainProps } from "../../constructs/ssl-tracking-domain";
import { TrackingEdge } from "../../constructs/tracking-edge";
import { exampleZone, resourceWhere, resourcesOf, synth, Synth, ZONE_ID } from "../helpers";

function domain(overrides: Partial<SslTrackingDomainProps> = {}): Synth {
  return synth((stack) => {
    new SslTrackingDomain(stack, "url1234", {
      domainName: "url1234.example.com",
      dnsZone: exampleZone(stack),
      edge: TrackingEdge.fastly(),
      ...overrides,
    });
  });
}

const protectedBodies = (json: Synth) => ({
  cname: resourceWhere(json, "cloudflare_dns_record", "name", "url1234.example.com"),
  service: resourcesOf(json, "fastly_service_vcl")[0],
  subscription: resourcesOf(json, "fastly_tls_subscription")[0],
});

describe("no broken links on change", () => {
  test("by default the CNAME, the Fastly service and the subscription refuse destroy", () => {
    for (const body of Object.values(protectedBodies(domain()))) expect(body.lifecycle).toEqual({ prevent_destroy: true });
  });

  test("the challenge record and the validation stay replaceable (they serve no link)", () => {
    const json = domain();
    expect(resourceWhere(json, "cloudflare_dns_record", "name", "_acme-challenge.url1234.example.com").lifecycle).toBeUndefined();
    expect(resourcesOf(json, "fastly_tls_subscription_validation")[0].lifecycle).toBeUndefined();
  });

  test("allowDestroy lifts the protection and marks the comments for the plan guard", () => {
    const json = domain({ allowDestroy: true });
    const { cname, service, subscription } = protectedBodies(json);
    for (const body of [cname, service, subscription]) expect(body.lifecycle).toBeUndefined();
    expect(cname.comment).toBe("SendGrid link tracking via fastly (cdktf-ssl-tracking-domain; allow-destroy)");
    expect(service.comment).toBe("SendGrid link tracking via fastly (cdktf-ssl-tracking-domain; allow-destroy)");
  });

  test("a protected domain's comments carry the tracking mark but not the allow mark", () => {
    const { cname, service } = protectedBodies(domain());
    expect(cname.comment).toBe("SendGrid link tracking via fastly (cdktf-ssl-tracking-domain)");
    expect(service.comment).toBe(cname.comment);
  });

  test("a proxied domain's CNAME is protected too", () => {
    const json = domain({ edge: TrackingEdge.cloudflareProxy() });
    expect(resourceWhere(json, "cloudflare_dns_record", "name", "url1234.example.com").lifecycle).toEqual({ prevent_destroy: true });
  });
});

describe("adopting an existing record", () => {
  test("existingRecordId imports the record into the CNAME's address", () => {
    const json = domain({ existingRecordId: "372e67954025e0ba6aaa6d586b9e0b59" }) as Synth & { import?: { id: string; to: string }[] };
    const [address] = Object.keys(json.resource!.cloudflare_dns_record).filter((id) => id.includes("_cname_"));
    expect(json.import).toEqual([{ id: `${ZONE_ID}/372e67954025e0ba6aaa6d586b9e0b59`, to: `cloudflare_dns_record.${address}` }]);
  });

  test("without it nothing is imported", () => {
    expect((domain() as { import?: unknown }).import).toBeUndefined();
  });

  test("a malformed record id is refused", () => {
    expect(() => domain({ existingRecordId: "123" })).toThrow(
      'url1234.example.com: existingRecordId "123" is not a Cloudflare DNS record id (32 lowercase hex characters)',
    );
  });
});
