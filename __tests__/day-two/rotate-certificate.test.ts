import { createTestCa, rsaKeyPair } from "../cli/loopback";
import { addressesOf, at, one, oneStack, synthConfig } from "./helpers";

const ca = createTestCa("rotation test CA", rsaKeyPair());

function custom(certificatePem: string) {
  const json = synthConfig(oneStack([{ domainName: "url1111.example.com", edge: "fastly", fastly: { certificate: { certificatePem } } }]))
    .stacks.main;
  const own = addressesOf(json, "url1111.example.com");
  return {
    json,
    own,
    key: one(own, "fastly_tls_private_key"),
    certificate: one(own, "fastly_tls_certificate"),
    activation: one(own, "fastly_tls_activation"),
  };
}

describe("rotate a customer certificate", () => {
  const first = custom(ca.issue({ names: ["url1111.example.com"] }).certPem);
  const renewed = custom(ca.issue({ names: ["url1111.example.com"] }).certPem);

  // The key is the variable tls_private_key_<domain>: a new key changes its value at plan time,
  // never the synthesized output, so synthesis is the same for a same-key and a new-key renewal;
  // what a new key does (key_pem forces a replacement) is ordered by the lifecycle test below.
  test.each([["a renewed certificate", renewed]])(
    "%s: the same addresses, and only the certificate body changes (an update in place)",
    (_, after) => {
      expect(after.own).toEqual(first.own);
      expect(at(after.json, after.certificate).certificate_body).not.toEqual(at(first.json, first.certificate).certificate_body);
      expect(at(after.json, after.activation)).toEqual(at(first.json, first.activation));
      expect(at(after.json, after.key)).toEqual(at(first.json, first.key));
    },
  );

  // Failure 2: key_pem forces a new key, and Fastly refuses to delete a key a certificate uses.
  test("the key and the certificate are created before the old ones are destroyed, and never prevent it", () => {
    for (const address of [first.key, first.certificate]) {
      expect([address, at(first.json, address).lifecycle]).toEqual([address, { create_before_destroy: true }]);
    }
  });

  test("the certificate waits for its key, and the activation follows the certificate's id in place", () => {
    expect(at(first.json, first.certificate).depends_on).toEqual([first.key]);
    expect(at(first.json, first.activation).certificate_id).toBe(`\${${first.certificate}.id}`);
  });

  test("the activation, which keeps links alive, stays protected", () => {
    expect(at(first.json, first.activation).lifecycle.prevent_destroy).toBe(true);
  });
});
