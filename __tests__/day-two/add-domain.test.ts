import { addresses, addressesOf, at, oneStack, synthConfig } from "./helpers";

const START = [
  { domainName: "url1111.example.com", edge: "fastly" },
  { domainName: "url2222.example.com", edge: "cloudflare-proxy" },
];

describe("add a domain", () => {
  test("a new Fastly domain adds its own resources and changes nothing that exists", () => {
    const before = synthConfig(oneStack(START)).stacks.main;
    const after = synthConfig(oneStack([...START, { domainName: "url3333.example.com", edge: "fastly" }])).stacks.main;
    // depends_on only orders operations; it is not an attribute that Terraform diffs. The
    // rulesets gain the new DNS-only records there (see the switch test).
    const attributes = (json: typeof before, address: string) => ({ ...at(json, address), depends_on: undefined });
    for (const address of addresses(before)) {
      expect([address, attributes(after, address)]).toEqual([address, attributes(before, address)]);
    }
    const added = addresses(after).filter((a) => !addresses(before).includes(a));
    expect(added).toEqual(addressesOf(after, "url3333.example.com"));
    expect(added.length).toBeGreaterThan(0);
  });

  test("a new proxied domain updates the zone's rulesets in place and adds only its CNAME", () => {
    const before = synthConfig(oneStack(START)).stacks.main;
    const after = synthConfig(oneStack([...START, { domainName: "url4444.example.com", edge: "cloudflare-proxy" }])).stacks.main;
    const added = addresses(after).filter((a) => !addresses(before).includes(a));
    expect(added).toEqual(addressesOf(after, "url4444.example.com"));
    const rulesets = addresses(before).filter((a) => a.startsWith("cloudflare_ruleset."));
    expect(rulesets).toHaveLength(2);
    for (const address of rulesets) {
      expect(at(after, address).rules[0].ref).toBe(at(before, address).rules[0].ref);
      expect(at(after, address).rules[0].expression).toContain('"url4444.example.com"');
    }
  });
});

describe("Fastly's API budget", () => {
  const fastly = (n: number) => Array.from({ length: n }, (_, i) => ({ domainName: `url${1000 + i}.example.com`, edge: "fastly" }));
  const batchWarnings = (n: number) => synthConfig(oneStack(fastly(n))).warnings.filter((w) => w.includes("Fastly services"));

  test("a stack with more Fastly services than one apply should create warns once, with the batch size", () => {
    expect(batchWarnings(51)).toEqual([
      expect.stringMatching(/Stack main has more than 50 Fastly services.*batches of at most 50 per apply/),
    ]);
  });

  test("50 do not warn", () => {
    expect(batchWarnings(50)).toEqual([]);
  });
});
