/**
 * The consumer path on CDK Terrain: in a scratch repo with the packed package and cdktn (no
 * cdktf), `init` picks cdktn by itself, writes cdktn's synth script, and the cdktf.json app (the
 * package's synth) synthesizes the starter config with cdktn's classes. The cdktn CLI itself
 * needs Node 22.19 and the registry, so `.ci/consumers` runs it, not this test. cdktn and
 * constructs are this project's copies, linked (offline).
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { tempDir } from "../temp";
import { NAME, ROOT, packed } from "./packed";

const execFileAsync = promisify(execFile);
const LINKED = ["cdktn", "constructs"].map((name) => join(ROOT, "node_modules", name));

/** Runs a command in the scratch repo; never throws, so a failure shows its output. */
async function sh(dir: string, command: string, args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, {
      cwd: dir,
      env: { ...process.env, CHECKPOINT_DISABLE: "1", CI: "1", FORCE_COLOR: "0", CDKTF_SSL_TRACKING_DOMAIN_FRAMEWORK: "" },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: typeof failed.code === "number" ? failed.code : 1, out: `${failed.stdout}${failed.stderr}` };
  }
}

let dir: string;
let init: { code: number; out: string };

beforeAll(async () => {
  const { tarball } = await packed();
  dir = tempDir("consumer-cdktn-");
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "infra", version: "1.0.0", private: true }, null, 2)}\n`);
  const install = await sh(dir, "npm", ["install", "--save-dev", "--prefer-offline", "--no-audit", "--no-fund", tarball, ...LINKED]);
  if (install.code !== 0) throw new Error(`npm install failed:\n${install.out}`);
  init = await sh(dir, "npx", ["--no-install", NAME, "init", "--workflows-from", "acme/cdktf-ssl-tracking-domain@v1.0.0"]);
}, 600_000);

test("no cdktf in the scratch repo, so the package can only load cdktn", () => {
  expect(existsSync(join(dir, "node_modules", "cdktf"))).toBe(false);
  expect(existsSync(join(dir, "node_modules", "cdktn", "package.json"))).toBe(true);
});

test("init picks cdktn, the framework installed here, and says what is left to install", () => {
  expect(init.code).toBe(0);
  expect(init.out).toContain("Framework: cdktn (installed here;");
  expect(init.out).toContain("npm install --save-dev cdktn-cli@^0.24\n");
  expect(init.out).toContain("Node.js 22.19 or later");
  expect(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).scripts.synth).toBe("cdktn synth");
});

test("the cdktf.json app synthesizes the starter config with cdktn", async () => {
  const app = JSON.parse(readFileSync(join(dir, "cdktf.json"), "utf8")).app as string;
  expect(app).toBe(`npx --no-install ${NAME} synth`);
  const [command, ...args] = app.split(" ");
  const synth = await sh(dir, command, args);
  expect(synth.code).toBe(0);
  const stack = JSON.parse(readFileSync(join(dir, "cdktf.out", "stacks", "production", "cdk.tf.json"), "utf8"));
  expect(stack["//"].metadata.version).toBe(JSON.parse(readFileSync(join(ROOT, "node_modules", "cdktn", "package.json"), "utf8")).version);
  expect(Object.keys(stack.resource.fastly_service_vcl)).toHaveLength(1);
}, 300_000);
