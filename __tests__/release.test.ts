/**
 * .github/workflows/release.yml: publishes with provenance on a version tag only, and dry-runs
 * the publish everywhere else; its check script refuses a tag that is not the version and a
 * repository field that npm's provenance check would refuse.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";

const ROOT = resolve(__dirname, "..");
const workflow = parse(readFileSync(join(ROOT, ".github/workflows/release.yml"), "utf8"));
const VERSION = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
const job = workflow.jobs.publish;
type Step = { name?: string; uses?: string; run?: string; if?: string; env?: Record<string, string>; with?: Record<string, unknown> };
const steps: Step[] = job.steps;
const step = (name: string) => steps.find((s) => s.name === name)!;

test("uses actions pinned by commit (the workflow that holds the publish token), with the release named beside it", () => {
  const text = readFileSync(join(ROOT, ".github/workflows/release.yml"), "utf8");
  const uses = steps.filter((s) => s.uses).map((s) => s.uses!);
  expect(uses.length).toBeGreaterThanOrEqual(2);
  for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  for (const line of text.split("\n").filter((l) => /uses: /.test(l))) expect(line).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
});

test("runs on version tags, pushes to main and pull requests", () => {
  expect(workflow.on.push.tags).toEqual(["v*"]);
  expect(workflow.on.push.branches).toEqual(["main"]);
  expect(workflow.on).toHaveProperty("pull_request");
});

test("only the publish job may mint an OIDC token, for provenance; the workflow itself only reads", () => {
  expect(workflow.permissions).toEqual({ contents: "read" });
  expect(job.permissions).toEqual({ contents: "read", "id-token": "write" });
});

test("publishes with provenance on a tag only, with the token; a dry run everywhere else, without it", () => {
  const publish = step("Publish");
  expect(publish.if).toBe("github.ref_type == 'tag'");
  expect(publish.run).toBe("npm publish --provenance --access public");
  expect(publish.env).toEqual({ NODE_AUTH_TOKEN: "${{ secrets.NPM_TOKEN }}" });
  const dry = step("Publish (dry run)");
  expect(dry.if).toBe("github.ref_type != 'tag'");
  expect(dry.run).toContain("npm publish --dry-run");
  expect(dry.env).toBeUndefined();
  // The token is read by that one step only.
  expect(steps.filter((s) => JSON.stringify(s).includes("secrets."))).toEqual([publish]);
});

test("a tag is checked, then tested in full (.ci/run), before it is published", () => {
  const names = steps.map((s) => s.name);
  expect(names.indexOf("Check the tag and the repository field")).toBeLessThan(names.indexOf("Install, synthesize, test and lint"));
  expect(names.indexOf("Install, synthesize, test and lint")).toBeLessThan(names.indexOf("Publish"));
  expect(step("Install, synthesize, test and lint")).toMatchObject({ if: "github.ref_type == 'tag'", run: ".ci/run" });
  expect(steps.find((s) => s.uses?.startsWith("actions/setup-node"))?.with).toMatchObject({ "registry-url": "https://registry.npmjs.org" });
});

function check(env: Record<string, string>): { status: number | null; out: string } {
  const { PATH, HOME } = process.env;
  const run = spawnSync(process.execPath, [join(ROOT, "scripts/release-check.js")], { env: { PATH, HOME, ...env }, encoding: "utf8" });
  return { status: run.status, out: run.stdout + run.stderr };
}

describe("the release check", () => {
  test("refuses a tag that is not the package version, naming both", () => {
    const result = check({ GITHUB_REF_TYPE: "tag", GITHUB_REF_NAME: "v99.0.0" });
    expect(result.status).toBe(1);
    expect(result.out).toContain(
      `the tag v99.0.0 is not the package version: package.json says ${VERSION}, so the tag must be v${VERSION}`,
    );
  });

  test("passes the version's own tag when no repository is known", () => {
    expect(check({ GITHUB_REF_TYPE: "tag", GITHUB_REF_NAME: `v${VERSION}` }).status).toBe(0);
  });

  test("on a tag, refuses a repository field that is not the repository the workflow runs in; a dry run only warns", () => {
    const tag = check({ GITHUB_REF_TYPE: "tag", GITHUB_REF_NAME: `v${VERSION}`, GITHUB_REPOSITORY: "someone-else/fork" });
    expect(tag.status).toBe(1);
    expect(tag.out).toContain('"repository": { "type": "git", "url": "git+https://github.com/someone-else/fork.git" }');
    const dry = check({ GITHUB_REF_TYPE: "branch", GITHUB_REF_NAME: "main", GITHUB_REPOSITORY: "someone-else/fork" });
    expect(dry.status).toBe(0);
    expect(dry.out).toContain("::warning::release check: package.json's repository.url");
  });
});
