import { MAX_EXPRESSION_LENGTH } from "../../constructs/cloudflare-proxy-rules";
import { addresses, at, oneStack, synthConfig } from "./helpers";

const proxied = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ domainName: `url${1000 + i}.example.com`, edge: "cloudflare-proxy" }));

describe("grow a zone past the single-rule limit", () => {
  const small = synthConfig(oneStack(proxied(100))).stacks.main;
  const large = synthConfig(oneStack(proxied(200))).stacks.main;
  const rulesets = (json: typeof small) => addresses(json).filter((a) => a.startsWith("cloudflare_ruleset."));

  // Failure 3: 200 hosts made one 4,106-character expression, which Cloudflare refuses.
  test("200 proxied hosts: still one ruleset per phase, at the same addresses, every expression within 4,096 characters", () => {
    expect(rulesets(large)).toEqual(rulesets(small));
    expect(rulesets(large)).toHaveLength(2);
    for (const address of rulesets(large)) {
      const rules = at(large, address).rules as { expression: string; ref: string }[];
      expect(rules.length).toBeGreaterThan(1);
      for (const rule of rules) expect(rule.expression.length).toBeLessThanOrEqual(MAX_EXPRESSION_LENGTH);
      const hosts = rules.flatMap((rule) => rule.expression.match(/"[^"]+"/g)!);
      expect(hosts).toHaveLength(200);
      expect(new Set(hosts).size).toBe(200);
    }
  });

  test("below the limit the single rule keeps its ref and the rulesets do not change shape", () => {
    for (const address of rulesets(small))
      expect(at(small, address).rules.map((r: any) => r.ref)).toEqual([expect.stringMatching(/^sendgrid_tracking_(ssl_full|no_cache)$/)]);
  });
});

test("a zone whose hosts need more rules per phase than the smallest plan allows warns at synthesis, naming the zone", () => {
  const { warnings } = synthConfig(oneStack(proxied(1600)));
  expect(warnings.filter((w) => w.startsWith("Zone example.com needs 16 rules in each of the phases"))).toHaveLength(1);
  expect(synthConfig(oneStack(proxied(200))).warnings.filter((w) => w.includes("Free plan"))).toEqual([]);
});
