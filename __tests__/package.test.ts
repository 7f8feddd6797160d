import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..");

/** What a second project writes: only the public entry point of this package. */
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
app.synth();
`;

test("a project that installs this one by path can require it and synthesize a domain", () => {
  execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "pipe" });
  const dir = mkdtempSync(join(tmpdir(), "consumer-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
  // The consumer's cdktf must be the same copy the library uses; linking this project's copies
  // keeps the test offline.
  const peers = ["cdktf", "constructs", "@cdktf/provider-cloudflare"].map((name) => join(ROOT, "node_modules", name));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", ROOT, ...peers], { cwd: dir, stdio: "pipe" });
  writeFileSync(join(dir, "index.js"), CONSUMER);
  execFileSync(process.execPath, ["index.js"], { cwd: dir, stdio: "pipe" });

  const json = JSON.parse(readFileSync(join(dir, "out", "stacks", "consumer", "cdk.tf.json"), "utf8"));
  expect(Object.values<any>(json.resource.fastly_service_vcl)[0].domain).toEqual([{ name: "url1234.example.com" }]);
  expect(Object.keys(json.resource.fastly_tls_subscription)).toHaveLength(1);
  expect(Object.keys(json.provider)).toEqual(["cloudflare", "fastly"]);
});
