import { Testing, TerraformResource, TerraformStack } from "../../framework";
import { Construct } from "constructs";
import { CloudflareDnsZone } from "../../constructs/cloudflare-dns-zone";
import { DnsRecordOptions, IDnsZone } from "../../constructs/dns-zone";
import { SslTrackingDomain } from "../../constructs/ssl-tracking-domain";
import { TrackingEdge } from "../../constructs/tracking-edge";
import { exampleZone, resourceWhere, resourcesOf, synth, ZONE_ID } from "../helpers";

const OTHER_ZONE_ID = "1f2e3d4c5b6a79880123456789abcdef";

function proxied(stack: TerraformStack, zone: IDnsZone, domainName: string): SslTrackingDomain {
  return new SslTrackingDomain(stack, domainName, { domainName, dnsZone: zone, edge: TrackingEdge.cloudflareProxy() });
}

function rulesetOf(json: ReturnType<typeof synth>, phase: string, zoneId = ZONE_ID): Record<string, any> {
  const found = resourcesOf(json, "cloudflare_ruleset").filter((r) => r.phase === phase && r.zone_id === zoneId);
  expect(found).toHaveLength(1);
  return found[0];
}

describe("a Cloudflare-proxied domain", () => {
  const json = synth((stack) => proxied(stack, exampleZone(stack), "url1234.example.com"));
  const record = resourceWhere(json, "cloudflare_dns_record", "name", "url1234.example.com");

  test("is a proxied CNAME to the origin with automatic TTL", () => {
    expect(record).toMatchObject({ type: "CNAME", content: "sendgrid.net", proxied: true, ttl: 1, zone_id: ZONE_ID });
  });

  test("gets SSL mode full (not strict) for its host only, through a configuration rule", () => {
    const ruleset = rulesetOf(json, "http_config_settings");
    expect(ruleset.kind).toBe("zone");
    expect(ruleset.rules).toEqual([
      expect.objectContaining({
        action: "set_config",
        action_parameters: { ssl: "full" },
        expression: '(http.host in {"url1234.example.com"})',
        enabled: true,
      }),
    ]);
  });

  test("is never cached", () => {
    expect(rulesetOf(json, "http_request_cache_settings").rules).toEqual([
      expect.objectContaining({
        action: "set_cache_settings",
        action_parameters: { cache: false },
        expression: '(http.host in {"url1234.example.com"})',
      }),
    ]);
  });

  test("emits nothing else: no Fastly resources, no zone-wide setting, no redirect", () => {
    expect(Object.keys(json.resource ?? {}).sort()).toEqual(["cloudflare_dns_record", "cloudflare_ruleset"]);
    expect(resourcesOf(json, "cloudflare_dns_record")).toHaveLength(1);
    expect(JSON.stringify(json)).not.toMatch(/redirect|always_use_https|strict/);
    expect(json.data).toBeUndefined();
  });

  test("uses the EU origin when asked", () => {
    const eu = synth(
      (stack) =>
        new SslTrackingDomain(stack, "eu", {
          domainName: "url1.example.com",
          dnsZone: exampleZone(stack),
          origin: "eu.sendgrid.net",
          edge: TrackingEdge.cloudflareProxy(),
        }),
    );
    expect(resourcesOf(eu, "cloudflare_dns_record")[0].content).toBe("eu.sendgrid.net");
  });
});

describe("one entry-point ruleset per zone and phase", () => {
  test("three proxied domains in one zone share one ruleset per phase covering all three, sorted", () => {
    const json = synth((stack) => {
      const zone = exampleZone(stack);
      for (const name of ["url3.example.com", "url1.example.com", "url2.example.com"]) proxied(stack, zone, name);
    });
    expect(resourcesOf(json, "cloudflare_ruleset")).toHaveLength(2);
    for (const phase of ["http_config_settings", "http_request_cache_settings"]) {
      expect(rulesetOf(json, phase).rules).toHaveLength(1);
      expect(rulesetOf(json, phase).rules[0].expression).toBe('(http.host in {"url1.example.com" "url2.example.com" "url3.example.com"})');
    }
  });

  test("the rules follow the domains: removing one drops it from the expression", () => {
    const two = synth((stack) => {
      const zone = exampleZone(stack);
      proxied(stack, zone, "url1.example.com");
      proxied(stack, zone, "url2.example.com");
    });
    const one = synth((stack) => proxied(stack, exampleZone(stack), "url2.example.com"));
    expect(rulesetOf(two, "http_config_settings").rules[0].expression).toContain("url1.example.com");
    expect(rulesetOf(one, "http_config_settings").rules[0].expression).toBe('(http.host in {"url2.example.com"})');
    // Same construct path, so Terraform updates the ruleset in place instead of creating another.
    expect(Object.keys(two.resource!.cloudflare_ruleset)).toEqual(Object.keys(one.resource!.cloudflare_ruleset));
  });

  test("proxied domains in two zones get one pair per zone", () => {
    const json = synth((stack) => {
      proxied(stack, exampleZone(stack), "url1.example.com");
      proxied(stack, new CloudflareDnsZone(stack, "org", { zoneId: OTHER_ZONE_ID, zoneName: "example.org" }), "url1.example.org");
    });
    expect(resourcesOf(json, "cloudflare_ruleset")).toHaveLength(4);
    expect(rulesetOf(json, "http_config_settings", OTHER_ZONE_ID).rules[0].expression).toBe('(http.host in {"url1.example.org"})');
    expect(rulesetOf(json, "http_config_settings", ZONE_ID).rules[0].expression).toBe('(http.host in {"url1.example.com"})');
  });

  test("a Fastly domain in the same zone adds no rules", () => {
    const json = synth((stack) => {
      const zone = exampleZone(stack);
      proxied(stack, zone, "url1.example.com");
      new SslTrackingDomain(stack, "fastly", { domainName: "url2.example.com", dnsZone: zone, edge: TrackingEdge.fastly() });
    });
    expect(resourcesOf(json, "cloudflare_ruleset")).toHaveLength(2);
    expect(rulesetOf(json, "http_config_settings").rules[0].expression).toBe('(http.host in {"url1.example.com"})');
  });

  test("a zone with only Fastly domains has no rulesets", () => {
    const json = synth(
      (stack) =>
        new SslTrackingDomain(stack, "fastly", {
          domainName: "url2.example.com",
          dnsZone: exampleZone(stack),
          edge: TrackingEdge.fastly(),
        }),
    );
    expect(resourcesOf(json, "cloudflare_ruleset")).toHaveLength(0);
  });
});

describe("zones whose rulesets are managed elsewhere", () => {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  const zone = new CloudflareDnsZone(stack, "zone", { zoneId: ZONE_ID, zoneName: "example.com", manageRulesets: false });
  proxied(stack, zone, "url1.example.com");
  const json = JSON.parse(Testing.synth(stack));

  test("emit no rulesets but still the proxied record", () => {
    expect(resourcesOf(json, "cloudflare_ruleset")).toHaveLength(0);
    expect(resourceWhere(json, "cloudflare_dns_record", "name", "url1.example.com").proxied).toBe(true);
  });

  test("warn with the exact rules the owner must add", () => {
    const warnings = zone.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("Zone example.com does not manage its rulesets");
    expect(warnings[0]).toContain('phase http_config_settings: set_config {"ssl":"full"} when (http.host in {"url1.example.com"})');
    expect(warnings[0]).toContain(
      'phase http_request_cache_settings: set_cache_settings {"cache":false} when (http.host in {"url1.example.com"})',
    );
  });
});

describe("errors", () => {
  class OtherZone extends Construct implements IDnsZone {
    public readonly zoneName = "example.com";
    public readonly dnsProvider = "route53";
    public addRecord(_scope: Construct, _id: string, _options: DnsRecordOptions): TerraformResource {
      throw new Error("not reached");
    }
  }

  test("the proxy edge with a zone that is not Cloudflare's names the domain", () => {
    expect(() => synth((stack) => proxied(stack, new OtherZone(stack, "r53"), "url1.example.com"))).toThrow(
      "url1.example.com: the cloudflare-proxy edge needs a Cloudflare DNS zone, but zone example.com is at route53",
    );
  });

  test("a proxied domain two levels below the zone is refused", () => {
    expect(() => synth((stack) => proxied(stack, exampleZone(stack), "a.b.example.com"))).toThrow(
      /a.b.example.com: is more than one level below zone example.com, which Cloudflare's Universal SSL certificate does not cover/,
    );
  });

  test("unless the zone declares an advanced certificate", () => {
    const json = synth((stack) =>
      proxied(
        stack,
        new CloudflareDnsZone(stack, "z", { zoneId: ZONE_ID, zoneName: "example.com", advancedCertificate: true }),
        "a.b.example.com",
      ),
    );
    expect(resourceWhere(json, "cloudflare_dns_record", "name", "a.b.example.com").proxied).toBe(true);
  });

  test("a Fastly domain two levels below the zone is fine", () => {
    const json = synth(
      (stack) =>
        new SslTrackingDomain(stack, "deep", { domainName: "a.b.example.com", dnsZone: exampleZone(stack), edge: TrackingEdge.fastly() }),
    );
    expect(resourcesOf(json, "fastly_service_vcl")).toHaveLength(1);
  });
});

describe("the zone's proxy rules as data", () => {
  function zoneWith(props: Partial<ConstructorParameters<typeof CloudflareDnsZone>[2]>, hosts: string[]) {
    const app = Testing.app();
    const stack = new TerraformStack(app, "test");
    const zone = new CloudflareDnsZone(stack, "zone", { zoneId: ZONE_ID, zoneName: "example.com", ...props });
    for (const host of hosts) proxied(stack, zone, host);
    const json = JSON.parse(Testing.synth(stack));
    const warnings = zone.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data));
    return { zone, json, warnings };
  }

  test("proxyRules() gives, per phase, the rules the hosts need, also when the rulesets are owned elsewhere", () => {
    const { zone } = zoneWith({ manageRulesets: false }, ["url2.example.com", "url1.example.com"]);
    const rules = zone.proxyRules();
    expect(Object.keys(rules).sort()).toEqual(["http_config_settings", "http_request_cache_settings"]);
    expect(rules.http_config_settings).toEqual([
      expect.objectContaining({
        ref: "sendgrid_tracking_ssl_full",
        actionParameters: { ssl: "full" },
        hosts: ["url1.example.com", "url2.example.com"],
      }),
    ]);
    expect(rules.http_request_cache_settings).toEqual([expect.objectContaining({ actionParameters: { cache: false } })]);
  });

  test("proxyRules() is what the managed rulesets hold", () => {
    const { zone, json } = zoneWith({}, ["url1.example.com"]);
    expect(rulesetOf(json, "http_config_settings").rules.map((r: any) => r.expression)).toEqual(
      zone.proxyRules().http_config_settings.map((r) => r.expression),
    );
  });

  test("a known owner (another stack of the file) means no rulesets and no warning", () => {
    const { zone, json, warnings } = zoneWith({ rulesetsOwner: "stack alpha" }, ["url1.example.com"]);
    expect(zone.manageRulesets).toBe(false);
    expect(resourcesOf(json, "cloudflare_ruleset")).toHaveLength(0);
    expect(warnings).toEqual([]);
  });

  test("an owner together with manageRulesets: true is refused", () => {
    expect(() => zoneWith({ rulesetsOwner: "stack alpha", manageRulesets: true }, [])).toThrow(
      'CloudflareDnsZone zone: manageRulesets is true but rulesetsOwner says "stack alpha" owns the rulesets; set one of them',
    );
  });
});
