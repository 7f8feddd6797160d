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

describe("switch a domain between fastly and sendgrid-auto-ssl", () => {
  const sendgrid = {
    acmeChallengeTarget: "url1111.example.com.4a767ed83ff78982.dcv.cloudflare.com",
    customHostnameTxt: "06231e2e-5d7c-40c0-9b4a-ee31c2a8e98b",
  };
  const onAutoSsl = { domainName: "url1111.example.com", edge: "sendgrid-auto-ssl", sendgrid, allowDestroy: true };
  const fastly = stack([onFastly]);
  const autoSsl = stack([onAutoSsl]);
  /** The address of the record named `name` among the domain's own. */
  const recordNamed = (side: ReturnType<typeof stack>, name: string) =>
    side.own.find((a) => a.startsWith("cloudflare_dns_record.") && at(side.json, a).name === name)!;
  const challenge = "_acme-challenge.url1111.example.com";

  // Both edges need _acme-challenge.<domain>; Cloudflare (and Route 53) refuse a second record of a
  // name while the first exists, and create_before_destroy would create the new one first. A moved
  // block makes it one record, updated in place; Terraform ignores it when the state has no such record.
  test.each([
    ["to Auto SSL", () => ({ from: fastly, to: autoSsl })],
    ["to Fastly", () => ({ from: autoSsl, to: fastly })],
  ])("%s: the new edge's challenge record takes over the old one's state", (_case, sides) => {
    const { from, to } = sides();
    expect(to.json.moved).toEqual([{ from: recordNamed(from, challenge), to: recordNamed(to, challenge) }]);
    expect(recordNamed(from, challenge)).not.toBe(recordNamed(to, challenge));
  });

  test("the CNAME keeps its address and moves between Fastly and SendGrid's click host in place", () => {
    const cname = recordNamed(fastly, "url1111.example.com");
    expect(recordNamed(autoSsl, "url1111.example.com")).toBe(cname);
    expect(at(autoSsl.json, cname)).toMatchObject({ content: "click.sendgrid.net", proxied: false });
  });
});
