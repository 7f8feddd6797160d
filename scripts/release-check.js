#!/usr/bin/env node
// Run by .github/workflows/release.yml before it publishes: the tag must be the version in
// package.json (v<version>), and package.json's "repository" must be the GitHub repository the
// workflow runs in, which npm checks against the provenance statement. For a tag it exits 1 naming
// what differs; otherwise (a dry run) it warns.
"use strict";
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

const manifest = JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8"));
const problems = [];
const ref = process.env.GITHUB_REF_NAME;
const tag = process.env.GITHUB_REF_TYPE === "tag" ? ref : undefined;
if (tag !== undefined && tag !== `v${manifest.version}`) {
  problems.push(
    `the tag ${tag} is not the package version: package.json says ${manifest.version}, so the tag must be v${manifest.version}`,
  );
}
const repository = process.env.GITHUB_REPOSITORY;
const url = typeof manifest.repository === "string" ? manifest.repository : manifest.repository && manifest.repository.url;
const expected = `git+https://github.com/${repository}.git`;
if (repository && url !== expected) {
  problems.push(
    `package.json's repository.url is ${JSON.stringify(url)}; npm provenance needs the repository this runs in: ` +
      `"repository": { "type": "git", "url": "${expected}" }`,
  );
}
// A tag publishes, so it fails; a dry run only warns (as a GitHub annotation), to be fixed before the tag.
for (const problem of problems) console.error(tag === undefined ? `::warning::release check: ${problem}` : `release check: ${problem}`);
if (problems.length === 0)
  console.log(`release check: ${manifest.name}@${manifest.version}${tag ? ` for tag ${tag}` : ""} from ${repository || "(no repository)"}`);
process.exitCode = problems.length > 0 && tag !== undefined ? 1 : 0;
