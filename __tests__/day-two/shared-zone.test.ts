import { Testing } from "../../framework";
import { buildApp } from "../../stacks/app";
import { parseConfig } from "../../stacks/config";
import { configErrorProblems, configProblems } from "../stacks/helpers";
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

/** The problems of the ConfigError that building the app raises for `data`. */
function appProblems(data: unknown): string[] {
  return configErrorProblems(() => buildApp(parseConfig(data), Testing.app()));
}

describe("two stacks of one file that share a zone", () => {
  const OWNER = { manageRulesets: true };
  // Failure 5: beta only warned, asking "the owner" (alpha, from the same file) to add rules by hand.
  test.each([
    ["beta omits manageRulesets", {}],
    ["beta sets manageRulesets: false", { manageRulesets: false }],
  ])("%s: alpha, the declared owner, covers beta's proxied hosts; beta has none and no warning", (_, zoneB) => {
    const { stacks, warnings } = synthConfig(file([proxied("url1.example.com")], [proxied("url2.example.com")], OWNER, zoneB));
    const rules = Object.values<any>(stacks.alpha.resource!.cloudflare_ruleset);
    expect(rules).toHaveLength(2);
    for (const ruleset of rules) expect(ruleset.rules[0].expression).toBe('(http.host in {"url1.example.com" "url2.example.com"})');
    expect(stacks.beta.resource!.cloudflare_ruleset).toBeUndefined();
    expect(warnings.filter((w) => w.includes("does not manage its rulesets"))).toEqual([]);
  });

  test("beta's stack depends on alpha's, so a deploy of both applies the rules first", () => {
    const app = buildApp(parseConfig(file([proxied("url1.example.com")], [proxied("url2.example.com")], OWNER)), Testing.app());
    const [alpha, beta] = app.node.children as any[];
    expect(beta.dependencies).toEqual([alpha]);
    expect(alpha.dependencies).toEqual([]);
  });

  // Issue 21 finding 1: the owner was the first stack by name that proxied a host, so adding a
  // stack "a-new" (or renaming one) moved the rulesets, with no warning.
  test("adding a stack that sorts first and proxies a host never moves the rulesets from the declared owner", () => {
    const data = file([proxied("url1.example.com")], [proxied("url2.example.com")], {}, OWNER);
    const before = synthConfig(data).stacks;
    (data.stacks as any[]).push({ name: "a-new", zones: [ZONE], domains: [proxied("url3.example.com")] });
    const after = synthConfig(data).stacks;
    expect(before.alpha.resource!.cloudflare_ruleset).toBeUndefined();
    expect(after["a-new"].resource!.cloudflare_ruleset).toBeUndefined();
    expect(after.alpha.resource!.cloudflare_ruleset).toBeUndefined();
    expect(Object.keys(after.beta.resource!.cloudflare_ruleset)).toEqual(Object.keys(before.beta.resource!.cloudflare_ruleset));
  });

  test("a shared zone with a proxied host and no declared owner is refused, naming the zone, the stacks and the fix", () => {
    expect(appProblems(file([proxied("url1.example.com")], [{ domainName: "url2.example.com", edge: "fastly" }]))).toEqual([
      expect.stringMatching(
        /^stacks\[0\]\.zones\[0\]\.manageRulesets: zone example\.com is listed by stacks "alpha", "beta" and proxies a host, but no stack declares .*"manageRulesets": true on the zone in the stack that holds them today/,
      ),
    ]);
  });

  test("two stacks declaring themselves owner are refused, naming both", () => {
    expect(appProblems(file([proxied("url1.example.com")], [proxied("url2.example.com")], OWNER, OWNER))).toEqual([
      expect.stringMatching(
        /^stacks\[0\]\.zones\[0\]\.manageRulesets and stacks\[1\]\.zones\[0\]\.manageRulesets: zone example\.com .* more than one declares/,
      ),
    ]);
  });

  test("a declared owner that proxies nothing itself still holds the rules of the other stacks' hosts; the proxying stack depends on it", () => {
    const data = file([{ domainName: "url1.example.com", edge: "fastly" }], [proxied("url2.example.com")], OWNER);
    const { stacks } = synthConfig(data);
    const rules = Object.values<any>(stacks.alpha.resource!.cloudflare_ruleset);
    expect(rules.map((r) => r.rules[0].expression)).toEqual(['(http.host in {"url2.example.com"})', '(http.host in {"url2.example.com"})']);
    expect(stacks.beta.resource!.cloudflare_ruleset).toBeUndefined();
    const [alpha, beta] = buildApp(parseConfig(data), Testing.app()).node.children as any[];
    expect(beta.dependencies).toEqual([alpha]);
  });

  // Issue 21 finding 2: the owner's rules dropped a host of another stack as soon as it left the
  // proxy, so applying the owner first left it proxied without SSL full and no-cache.
  test("the owner's rules keep a host of another stack that leaves the proxy, so neither apply order strands it", () => {
    const before = synthConfig(file([proxied("url1.example.com")], [proxied("url2.example.com")], OWNER)).stacks;
    const after = synthConfig(file([proxied("url1.example.com")], [{ domainName: "url2.example.com", edge: "fastly" }], OWNER)).stacks;
    const expressions = (json: any) => Object.values<any>(json.resource.cloudflare_ruleset).map((r) => r.rules[0].expression);
    expect(expressions(after.alpha)).toEqual(expressions(before.alpha));
    expect(expressions(after.alpha)[0]).toContain('"url2.example.com"');
  });

  test("a stack that does not hold the rulesets forgets them (removed, destroy = false) instead of deleting them", () => {
    const { stacks } = synthConfig(file([proxied("url1.example.com")], [proxied("url2.example.com")], OWNER));
    expect((stacks.beta as any).removed).toEqual([
      { from: expect.stringMatching(/^cloudflare_ruleset\.examplecom_http_config_settings_/), lifecycle: { destroy: false } },
      { from: expect.stringMatching(/^cloudflare_ruleset\.examplecom_http_request_cache_settings_/), lifecycle: { destroy: false } },
    ]);
    expect((stacks.alpha as any).removed).toBeUndefined();
  });

  test("the forgotten addresses are exactly those of the rulesets the stack held as owner: the hand-over never deletes them", () => {
    const asOwner = synthConfig(file([proxied("url1.example.com")], [proxied("url2.example.com")], {}, OWNER)).stacks.beta;
    const handedOver = synthConfig(file([proxied("url1.example.com")], [proxied("url2.example.com")], OWNER)).stacks.beta;
    expect((handedOver as any).removed.map((r: any) => r.from)).toEqual(
      Object.keys(asOwner.resource!.cloudflare_ruleset).map((name) => `cloudflare_ruleset.${name}`),
    );
  });

  test("the new owner imports the rulesets it takes over by their ids", () => {
    const ids = { http_config_settings: "a".repeat(32), http_request_cache_settings: "b".repeat(32) };
    const { stacks } = synthConfig(
      file([proxied("url1.example.com")], [proxied("url2.example.com")], { ...OWNER, existingRulesetIds: ids }),
    );
    const names = Object.keys(stacks.alpha.resource!.cloudflare_ruleset);
    expect((stacks.alpha as any).import).toEqual([
      { to: `cloudflare_ruleset.${names[0]}`, id: `zones/${ZONE.zoneId}/${"a".repeat(32)}` },
      { to: `cloudflare_ruleset.${names[1]}`, id: `zones/${ZONE.zoneId}/${"b".repeat(32)}` },
    ]);
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
      {
        name: "a",
        zones: [
          { ...z1, manageRulesets: false },
          { ...z2, manageRulesets: true },
        ],
        domains: [proxied("url1.example.com"), proxied("url1.example.org")],
      },
      {
        name: "b",
        zones: [
          { ...z1, manageRulesets: true },
          { ...z2, manageRulesets: false },
        ],
        domains: [proxied("url2.example.com"), proxied("url2.example.org")],
      },
    ],
  };
  expect(() => buildApp(parseConfig(data), Testing.app())).toThrow(
    /stacks (a and b|b and a) each hold the entry-point rulesets of a zone in which the other proxies a host/,
  );
});

test("a zone's existingRulesetIds in the config must be ruleset ids, by phase: refused naming the field and the value", () => {
  const zone = { ...ZONE, existingRulesetIds: { http_config_settings: "nope", http_request_firewall_custom: "a".repeat(32) } };
  expect(configProblems({ stacks: [{ name: "alpha", zones: [zone], domains: [proxied("url1.example.com")] }] })).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^stacks\[0\]\.zones\[0\]\.existingRulesetIds\.http_config_settings: .*"nope" is not a Cloudflare ruleset id/),
      expect.stringMatching(/^stacks\[0\]\.zones\[0\]\.existingRulesetIds: unknown key "http_request_firewall_custom"/),
    ]),
  );
});
