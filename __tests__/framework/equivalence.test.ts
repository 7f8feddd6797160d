/**
 * The same configs built on cdktf and on cdktn synthesize the same Terraform JSON: one process per
 * framework (the choice is made once, at load), each building the bundled example and every
 * example config. What may differ is said exactly: the framework's version in the metadata, and
 * the aws provider version that each framework's prebuilt AWS bindings pin.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ENV, FRAMEWORKS } from "../../framework/select";
import { tempDir } from "../temp";

const ROOT = resolve(__dirname, "../..");
const CONFIGS = ["tracking-domains.json", ...readdirSync(join(ROOT, "examples")).map((file) => `examples/${file}`)].sort();

/** Every stack of every config as `cdk.tf.json` holds it, synthesized in a process that loads `framework`. */
function synthesizeAll(framework: "cdktf" | "cdktn"): Record<string, Record<string, any>> {
  const outdir = tempDir(`${framework}-`);
  const script = `
    const { join } = require("node:path");
    const { App } = require("./framework");
    const { buildApp } = require("./stacks/app");
    const { loadConfig } = require("./stacks/config");
    const configs = ${JSON.stringify(CONFIGS)};
    configs.forEach((config, i) => buildApp(loadConfig(config), new App({ outdir: join(${JSON.stringify(outdir)}, String(i)) })).synth());
  `;
  // cdktf 0.21 calls util.isArray, which Node 22 reports as deprecated (DEP0044) on stderr.
  const run = spawnSync(process.execPath, ["--no-deprecation", "--import", "tsx", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, [ENV]: framework, FASTLY_API_KEY: "", CLOUDFLARE_API_TOKEN: "" },
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.stderr).toBe("");
  const out: Record<string, Record<string, any>> = {};
  CONFIGS.forEach((config, i) => {
    const stacks = join(outdir, String(i), "stacks");
    for (const stack of readdirSync(stacks)) {
      out[`${config} ${stack}`] = JSON.parse(readFileSync(join(stacks, stack, "cdk.tf.json"), "utf8"));
    }
  });
  return out;
}

/** `stack` without what legitimately differs, returned with what was taken out. */
function withoutFrameworkFacts(stack: Record<string, any>): { rest: Record<string, any>; facts: Record<string, unknown> } {
  const rest = structuredClone(stack);
  const facts: Record<string, unknown> = { metadataVersion: rest["//"]?.metadata?.version };
  delete rest["//"]?.metadata?.version;
  const aws = rest.terraform?.required_providers?.aws;
  if (aws) {
    facts.aws = `${aws.source} ${aws.version}`;
    delete aws.version;
    delete aws.source;
  }
  return { rest, facts };
}

describe("cdktf and cdktn synthesize the same stacks from the same configs", () => {
  const cdktf = synthesizeAll("cdktf");
  const cdktn = synthesizeAll("cdktn");

  test("the same stacks, with resources", () => {
    expect(Object.keys(cdktn).sort()).toEqual(Object.keys(cdktf).sort());
    expect(Object.keys(cdktf).length).toBeGreaterThanOrEqual(CONFIGS.length);
    for (const stack of Object.values(cdktf)) expect(Object.keys(stack.resource ?? {}).length).toBeGreaterThan(0);
  });

  test.each(CONFIGS)("%s: identical but for the framework version and the aws provider version", (config) => {
    for (const name of Object.keys(cdktf).filter((key) => key.startsWith(`${config} `))) {
      const tf = withoutFrameworkFacts(cdktf[name]);
      const tn = withoutFrameworkFacts(cdktn[name]);
      expect(tn.rest).toEqual(tf.rest);
      expect(tf.facts.metadataVersion).toBe("0.21.0");
      expect(tn.facts.metadataVersion).toBe("0.24.0");
      if (tf.facts.aws !== undefined || tn.facts.aws !== undefined) {
        // "aws" is Terraform's short form of "hashicorp/aws": the same provider address.
        expect([tf.facts.aws, tn.facts.aws]).toEqual([`aws ${FRAMEWORKS.cdktf.aws.pins}`, `hashicorp/aws ${FRAMEWORKS.cdktn.aws.pins}`]);
      }
    }
  });

  test("the AWS examples do differ in the aws provider version, which a switch of framework upgrades", () => {
    const aws = Object.entries(cdktf).filter(([, stack]) => stack.terraform?.required_providers?.aws);
    expect(aws.length).toBeGreaterThan(0);
    for (const [name, stack] of aws) {
      expect(stack.terraform.required_providers.aws.version).toBe("6.25.0");
      expect(cdktn[name].terraform.required_providers.aws.version).toBe("6.66.0");
    }
  });
});
