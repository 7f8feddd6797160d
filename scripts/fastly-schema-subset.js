#!/usr/bin/env node
/**
 * Cuts a full Fastly provider schema (`terraform providers schema -json`, plus `provider_versions`)
 * down to the provider configuration and the resources and data sources this project uses, and
 * writes it to provider-schemas/fastly-subset.json, from which `npm run get` generates `.gen/`.
 * Run by hand when the provider version or the set of used types changes; build and tests never
 * run it.
 *
 *   node scripts/fastly-schema-subset.js path/to/fastly-<version>.schema.json
 */
const { readFileSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const PROVIDER = "registry.terraform.io/fastly/fastly";
/** What the constructs use; add a type here before using its binding. */
const RESOURCES = [
  "fastly_service_vcl",
  "fastly_tls_activation",
  "fastly_tls_certificate",
  "fastly_tls_private_key",
  "fastly_tls_subscription",
  "fastly_tls_subscription_validation",
];
const DATA_SOURCES = ["fastly_tls_configuration"];
/**
 * Nested blocks kept where a type has many more than the constructs set. `fastly_service_vcl` has
 * 46 (logging endpoints, ACLs, snippets, ...): kept whole, its binding alone was 22,000 lines that
 * every type-check read and the package shipped, for the 3 blocks FastlyTrackingService writes.
 */
const KEEP_BLOCKS = { fastly_service_vcl: ["backend", "domain", "request_setting"] };
const OUT = join(__dirname, "..", "provider-schemas", "fastly-subset.json");

function pick(from, names, what) {
  const missing = names.filter((name) => !(name in from));
  if (missing.length > 0) throw new Error(`the schema has no ${what} ${missing.join(", ")}`);
  return Object.fromEntries(names.map((name) => [name, from[name]]));
}

/** `schema` with only the nested blocks named in `keep`, each kept whole; attributes all stay. */
function withBlocks(type, schema, keep) {
  const blocks = pick(schema.block.block_types ?? {}, keep, `block of ${type} named`);
  return { ...schema, block: { ...schema.block, block_types: blocks } };
}

function main(source) {
  if (!source) {
    console.error("usage: node scripts/fastly-schema-subset.js <full fastly provider schema .json>");
    process.exit(2);
  }
  const full = JSON.parse(readFileSync(source, "utf8"));
  const provider = full.provider_schemas?.[PROVIDER];
  if (!provider) throw new Error(`${source} has no schema for ${PROVIDER}`);
  // cdktf get writes the version into .gen/versions.json and the bindings' registry links.
  if (!full.provider_versions?.[PROVIDER]) {
    throw new Error(
      `${source} has no provider_versions["${PROVIDER}"]; add the version the schema is of (terraform version -json lists it)`,
    );
  }
  const subset = {
    format_version: full.format_version,
    provider_schemas: {
      [PROVIDER]: {
        provider: provider.provider,
        resource_schemas: Object.fromEntries(
          Object.entries(pick(provider.resource_schemas, RESOURCES, "resource")).map(([type, schema]) => [
            type,
            KEEP_BLOCKS[type] ? withBlocks(type, schema, KEEP_BLOCKS[type]) : schema,
          ]),
        ),
        data_source_schemas: pick(provider.data_source_schemas, DATA_SOURCES, "data source"),
      },
    },
    provider_versions: full.provider_versions,
  };
  writeFileSync(OUT, `${JSON.stringify(subset, null, 2)}\n`);
  console.log(`wrote ${OUT}: ${RESOURCES.length} resources, ${DATA_SOURCES.length} data source(s) of ${PROVIDER}`);
}

try {
  main(process.argv[2]);
} catch (error) {
  console.error(`fastly-schema-subset: ${error.message}`);
  process.exit(1);
}
