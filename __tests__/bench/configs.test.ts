import { BENCH_ZONES, benchZoneId, describeConfig, generateConfig } from "../../bench/configs";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { DNS_EXAMPLES, appCommand, checkShape, median, outputEntries } from "../../bench/run";
import type { OutputEntry } from "../../bench/run";
import { ConfigError, parseConfig } from "../../stacks/config";
import type { TrackingDomainsConfig } from "../../stacks/config";

const ROOT = resolve(__dirname, "..", "..");

describe("the benchmark's config generator", () => {
  test.each([1, 2, 3, 20, 100, 1000])("%i domains: the count, half Fastly and half proxied", (n) => {
    const config = generateConfig(n);
    expect(config.stacks).toHaveLength(1);
    const { domains } = config.stacks[0];
    expect(domains).toHaveLength(n);
    expect(domains.filter((d) => d.edge === "fastly")).toHaveLength(Math.ceil(n / 2));
    expect(domains.filter((d) => d.edge === "cloudflare-proxy")).toHaveLength(Math.floor(n / 2));
    expect(new Set(domains.map((d) => d.domainName)).size).toBe(n);
  });

  test.each([100, 1000])("%i domains are spread evenly over 10 zones, each with both edges", (n) => {
    const { zones, domains } = generateConfig(n).stacks[0];
    expect(BENCH_ZONES).toBe(10);
    expect(zones).toHaveLength(10);
    expect(new Set(zones.map((z) => z.name)).size).toBe(10);
    expect(
      new Set(zones.map((z) => (z.provider === "cloudflare" ? z.zoneId : z.provider === "route53" ? z.hostedZoneId : z.name))).size,
    ).toBe(10);
    for (const zone of zones) {
      const inZone = domains.filter((d) => d.domainName.endsWith(`.${zone.name}`));
      expect(inZone).toHaveLength(n / 10);
      expect(inZone.filter((d) => d.edge === "fastly")).toHaveLength(n / 20);
      // one level below the zone, as a proxied host must be
      for (const d of inZone) expect(d.domainName.slice(0, -zone.name.length - 1)).not.toContain(".");
    }
    expect(describeConfig(generateConfig(n))).toEqual({
      stacks: 1,
      domains: n,
      fastly: n / 2,
      proxied: n / 2,
      cloudfront: 0,
      zones: 10,
      zonesWithProxied: 10,
    });
  });

  test("lists only zones that hold a domain", () => {
    expect(generateConfig(1).stacks[0].zones).toHaveLength(1);
    expect(generateConfig(5).stacks[0].zones).toHaveLength(3);
    expect(describeConfig(generateConfig(1))).toMatchObject({ fastly: 1, proxied: 0, zonesWithProxied: 0 });
  });

  test.each([1, 2, 7, 100, 1000])("the %i-domain config passes the app's validation unchanged", (n) => {
    const config = generateConfig(n);
    expect(parseConfig(JSON.parse(JSON.stringify(config)))).toEqual(config);
  });

  test("is deterministic, with valid zone ids", () => {
    expect(generateConfig(100)).toEqual(generateConfig(100));
    expect(benchZoneId("bench-zone-0.example")).toMatch(/^[0-9a-f]{32}$/);
  });

  test("refuses counts that are no config", () => {
    expect(() => generateConfig(0)).toThrow(RangeError);
    expect(() => generateConfig(1.5)).toThrow(RangeError);
    expect(() => generateConfig(10, { zones: 0 })).toThrow(RangeError);
  });

  test("the validation it passes does refuse a broken config", () => {
    const config = generateConfig(2);
    const broken = { stacks: [{ ...config.stacks[0], domains: [...config.stacks[0].domains, config.stacks[0].domains[0]] }] };
    expect(() => parseConfig(broken)).toThrow(ConfigError);
  });
});

describe("the benchmark's reading of the output", () => {
  const config: TrackingDomainsConfig = {
    stacks: [
      {
        name: "s",
        zones: [{ name: "example.com", provider: "cloudflare", zoneId: "023e105f4ecef8ad9ca31a8372d0c353" }],
        domains: [
          { domainName: "url1.example.com", edge: "fastly" },
          { domainName: "url2.example.com", edge: "cloudflare-proxy" },
        ],
      },
    ],
  };
  const at = (path: string) => ({ "//": { metadata: { path } } });
  const stackJson = (extra: Record<string, unknown> = {}) => ({
    data: { fastly_tls_configuration: { d: at("s/fastly-default-tls-configuration/default") } },
    resource: {
      fastly_service_vcl: { a: at("s/url1.example.com/fastly/service") },
      fastly_tls_subscription: { b: at("s/url1.example.com/fastly/tls-subscription") },
      fastly_tls_subscription_validation: { c: at("s/url1.example.com/fastly/tls-validation") },
      cloudflare_dns_record: {
        e: at("s/url1.example.com/fastly/acme-challenge"),
        f: at("s/url1.example.com/cname"),
        g: at("s/url2.example.com/cname"),
      },
      cloudflare_ruleset: { h: at("s/example.com/http_config_settings"), i: at("s/example.com/http_request_cache_settings") },
      ...extra,
    },
  });
  const check = (json: unknown) => checkShape(config, new Map<string, OutputEntry[]>([["s", outputEntries(json)]]));

  test("counts resources and data sources and attributes them to domains and zones", () => {
    const entries = outputEntries(stackJson());
    expect(entries.filter((e) => e.kind === "resource")).toHaveLength(8);
    expect(entries.filter((e) => e.kind === "data")).toEqual([
      { kind: "data", type: "fastly_tls_configuration", name: "d", owner: "fastly-default-tls-configuration" },
    ]);
    expect(check(stackJson())).toEqual({
      resources: 8,
      dataSources: 1,
      attributed: true,
      maxPerFastlyDomain: 5,
      maxPerProxiedDomain: 1,
      problems: [],
    });
  });

  test("reports a sixth Fastly resource, a stray resource and a per-domain data source", () => {
    const report = check(
      stackJson({
        fastly_service_vcl: { a: at("s/url1.example.com/fastly/service"), x: at("s/url1.example.com/extra") },
        random_id: { r: at("s/shared") },
      }),
    );
    expect(report.problems).toEqual([
      expect.stringMatching(/more than 5 resources per Fastly domain: url1.example.com has 6/),
      expect.stringMatching(/1 resources belong to no domain or zone \(random_id\)/),
    ]);
    const perDomainData = check({ ...stackJson(), data: { fastly_tls_configuration: { d: at("s/url1.example.com/tls") } } });
    expect(perDomainData.problems).toEqual([expect.stringMatching(/data sources per domain: url1.example.com/)]);
  });

  test("a zone's shared wildcard certificate belongs to the zone, not to no one", () => {
    const wildcard = {
      fastly_tls_subscription: { w: at("s/fastly-wildcard-example.com/tls-subscription") },
      fastly_tls_subscription_validation: { v: at("s/fastly-wildcard-example.com/tls-validation") },
    };
    const withWildcard: TrackingDomainsConfig = {
      stacks: [{ ...config.stacks[0], zones: [{ ...config.stacks[0].zones[0], certificate: "wildcard" }] } as never],
    };
    const shape = (c: TrackingDomainsConfig) => checkShape(c, new Map([["s", outputEntries(stackJson(wildcard))]])).problems;
    expect(shape(withWildcard)).toEqual([]);
    expect(shape(config)).toEqual([expect.stringMatching(/2 resources belong to no domain or zone/)]);
  });

  test("the DNS examples of the benchmark are configs with a Route 53 zone", () => {
    for (const { file } of DNS_EXAMPLES) {
      const parsed = parseConfig(JSON.parse(readFileSync(join(ROOT, file), "utf8")));
      expect(parsed.stacks.flatMap((s) => s.zones.map((z) => z.provider))).toContain("route53");
    }
  });

  test("without construct paths, checks the totals", () => {
    const bare = { resource: { cloudflare_dns_record: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`r${i}`, {}])) } };
    expect(check(bare)).toMatchObject({ attributed: false, resources: 9, problems: [expect.stringMatching(/at most 8/)] });
  });

  test("a CloudFront domain may hold its five resources, not a sixth", () => {
    const cloudfrontConfig = parseConfig({
      stacks: [
        {
          name: "s",
          zones: [{ name: "example.com", provider: "cloudflare", zoneId: "023e105f4ecef8ad9ca31a8372d0c353" }],
          domains: [{ domainName: "url3.example.com", edge: "cloudfront" }],
        },
      ],
    });
    const five = {
      aws_acm_certificate: { a: at("s/url3.example.com/cloudfront/certificate") },
      aws_acm_certificate_validation: { b: at("s/url3.example.com/cloudfront/certificate-validation") },
      aws_cloudfront_distribution: { c: at("s/url3.example.com/cloudfront/distribution") },
      cloudflare_dns_record: { d: at("s/url3.example.com/cloudfront/acm-validation"), e: at("s/url3.example.com/cname") },
    };
    const shape = (resource: Record<string, unknown>) =>
      checkShape(cloudfrontConfig, new Map<string, OutputEntry[]>([["s", outputEntries({ resource })]]));
    expect(shape(five)).toMatchObject({ maxPerCloudFrontDomain: 5, problems: [] });
    expect(shape({ ...five, aws_cloudfront_function: { f: at("s/url3.example.com/cloudfront/function") } }).problems).toEqual([
      expect.stringMatching(/more than 5 resources per CloudFront domain: url3.example.com has 6/),
    ]);
    const bare = { resource: { aws_cloudfront_distribution: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`r${i}`, {}])) } };
    expect(checkShape(cloudfrontConfig, new Map([["s", outputEntries(bare)]])).problems).toEqual([expect.stringMatching(/at most 5/)]);
  });

  test("median", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("the benchmark's app command", () => {
  test("runs a plain node command line directly, anything else through a shell", () => {
    expect(appCommand("node --import tsx main.ts")).toEqual({ node: ["--import", "tsx", "main.ts"] });
    expect(appCommand(" node  dist/main.js ")).toEqual({ node: ["dist/main.js"] });
    expect(appCommand("npx tsx main.ts")).toEqual({ shell: "npx tsx main.ts" });
    expect(appCommand("npm run build && node dist/main.js")).toEqual({ shell: "npm run build && node dist/main.js" });
  });
});
