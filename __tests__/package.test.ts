/**
 * The package as a consumer gets it: packed (the tarball that `npm publish` would upload), by
 * path, and through git (what a team does before the package is published, or to pin a commit).
 * Everything is built in temp folders: the working tree's `dist/` is never touched. Installs may
 * use the npm registry (nothing else): no test depends on what the npm cache holds.
 */
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { tempDir } from "./temp";
import { packed } from "./package/packed";

const ROOT = resolve(__dirname, "..");
const NAME = "cdktf-ssl-tracking-domain";
const PEERS = ["cdktf", "constructs"].map((name) => join(ROOT, "node_modules", name));
const PLANS = join(ROOT, "__tests__", "fixtures", "plans");
const VERSION = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
const run = promisify(execFile);

/** What a second project writes: only the package's public entry point. */
const CONSUMER = `
const { App, TerraformStack } = require("cdktf");
const { SslTrackingDomain, TrackingEdge, CloudflareDnsZone, CloudflareProvider, FastlyProvider } = require("${NAME}");
const app = new App({ outdir: "out" });
const stack = new TerraformStack(app, "consumer");
new FastlyProvider(stack, "fastly", {});
new CloudflareProvider(stack, "cloudflare", {});
const zone = new CloudflareDnsZone(stack, "example-com", { zoneId: "023e105f4ecef8ad9ca31a8372d0c353", zoneName: "example.com" });
new SslTrackingDomain(stack, "url1234", { domainName: "url1234.example.com", dnsZone: zone, edge: TrackingEdge.fastly() });
new SslTrackingDomain(stack, "url5678", { domainName: "url5678.example.com", dnsZone: zone, edge: TrackingEdge.cloudflareProxy() });
app.synth();
`;

/** A consumer with DNS at Route 53: the `/aws` entry point, with the optional peer installed; `/route53` is its alias. */
const ROUTE53_CONSUMER = `
const { App, TerraformStack } = require("cdktf");
const { AwsProvider } = require("@cdktf/provider-aws/lib/provider");
const { SslTrackingDomain, TrackingEdge, FastlyProvider } = require("${NAME}");
const { Route53DnsZone } = require("${NAME}/aws");
if (require("${NAME}/route53").Route53DnsZone !== Route53DnsZone) throw new Error("/route53 is not an alias of /aws");
const app = new App({ outdir: "out" });
const stack = new TerraformStack(app, "consumer");
new FastlyProvider(stack, "fastly", {});
new AwsProvider(stack, "aws", {});
const zone = new Route53DnsZone(stack, "example-org", { hostedZoneId: "Z0123456789ABCDEFGHIJ", zoneName: "example.org" });
new SslTrackingDomain(stack, "url1234", { domainName: "url1234.example.org", dnsZone: zone, edge: TrackingEdge.fastly() });
app.synth();
`;

/** Loads the main entry point and says whether anything of @cdktf/provider-aws came with it. */
const LOADS_AWS = `
require("${NAME}");
process.stdout.write(String(Object.keys(require.cache).some((file) => file.includes("provider-aws"))));
`;

function consumerProject(): string {
  const dir = tempDir("consumer-");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
  writeFileSync(join(dir, "index.js"), CONSUMER);
  writeFileSync(join(dir, "route53.js"), ROUTE53_CONSUMER);
  writeFileSync(join(dir, "loads-aws.js"), LOADS_AWS);
  return dir;
}

/**
 * Installs `spec` into a new consumer beside its peers, which are this project's copies, linked,
 * as a consumer's own would be. The package's own dependencies come from the registry (or the
 * cache when it has them: --prefer-offline, never --offline).
 */
async function installed(spec: string, peers: string[] = PEERS): Promise<string> {
  const dir = consumerProject();
  await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", spec, ...peers], { cwd: dir });
  return dir;
}

function synthesized(dir: string): Record<string, any> {
  execFileSync(process.execPath, ["index.js"], { cwd: dir, stdio: "pipe" });
  return JSON.parse(readFileSync(join(dir, "out", "stacks", "consumer", "cdk.tf.json"), "utf8"));
}

/** The installed command, run from the consumer. */
function command(dir: string, args: string[]): { status: number; out: string } {
  try {
    return { status: 0, out: execFileSync(join(dir, "node_modules", ".bin", NAME), args, { cwd: dir, encoding: "utf8", stdio: "pipe" }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, out: failed.stdout + failed.stderr };
  }
}

/** What every install must give: the library through its entry point, and the command. */
function expectWorkingInstall(dir: () => string, { linked = false } = {}): void {
  test("has the compiled library and the license", () => {
    const installedPackage = join(dir(), "node_modules", NAME);
    expect(existsSync(join(installedPackage, "dist", "constructs", "index.js"))).toBe(true);
    expect(readFileSync(join(installedPackage, "LICENSE"), "utf8")).toContain("MIT License");
  });

  // A linked folder keeps its own node_modules (here, this project's, with @cdktf/provider-aws); a copy must not bring one.
  if (!linked) {
    test.each(["aws", "route53"])("its /%s entry point, without the optional peer, names the package to install", (entry) => {
      const run = spawnSync(process.execPath, ["-e", `require("${NAME}/${entry}")`], { cwd: dir(), encoding: "utf8" });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain(
        "TrackingDomainError: cdktf-ssl-tracking-domain/aws (and /route53) needs the package @cdktf/provider-aws (^21), which is not installed: npm install --save-dev @cdktf/provider-aws@^21",
      );
    });

    test("installs next to the consumer's own cdktf, without a copy of its own", () => {
      const nested = join(dir(), "node_modules", NAME, "node_modules");
      expect(existsSync(nested) ? readdirSync(nested) : []).not.toContain("cdktf");
    });
  }

  test("synthesizes a Fastly and a Cloudflare-proxied domain through the public entry point", () => {
    const json = synthesized(dir());
    expect(Object.values<any>(json.resource.fastly_service_vcl)[0].domain).toEqual([{ name: "url1234.example.com" }]);
    const records = Object.values<any>(json.resource.cloudflare_dns_record);
    expect(records.find((r) => r.name === "url5678.example.com")).toMatchObject({ proxied: true, content: "sendgrid.net" });
    expect(Object.keys(json.resource.cloudflare_ruleset)).toHaveLength(2);
    expect(Object.keys(json.provider)).toEqual(["cloudflare", "fastly"]);
  });

  test("its main entry point works without the optional peer @cdktf/provider-aws: not installed, not loaded", () => {
    expect(existsSync(join(dir(), "node_modules", "@cdktf", "provider-aws"))).toBe(false);
    expect(execFileSync(process.execPath, ["loads-aws.js"], { cwd: dir(), encoding: "utf8" })).toBe("false");
  });

  test("its command prints its version and help, and guards a plan", () => {
    expect(command(dir(), ["--version"])).toEqual({ status: 0, out: `${VERSION}\n` });
    expect(command(dir(), ["--help"]).out).toContain(`${NAME} guard <plan.json>`);
    expect(command(dir(), ["check", "--help"]).out).toContain(`${NAME} check <domain>`);
    const blocked = command(dir(), ["guard", join(PLANS, "delete.json")]);
    expect(blocked.status).toBe(1);
    expect(blocked.out).toContain("BLOCKED: the plan deletes the tracking CNAME of url1234.example.com");
    expect(command(dir(), ["guard", join(PLANS, "update.json")]).status).toBe(0);
  });
}

let source: string;
let files: string[];
let fromTarball: string;
let fromPath: string;
let fromGit: string;
let withAws: string;

beforeAll(async () => {
  // Through git: npm clones the repository, installs its dev dependencies and runs `prepare`,
  // which must build dist/ in a clone that has none. It runs beside the pack below.
  const gitInstall = (async () => {
    const clone = join(tempDir("git-"), NAME);
    execFileSync("git", ["clone", "--quiet", "--no-hardlinks", ROOT, clone], { stdio: "pipe" });
    expect(existsSync(join(clone, "dist"))).toBe(false);
    return installed(`git+file://${clone}`);
  })();

  // Packed once for the run (shared with the consumer test), from a copy of the working tree.
  const pack = await packed();
  source = pack.source;
  files = pack.files;
  const tarball = pack.tarball;
  [fromTarball, fromPath, fromGit, withAws] = await Promise.all([
    installed(tarball),
    installed(source),
    gitInstall,
    installed(tarball, [...PEERS, join(ROOT, "node_modules", "@cdktf", "provider-aws")]),
  ]);
}, 900_000);

describe("the packed package", () => {
  test("ships the compiled library, its declarations, the generated Fastly bindings and the license, not the sources or tests", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "dist/constructs/index.js",
        "dist/constructs/index.d.ts",
        "dist/cli/main.js",
        "package.json",
        "LICENSE",
        "README.md",
      ]),
    );
    expect(files.some((f) => f.startsWith("dist/.gen/providers/fastly/service-vcl/"))).toBe(true);
    expect(files.some((f) => f.startsWith("dist/.gen/providers/cloudflare/ruleset/"))).toBe(true);
    expect(files).toEqual(
      expect.arrayContaining(["dist/framework/index.js", "dist/framework/index.d.ts", "dist/framework/aws/provider.d.ts"]),
    );
    expect(
      files.filter((f) => /^(__tests__|constructs|stacks|\.gen|bench)\//.test(f) || (f.endsWith(".ts") && !f.endsWith(".d.ts"))),
    ).toEqual([]);
  });

  expectWorkingInstall(() => fromTarball);
});

describe("the packed package with the optional peer @cdktf/provider-aws", () => {
  test("synthesizes a Fastly domain in a Route 53 zone through cdktf-ssl-tracking-domain/aws (and /route53, its alias)", () => {
    execFileSync(process.execPath, ["route53.js"], { cwd: withAws, stdio: "pipe" });
    const json = JSON.parse(readFileSync(join(withAws, "out", "stacks", "consumer", "cdk.tf.json"), "utf8"));
    expect(
      Object.values<any>(json.resource.aws_route53_record)
        .map((r) => [r.name, r.zone_id])
        .sort(),
    ).toEqual([
      ["_acme-challenge.url1234.example.org", "Z0123456789ABCDEFGHIJ"],
      ["url1234.example.org", "Z0123456789ABCDEFGHIJ"],
    ]);
    expect(json.resource.cloudflare_dns_record).toBeUndefined();
  });
});

describe("the package installed by path", () => {
  expectWorkingInstall(() => fromPath, { linked: true });
});

describe("the package installed through git", () => {
  expectWorkingInstall(() => fromGit);
});

test("the app command of cdktf.json runs the compiled app and writes what the TypeScript app writes", () => {
  const app = JSON.parse(readFileSync(join(ROOT, "cdktf.json"), "utf8")).app;
  expect(app).toBe("node scripts/app.js");
  const synth = (args: string[]) => {
    const outdir = tempDir("app-command-");
    execFileSync(process.execPath, args, { cwd: source, env: { ...process.env, CDKTF_OUTDIR: outdir }, stdio: "pipe" });
    return readFileSync(join(outdir, "stacks", "production", "cdk.tf.json"), "utf8");
  };
  expect(synth(["scripts/app.js"])).toBe(synth(["--import", "tsx", "main.ts"]));
});

test("the package's license is MIT, as package.json says", () => {
  expect(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).license).toBe("MIT");
  const license = readFileSync(join(ROOT, "LICENSE"), "utf8");
  expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 cdktf-ssl-tracking-domain contributors\n/);
});
