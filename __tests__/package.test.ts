import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..");
const PEERS = ["cdktf", "constructs", "@cdktf/provider-cloudflare"].map((name) => join(ROOT, "node_modules", name));

/** What a second project writes: only the package's public entry point. */
const CONSUMER = `
const { App, TerraformStack } = require("cdktf");
const { CloudflareProvider } = require("@cdktf/provider-cloudflare/lib/provider");
const { SslTrackingDomain, TrackingEdge, CloudflareDnsZone, FastlyProvider } = require("cdktf-ssl-tracking-domain");
const app = new App({ outdir: "out" });
const stack = new TerraformStack(app, "consumer");
new FastlyProvider(stack, "fastly", {});
new CloudflareProvider(stack, "cloudflare", {});
const zone = new CloudflareDnsZone(stack, "example-com", { zoneId: "023e105f4ecef8ad9ca31a8372d0c353", zoneName: "example.com" });
new SslTrackingDomain(stack, "url1234", { domainName: "url1234.example.com", dnsZone: zone, edge: TrackingEdge.fastly() });
new SslTrackingDomain(stack, "url5678", { domainName: "url5678.example.com", dnsZone: zone, edge: TrackingEdge.cloudflareProxy() });
app.synth();
`;

function consumerProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "consumer-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
  writeFileSync(join(dir, "index.js"), CONSUMER);
  return dir;
}

/** Installs offline: the consumer's peers are this project's copies, linked, as a consumer's own would be. */
function install(dir: string, ...specs: string[]): void {
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", ...specs], { cwd: dir, stdio: "pipe" });
}

function synthesized(dir: string): Record<string, any> {
  execFileSync(process.execPath, ["index.js"], { cwd: dir, stdio: "pipe" });
  return JSON.parse(readFileSync(join(dir, "out", "stacks", "consumer", "cdk.tf.json"), "utf8"));
}

test("a project that installs this one by path can require it and synthesize a domain", () => {
  execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "pipe" });
  const dir = consumerProject();
  install(dir, ROOT, ...PEERS);
  const json = synthesized(dir);
  expect(Object.values<any>(json.resource.fastly_service_vcl)[0].domain).toEqual([{ name: "url1234.example.com" }]);
  expect(Object.keys(json.provider)).toEqual(["cloudflare", "fastly"]);
});

test("the app command of cdktf.json runs the compiled app and writes what the TypeScript app writes", () => {
  const app = JSON.parse(readFileSync(join(ROOT, "cdktf.json"), "utf8")).app;
  expect(app).toBe("node scripts/app.js");
  const run = (args: string[]) => {
    const outdir = mkdtempSync(join(tmpdir(), "app-command-"));
    execFileSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, CDKTF_OUTDIR: outdir }, stdio: "pipe" });
    return readFileSync(join(outdir, "stacks", "production", "cdk.tf.json"), "utf8");
  };
  expect(run(["scripts/app.js"])).toBe(run(["--import", "tsx", "main.ts"]));
});

describe("the packed package", () => {
  const packDir = mkdtempSync(join(tmpdir(), "pack-"));
  const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", packDir], { cwd: ROOT, encoding: "utf8" }))[0];
  const files: string[] = packed.files.map((f: { path: string }) => f.path);
  const dir = consumerProject();
  install(dir, join(packDir, packed.filename), ...PEERS);

  test("ships the compiled library, its declarations and the generated Fastly bindings, not the sources or tests", () => {
    expect(files).toEqual(
      expect.arrayContaining(["dist/constructs/index.js", "dist/constructs/index.d.ts", "dist/cli/main.js", "package.json"]),
    );
    expect(files.some((f) => f.startsWith("dist/.gen/providers/fastly/service-vcl/"))).toBe(true);
    expect(
      files.filter((f) => /^(__tests__|constructs|stacks|\.gen|bench)\//.test(f) || (f.endsWith(".ts") && !f.endsWith(".d.ts"))),
    ).toEqual([]);
  });

  test("installs next to the consumer's own cdktf, without a copy of its own", () => {
    expect(existsSync(join(dir, "node_modules", "cdktf-ssl-tracking-domain", "dist", "constructs", "index.js"))).toBe(true);
    const nested = join(dir, "node_modules", "cdktf-ssl-tracking-domain", "node_modules");
    expect(existsSync(nested) ? readdirSync(nested) : []).not.toContain("cdktf");
  });

  test("synthesizes a Fastly and a Cloudflare-proxied domain through the public entry point", () => {
    const json = synthesized(dir);
    expect(Object.keys(json.resource.fastly_service_vcl)).toHaveLength(1);
    const records = Object.values<any>(json.resource.cloudflare_dns_record);
    expect(records.find((r) => r.name === "url5678.example.com")).toMatchObject({ proxied: true, content: "sendgrid.net" });
    expect(Object.keys(json.resource.cloudflare_ruleset)).toHaveLength(2);
  });

  test("its command runs from the consumer", () => {
    const help = execFileSync(join(dir, "node_modules", ".bin", "cdktf-ssl-tracking-domain"), ["--help"], { encoding: "utf8" });
    expect(help).toContain("cdktf-ssl-tracking-domain check <domain>");
  });
});
