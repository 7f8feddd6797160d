import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { FRAMEWORK } from "../../framework/select";
import { tempDir } from "../temp";

const ROOT = resolve(__dirname, "../..");

/** A preload that makes the AWS bindings (of either framework) look uninstalled, as for a Cloudflare-only user. */
const HIDE_AWS = `
const Module = require("node:module");
const original = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (/^@cdkt[fn]\\/provider-aws/.test(request)) {
    const error = new Error("Cannot find module '" + request + "'");
    error.code = "MODULE_NOT_FOUND";
    throw error;
  }
  return original.call(this, request, ...rest);
};
`;

/** Builds a Fastly and a Cloudflare-proxy domain through the library's entry point, then prints what it loaded. */
const USE_LIBRARY = `
const { Testing, TerraformStack } = require("./framework");
const lib = require("./constructs/index.ts");
const stack = new TerraformStack(Testing.app(), "s");
const zone = new lib.CloudflareDnsZone(stack, "z", { zoneId: "023e105f4ecef8ad9ca31a8372d0c353", zoneName: "example.com" });
new lib.SslTrackingDomain(stack, "a", { domainName: "url1.example.com", dnsZone: zone, edge: lib.TrackingEdge.fastly() });
new lib.SslTrackingDomain(stack, "b", { domainName: "url2.example.com", dnsZone: zone, edge: lib.TrackingEdge.cloudflareProxy() });
Testing.synth(stack);
const loaded = Object.keys(require.cache).filter((file) => file.includes("provider-aws") || file.includes("cloudfront-edge"));
console.log(JSON.stringify({ loaded }));
try {
  new lib.SslTrackingDomain(stack, "c", { domainName: "url3.example.com", dnsZone: zone, edge: lib.TrackingEdge.cloudFront() });
  console.log(JSON.stringify({ cloudFront: "bound" }));
} catch (error) {
  console.log(JSON.stringify({ cloudFront: error.name + ": " + error.message }));
}
`;

function run(hideAws: boolean): { loaded: string[]; cloudFront: string } {
  const preload = join(tempDir("hide-aws-"), "hide-aws.js");
  writeFileSync(preload, HIDE_AWS);
  const result = spawnSync(process.execPath, [...(hideAws ? ["--require", preload] : []), "--import", "tsx", "-e", USE_LIBRARY], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(result.stderr).toBe("");
  const lines = result.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return Object.assign({}, ...lines) as { loaded: string[]; cloudFront: string };
}

test("the Fastly and Cloudflare edges never load the AWS bindings, even where they are installed", () => {
  const { loaded, cloudFront } = run(false);
  expect(loaded).toEqual([]);
  expect(cloudFront).toBe("bound");
}, 60_000);

test("without the AWS bindings, the library works and the CloudFront edge says what to install", () => {
  const { loaded, cloudFront } = run(true);
  expect(loaded).toEqual([]);
  expect(cloudFront).toBe(
    `TrackingDomainError: url3.example.com: the cloudfront edge needs the package ${FRAMEWORK.aws.package} (${FRAMEWORK.aws.range}), which is not installed: npm install --save-dev ${FRAMEWORK.aws.package}@${FRAMEWORK.aws.range}`,
  );
}, 60_000);
