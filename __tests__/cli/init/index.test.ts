/**
 * `init` in an empty folder and in an existing infra repo: what it writes must synthesize and
 * call the reusable workflows with inputs they declare, and it must never overwrite a file.
 */
import { Testing } from "../../../framework";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { DEPLOY_CALLER, INIT_HELP, MONITOR_CALLER, githubRepository, runInit } from "../../../cli/init";
import { deployCaller, monitorCaller } from "../../../cli/init/templates";
import { main } from "../../../cli/main";
import { buildApp } from "../../../stacks/app";
import { loadConfig } from "../../../stacks/config";
import { tempDir } from "../../temp";

function init(dir: string, args: string[] = []): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = runInit(args, { stdout: (text) => void (out += text), stderr: (text) => void (err += text) }, dir);
  return { code, out, err };
}

/** Every file under `dir`, with its text. */
function files(dir: string): Record<string, string> {
  return Object.fromEntries(
    (readdirSync(dir, { recursive: true }) as string[])
      .filter((file) => statSync(join(dir, file)).isFile())
      .sort()
      .map((file) => [file, readFileSync(join(dir, file), "utf8")]),
  );
}

const WORKFLOWS = ["--workflows-from", "acme/cdktf-ssl-tracking-domain@v1.2.3"];

describe("in an empty folder", () => {
  const dir = tempDir("init-empty-");
  let result: ReturnType<typeof init>;
  beforeAll(() => {
    result = init(dir, WORKFLOWS);
  });

  test("writes cdktf.json, the starter config, package.json, the two workflow callers and .gitignore", () => {
    expect(result.code).toBe(0);
    expect(Object.keys(files(dir))).toEqual(
      [
        ".github/workflows/deploy-tracking-domains.yml",
        ".github/workflows/monitor-tracking-domains.yml",
        ".gitignore",
        "cdktf.json",
        "package.json",
        "tracking-domains.json",
      ].sort(),
    );
  });

  test("cdktf.json runs the installed package's synth, through npx without a registry lookup", () => {
    const cdktf = JSON.parse(readFileSync(join(dir, "cdktf.json"), "utf8"));
    expect(cdktf).toMatchObject({
      app: "npx --no-install cdktf-ssl-tracking-domain synth",
      terraformProviders: [],
      sendCrashReports: "false",
    });
  });

  test("the starter config has $schema pointing at the installed schema, loads, and synthesizes", () => {
    const text = readFileSync(join(dir, "tracking-domains.json"), "utf8");
    expect(JSON.parse(text).$schema).toBe("./node_modules/cdktf-ssl-tracking-domain/tracking-domains.schema.json");
    const app = buildApp(loadConfig(join(dir, "tracking-domains.json")), Testing.app());
    const stack = JSON.parse(Testing.synth(app.node.children[0] as never));
    expect(Object.keys(stack.output)).toContain("url1234_example_com_cname_target");
  });

  test("package.json gets the scripts, with the package's own command", () => {
    expect(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).scripts).toEqual({
      synth: "cdktf synth",
      "synth:tracking": "cdktf-ssl-tracking-domain synth",
      guard: "cdktf-ssl-tracking-domain guard",
      check: "cdktf-ssl-tracking-domain check --config tracking-domains.json",
    });
  });

  test.each([
    [DEPLOY_CALLER, "tracking-deploy.yml", ["config", "environment", "apply"]],
    [MONITOR_CALLER, "tracking-monitor.yml", ["config"]],
  ])("%s calls the package's %s at the given ref, with inputs of the contract", (file, reusable, inputs) => {
    const workflow = parse(readFileSync(join(dir, file), "utf8"));
    const jobs = Object.values<{ uses: string; with: Record<string, string> }>(workflow.jobs);
    expect(jobs).toHaveLength(1);
    expect(jobs[0].uses).toBe(`acme/cdktf-ssl-tracking-domain/.github/workflows/${reusable}@v1.2.3`);
    expect(Object.keys(jobs[0].with).sort()).toEqual([...inputs].sort());
    expect(jobs[0].with.config).toBe("tracking-domains.json");
    // Only inputs that the reusable workflows declare (the contract between the changes, plus the deploy's apply).
    const declared = [
      "config",
      "working-directory",
      "node-version",
      "cli",
      "terraform-version",
      "environment",
      "terraform-binary",
      "apply",
    ];
    for (const input of Object.keys(jobs[0].with)) expect(declared).toContain(input);
    // And, where this tree has the reusable workflow, among the inputs it declares.
    const own = join(__dirname, "../../../.github/workflows", reusable);
    if (existsSync(own)) {
      const inputs = Object.keys(parse(readFileSync(own, "utf8")).on.workflow_call.inputs);
      for (const input of Object.keys(jobs[0].with)) expect(inputs).toContain(input);
    }
  });

  test("the deploy caller applies on pushes to main only, one run at a time there", () => {
    const workflow = parse(readFileSync(join(dir, DEPLOY_CALLER), "utf8"));
    expect(workflow.jobs["tracking-domains"].with.apply).toBe("${{ github.event_name == 'push' }}");
    expect(workflow.on).toEqual({ pull_request: { branches: ["main"] }, push: { branches: ["main"] } });
    expect(workflow.concurrency["cancel-in-progress"]).toBe("${{ github.event_name == 'pull_request' }}");
  });

  test("prints what it wrote and the next steps: install, edit, synthesize, deploy", () => {
    expect(result.out).toMatch(/created +cdktf\.json/);
    expect(result.out).toContain("Framework: cdktf (the default;");
    expect(result.out).toContain('npm install --save-dev cdktf@^0.21 cdktf-cli@^0.21 constructs@">=10.6.0 <10.8.0"\n');
    expect(result.out).toContain("npm install --save-dev @cdktf/provider-aws@^21.");
    expect(result.out).not.toContain("provider-cloudflare");
    expect(result.out).toContain("Zone ID");
    expect(result.out).toContain("sendgrid audit (SendGrid turns SSL tracking on for the whole account) before asking SendGrid");
    expect(result.out).toContain("npx cdktf synth");
    expect(result.out).toContain('merge the package first (see "The first deploy" there)');
    expect(readFileSync(join(__dirname, "../../../docs/deploy.md"), "utf8")).toMatch(/^## The first deploy$/m);
    expect(result.err).toBe("");
  });

  test("a second run changes nothing and says each file was kept", () => {
    const before = files(dir);
    const again = init(dir, WORKFLOWS);
    expect(again.code).toBe(0);
    expect(files(dir)).toEqual(before);
    expect(again.out).not.toMatch(/created|updated/);
    expect(again.out.match(/^ {2}kept/gm)).toHaveLength(Object.keys(before).length);
  });
});

test("in an existing repo it keeps every file and script, adds only the missing scripts, and keeps package.json's indentation", () => {
  const dir = tempDir("init-existing-");
  const manifest = {
    name: "infra",
    version: "1.0.0",
    scripts: { synth: "my-own synth" },
    devDependencies: { cdktf: "0.21.0", constructs: "10.4.2" },
  };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 4)}\n`);
  writeFileSync(join(dir, "cdktf.json"), JSON.stringify({ language: "typescript", app: "npx ts-node main.ts" }));
  writeFileSync(join(dir, ".gitignore"), "mine\n");
  const { code, out } = init(dir, ["--no-workflows"]);
  expect(code).toBe(0);
  const text = readFileSync(join(dir, "package.json"), "utf8");
  expect(text).toMatch(/^\{\n {4}"name": "infra",/);
  expect(JSON.parse(text)).toEqual({
    ...manifest,
    scripts: {
      synth: "my-own synth",
      "synth:tracking": "cdktf-ssl-tracking-domain synth",
      guard: "cdktf-ssl-tracking-domain guard",
      check: "cdktf-ssl-tracking-domain check --config tracking-domains.json",
    },
  });
  expect(JSON.parse(readFileSync(join(dir, "cdktf.json"), "utf8")).app).toBe("npx ts-node main.ts");
  expect(readFileSync(join(dir, ".gitignore"), "utf8")).toBe("mine\n");
  expect(out).toContain('exists, with app "npx ts-node main.ts"');
  expect(out).toContain('kept your "synth"');
  // Already installed: not in the install line.
  expect(out).toContain("npm install --save-dev cdktf-cli@^0.21\n");
  expect(Object.keys(files(dir))).not.toContain(DEPLOY_CALLER);
});

test("--config in a subfolder: the config goes there, $schema and the app follow it", () => {
  const dir = tempDir("init-sub-");
  mkdirSync(join(dir, "infra"));
  expect(init(dir, ["--config", "infra/tracking.json", ...WORKFLOWS]).code).toBe(0);
  expect(JSON.parse(readFileSync(join(dir, "infra", "tracking.json"), "utf8")).$schema).toBe(
    "../node_modules/cdktf-ssl-tracking-domain/tracking-domains.schema.json",
  );
  expect(JSON.parse(readFileSync(join(dir, "cdktf.json"), "utf8")).app).toBe(
    "npx --no-install cdktf-ssl-tracking-domain synth --config infra/tracking.json",
  );
  expect(readFileSync(join(dir, DEPLOY_CALLER), "utf8")).toContain("config: infra/tracking.json");
});

test("without --workflows-from, the callers name a placeholder repository and the next steps say to replace it", () => {
  const dir = tempDir("init-default-");
  const { out } = init(dir);
  // This checkout's package.json has no "repository": the callers cannot know where the workflows are.
  expect(readFileSync(join(dir, DEPLOY_CALLER), "utf8")).toMatch(
    /uses: OWNER\/cdktf-ssl-tracking-domain\/\.github\/workflows\/tracking-deploy\.yml@v\d/,
  );
  expect(out).toContain("replace OWNER/cdktf-ssl-tracking-domain");
});

test.each([
  [["--config", "/etc/x.json"], "--config must be a .json file inside this folder"],
  [["--config", "../x.json"], "--config must be a .json file inside this folder"],
  [["--config", "x.yaml"], "--config must be a .json file inside this folder"],
  [["--workflows-from", "acme"], "--workflows-from must be <owner>/<repo>@<ref>"],
  [["--workflows-from", "a/b@v1", "--no-workflows"], "give --workflows-from or --no-workflows, not both"],
  [["stray"], "Unexpected argument 'stray'"],
  [["--framework", "cdk"], '--framework must be cdktf or cdktn; got "cdk"'],
  [["--framework", "x\u001b[31m"], '--framework must be cdktf or cdktn; got "x\\u001b[31m"'],
])("usage error %j exits 2, writes nothing and points at init --help", (args, message) => {
  const dir = tempDir("init-usage-");
  const { code, err } = init(dir, args);
  expect(code).toBe(2);
  expect(err).toContain(message);
  expect(err).toContain('Run "cdktf-ssl-tracking-domain init --help"');
  expect(readdirSync(dir)).toEqual([]);
});

test.each([
  ["github:acme/tool", "acme/tool"],
  ["git+https://github.com/acme/tool.git", "acme/tool"],
  [{ type: "git", url: "https://github.com/acme/tool" }, "acme/tool"],
  ["git@github.com:acme/tool.git", "acme/tool"],
  ["https://gitlab.com/acme/tool", undefined],
  [undefined, undefined],
])("the workflows' repository from package.json's repository %j is %j", (repository, expected) => {
  expect(githubRepository(repository)).toBe(expected);
});

test("init --help, through the command line, lists every file it writes", async () => {
  let out = "";
  expect(await main(["init", "--help"], { stdout: (text) => void (out += text), stderr: () => undefined })).toBe(0);
  expect(out).toBe(INIT_HELP);
  for (const file of ["cdktf.json", "tracking-domains.json", "package.json", DEPLOY_CALLER, MONITOR_CALLER, ".gitignore"])
    expect(out).toContain(file);
});

describe("--framework cdktn", () => {
  const dir = tempDir("init-cdktn-");
  let result: ReturnType<typeof init>;
  beforeAll(() => {
    result = init(dir, ["--framework", "cdktn", ...WORKFLOWS]);
  });

  test("cdktf.json (the name the cdktn CLI reads) runs the package's synth and names cdktn's target versions", () => {
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "cdktf.json"), "utf8"))).toMatchObject({
      language: "typescript",
      app: "npx --no-install cdktf-ssl-tracking-domain synth",
      targetVersions: { terraform: ">=1.5.7", opentofu: ">=1.6.0" },
      terraformProviders: [],
    });
  });

  test("the synth script runs the cdktn CLI", () => {
    expect(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).scripts.synth).toBe("cdktn synth");
  });

  test("the next steps install cdktn, its CLI (on Node.js 22.19 or later) and constructs in cdktn's range, and nothing of cdktf", () => {
    expect(result.out).toContain("Framework: cdktn (--framework;");
    expect(result.out).toContain(
      'Install what synthesis and deploys need (the cdktn CLI needs Node.js 22.19 or later): npm install --save-dev cdktn@^0.24 cdktn-cli@^0.24 constructs@">=10.6.0 <10.8.0"\n',
    );
    expect(result.out).toContain("npm install --save-dev @cdktn/provider-aws@^25.7.0.");
    expect(result.out).toContain("npx cdktn synth");
    expect(result.out).not.toMatch(/cdktf@|cdktf-cli|@cdktf\/|npx cdktf /);
  });

  test("the constructs range is the one the installed cdktn declares", () => {
    const cdktn = JSON.parse(readFileSync(require.resolve("cdktn/package.json"), "utf8"));
    expect(result.out).toContain(`constructs@"${cdktn.peerDependencies.constructs}"`);
  });
});

describe("the default framework is the one installed in the folder's node_modules", () => {
  /** A folder whose node_modules holds the given frameworks. */
  function folderWith(...names: string[]): string {
    const dir = tempDir("init-detect-");
    for (const name of names) {
      mkdirSync(join(dir, "node_modules", name), { recursive: true });
      writeFileSync(join(dir, "node_modules", name, "package.json"), JSON.stringify({ name, version: "1.0.0" }));
    }
    return dir;
  }

  test.each([
    [["cdktn"], "cdktn", "installed here"],
    [["cdktf"], "cdktf", "installed here"],
    [["cdktf", "cdktn"], "cdktf", "the default"],
    [[], "cdktf", "the default"],
  ])("with %j installed: %s (%s)", (names, framework, why) => {
    const dir = folderWith(...names);
    const { code, out } = init(dir, ["--no-workflows"]);
    expect(code).toBe(0);
    expect(out).toContain(`Framework: ${framework} (${why};`);
    expect(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).scripts.synth).toBe(`${framework} synth`);
  });

  test("--framework cdktn where cdktf is installed too: says to remove cdktf", () => {
    const dir = folderWith("cdktf", "cdktn");
    const { code, out } = init(dir, ["--no-workflows", "--framework", "cdktn"]);
    expect(code).toBe(0);
    expect(out).toContain("cdktf is installed here too: remove it");
  });

  test("--framework cdktf where cdktn alone is installed: cdktf's packages", () => {
    const dir = folderWith("cdktn");
    const { out } = init(dir, ["--no-workflows", "--framework", "cdktf"]);
    expect(out).toContain('npm install --save-dev cdktf@^0.21 cdktf-cli@^0.21 constructs@">=10.6.0 <10.8.0"\n');
    expect(out).not.toContain("cdktf is installed here too");
  });
});

describe("the callers the guides show are the ones init writes", () => {
  /** The YAML block of `guide` that calls the reusable `reusable`. */
  function snippet(guide: string, reusable: string): { text: string; repository: string; ref: string } {
    const markdown = readFileSync(join(__dirname, "../../../docs", guide), "utf8");
    const text = [...markdown.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]).find((body) => body.includes(`/${reusable}@`));
    expect(text).toBeDefined();
    const [, repository, ref] = new RegExp(`uses: ([\\w.-]+/[\\w.-]+)/\\.github/workflows/${reusable.replace(".", "\\.")}@(\\S+)`).exec(
      text!,
    )!;
    return { text: text!, repository, ref };
  }
  /** The workflow's content, comments set aside. */
  const body = (yaml: string) => yaml.replace(/^#.*\n/gm, "").replace(/^\s*#.*\n/gm, "");

  test.each([
    ["monitoring.md", "tracking-monitor.yml", monitorCaller],
    ["deploy.md", "tracking-deploy.yml", deployCaller],
  ])("docs/%s calls %s as init does, line for line", (guide, reusable, template) => {
    const { text, repository, ref } = snippet(guide, reusable);
    expect(repository).toBe("OWNER/cdktf-ssl-tracking-domain");
    expect(body(text)).toBe(body(template({ repository, ref }, "tracking-domains.json")));
  });

  test("the monitor's caller lets the reusable workflow write its issue, and nothing more than read the code", () => {
    const written = parse(monitorCaller({ repository: "acme/x", ref: "v1" }, "tracking-domains.json"));
    expect(written.permissions).toEqual({ contents: "read", issues: "write" });
    expect(parse(snippet("monitoring.md", "tracking-monitor.yml").text).permissions).toEqual(written.permissions);
  });
});
