// Compares the two consumers' synthesized stacks: equal JSON once "//".metadata.version (the
// framework's version) is set aside. Prints the resource addresses both have.
"use strict";
const { readFileSync } = require("node:fs");
const [cdktfFile, cdktnFile] = process.argv.slice(2);
const read = (file) => {
  const json = JSON.parse(readFileSync(file, "utf8"));
  const version = json["//"].metadata.version;
  delete json["//"].metadata.version;
  return { json, version };
};
const cdktf = read(cdktfFile);
const cdktn = read(cdktnFile);
const addresses = (json) =>
  Object.entries(json.resource ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`));
/** The JSON paths where `a` and `b` differ. */
function differences(a, b, at = "") {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return [at || "(root)"];
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((key) => differences(a[key], b[key], `${at}/${key}`));
}
if (JSON.stringify(cdktf.json) !== JSON.stringify(cdktn.json)) {
  console.error(`The cdktf and cdktn consumers synthesized different stacks, at ${differences(cdktf.json, cdktn.json).join(", ")}`);
  console.error(`  cdktf: ${addresses(cdktf.json).join(" ")}`);
  console.error(`  cdktn: ${addresses(cdktn.json).join(" ")}`);
  process.exit(1);
}
if (addresses(cdktf.json).length === 0) {
  console.error("The consumers synthesized no resources.");
  process.exit(1);
}
console.log(`cdktf ${cdktf.version} and cdktn ${cdktn.version} synthesized the same stack: ${addresses(cdktf.json).length} resources`);
