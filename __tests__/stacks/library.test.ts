/**
 * The JSON-config app as a library, from the package root: load and validate a config, add its
 * stacks to an App the caller owns (beside stacks of its own), synthesize it.
 */
import { App, TerraformOutput, TerraformStack, Testing } from "cdktf";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  ConfigError,
  TrackingDomainError,
  addTrackingDomainsStacks,
  loadTrackingDomainsConfig,
  parseTrackingDomainsConfig,
} from "../../constructs";
import { buildApp } from "../../stacks/app";
import { tempDir } from "../temp";

const EXAMPLE = resolve(__dirname, "../../examples/mixed-providers.json");

test("adds the config's stacks to an app that already has a stack of the caller's, and synthesizes both", () => {
  const outdir = tempDir("library-");
  const app = new App({ outdir });
  const own = new TerraformStack(app, "platform");
  new TerraformOutput(own, "owner", { value: "platform-team" });
  const stacks = addTrackingDomainsStacks(app, loadTrackingDomainsConfig(EXAMPLE));
  expect(stacks.map((stack) => stack.node.id)).toEqual(["production"]);
  app.synth();
  expect(readdirSync(join(outdir, "stacks")).sort()).toEqual(["platform", "production"]);
  // The tracking stack is what the app alone writes.
  const alone = tempDir("library-alone-");
  buildApp(loadTrackingDomainsConfig(EXAMPLE), new App({ outdir: alone })).synth();
  const written = (dir: string) => readFileSync(join(dir, "stacks", "production", "cdk.tf.json"), "utf8");
  expect(written(outdir)).toBe(written(alone));
  // No JavaScript stack traces from this machine in the manifest, though the app was the caller's.
  expect(readFileSync(join(outdir, "manifest.json"), "utf8")).not.toContain(__dirname);
});

test("a stack name the app already has is refused with a message naming it, before anything is added", () => {
  const app = Testing.app();
  new TerraformStack(app, "production");
  expect(() => addTrackingDomainsStacks(app, loadTrackingDomainsConfig(EXAMPLE))).toThrow(
    new TrackingDomainError(`stacks: the app already has a construct named "production"; rename the config's stack or yours`),
  );
  expect(app.node.children).toHaveLength(1);
});

test("parseTrackingDomainsConfig validates data from elsewhere and throws a ConfigError listing each problem", () => {
  expect(() => parseTrackingDomainsConfig({ stacks: [{ name: "p", zones: [], domains: [] }] }, "inline")).toThrow(ConfigError);
  const file = join(tempDir("library-config-"), "c.json");
  writeFileSync(file, '{"stacks": [1,]}');
  expect(() => loadTrackingDomainsConfig(file)).toThrow(/a trailing comma before "\]"/);
});
