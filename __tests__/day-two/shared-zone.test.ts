import { Testing } from "../../framework";
import { buildApp } from "../../stacks/app";
import { parseConfig } from "../../stacks/config";
import { configProblems } from "../stacks/helpers";
import { ZONE, synthConfig } from "./helpers";

function file(a: unknown[], b: unknown[], zoneA: Record<string, unknown> = {}, zoneB: Record<string, unknown> = {}) {
  return {
    stacks: [
      { name: "alpha", zones: [{ ...ZONE, ...zoneA }], domains: a },
      { name: "beta", zones: [{ ...ZONE, ...zoneB }], domains: b },
    ],
  };
}
const proxied = (domainName: string) => ({ domainName, edge: "cloudflare-proxy" });

describe("two stacks of one file that share a zone", () => {
  // Failure 5: beta only warned, asking "the owner" (alpha, from the same file) to add rules by hand.
  test.each([
    ["both manage rulesets", {}],
    ["beta sets manageRulesets: false", { manageRulesets: false }],
  ])("%s: alpha's rulesets cover beta's proxied hosts, beta has none and no warning", (_, zoneB) => {
    const { stacks, warnings } = synthConfig(file([proxied("url1.example.com")], [proxied("url2.example.com")], {}, zoneB));
    const rules = Object.values<any>(stacks.alpha.resource!.cloudflare_ruleset);
    expect(rules).toHaveLength(2);
    for (const ruleset of rules) expect(ruleset.rules[0].expression).toBe('(http.host in {"url1.example.com" "url2.example.com"})');
    expect(stacks.beta.resource!.cloudflare_ruleset).toBeUndefined();
    expect(warnings.filter((w) => w.includes("does not manage its rulesets"))).toEqual([]);
  });

  test("beta's stack depends on alpha's, so a deploy of both applies the rules first", () => {
    const app = buildApp(parseConfig(file([proxied("url1.example.com")], [proxied("url2.example.com")])), Testing.app());
    const [alpha, beta] = app.node.children as any[];
    expect(beta.dependencies).toEqual([alpha]);
    expect(alpha.dependencies).toEqual([]);
  });

  test("a stack that proxies nothing in the zone owns no rulesets and depends on nobody", () => {
    const { stacks } = synthConfig(file([{ domainName: "url1.example.com", edge: "fastly" }], [proxied("url2.example.com")]));
    expect(stacks.alpha.resource!.cloudflare_ruleset).toBeUndefined();
    expect(Object.values<any>(stacks.beta.resource!.cloudflare_ruleset)).toHaveLength(2);
  });

  test("when no stack of the file manages the zone's rulesets, each host still warns with its rules", () => {
    const { warnings } = synthConfig(
      file([proxied("url1.example.com")], [proxied("url2.example.com")], { manageRulesets: false }, { manageRulesets: false }),
    );
    expect(warnings.filter((w) => w.includes("does not manage its rulesets"))).toHaveLength(2);
  });

  // Failure 5: both stacks emitted *.example.com and _acme-challenge.example.com.
  test("a zone's wildcard certificate lives in one stack: a second stack using it is refused, naming the zone and both stacks", () => {
    const wildcard = { certificate: "wildcard" };
    const problems = configProblems(
      file([{ domainName: "url1.example.com", edge: "fastly" }], [{ domainName: "url2.example.com", edge: "fastly" }], wildcard, wildcard),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^stacks\[1\]\.domains\[0\]\.domainName: url2\.example\.com would use the wildcard certificate of zone example\.com, which lives in stack "alpha".*stack "beta" cannot have a second/,
      ),
    ]);
  });

  test("a second stack whose domains have their own certificates is accepted", () => {
    const { stacks } = synthConfig(
      file(
        [{ domainName: "url1.example.com", edge: "fastly" }],
        [{ domainName: "url2.example.com", edge: "fastly", fastly: { certificate: "managed" } }],
        { certificate: "wildcard" },
        { certificate: "wildcard" },
      ),
    );
    const domains = (s: string) => Object.values<any>(stacks[s].resource!.fastly_tls_subscription).map((r) => r.domains[0]);
    expect([domains("alpha"), domains("beta")]).toEqual([["*.example.com"], ["url2.example.com"]]);
  });
});

test("two stacks that would each wait for the other's rulesets are refused with the tool's message, not a stack trace", () => {
  const z1 = { name: "example.com", provider: "cloudflare", zoneId: "1".repeat(32) };
  const z2 = { name: "example.org", provider: "cloudflare", zoneId: "2".repeat(32) };
  const data = {
    stacks: [
      { name: "a", zones: [{ ...z1, manageRulesets: false }, z2], domains: [proxied("url1.example.com"), proxied("url1.example.org")] },
      { name: "b", zones: [z1, { ...z2, manageRulesets: false }], domains: [proxied("url2.example.com"), proxied("url2.example.org")] },
    ],
  };
  expect(() => buildApp(parseConfig(data), Testing.app())).toThrow(
    /stacks (a and b|b and a) each hold the entry-point rulesets of a zone in which the other proxies a host/,
  );
});
