/**
 * The Fastly and Cloudflare bindings in `.gen/` are generated from provider-schemas/*-subset.json:
 * each subset must hold exactly the types the constructs synthesize, and `.gen/` exactly their
 * bindings, importing the framework module rather than cdktf.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { TerraformVariable } from "../framework";
import { FastlyCertificate } from "../constructs/fastly-certificate";
import { SslTrackingDomain } from "../constructs/ssl-tracking-domain";
import { TrackingEdge } from "../constructs/tracking-edge";
import { exampleZone, synth } from "./helpers";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { providerConstraints, schemaCacheFile, importFramework } = require("../scripts/get.js");

const ROOT = resolve(__dirname, "..");
const PROVIDER = "registry.terraform.io/fastly/fastly";
const subset = JSON.parse(readFileSync(join(ROOT, "provider-schemas", "fastly-subset.json"), "utf8"));
const schema = subset.provider_schemas[PROVIDER];
const CLOUDFLARE = "registry.terraform.io/cloudflare/cloudflare";
const cloudflareSubset = JSON.parse(readFileSync(join(ROOT, "provider-schemas", "cloudflare-subset.json"), "utf8"));
const cloudflareSchema = cloudflareSubset.provider_schemas[CLOUDFLARE];

/** Every Fastly type the library can emit: each certificate kind, and the default TLS configuration. */
const json = synth((stack) => {
  const zone = exampleZone(stack);
  const key = new TerraformVariable(stack, "key", { type: "string", sensitive: true });
  const certificatePem = new TerraformVariable(stack, "certificate", { type: "string" }).stringValue;
  const edges = {
    url1: TrackingEdge.fastly(),
    url2: TrackingEdge.fastly({ certificate: FastlyCertificate.managedWildcard() }),
    url3: TrackingEdge.fastly({ certificate: FastlyCertificate.custom({ certificatePem, privateKey: key }) }),
    url4: TrackingEdge.cloudflareProxy(),
  };
  for (const [host, edge] of Object.entries(edges)) {
    new SslTrackingDomain(stack, host, { domainName: `${host}.example.com`, dnsZone: zone, edge });
  }
});
const fastly = (types: object | undefined) => Object.keys(types ?? {}).filter((type) => type.startsWith("fastly_"));
const cloudflare = (types: object | undefined) => Object.keys(types ?? {}).filter((type) => type.startsWith("cloudflare_"));
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

test("the Cloudflare subset holds exactly the resources the constructs synthesize, and the provider's credentials", () => {
  expect(Object.keys(cloudflareSchema.resource_schemas).sort()).toEqual(cloudflare(json.resource).sort());
  expect(cloudflareSchema.provider.block.attributes.api_token).toEqual({ type: "string", optional: true, sensitive: true });
  expect(cloudflareSubset.provider_versions).toEqual({ [CLOUDFLARE]: "5.14.0" });
});

test(".gen holds the bindings of the subsets' types and nothing else, at the subsets' provider versions", () => {
  const expected = [
    ...Object.keys(schema.resource_schemas).map((type) => folderOf(type)),
    ...Object.keys(schema.data_source_schemas).map((type) => folderOf(type, "data-fastly-")),
    "index.ts",
    "lazy-index.ts",
    "provider",
  ];
  expect(readdirSync(join(ROOT, ".gen", "providers", "fastly")).sort()).toEqual(expected.sort());
  const cloudflareFolders = Object.keys(cloudflareSchema.resource_schemas).map((type) =>
    type.replace(/^cloudflare_/, "").replace(/_/g, "-"),
  );
  expect(readdirSync(join(ROOT, ".gen", "providers", "cloudflare")).sort()).toEqual(
    [...cloudflareFolders, "index.ts", "lazy-index.ts", "provider"].sort(),
  );
  expect(JSON.parse(readFileSync(join(ROOT, ".gen", "versions.json"), "utf8"))).toEqual({
    ...subset.provider_versions,
    ...cloudflareSubset.provider_versions,
  });
});

test("the bindings import the framework module, never cdktf itself", () => {
  const bindings = ["fastly", "cloudflare"].flatMap((provider) =>
    readdirSync(join(ROOT, ".gen", "providers", provider), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith("index.ts") && file.includes("/"))
      .map((file) => readFileSync(join(ROOT, ".gen", "providers", provider, file), "utf8")),
  );
  expect(bindings.length).toBeGreaterThan(8);
  for (const source of bindings) {
    expect(source).toContain("import * as cdktf from '../../../../framework';");
    expect(source).not.toMatch(/from 'cdktf'/);
  }
  const file = join(ROOT, ".gen", "providers", "fastly", "provider", "index.ts");
  expect(importFramework("import * as cdktf from 'cdktf';\n", file)).toBe("import * as cdktf from '../../../../framework';\n");
});

test("npm run get is the offline generator, from the subsets in the repo", () => {
  expect(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.get).toBe("node scripts/get.js");
});

test("the cache files are named after the constraints in cdktf.json, URL-encoded, as cdktf get looks them up", () => {
  const cdktf = JSON.parse(readFileSync(join(ROOT, "cdktf.json"), "utf8"));
  const files = providerConstraints(cdktf.terraformProviders).map((p: { name: string; constraint: string }) =>
    schemaCacheFile(p.name, p.constraint),
  );
  expect(files.sort()).toEqual(["cloudflare@~%3E%205.14.json", "fastly@~%3E%209.5.json"]);
  expect(schemaCacheFile("fastly", "9.5.1")).toBe("fastly@9.5.1.json");
});

test.each([
  [[], "found []"],
  [["fastly/fastly@~> 9.5"], "found"],
  [["fastly/fastly@~> 9.5", "cloudflare/cloudflare@~> 5.0", "fastly/fastly@~> 9.6"], "once"],
  [["fastly/fastly@~> 9.5", "hashicorp/null@~> 3.0"], "hashicorp/null"],
])("cdktf.json providers %j are refused: %s", (providers, named) => {
  expect(() => providerConstraints(providers)).toThrow(named);
});
