import { at, oneStack, synthConfig } from "./helpers";

const RECORD_ID = "0123456789abcdef0123456789abcdef";

function adopted(domain: Record<string, unknown>, zone: Record<string, unknown> = {}) {
  const json = synthConfig(oneStack([{ domainName: "url4444.example.com", existingRecordId: RECORD_ID, ...domain }], zone)).stacks.main;
  const [name] = Object.entries<any>(json.resource!.cloudflare_dns_record).find(([, r]) => r.name === "url4444.example.com")!;
  return { json, address: `cloudflare_dns_record.${name}` };
}

describe("adopt an existing record", () => {
  test("the record is imported at the address a new one would have", () => {
    const { json, address } = adopted({ edge: "cloudflare-proxy" });
    const fresh = synthConfig(oneStack([{ domainName: "url4444.example.com", edge: "cloudflare-proxy" }])).stacks.main;
    expect(at(fresh, address)).toBeDefined();
    expect(JSON.stringify((json as any).import)).toContain(`${RECORD_ID}`);
  });

  // Failure 4: the adopted record turned proxied with no ordering against the zone's rules.
  test("a proxied adopted record waits for both of the zone's rulesets", () => {
    const { json, address } = adopted({ edge: "cloudflare-proxy" });
    const rulesets = Object.keys(json.resource!.cloudflare_ruleset).map((n) => `cloudflare_ruleset.${n}`);
    expect(rulesets).toHaveLength(2);
    expect([...at(json, address).depends_on].sort()).toEqual(rulesets.sort());
  });

  test("a Fastly adopted record waits for the certificate's validation", () => {
    const { json, address } = adopted({ edge: "fastly" });
    expect(at(json, address).depends_on).toEqual([expect.stringMatching(/^fastly_tls_subscription_validation\./)]);
  });

  test("with rulesets owned outside the file, there is nothing in the stack to wait for", () => {
    const { json, address } = adopted({ edge: "cloudflare-proxy" }, { manageRulesets: false });
    expect(json.resource!.cloudflare_ruleset).toBeUndefined();
    expect(at(json, address).depends_on).toBeUndefined();
  });
});
