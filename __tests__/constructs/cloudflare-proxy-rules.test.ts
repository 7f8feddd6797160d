import {
  MAX_EXPRESSION_LENGTH,
  SMALLEST_PLAN_RULES_PER_PHASE,
  hostExpression,
  hostGroups,
  proxyRules,
  proxyRulesByPhase,
  ruleCountWarning,
} from "../../constructs/cloudflare-proxy-rules";

const hosts = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `url${100000 + from + i}.example.com`);

describe("proxyRules", () => {
  test("while every host fits, one rule per phase with the refs one rule has always had", () => {
    const rules = proxyRules(["url2.example.com", "url1.example.com"]);
    expect(rules.map((r) => [r.phase, r.ref, r.expression])).toEqual([
      ["http_config_settings", "sendgrid_tracking_ssl_full", '(http.host in {"url1.example.com" "url2.example.com"})'],
      ["http_request_cache_settings", "sendgrid_tracking_no_cache", '(http.host in {"url1.example.com" "url2.example.com"})'],
    ]);
  });

  test.each([200, 500, 3000])(
    "%i hosts: every expression fits in 4,096 characters and every host is in exactly one rule per phase",
    (n) => {
      const all = hosts(n);
      expect(hostExpression(all).length).toBeGreaterThan(MAX_EXPRESSION_LENGTH);
      const byPhase = proxyRulesByPhase(all);
      for (const rules of Object.values(byPhase)) {
        expect(rules.length).toBeGreaterThan(1);
        for (const rule of rules) {
          expect(rule.expression.length).toBeLessThanOrEqual(MAX_EXPRESSION_LENGTH);
          expect(rule.expression).toBe(hostExpression(rule.hosts));
        }
        expect(rules.flatMap((r) => r.hosts).sort()).toEqual([...all].sort());
        // Refs unique, and the rules in the order of their group numbers.
        const refs = rules.map((r) => r.ref);
        expect(new Set(refs).size).toBe(refs.length);
        const groups = refs.map((ref) => Number(/_(\d+)_of_\d+$/.exec(ref)![1]));
        expect(groups).toEqual([...groups].sort((a, b) => a - b));
      }
    },
  );

  test("200 hosts, which made one 4,106-character expression, now fit", () => {
    const all = hosts(200).map((_, i) => `url${1000 + i}.example.com`);
    expect(hostExpression(all).length).toBeGreaterThan(MAX_EXPRESSION_LENGTH);
    expect(Math.max(...proxyRules(all).map((r) => r.expression.length))).toBeLessThanOrEqual(MAX_EXPRESSION_LENGTH);
  });

  test("adding a host changes one rule per phase, not all of them", () => {
    const before = proxyRules(hosts(600));
    const after = proxyRules([...hosts(600), "url999999.example.com"]);
    expect(after.map((r) => r.ref)).toEqual(before.map((r) => r.ref));
    const changed = after.filter((rule, i) => rule.expression !== before[i].expression);
    expect(changed.map((r) => r.phase).sort()).toEqual(["http_config_settings", "http_request_cache_settings"]);
  });

  test("the split does not depend on the order the hosts come in, and a host listed twice counts once", () => {
    const all = hosts(400);
    expect(proxyRules([...all].reverse())).toEqual(proxyRules([...all, all[0]]));
  });

  test("no hosts, no rules", () => {
    expect(hostGroups([])).toEqual([]);
    expect(proxyRules([])).toEqual([]);
  });

  test("a small limit still puts every host in a group that fits", () => {
    const all = hosts(50);
    const groups = hostGroups(all, 200);
    expect(groups.every((g) => hostExpression(g.hosts).length <= 200)).toBe(true);
    expect(groups.flatMap((g) => g.hosts).sort()).toEqual(all);
  });
});

describe("ruleCountWarning (issue 21: more rules per phase than the Free plan allows got no warning)", () => {
  const named = (n: number) => Array.from({ length: n }, (_, i) => `url${1000 + i}.example.com`);
  const rulesPerPhase = (n: number) => proxyRules(named(n)).filter((rule) => rule.phase === "http_config_settings").length;

  test("silent while the rules of a phase fit in the smallest plan", () => {
    expect(rulesPerPhase(1000)).toBeLessThanOrEqual(SMALLEST_PLAN_RULES_PER_PHASE);
    expect(ruleCountWarning("example.com", named(1000))).toBeUndefined();
  });

  test("names the zone, the rule count and the limit once a phase needs more", () => {
    const n = 1600;
    expect(rulesPerPhase(n)).toBeGreaterThan(SMALLEST_PLAN_RULES_PER_PHASE);
    expect(ruleCountWarning("example.com", named(n))).toBe(
      `Zone example.com needs ${rulesPerPhase(n)} rules in each of the phases http_config_settings and http_request_cache_settings for its ${n} proxied hosts; ` +
        `Cloudflare's Free plan allows 10 per phase, so the apply fails on a zone of that plan: check the zone's plan, or move hosts to another zone or edge`,
    );
  });
});
