import { TrackingEdge } from "../../constructs/tracking-edge";
import { oneDomain, resourceWhere, resourcesOf, Synth, ZONE_ID } from "../helpers";

const protectedBodies = (json: Synth) => ({
  cname: resourceWhere(json, "cloudflare_dns_record", "name", "url1234.example.com"),
  service: resourcesOf(json, "fastly_service_vcl")[0],
  subscription: resourcesOf(json, "fastly_tls_subscription")[0],
});

describe("no broken links on change", () => {
  test("by default the CNAME, the Fastly service and the subscription refuse destroy", () => {
    const { cname, service, subscription } = protectedBodies(oneDomain());
    expect(cname.lifecycle).toEqual({ prevent_destroy: true });
    // The edge's resources are also deleted after what depends on them (see day-two/switch-edge).
    for (const body of [service, subscription]) expect(body.lifecycle).toEqual({ prevent_destroy: true, create_before_destroy: true });
  });

  test("the challenge record and the validation stay replaceable (they serve no link)", () => {
    const json = oneDomain();
    const challenge = resourceWhere(json, "cloudflare_dns_record", "name", "_acme-challenge.url1234.example.com");
    expect(challenge.lifecycle).toEqual({ create_before_destroy: true });
    expect(resourcesOf(json, "fastly_tls_subscription_validation")[0].lifecycle).toEqual({ create_before_destroy: true });
  });

  test("allowDestroy lifts the protection and marks the comments for the plan guard", () => {
    const json = oneDomain({ allowDestroy: true });
    const { cname, service, subscription } = protectedBodies(json);
    expect(cname.lifecycle).toBeUndefined();
    for (const body of [service, subscription]) expect(body.lifecycle).toEqual({ create_before_destroy: true });
    expect(cname.comment).toBe("SendGrid link tracking via fastly (cdktf-ssl-tracking-domain; allow-destroy)");
    expect(service.comment).toBe("SendGrid link tracking via fastly (cdktf-ssl-tracking-domain; allow-destroy)");
  });

  test("a protected domain's comments carry the tracking mark but not the allow mark", () => {
    const { cname, service } = protectedBodies(oneDomain());
    expect(cname.comment).toBe("SendGrid link tracking via fastly (cdktf-ssl-tracking-domain)");
    expect(service.comment).toBe(cname.comment);
  });

  test("a proxied domain's CNAME is protected too", () => {
    const json = oneDomain({ edge: TrackingEdge.cloudflareProxy() });
    expect(resourceWhere(json, "cloudflare_dns_record", "name", "url1234.example.com").lifecycle).toEqual({ prevent_destroy: true });
  });
});

describe("adopting an existing record", () => {
  test("existingRecordId imports the record into the CNAME's address", () => {
    const json = oneDomain({ existingRecordId: "372e67954025e0ba6aaa6d586b9e0b59" }) as Synth & { import?: { id: string; to: string }[] };
    const [address] = Object.keys(json.resource!.cloudflare_dns_record).filter((id) => id.includes("_cname_"));
    expect(json.import).toEqual([{ id: `${ZONE_ID}/372e67954025e0ba6aaa6d586b9e0b59`, to: `cloudflare_dns_record.${address}` }]);
  });

  test("without it nothing is imported", () => {
    expect((oneDomain() as { import?: unknown }).import).toBeUndefined();
  });

  test("a malformed record id is refused", () => {
    expect(() => oneDomain({ existingRecordId: "123" })).toThrow(
      'url1234.example.com: existingRecordId "123" is not a Cloudflare DNS record id (32 lowercase hex characters)',
    );
  });
});
