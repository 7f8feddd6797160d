/**
 * The Fastly bindings in `.gen/` are generated from provider-schemas/fastly-subset.json: the
 * subset must hold exactly the types the constructs synthesize, and `.gen/` exactly their bindings.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { TerraformVariable } from "../framework";
import { FastlyCertificate } from "../constructs/fastly-certificate";
import { SslTrackingDomain } from "../constructs/ssl-tracking-domain";
import { TrackingEdge } from "../constructs/tracking-edge";
import { exampleZone, synth } from "./helpers";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fastlyConstraint, schemaCacheFile } = require("../scripts/get.js");

const ROOT = resolve(__dirname, "..");
const PROVIDER = "registry.terraform.io/fastly/fastly";
const subset = JSON.parse(readFileSync(join(ROOT, "provider-schemas", "fastly-subset.json"), "utf8"));
const schema = subset.provider_schemas[PROVIDER];

/** Every Fastly type the library can emit: each certificate kind, and the default TLS configuration. */
const json = synth((stack) => {
  const zone = exampleZone(stack);
  const key = new TerraformVariable(stack, "key", { type: "string", sensitive: true });
  const certificatePem = new TerraformVariable(stack, "certificate", { type: "string" }).stringValue;
  const edges = {
    url1: TrackingEdge.fastly(),
    url2: TrackingEdge.fastly({ certificate: FastlyCertificate.managedWildcard() }),
    url3: TrackingEdge.fastly({ certificate: FastlyCertificate.custom({ certificatePem, privateKey: key }) }),
  };
  for (const [host, edge] of Object.entries(edges)) {
    new SslTrackingDomain(stack, host, { domainName: `${host}.example.com`, dnsZone: zone, edge });
  }
});
const fastly = (types: object | undefined) => Object.keys(types ?? {}).filter((type) => type.startsWith("fastly_"));
/** Terraform's own arguments, which no provider schema lists. */
const META_ARGUMENTS = ["depends_on", "lifecycle", "provider", "count", "for_each"];

/** cdktf's folder name for a type: `fastly_tls_subscription` → `tls-subscription`. */
const folderOf = (type: string, prefix = "") => prefix + type.replace(/^fastly_/, "").replace(/_/g, "-");

test("the schema subset holds exactly the resources and data sources the constructs synthesize, and the provider", () => {
  expect(Object.keys(schema.resource_schemas).sort()).toEqual(fastly(json.resource).sort());
  expect(Object.keys(schema.data_source_schemas).sort()).toEqual(fastly(json.data).sort());
  expect(schema.provider.block.attributes).toHaveProperty("api_key");
});

test("every argument and block the constructs write is in the subset (unused service blocks are left out)", () => {
  const unknown: string[] = [];
  for (const [kind, schemas] of [
    ["resource", schema.resource_schemas],
    ["data", schema.data_source_schemas],
  ] as const) {
    for (const type of fastly(json[kind])) {
      const { attributes = {}, block_types = {} } = schemas[type].block;
      for (const body of Object.values<Record<string, unknown>>(json[kind]![type])) {
        for (const key of Object.keys(body)) {
          if (!(key in attributes) && !(key in block_types) && !META_ARGUMENTS.includes(key)) unknown.push(`${type}.${key}`);
        }
      }
    }
  }
  expect(unknown).toEqual([]);
  expect(Object.keys(schema.resource_schemas.fastly_service_vcl.block.block_types).sort()).toEqual([
    "backend",
    "domain",
    "request_setting",
  ]);
});

test(".gen holds the bindings of the subset's types and nothing else, at the subset's provider version", () => {
  const expected = [
    ...Object.keys(schema.resource_schemas).map((type) => folderOf(type)),
    ...Object.keys(schema.data_source_schemas).map((type) => folderOf(type, "data-fastly-")),
    "index.ts",
    "lazy-index.ts",
    "provider",
  ];
  expect(readdirSync(join(ROOT, ".gen", "providers", "fastly")).sort()).toEqual(expected.sort());
  expect(JSON.parse(readFileSync(join(ROOT, ".gen", "versions.json"), "utf8"))).toEqual(subset.provider_versions);
});

test("npm run get is the offline generator, from the subset in the repo", () => {
  expect(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.get).toBe("node scripts/get.js");
});

test("the cache file is named after the constraint in cdktf.json, URL-encoded, as cdktf get looks it up", () => {
  const cdktf = JSON.parse(readFileSync(join(ROOT, "cdktf.json"), "utf8"));
  expect(schemaCacheFile(fastlyConstraint(cdktf.terraformProviders))).toBe("fastly@~%3E%209.5.json");
  expect(schemaCacheFile("9.5.1")).toBe("fastly@9.5.1.json");
});

test.each([
  [[], "found []"],
  [["fastly/fastly@~> 9.5", "cloudflare/cloudflare@~> 5.0"], "cloudflare/cloudflare"],
  [["hashicorp/null@~> 3.0"], "hashicorp/null"],
])("cdktf.json providers %j are refused: %s", (providers, named) => {
  expect(() => fastlyConstraint(providers)).toThrow(named);
});
