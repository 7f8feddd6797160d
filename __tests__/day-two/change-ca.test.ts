import { addressesOf, at, one, oneStack, synthConfig } from "./helpers";

function subscription(extra: Record<string, unknown>) {
  const json = synthConfig(oneStack([{ domainName: "url1111.example.com", edge: "fastly", ...extra }])).stacks.main;
  const address = one(addressesOf(json, "url1111.example.com"), "fastly_tls_subscription");
  return { address, body: at(json, address) };
}

describe("change the certificate authority", () => {
  // certificate_authority is ForceNew in the provider (resource_fastly_tls_subscription.go:42):
  // the same address with another authority is a replacement.
  test("the same subscription address with another authority: Terraform replaces it", () => {
    const before = subscription({ fastly: { certificateAuthority: "lets-encrypt" } });
    const after = subscription({ fastly: { certificateAuthority: "certainly" } });
    expect(after.address).toBe(before.address);
    expect([before.body.certificate_authority, after.body.certificate_authority]).toEqual(["lets-encrypt", "certainly"]);
  });

  test("a protected domain's replacement is stopped by prevent_destroy", () => {
    expect(subscription({ fastly: { certificateAuthority: "certainly" } }).body.lifecycle.prevent_destroy).toBe(true);
  });

  test("with allowDestroy the replacement creates the new subscription first and may delete the old one", () => {
    const { body } = subscription({ allowDestroy: true, fastly: { certificateAuthority: "certainly" } });
    expect(body.lifecycle).toEqual({ create_before_destroy: true });
    expect(body.force_destroy).toBe(true);
  });
});
