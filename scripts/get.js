#!/usr/bin/env node
/**
 * `npm run get`: regenerates `.gen/` offline from the schema subsets kept in the repo
 * (provider-schemas/<name>-subset.json, one per provider of cdktf.json). cdktf get reads a
 * provider's schema from a cache folder, in a file named after the provider and the URL-encoded
 * constraint of cdktf.json; on a cache miss it would run `terraform init`, which needs the registry.
 * The bindings then import the framework module (framework/) instead of `cdktf`, so that they
 * extend the classes of whichever framework the app uses, cdktf or cdktn.
 */
const { execFileSync } = require("node:child_process");
const { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { dirname, join, relative } = require("node:path");

const ROOT = join(__dirname, "..");
const GEN = join(ROOT, ".gen");
/** The providers with a schema subset in provider-schemas/, by source. */
const SUBSETS = { "fastly/fastly": "fastly-subset.json", "cloudflare/cloudflare": "cloudflare-subset.json" };

/**
 * The providers of cdktf.json's `terraformProviders` ("<source>@<constraint>"): exactly the ones
 * with a subset, each once.
 */
function providerConstraints(terraformProviders) {
  const found = terraformProviders.map((entry) => {
    const match = typeof entry === "string" ? /^([a-z0-9-]+\/([a-z0-9-]+))@(.+)$/.exec(entry) : null;
    if (!match || !(match[1] in SUBSETS)) {
      throw new Error(`cdktf.json lists ${JSON.stringify(entry)}; only ${Object.keys(SUBSETS).join(" and ")} have a schema subset`);
    }
    return { source: match[1], name: match[2], constraint: match[3] };
  });
  const sources = found.map((p) => p.source).sort();
  if (JSON.stringify(sources) !== JSON.stringify(Object.keys(SUBSETS).sort())) {
    throw new Error(`cdktf.json must list each of ${Object.keys(SUBSETS).join(", ")} once, found ${JSON.stringify(terraformProviders)}`);
  }
  return found;
}

/** The cache file cdktf get looks for: `fastly@~%3E%209.5.json` for fastly and `~> 9.5`. */
function schemaCacheFile(name, constraint) {
  return `${name}@${encodeURIComponent(constraint)}.json`;
}

/** `source` with its imports of `cdktf` turned into imports of the framework module. */
function importFramework(source, file) {
  const framework = relative(dirname(file), join(ROOT, "framework")).split("\\").join("/");
  return source.replace(/from 'cdktf';/g, `from '${framework}';`);
}

/** Every .ts file under `dir`. */
function tsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

function main() {
  const providers = providerConstraints(JSON.parse(readFileSync(join(ROOT, "cdktf.json"), "utf8")).terraformProviders);
  const cache = mkdtempSync(join(tmpdir(), "provider-schemas-"));
  try {
    for (const { source, name, constraint } of providers) {
      copyFileSync(join(ROOT, "provider-schemas", SUBSETS[source]), join(cache, schemaCacheFile(name, constraint)));
    }
    // --force empties .gen first, so bindings of types no longer in a subset go.
    execFileSync("npx", ["cdktf", "get", "--force", "--experimental-provider-schema-cache-path", cache], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, CHECKPOINT_DISABLE: "1" },
    });
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
  if (!existsSync(GEN)) throw new Error("cdktf get wrote no .gen folder");
  for (const file of tsFiles(GEN)) writeFileSync(file, importFramework(readFileSync(file, "utf8"), file));
}

module.exports = { providerConstraints, schemaCacheFile, importFramework, SUBSETS };

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(`npm run get: ${error.message}`);
    process.exit(1);
  }
}
