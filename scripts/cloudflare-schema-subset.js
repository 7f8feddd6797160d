#!/usr/bin/env node
/**
 * Cuts a Cloudflare provider schema (`terraform providers schema -json`) down to the provider
 * configuration and the resources this project uses, adds the version it is of, and writes it to
 * provider-schemas/cloudflare-subset.json, from which `npm run get` generates
 * `.gen/providers/cloudflare`. Run by hand when the provider version or the set of used types
 * changes; build and tests never run it.
 *
 *   node scripts/cloudflare-schema-subset.js path/to/cloudflare.schema.json 5.14.0
 */
const { readFileSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const PROVIDER = "registry.terraform.io/cloudflare/cloudflare";
/** What the constructs use; add a type here before using its binding. */
const RESOURCES = ["cloudflare_dns_record", "cloudflare_ruleset"];
const OUT = join(__dirname, "..", "provider-schemas", "cloudflare-subset.json");
/**
 * The provider's configuration arguments, for a schema whose provider block is empty (the
 * stand-in schema of ../shared/tools/tf-validate only has resources): names and types as
 * @cdktf/provider-cloudflare 13.9.1, built from 5.14.0, declares them; the credentials sensitive.
 */
const PROVIDER_ATTRIBUTES = {
  api_key: { type: "string", optional: true, sensitive: true },
  api_token: { type: "string", optional: true, sensitive: true },
  api_user_service_key: { type: "string", optional: true, sensitive: true },
  base_url: { type: "string", optional: true },
  email: { type: "string", optional: true },
  user_agent_operator_suffix: { type: "string", optional: true },
};

function main(source, version) {
  if (!source || !/^\d+\.\d+\.\d+$/.test(version ?? "")) {
    console.error("usage: node scripts/cloudflare-schema-subset.js <cloudflare provider schema .json> <provider version, e.g. 5.14.0>");
    process.exit(2);
  }
  const full = JSON.parse(readFileSync(source, "utf8"));
  const provider = full.provider_schemas?.[PROVIDER];
  if (!provider) throw new Error(`${source} has no schema for ${PROVIDER}`);
  const missing = RESOURCES.filter((type) => !(type in (provider.resource_schemas ?? {})));
  if (missing.length > 0) throw new Error(`${source} has no resource ${missing.join(", ")}`);
  const subset = {
    format_version: full.format_version,
    provider_schemas: {
      [PROVIDER]: {
        provider:
          Object.keys(provider.provider?.block?.attributes ?? {}).length > 0
            ? provider.provider
            : { version: 0, block: { attributes: PROVIDER_ATTRIBUTES } },
        resource_schemas: Object.fromEntries(RESOURCES.map((type) => [type, provider.resource_schemas[type]])),
        data_source_schemas: {},
      },
    },
    // cdktf get writes the version into the binding, which writes it into required_providers.
    provider_versions: { [PROVIDER]: version },
  };
  writeFileSync(OUT, `${JSON.stringify(subset, null, 2)}\n`);
  console.log(`wrote ${OUT}: ${RESOURCES.length} resources of ${PROVIDER} ${version}`);
}

try {
  main(process.argv[2], process.argv[3]);
} catch (error) {
  console.error(`cloudflare-schema-subset: ${error.message}`);
  process.exit(1);
}
