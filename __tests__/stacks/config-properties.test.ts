import fc from "fast-check";
import { Testing } from "../../framework";
import { ConfigError, parseConfig } from "../../stacks/config";
import { buildApp } from "../../stacks/app";

const SEED = Number(process.env.PROPS_SEED ?? 20261129);
const RUNS = Number(process.env.PROPS_RUNS ?? 100);

/** Mostly plausible values with a bad one now and then, so both outcomes are exercised. */
const rarely = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: bad });
/** One id per zone name, as in Cloudflare. */
const zoneIdOf = (name: string) => Buffer.from(name).toString("hex").padEnd(32, "0").slice(0, 32);
const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
const hostish = (zoneNames: string[]) =>
  rarely(
    fc.tuple(label, fc.constantFrom(...zoneNames)).map(([l, z]) => `${l}.${z}`),
    fc.oneof(
      fc.constantFrom("example.com", "", "exa mple.com", "URL.example.com", "x.example.com.", "a..example.com", "a.b.example.com"),
      fc.string(),
    ),
  );
const withTypo = <T extends object>(arbitrary: fc.Arbitrary<T>) =>
  rarely(
    arbitrary,
    arbitrary.map((value) => ({ ...value, typo: 1 })),
  );
const ZONE_NAMES = ["example.com", "example.org", "a.example.com"];
const zone = (name: string) =>
  fc.record(
    {
      name: rarely(fc.constant(name), fc.constantFrom("bad zone", "com")),
      provider: rarely(fc.constant("cloudflare"), fc.constant("route53")),
      zoneId: rarely(fc.constant(zoneIdOf(name)), fc.stringMatching(/^[0-9a-fA-F]{30,33}$/)),
      manageRulesets: fc.boolean(),
      advancedCertificate: fc.boolean(),
      certificate: rarely(fc.constant("wildcard"), fc.constant("custom")),
      certificateAuthority: fc.constantFrom("lets-encrypt", "certainly"),
    },
    { requiredKeys: ["name", "provider", "zoneId"] },
  );
const zones = fc.subarray(ZONE_NAMES, { minLength: 1 }).chain((names) => fc.tuple(...names.map((name) => withTypo(zone(name)))));
const fastlyDomain = (zoneNames: string[]) =>
  fc.record(
    {
      domainName: hostish(zoneNames),
      edge: rarely(fc.constant("fastly"), fc.constantFrom("akamai", "cloudflare-proxy")),
      origin: rarely(fc.constantFrom("sendgrid.net", "eu.sendgrid.net"), fc.constant("https://x")),
      fastly: fc.record(
        {
          certificate: rarely(fc.constant("managed"), fc.constantFrom({ certificatePem: "not a certificate" }, "wildcard")),
          certificateAuthority: rarely(fc.constantFrom("lets-encrypt", "certainly", "globalsign"), fc.constant("digicert")),
        },
        { requiredKeys: [] },
      ),
      allowDestroy: fc.boolean(),
      existingRecordId: rarely(fc.constant("372e67954025e0ba6aaa6d586b9e0b59"), fc.constant("nope")),
    },
    { requiredKeys: ["domainName", "edge"] },
  );
const proxiedDomain = (zoneNames: string[]) =>
  fc.record(
    {
      domainName: hostish(zoneNames),
      edge: fc.constant("cloudflare-proxy"),
      allowDestroy: rarely(fc.boolean(), fc.constant("yes")),
    },
    { requiredKeys: ["domainName", "edge"] },
  );
const stack = rarely(zones, fc.constant([])).chain((stackZones) => {
  const names = stackZones.length > 0 ? stackZones.map((z) => z.name) : ZONE_NAMES;
  return withTypo(
    fc.record({
      name: rarely(fc.constantFrom("production", "staging", "eu"), fc.constantFrom("bad name", "../x", "")),
      zones: fc.constant(stackZones),
      backend: fc.oneof(
        fc.constant(undefined),
        fc.constant({ type: "s3", bucket: "tf-state", key: "shared.tfstate", region: "eu-west-1" }),
        fc.constant({ type: "gcs", bucket: "tf-state" }),
        fc.constant({ type: "cloud", organization: "acme", workspace: "tracking" }),
      ),
      domains: rarely(
        fc.array(withTypo(fc.oneof(fastlyDomain(names), proxiedDomain(names))), { minLength: 1, maxLength: 4 }),
        fc.constant([]),
      ),
    }),
  );
});
const config = rarely(fc.record({ stacks: fc.array(stack, { minLength: 1, maxLength: 2 }) }), fc.anything());

test("random configs either synthesize or end in the tool's own config error", () => {
  let synthesized = 0;
  let refused = 0;
  fc.assert(
    fc.property(config, (data) => {
      let parsed;
      try {
        parsed = parseConfig(data);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).problems.length).toBeGreaterThan(0);
        refused++;
        return;
      }
      // A config that passed validation must synthesize: no construct error, no other exception.
      const app = buildApp(parsed, Testing.app());
      for (const child of app.node.children) Testing.synth(child as never);
      synthesized++;
    }),
    { seed: SEED, numRuns: RUNS },
  );
  // The generator must reach both outcomes, or the property says little.
  expect(synthesized).toBeGreaterThan(0);
  expect(refused).toBeGreaterThan(0);
});

test("for random valid host names, the synthesized records carry exactly that name", () => {
  const validHost = fc
    .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom("example.com", "mail.example.co.uk"))
    .map(([labels, zoneName]) => ({
      domainName: `${labels.join(".")}.${zoneName}`,
      zoneName,
    }));
  fc.assert(
    fc.property(validHost, fc.constantFrom("fastly", "cloudflare-proxy"), ({ domainName, zoneName }, edge) => {
      const data = {
        stacks: [
          {
            name: "p",
            zones: [
              {
                name: zoneName,
                provider: "cloudflare",
                zoneId: "023e105f4ecef8ad9ca31a8372d0c353",
                advancedCertificate: true,
              },
            ],
            domains: [{ domainName, edge }],
          },
        ],
      };
      const app = buildApp(parseConfig(data), Testing.app());
      const json = JSON.parse(Testing.synth(app.node.children[0] as never));
      const records = Object.values<any>(json.resource.cloudflare_dns_record);
      const cnames = records.filter((r) => !r.name.startsWith("_acme-challenge."));
      expect(cnames.map((r) => r.name)).toEqual([domainName]);
      if (edge === "fastly") {
        expect(Object.values<any>(json.resource.fastly_service_vcl)[0].domain).toEqual([{ name: domainName }]);
        expect(Object.values<any>(json.resource.fastly_tls_subscription)[0].domains).toEqual([domainName]);
        expect(records.map((r) => r.name)).toContain(`_acme-challenge.${domainName}`);
      } else {
        expect(Object.values<any>(json.resource.cloudflare_ruleset)[0].rules[0].expression).toBe(`(http.host in {"${domainName}"})`);
      }
    }),
    { seed: SEED, numRuns: RUNS },
  );
});
