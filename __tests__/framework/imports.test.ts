/**
 * The library reaches its framework only through framework/: a direct import of cdktf, cdktn or a
 * prebuilt provider package would extend one framework's classes, which the other's stacks cannot
 * synthesize (or, for AWS, load a package the app's framework does not have).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const SHIPPED = ["main.ts", "constructs", "stacks", "cli", ".gen"];
/** An import, require or import() of cdktf, cdktn or a @cdktf/@cdktn package. */
const DIRECT = /(?:\bfrom\s+|\brequire\(\s*|\bimport\(\s*)["'](?:cdkt[fn]|@cdkt[fn]\/[^"']+)["']/g;

function sources(path: string): string[] {
  const full = join(ROOT, path);
  if (path.endsWith(".ts")) return [full];
  return readdirSync(full, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => join(full, file));
}

test("no shipped source imports cdktf, cdktn or a prebuilt provider package directly", () => {
  const files = SHIPPED.flatMap(sources);
  expect(files.length).toBeGreaterThan(50);
  const direct = files.flatMap((file) => [...readFileSync(file, "utf8").matchAll(DIRECT)].map((m) => `${relative(ROOT, file)}: ${m[0]}`));
  expect(direct).toEqual([]);
});

test("the check finds the imports it is for", () => {
  const found = [
    'import { App } from "cdktf";',
    "import * as cdktf from 'cdktf';",
    'const { Testing } = require("cdktn");',
    'type P = typeof import("@cdktf/provider-aws/lib/provider");',
    'import { Ruleset } from "@cdktf/provider-cloudflare/lib/ruleset";',
  ].filter((line) => line.match(DIRECT));
  expect(found).toHaveLength(5);
  expect('import { App } from "../framework";'.match(DIRECT)).toBeNull();
});
