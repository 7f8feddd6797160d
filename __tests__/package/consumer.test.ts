/**
 * The "done when", in a scratch repo and following the README's quick start for your own
 * repo: install the packed package, `init`, `npx cdktf synth` synthesizes the starter config, and
 * `guard` judges plans made from what was synthesized; the README's library stack (Cloudflare and
 * Fastly only) type-checks with `skipLibCheck: false` and no AWS package, and a root import of an
 * AWS construct fails with the hint. Peers, cdktf-cli and TypeScript are this project's copies,
 * linked (offline); the package's own dependencies come from the npm cache or registry.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { tempDir } from "../temp";
import { NAME, ROOT, packed } from "./packed";

const execFileAsync = promisify(execFile);
const LINKED = ["cdktf", "constructs", "cdktf-cli", "typescript"].map((name) => join(ROOT, "node_modules", name));
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** Runs a command in the scratch repo; never throws, so a failure shows its output. */
async function sh(dir: string, command: string, args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, {
      cwd: dir,
      env: { ...process.env, CHECKPOINT_DISABLE: "1", CI: "1", FORCE_COLOR: "0" },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: typeof failed.code === "number" ? failed.code : 1, out: `${failed.stdout}${failed.stderr}` };
  }
}

/** A Terraform JSON plan in which every resource of a synthesized stack is created, or deleted from that state. */
function planOf(stack: { resource: Record<string, Record<string, Record<string, unknown>>> }, action: "create" | "delete"): object {
  const resource_changes = Object.entries(stack.resource).flatMap(([type, resources]) =>
    Object.entries(resources).map(([name, config]) => {
      const { lifecycle: _lifecycle, depends_on: _dependsOn, provider: _provider, ...state } = config;
      return {
        address: `${type}.${name}`,
        mode: "managed",
        type,
        name,
        change: { actions: [action], before: action === "delete" ? state : null, after: action === "create" ? state : null },
      };
    }),
  );
  return { format_version: "1.2", terraform_version: "1.11.4", planned_values: { root_module: {} }, resource_changes };
}

let dir: string;
let init: { code: number; out: string };

beforeAll(async () => {
  const { tarball } = await packed();
  dir = tempDir("consumer-");
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "infra", version: "1.0.0", private: true }, null, 2)}\n`);
  const install = await sh(dir, "npm", ["install", "--save-dev", "--prefer-offline", "--no-audit", "--no-fund", tarball, ...LINKED]);
  if (install.code !== 0) throw new Error(`npm install failed:\n${install.out}`);
  init = await sh(dir, "npx", ["--no-install", NAME, "init", "--workflows-from", "acme/cdktf-ssl-tracking-domain@v1.0.0"]);
}, 600_000);

test("the README's quick start for your own repo is the sequence this test runs", () => {
  for (const step of [`npx --no-install ${NAME} init`, "npx cdktf synth", `npx --no-install ${NAME} guard plan.json`])
    expect(README).toContain(step);
  expect(README).toMatch(/npm install --save-dev \S+\.tgz cdktf@\^0\.21 cdktf-cli@\^0\.21 constructs@">=10\.6\.0 <10\.8\.0"\n/);
});

test("init writes the consumer's files into the installed repo", () => {
  expect(init.code).toBe(0);
  for (const file of ["cdktf.json", "tracking-domains.json", ".github/workflows/deploy-tracking-domains.yml"])
    expect(existsSync(join(dir, file))).toBe(true);
  expect(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).scripts.guard).toBe(`${NAME} guard`);
});

describe("after npx cdktf synth", () => {
  let synth: { code: number; out: string };
  let stack: { resource: Record<string, Record<string, Record<string, unknown>>> };
  beforeAll(async () => {
    synth = await sh(dir, "npx", ["--no-install", "cdktf", "synth"]);
    stack = JSON.parse(readFileSync(join(dir, "cdktf.out", "stacks", "production", "cdk.tf.json"), "utf8"));
  }, 300_000);

  test("the starter config is synthesized through the package's synth, the cdktf.json app", () => {
    expect(synth.code).toBe(0);
    expect(readdirSync(join(dir, "cdktf.out", "stacks"))).toEqual(["production"]);
    const records = Object.values(stack.resource.cloudflare_dns_record).map((record) => record.name);
    expect(records).toContain("url1234.example.com");
    expect(Object.keys(stack.resource.fastly_service_vcl)).toHaveLength(1);
  });

  test("guard passes a plan that creates it, and blocks one that deletes it, naming the domain", async () => {
    writeFileSync(join(dir, "plan.json"), JSON.stringify(planOf(stack, "create")));
    const create = await sh(dir, "npx", ["--no-install", NAME, "guard", "plan.json"]);
    expect(create).toEqual({ code: 0, out: "plan guard: no live tracking domain is destroyed\n" });
    writeFileSync(join(dir, "delete.json"), JSON.stringify(planOf(stack, "delete")));
    const remove = await sh(dir, "npx", ["--no-install", NAME, "guard", "delete.json"]);
    expect(remove.code).toBe(1);
    expect(remove.out).toContain("BLOCKED: the plan deletes the tracking CNAME of url1234.example.com");
  });
});

test("the README's library stack type-checks with skipLibCheck false and no AWS package; a root import of Route53DnsZone fails with the hint", async () => {
  const snippet = /```ts\n([\s\S]*?)```/.exec(README)?.[1];
  expect(snippet).toContain(`from "${NAME}"`);
  writeFileSync(join(dir, "main.ts"), snippet!);
  writeFileSync(
    join(dir, "wrong.ts"),
    `import { App, TerraformStack } from "cdktf";\nimport { Route53DnsZone } from "${NAME}";\n` +
      `new Route53DnsZone(new TerraformStack(new App(), "s"), "zone", { hostedZoneId: "Z0123456789ABCDEFGHIJ", zoneName: "example.org" });\n`,
  );
  // A strict project of the usual cdktf shape; no @types/node, no esModuleInterop.
  const compilerOptions = { strict: true, skipLibCheck: false, noEmit: true, target: "ES2022", module: "commonjs", types: [] };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["main.ts", "wrong.ts"] }));
  expect(existsSync(join(dir, "node_modules", "@cdktf", "provider-aws"))).toBe(false);
  const check = await sh(dir, "npx", ["--no-install", "tsc", "-p", "tsconfig.json"]);
  const errors = check.out.split("\n").filter((line) => /error TS\d+/.test(line));
  expect(errors).toEqual([
    expect.stringMatching(
      /^wrong\.ts\(3,\d+\): error TS2345: .*"Route53DnsZone is exported by \\"cdktf-ssl-tracking-domain\/aws\\" \(it needs @cdktf\/provider-aws on cdktf, @cdktn\/provider-aws on cdktn\), not by the root entry point"/,
    ),
  ]);
}, 300_000);
