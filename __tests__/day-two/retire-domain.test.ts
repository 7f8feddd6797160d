import { addressesOf, at, one, oneStack, synthConfig } from "./helpers";

const fastly = (extra: Record<string, unknown> = {}) => ({ domainName: "url1111.example.com", edge: "fastly", ...extra });

function fastlyResources(domains: unknown[], zone: Record<string, unknown> = {}) {
  const json = synthConfig(oneStack(domains, zone)).stacks.main;
  const own = addressesOf(json, "url1111.example.com");
  const service = at(json, one(own, "fastly_service_vcl"));
  const subscriptions = Object.values<any>(json.resource?.fastly_tls_subscription ?? {});
  return { json, own, service, subscriptions };
}

describe("retire a domain", () => {
  // Failure 1: Fastly refuses to delete an active service, or a subscription whose domains have
  // TLS on, unless force_destroy is in the state before the delete.
  test("allowDestroy sets force_destroy on the service and the managed subscription", () => {
    const { service, subscriptions } = fastlyResources([fastly({ allowDestroy: true })]);
    expect(service.force_destroy).toBe(true);
    expect(subscriptions).toHaveLength(1);
    expect(subscriptions[0].force_destroy).toBe(true);
    expect(service.lifecycle?.prevent_destroy).toBeUndefined();
    expect(subscriptions[0].lifecycle?.prevent_destroy).toBeUndefined();
  });

  test("a protected domain keeps prevent_destroy and no force_destroy", () => {
    const { service, subscriptions } = fastlyResources([fastly()]);
    expect(service.force_destroy).toBeUndefined();
    expect(subscriptions[0].force_destroy).toBeUndefined();
    expect(service.lifecycle.prevent_destroy).toBe(true);
    expect(subscriptions[0].lifecycle.prevent_destroy).toBe(true);
  });

  test("step 2 (allowDestroy) updates the same resources in place, so step 3's delete starts from a state with force_destroy", () => {
    const before = fastlyResources([fastly()]);
    const after = fastlyResources([fastly({ allowDestroy: true })]);
    expect(after.own).toEqual(before.own);
  });

  test("the shared wildcard subscription is force-destroyable only when every domain using it is retiring", () => {
    const wildcard = { certificate: "wildcard" };
    const second = (extra: Record<string, unknown> = {}) => ({ domainName: "url2222.example.com", edge: "fastly", ...extra });
    const mixed = fastlyResources([fastly({ allowDestroy: true }), second()], wildcard).subscriptions;
    expect(mixed).toHaveLength(1);
    expect(mixed[0]).toMatchObject({ domains: ["*.example.com"], lifecycle: { prevent_destroy: true } });
    expect(mixed[0].force_destroy).toBeUndefined();
    const all = fastlyResources([fastly({ allowDestroy: true }), second({ allowDestroy: true })], wildcard).subscriptions;
    expect(all[0].force_destroy).toBe(true);
    expect(all[0].lifecycle.prevent_destroy).toBeUndefined();
  });

  // Failure 6: without force_destroy the subscription delete was refused after the CNAME, the
  // challenge and the validation were gone. Every resource whose delete Fastly refuses while live
  // now carries force_destroy in the step before the removal.
  test("every Fastly resource that refuses a plain delete is force-destroyable before the domain leaves the file", () => {
    const { json, own } = fastlyResources([fastly({ allowDestroy: true })]);
    const refusing = own.filter((a) => /^fastly_(service_vcl|tls_subscription)\./.test(a));
    expect(refusing).toHaveLength(2);
    for (const address of refusing) expect([address, at(json, address).force_destroy]).toEqual([address, true]);
  });
});
