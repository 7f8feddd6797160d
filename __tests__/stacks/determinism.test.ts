import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "../../framework";
import fc from "fast-check";
import { buildApp } from "../../stacks/app";
import { parseConfig } from "../../stacks/config";
import { readTree } from "../app-process";

/*
 * The output must not depend on the order in which the file lists stacks, zones and domains:
 * reordering them is not a change, and a diff or a plan must not say otherwise.
 */

const zone = (name: string, id: string, extra: Record<string, unknown> = {}) => ({
  name,
  provider: "cloudflare",
  zoneId: id.repeat(32),
  ...extra,
});

const STACKS = [
  {
    name: "production",
    zones: [
      zone("example.com", "a", { certificate: "wildcard" }),
      zone("example.org", "b"),
      zone("mail.example.net", "c", { manageRulesets: false }),
    ],
    domains: [
      { domainName: "url1.example.com", edge: "fastly" },
      { domainName: "url2.example.com", edge: "fastly" },
      { domainName: "url3.example.com", edge: "fastly", allowDestroy: true },
      { domainName: "url1.example.org", edge: "cloudflare-proxy" },
      { domainName: "url2.example.org", edge: "cloudflare-proxy" },
      { domainName: "url1.example.org".replace("url1", "url9"), edge: "fastly", fastly: { certificateAuthority: "certainly" } },
      { domainName: "url1.mail.example.net", edge: "cloudflare-proxy" },
      { domainName: "url2.mail.example.net", edge: "cloudflare-proxy" },
      { domainName: "em77.example.org", edge: "cloudflare-proxy" },
    ],
  },
  {
    name: "staging",
    zones: [zone("example.io", "d")],
    domains: [
      { domainName: "url1.example.io", edge: "cloudflare-proxy" },
      { domainName: "url2.example.io", edge: "fastly" },
    ],
  },
  {
    name: "eu",
    backend: { type: "s3", bucket: "state", key: "eu.tfstate", region: "eu-west-1" },
    zones: [zone("example.eu", "e", { certificate: "wildcard" })],
    domains: [
      { domainName: "url1.example.eu", edge: "fastly", origin: "eu.sendgrid.net" },
      { domainName: "url2.example.eu", edge: "fastly", origin: "eu.sendgrid.net" },
      { domainName: "url3.example.eu", edge: "fastly", origin: "eu.sendgrid.net" },
    ],
  },
];

/** Every file the app writes for `stacks`, path → content. */
function synthesize(stacks: unknown[]): Map<string, string> {
  const outdir = join(mkdtempSync(join(tmpdir(), "determinism-")), "cdktf.out");
  buildApp(parseConfig({ stacks }), new App({ outdir })).synth();
  return readTree(outdir);
}

const reference = synthesize(STACKS);

test("the reference output has every stack, a manifest, and order-sensitive parts", () => {
  expect([...reference.keys()].sort()).toEqual([
    "manifest.json",
    "stacks/eu/cdk.tf.json",
    "stacks/production/cdk.tf.json",
    "stacks/staging/cdk.tf.json",
  ]);
  // Lists whose order could follow the file's: the shared subscription waits for three services,
  // and the manifest holds the warnings of two constructs.
  const eu = JSON.parse(reference.get("stacks/eu/cdk.tf.json")!);
  expect(Object.values<any>(eu.resource.fastly_tls_subscription)[0].depends_on).toHaveLength(3);
  const manifest = JSON.parse(reference.get("manifest.json")!);
  expect(manifest.stacks.production.annotations.length).toBeGreaterThanOrEqual(3);
});

/** A permutation of `items` drawn by fast-check. */
const permutationOf = <T>(items: T[]) => fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length });

test("any order of stacks, zones and domains gives byte-identical files", () => {
  const permuted = fc.tuple(
    permutationOf(STACKS.map((_, s) => s)),
    fc.tuple(...STACKS.map((stack) => permutationOf(stack.zones))),
    fc.tuple(...STACKS.map((stack) => permutationOf(stack.domains))),
  );
  fc.assert(
    fc.property(permuted, ([order, zones, domains]) => {
      const stacks = order.map((s) => ({ ...STACKS[s], zones: zones[s], domains: domains[s] }));
      const files = synthesize(stacks);
      expect([...files.keys()].sort()).toEqual([...reference.keys()].sort());
      for (const [file, content] of reference) expect([file, files.get(file)]).toEqual([file, content]);
    }),
    { seed: 12, numRuns: 8 },
  );
});
