import { ZONE, addressesOf, at, synthConfig } from "./helpers";

const MOVING = [
  { domainName: "url1111.example.com", edge: "fastly" },
  { domainName: "url2222.example.com", edge: "cloudflare-proxy" },
];
const STAYING = { domainName: "url3333.example.com", edge: "cloudflare-proxy" };

function file(a: unknown[], b: unknown[]) {
  return {
    stacks: [
      { name: "a", zones: [{ ...ZONE, manageRulesets: true }], domains: a },
      { name: "b", zones: [ZONE], domains: b },
    ],
  };
}

describe("move a domain between stacks of one file", () => {
  const before = synthConfig(file([STAYING, ...MOVING], [{ domainName: "url4444.example.com", edge: "fastly" }])).stacks;
  const after = synthConfig(file([STAYING], [{ domainName: "url4444.example.com", edge: "fastly" }, ...MOVING])).stacks;

  test.each(MOVING.map((d) => [d.edge, d.domainName]))(
    "%s: the domain's resources have the same addresses and bodies in the new stack, so `terraform state mv` moves them 1:1",
    (_, domainName) => {
      const from = addressesOf(before.a, domainName);
      expect(from.length).toBeGreaterThan(0);
      expect(addressesOf(after.b, domainName)).toEqual(from);
      expect(addressesOf(after.a, domainName)).toEqual([]);
      for (const address of from) {
        const body = (json: typeof before.a) => ({ ...at(json, address), depends_on: undefined });
        expect([address, body(after.b)]).toEqual([address, body(before.a)]);
      }
    },
  );

  test("the zone's rulesets stay in stack a, their declared owner, and cover the moved hosts and every other host of b in the zone", () => {
    const rules = Object.values<any>(after.a.resource!.cloudflare_ruleset).map((r) => r.rules[0].expression);
    const all = '(http.host in {"url1111.example.com" "url2222.example.com" "url3333.example.com" "url4444.example.com"})';
    expect(rules).toEqual([all, all]);
    expect(after.b.resource!.cloudflare_ruleset).toBeUndefined();
  });
});
