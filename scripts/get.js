#!/usr/bin/env node
/**
 * `npm run get`: regenerates `.gen/` offline from the schema subset kept in the repo
 * (provider-schemas/fastly-subset.json). cdktf get reads a provider's schema from a cache folder,
 * in a file named after the provider and the URL-encoded constraint of cdktf.json; on a cache miss
 * it would run `terraform init`, which needs the registry.
 */
const { execFileSync } = require("node:child_process");
const { copyFileSync, mkdtempSync, readFileSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");
const SUBSET = join(ROOT, "provider-schemas", "fastly-subset.json");
const FASTLY = "fastly/fastly@";

/** The version constraint of the Fastly provider in cdktf.json's `terraformProviders`. */
function fastlyConstraint(terraformProviders) {
  const fastly = terraformProviders.filter((p) => typeof p === "string" && p.startsWith(FASTLY));
  if (terraformProviders.length !== 1 || fastly.length !== 1) {
    throw new Error(
      `cdktf.json must list the Fastly provider alone ("${FASTLY}<constraint>"), found ${JSON.stringify(terraformProviders)}`,
    );
  }
  return fastly[0].slice(FASTLY.length);
}

/** The cache file cdktf get looks for: `fastly@~%3E%209.5.json` for the constraint `~> 9.5`. */
function schemaCacheFile(constraint) {
  return `fastly@${encodeURIComponent(constraint)}.json`;
}

function main() {
  const constraint = fastlyConstraint(JSON.parse(readFileSync(join(ROOT, "cdktf.json"), "utf8")).terraformProviders);
  const cache = mkdtempSync(join(tmpdir(), "fastly-schema-"));
  try {
    copyFileSync(SUBSET, join(cache, schemaCacheFile(constraint)));
    // --force empties .gen first, so bindings of types no longer in the subset go.
    execFileSync("npx", ["cdktf", "get", "--force", "--experimental-provider-schema-cache-path", cache], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, CHECKPOINT_DISABLE: "1" },
    });
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

module.exports = { fastlyConstraint, schemaCacheFile };

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(`npm run get: ${error.message}`);
    process.exit(1);
  }
}
