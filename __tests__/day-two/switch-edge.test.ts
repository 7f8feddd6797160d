import { addressesOf, at, one, oneStack, synthConfig } from "./helpers";

const OTHER = { domainName: "url2222.example.com", edge: "cloudflare-proxy" };
const onFastly = { domainName: "url1111.example.com", edge: "fastly", allowDestroy: true };
const onProxy = { domainName: "url1111.example.com", edge: "cloudflare-proxy", allowDestroy: true };

function stack(domains: unknown[]) {
  const json = synthConfig(oneStack(domains)).stacks.main;
  return { json, own: addressesOf(json, "url1111.example.com") };
}

describe("switch a domain between fastly and cloudflare-proxy", () => {
  const fastly = stack([onFastly, OTHER]);
  const proxy = stack([onProxy, OTHER]);
  const cname = fastly.own.find((a) => a.startsWith("cloudflare_dns_record.") && at(fastly.json, a).name === "url1111.example.com")!;

  test("the CNAME keeps its address: it is updated in place, never deleted and recreated", () => {
    expect(one(proxy.own, "cloudflare_dns_record")).toBe(cname);
    expect(at(proxy.json, cname)).toMatchObject({ proxied: true, content: "sendgrid.net", type: "CNAME" });
    expect(at(fastly.json, cname)).toMatchObject({ proxied: false, type: "CNAME" });
  });

  // Failure 7: the old edge's resources leave the config, so only what the state says orders
  // their deletion. create_before_destroy, stored in the state, makes Terraform delete each of
  // them after the resources that depended on it (the CNAME) have been updated.
  test("every resource of the Fastly edge is deleted only after the CNAME has moved", () => {
    const edge = fastly.own.filter((a) => a !== cname);
    expect(edge.length).toBeGreaterThanOrEqual(4);
    for (const address of edge) expect([address, at(fastly.json, address).lifecycle?.create_before_destroy]).toEqual([address, true]);
  });

  // Failure 4: the proxied CNAME must not turn proxied before SSL full and no-cache exist.
  test("to the proxy: the CNAME waits for the zone's rulesets", () => {
    const rulesets = Object.keys(proxy.json.resource!.cloudflare_ruleset).map((name) => `cloudflare_ruleset.${name}`);
    expect(rulesets).toHaveLength(2);
    expect([...at(proxy.json, cname).depends_on].sort()).toEqual(rulesets.sort());
    for (const address of rulesets) expect(at(proxy.json, address).rules[0].expression).toContain('"url1111.example.com"');
  });

  test("to Fastly: the rulesets drop the host only after its DNS-only CNAME has moved, and outlive it if it was the last", () => {
    for (const name of Object.keys(fastly.json.resource!.cloudflare_ruleset)) {
      const ruleset = at(fastly.json, `cloudflare_ruleset.${name}`);
      expect(ruleset.depends_on).toContain(cname);
      expect(ruleset.lifecycle).toEqual({ create_before_destroy: true });
    }
  });
});

describe("switch a domain between fastly and cloudfront", () => {
  const onCloudFront = { domainName: "url1111.example.com", edge: "cloudfront", allowDestroy: true };
  const fastly = stack([onFastly, OTHER]);
  const cloudfront = stack([onCloudFront, OTHER]);
  const cnameOf = (side: ReturnType<typeof stack>) =>
    side.own.find((a) => a.startsWith("cloudflare_dns_record.") && at(side.json, a).name === "url1111.example.com")!;

  test("the CNAME keeps its address, so it moves in place to the distribution", () => {
    const distribution = one(cloudfront.own, "aws_cloudfront_distribution");
    expect(cnameOf(cloudfront)).toBe(cnameOf(fastly));
    expect(at(cloudfront.json, cnameOf(cloudfront))).toMatchObject({ proxied: false, content: `\${${distribution}.domain_name}` });
  });

  test("every resource of either edge is deleted only after the CNAME has moved away from it", () => {
    for (const side of [fastly, cloudfront]) {
      const edge = side.own.filter((a) => a !== cnameOf(side));
      expect(edge.length).toBeGreaterThanOrEqual(4);
      for (const address of edge) expect([address, at(side.json, address).lifecycle?.create_before_destroy]).toEqual([address, true]);
    }
  });
});
