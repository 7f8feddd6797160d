import { Testing } from "../../framework";
import { parseConfig } from "../../stacks/config";
import { configProblems } from "./helpers";
import { buildApp } from "../../stacks/app";

const ZONE = { name: "example.com", provider: "cloudflare", zoneId: "023e105f4ecef8ad9ca31a8372d0c353" };

function stacks(...backends: unknown[]) {
  return {
    stacks: backends.map((backend, i) => ({
      name: `s${i}`,
      zones: [ZONE],
      domains: [{ domainName: `url${i}.example.com`, edge: "fastly" }],
      ...(backend === undefined ? {} : { backend }),
    })),
  };
}

function terraformBlock(backend: unknown): Record<string, any> {
  const app = buildApp(parseConfig(stacks(backend)), Testing.app());
  return JSON.parse(Testing.synth(app.node.children[0] as never)).terraform;
}

describe("state backends", () => {
  test("local by default, with a relative path", () => {
    expect(terraformBlock(undefined).backend).toEqual({ local: { path: "terraform.s0.tfstate" } });
  });

  test("local with a path", () => {
    expect(terraformBlock({ type: "local", path: "state/s0.tfstate" }).backend).toEqual({ local: { path: "state/s0.tfstate" } });
  });

  test("s3 with S3-native locking and encryption by default", () => {
    expect(terraformBlock({ type: "s3", bucket: "tf-state", key: "tracking/s0.tfstate", region: "eu-west-1" }).backend).toEqual({
      s3: { bucket: "tf-state", key: "tracking/s0.tfstate", region: "eu-west-1", encrypt: true, use_lockfile: true },
    });
  });

  test("s3 with a DynamoDB lock table instead", () => {
    const backend = terraformBlock({ type: "s3", bucket: "b", key: "k", region: "us-east-1", dynamodbTable: "tf-locks" }).backend;
    expect(backend.s3).toMatchObject({ dynamodb_table: "tf-locks" });
    expect(backend.s3).not.toHaveProperty("use_lockfile");
  });

  test("gcs", () => {
    expect(terraformBlock({ type: "gcs", bucket: "tf-state", prefix: "tracking/s0" }).backend).toEqual({
      gcs: { bucket: "tf-state", prefix: "tracking/s0" },
    });
  });

  test("HCP Terraform / Terraform Enterprise", () => {
    const block = terraformBlock({ type: "cloud", organization: "acme", workspace: "tracking-s0" });
    expect(block.cloud).toEqual({ organization: "acme", workspaces: { name: "tracking-s0" } });
    expect(block.backend).toBeUndefined();
  });

  test("Terraform Enterprise with its hostname", () => {
    expect(terraformBlock({ type: "cloud", organization: "acme", workspace: "w", hostname: "tfe.acme.example" }).cloud).toMatchObject({
      hostname: "tfe.acme.example",
    });
  });
});

describe("invalid backends", () => {
  test.each([
    ["an unknown type", { type: "azurerm" }, `stacks[0].backend.type: "azurerm" is not a known type`],
    ["s3 without a bucket", { type: "s3", key: "k", region: "r" }, "stacks[0].backend.bucket: is required (string)"],
    ["s3 with a gcs field", { type: "s3", bucket: "b", key: "k", region: "r", prefix: "p" }, `stacks[0].backend: unknown key "prefix"`],
    ["gcs without a prefix", { type: "gcs", bucket: "b" }, "stacks[0].backend.prefix: is required (string)"],
    ["cloud without a workspace", { type: "cloud", organization: "acme" }, "stacks[0].backend.workspace: is required (string)"],
    ["local with a bucket", { type: "local", bucket: "b" }, `stacks[0].backend: unknown key "bucket"`],
  ])("refuses %s", (_, backend, problem) => {
    expect(configProblems(stacks(backend))).toEqual(expect.arrayContaining([expect.stringContaining(problem)]));
  });

  test("two stacks sharing one state are refused", () => {
    const backend = { type: "s3", bucket: "b", key: "same.tfstate", region: "r" };
    expect(configProblems(stacks(backend, backend))).toEqual([
      "stacks[1].backend: stores its state where stacks[0] does (s3://b/same.tfstate); give each stack its own key, prefix or workspace",
    ]);
  });
});

describe("two stacks that Terraform would give one state", () => {
  test.each([
    ["one local file named from both folders", { type: "local", path: "../shared.tfstate" }, { type: "local", path: "../shared.tfstate" }],
    ["one absolute local path", { type: "local", path: "/var/tf/tracking.tfstate" }, { type: "local", path: "/var/tf/tracking.tfstate" }],
    [
      "a path into the other stack's folder",
      { type: "local", path: "terraform.s0.tfstate" },
      { type: "local", path: "../s0/terraform.s0.tfstate" },
    ],
    [
      "backslashes and case (Windows, macOS)",
      { type: "local", path: "C:/tf/Tracking.tfstate" },
      { type: "local", path: "C:\\tf\\tracking.tfstate" },
    ],
    [
      "gcs prefixes with and without a trailing slash",
      { type: "gcs", bucket: "b", prefix: "tracking" },
      { type: "gcs", bucket: "b", prefix: "tracking/" },
    ],
    [
      "gcs prefixes with and without a leading slash (the backend trims it)",
      { type: "gcs", bucket: "b", prefix: "/tracking" },
      { type: "gcs", bucket: "b", prefix: "tracking/" },
    ],
    [
      "gcs prefixes of slashes alone (the bucket's root)",
      { type: "gcs", bucket: "b", prefix: "/" },
      { type: "gcs", bucket: "b", prefix: "//" },
    ],
    ["the default local path of another stack", undefined, { type: "local", path: "../s0/terraform.s0.tfstate" }],
  ])("are refused: %s", (_, first, second) => {
    expect(configProblems(stacks(first, second))).toEqual([
      expect.stringMatching(
        /^stacks\[1\]\.backend: stores its state where stacks\[0\] does \(.+\); give each stack its own key, prefix or workspace$/,
      ),
    ]);
  });

  test.each([
    ["local files in each folder", { type: "local", path: "state.tfstate" }, { type: "local", path: "state.tfstate" }],
    ["gcs prefixes that differ", { type: "gcs", bucket: "b", prefix: "tracking/a" }, { type: "gcs", bucket: "b", prefix: "tracking/b" }],
    ["one s3 key in two buckets", { type: "s3", bucket: "a", key: "k", region: "r" }, { type: "s3", bucket: "b", key: "k", region: "r" }],
  ])("are not confused: %s", (_, first, second) => {
    expect(() => parseConfig(stacks(first, second))).not.toThrow();
  });

  test.each(["/tracking.tfstate", "tracking/", "tracking//s0.tfstate"])("an s3 key Terraform refuses (%j) is refused", (key) => {
    expect(configProblems(stacks({ type: "s3", bucket: "b", key, region: "r" }))).toEqual([
      `stacks[0].backend.key: ${JSON.stringify(key)} is not an S3 state key Terraform accepts: it must not start or end with "/" or hold "//"`,
    ]);
  });
});
