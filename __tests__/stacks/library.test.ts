/**
 * The JSON-config app as a library, from the package root: load and validate a config, add its
 * stacks to an App the caller owns (beside stacks of its own), synthesize it.
 */
import { App, TerraformOutput, TerraformStack, Testing } from "../../framework";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ConfigError, TrackingDomainError, TrackingDomainsFile } from "../../constructs";
import { buildApp } from "../../stacks/app";
import { loadConfig } from "../../stacks/config";
import { tempDir } from "../temp";

const EXAMPLE = resolve(__dirname, "../../examples/mixed-providers.json");

test("adds the config's stacks to an app that already has a stack of the caller's, and synthesizes both", () => {
  const outdir = tempDir("library-");
  const app = new App({ outdir });
  const own = new TerraformStack(app, "platform");
  new TerraformOutput(own, "owner", { value: "platform-team" });
  const file = TrackingDomainsFile.load(EXAMPLE);
  expect(file.addStacks(app).map((stack) => stack.node.id)).toEqual(["production"]);
  app.synth();
  expect(readdirSync(join(outdir, "stacks")).sort()).toEqual(["platform", "production"]);
  // The tracking stack is what the app alone writes.
  const alone = tempDir("library-alone-");
  buildApp(loadConfig(EXAMPLE), new App({ outdir: alone })).synth();
  const written = (dir: string) => readFileSync(join(dir, "stacks", "production", "cdk.tf.json"), "utf8");
  expect(written(outdir)).toBe(written(alone));
  // No JavaScript stack traces from this machine in the manifest, though the app was the caller's.
  expect(readFileSync(join(outdir, "manifest.json"), "utf8")).not.toContain(__dirname);
});

test("says what the file holds, in name order", () => {
  const file = TrackingDomainsFile.load(EXAMPLE);
  expect(file.source).toBe(EXAMPLE);
  expect(file.stackNames).toEqual(["production"]);
  expect(file.domainNames).toEqual(["url1234.example.com", "url1234.example.org", "url5678.example.com", "url5678.example.org"]);
  expect(file.warnings).toEqual([]);
});

test("a stack name the app already has is refused with a message naming it, before anything is added", () => {
  const app = Testing.app();
  new TerraformStack(app, "production");
  expect(() => TrackingDomainsFile.load(EXAMPLE).addStacks(app)).toThrow(
    new TrackingDomainError(`stacks: the app already has a construct named "production"; rename the config's stack or yours`),
  );
  expect(app.node.children).toHaveLength(1);
});

test("fromData validates data from elsewhere; both throw a ConfigError listing each problem", () => {
  expect(() => TrackingDomainsFile.fromData({ stacks: [{ name: "p", zones: [], domains: [] }] }, "inline")).toThrow(ConfigError);
  const file = join(tempDir("library-config-"), "c.json");
  writeFileSync(file, '{"stacks": [1,]}');
  expect(() => TrackingDomainsFile.load(file)).toThrow(/a trailing comma before "\]"/);
});
