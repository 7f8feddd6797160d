/** The CLI's own copies of the constructs' lists, which it keeps so that it starts without loading cdktf. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { EDGE_KINDS, FASTLY_CERTIFICATE_AUTHORITIES } from "../../../cli/check/edges";
import { FASTLY_CERTIFICATE_AUTHORITIES as CONSTRUCT_AUTHORITIES } from "../../../constructs/fastly-certificate";
import { EDGE_KINDS as CONSTRUCT_EDGE_KINDS } from "../../../constructs/tracking-edge";

const ROOT = join(__dirname, "..", "..", "..");

test("the edge kinds are the constructs', in the same order", () => {
  expect(EDGE_KINDS).toEqual([...CONSTRUCT_EDGE_KINDS]);
});

test("the Fastly certificate authorities are the constructs', in the same order", () => {
  expect(FASTLY_CERTIFICATE_AUTHORITIES).toEqual([...CONSTRUCT_AUTHORITIES]);
});

/** The files under `node_modules/cdktf` or `.gen` that requiring `module` (from the root) loads. */
function heavyFilesLoadedBy(module: string): string[] {
  const script = `require(${JSON.stringify(module)}); process.stdout.write(JSON.stringify(Object.keys(require.cache).filter((file) => /[\\\\/](node_modules[\\\\/]cdktf|\\.gen)[\\\\/]/.test(file))));`;
  const run = spawnSync(process.execPath, ["--import", "tsx", "-e", script], { cwd: ROOT, encoding: "utf8" });
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout);
}

test("the command line loads neither cdktf nor the provider bindings", () => {
  expect(heavyFilesLoadedBy("./constructs/tracking-edge").length).toBeGreaterThan(0); // the probe sees them when they load
  expect(heavyFilesLoadedBy("./cli/main")).toEqual([]);
});
