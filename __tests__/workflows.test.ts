/**
 * Checks the GitHub Actions workflows: which steps run for which event (the `if:` conditions are
 * evaluated, not pattern-matched), how secrets reach them, and what their shell scripts do when
 * run by bash against stub `npx`, `npm` and `terraform` commands. No network.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "yaml";

type Step = {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  "continue-on-error"?: unknown;
};
type Concurrency = string | { group: string; "cancel-in-progress"?: unknown };
type Job = {
  if?: string;
  env?: Record<string, string>;
  concurrency?: Concurrency;
  "continue-on-error"?: unknown;
  steps: Step[];
};
type Trigger = { branches?: string[] } | null;
type Workflow = {
  on: string | string[] | Record<string, Trigger>;
  permissions?: Record<string, string>;
  defaults?: { run?: { shell?: string } };
  env?: Record<string, string>;
  concurrency?: Concurrency;
  jobs: Record<string, Job>;
};

const ROOT = resolve(__dirname, "..");
const load = (file: string): { text: string; workflow: Workflow } => {
  const text = readFileSync(join(ROOT, ".github/workflows", file), "utf8");
  return { text, workflow: parse(text) as Workflow };
};
const ci = load("ci.yml");
const deploy = load("deploy.yml");

// ---- Events, triggers and `if:` conditions ----

type GitHubEvent = { name: "push" | "pull_request"; branch: string }; // a pull request's branch is its base

const PR_TO_MAIN: GitHubEvent = { name: "pull_request", branch: "main" };
const PUSH_TO_MAIN: GitHubEvent = { name: "push", branch: "main" };
const PUSH_TO_FEATURE: GitHubEvent = { name: "push", branch: "feature/x" };

function triggers(workflow: Workflow): Record<string, Trigger> {
  const on = workflow.on;
  if (typeof on === "string") return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(on.map((name) => [name, null]));
  return on;
}

function isTriggered(workflow: Workflow, event: GitHubEvent): boolean {
  const all = triggers(workflow);
  if (!(event.name in all)) return false;
  const branches = all[event.name]?.branches;
  return !branches || branches.some((branch) => branch === event.branch || branch === "**");
}

function githubContext(event: GitHubEvent): Record<string, string> {
  return {
    "github.event_name": event.name,
    "github.ref": event.name === "push" ? `refs/heads/${event.branch}` : "refs/pull/7/merge",
    "github.base_ref": event.name === "pull_request" ? event.branch : "",
    "github.head_ref": event.name === "pull_request" ? "feature/x" : "",
  };
}

type Value = string | boolean | null;

/**
 * Evaluates a GitHub Actions `if:` expression: string literals, `github.*` context values,
 * `==`, `!=`, `!`, `&&`, `||`, parentheses and the status functions (a run where nothing failed).
 * Anything else throws, so that a condition this test can't judge fails loudly.
 */
function evaluate(expression: string, context: Record<string, string>): boolean {
  const source = expression.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, "$1");
  const tokens = source.match(/'(?:[^']|'')*'|==|!=|&&|\|\||[!()]|[A-Za-z_][\w.-]*|\S/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const next = () => tokens[at++];
  const truthy = (value: Value) => value !== null && value !== false && value !== "";
  const equal = (a: Value, b: Value) => (typeof a === "string" && typeof b === "string" ? a.toLowerCase() === b.toLowerCase() : a === b);

  const primary = (): Value => {
    const token = next();
    if (token === undefined) throw new Error(`incomplete expression: ${expression}`);
    if (token === "(") {
      const value = or();
      if (next() !== ")") throw new Error(`missing ")" in ${expression}`);
      return value;
    }
    if (token === "!") return !truthy(primary());
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (token === "true" || token === "false") return token === "true";
    if (token === "null") return null;
    if (peek() === "(") {
      next();
      if (next() !== ")") throw new Error(`unsupported call of ${token} in ${expression}`);
      const status: Record<string, boolean> = { success: true, always: true, failure: false, cancelled: false };
      if (!(token in status)) throw new Error(`unsupported function ${token} in ${expression}`);
      return status[token];
    }
    if (token in context) return context[token];
    throw new Error(`unsupported token ${token} in ${expression}`);
  };
  const comparison = (): Value => {
    let value = primary();
    while (peek() === "==" || peek() === "!=") {
      const negate = next() === "!=";
      value = equal(value, primary()) !== negate;
    }
    return value;
  };
  const and = (): Value => {
    let value = comparison();
    while (peek() === "&&") {
      next();
      const right = comparison();
      value = truthy(value) ? right : value;
    }
    return value;
  };
  const or = (): Value => {
    let value = and();
    while (peek() === "||") {
      next();
      const right = and();
      value = truthy(value) ? value : right;
    }
    return value;
  };

  const value = or();
  if (at !== tokens.length) throw new Error(`unexpected ${peek()} in ${expression}`);
  return truthy(value);
}

type ActiveStep = { jobId: string; job: Job; step: Step; index: number };

/** The steps that run for `event`, in order per job: `[]` when the workflow isn't triggered. */
function activeSteps(workflow: Workflow, event: GitHubEvent): ActiveStep[] {
  if (!isTriggered(workflow, event)) return [];
  const context = githubContext(event);
  return Object.entries(workflow.jobs)
    .filter(([, job]) => job.if === undefined || evaluate(job.if, context))
    .flatMap(([jobId, job]) =>
      job.steps
        .map((step, index) => ({ jobId, job, step, index }))
        .filter(({ step }) => step.if === undefined || evaluate(step.if, context)),
    );
}

const running = (steps: ActiveStep[], pattern: RegExp) => steps.filter(({ step }) => pattern.test(step.run ?? ""));
const using = (steps: ActiveStep[], action: string) => steps.filter(({ step }) => step.uses?.split("@")[0] === action);

function only(steps: ActiveStep[], what: string): ActiveStep {
  if (steps.length !== 1) throw new Error(`expected one step that ${what}, found ${steps.length}`);
  return steps[0];
}

/** Asserts that the steps are in one job, in the given order. */
function expectInOrder(...steps: ActiveStep[]): void {
  expect(new Set(steps.map(({ jobId }) => jobId)).size).toBe(1);
  const indexes = steps.map(({ index }) => index);
  expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
}

const envOf = (workflow: Workflow, { job, step }: ActiveStep): Record<string, string> => ({
  ...workflow.env,
  ...job.env,
  ...step.env,
});

const concurrencyOf = (workflow: Workflow, job: Job) => {
  const concurrency = job.concurrency ?? workflow.concurrency;
  return typeof concurrency === "string" ? { group: concurrency } : concurrency;
};

const allSteps = (workflow: Workflow): Step[] => Object.values(workflow.jobs).flatMap((job) => job.steps);

// ---- ci.yml ----

describe("ci.yml", () => {
  const { workflow, text } = ci;

  it("runs on every push and every pull request", () => {
    expect(isTriggered(workflow, PUSH_TO_FEATURE)).toBe(true);
    expect(isTriggered(workflow, PUSH_TO_MAIN)).toBe(true);
    expect(isTriggered(workflow, { name: "pull_request", branch: "release" })).toBe(true);
    expect(workflow.permissions).toEqual({ contents: "read" });
  });

  it.each([PUSH_TO_FEATURE, PR_TO_MAIN])("on $name to $branch installs from the lock file, then tests and lints, on Node 20", (event) => {
    const steps = activeSteps(workflow, event);
    const checkout = only(using(steps, "actions/checkout"), "checks out");
    const node = only(using(steps, "actions/setup-node"), "sets up node");
    expect(String(node.step.with?.["node-version"])).toBe("20");
    expect(node.step.with?.cache).toBe("npm");
    const install = only(running(steps, /^npm ci\b/m), "runs npm ci");
    const test = only(running(steps, /^npm test\b/m), "runs npm test");
    const lint = only(running(steps, /^npm run lint\b/m), "runs npm run lint");
    expectInOrder(checkout, node, install, test, lint);
    for (const { step } of [install, test, lint]) expect(step["continue-on-error"]).toBeUndefined();
  });

  it("needs no secrets, so pull requests from forks are checked too", () => {
    expect(text).not.toMatch(/secrets\./);
  });
});

// ---- deploy.yml ----

describe("deploy.yml", () => {
  const { workflow } = deploy;
  const onPullRequest = activeSteps(workflow, PR_TO_MAIN);
  const onMain = activeSteps(workflow, PUSH_TO_MAIN);

  it("runs for pull requests to main and pushes to main only", () => {
    expect(isTriggered(workflow, PR_TO_MAIN)).toBe(true);
    expect(isTriggered(workflow, PUSH_TO_MAIN)).toBe(true);
    expect(isTriggered(workflow, PUSH_TO_FEATURE)).toBe(false);
    expect(isTriggered(workflow, { name: "pull_request", branch: "release" })).toBe(false);
    // pull_request_target would run with secrets on a fork's code.
    expect(triggers(workflow)).not.toHaveProperty("pull_request_target");
  });

  it("asks for read access to the repository and nothing else", () => {
    expect(workflow.permissions?.contents).toBe("read");
    for (const [scope, access] of Object.entries(workflow.permissions ?? {})) {
      if (scope !== "id-token") expect(`${scope}: ${access}`).not.toMatch(/write/); // id-token: OIDC to a state backend
    }
    for (const job of Object.values(workflow.jobs)) expect(job).not.toHaveProperty("permissions");
  });

  it("runs steps with bash -o pipefail, as the script tests below do", () => {
    expect(workflow.defaults?.run?.shell).toBe("bash");
  });

  it("on a pull request synthesizes, then diffs and guards every stack, and deploys nothing", () => {
    const steps = onPullRequest;
    const install = only(running(steps, /^npm ci\b/m), "runs npm ci");
    const terraform = only(using(steps, "hashicorp/setup-terraform"), "sets up terraform");
    expect(String(terraform.step.with?.terraform_wrapper)).toBe("false");
    const synth = only(running(steps, /^npm run synth\b/m), "runs npm run synth");
    const refuseLocal = only(running(steps, /\.terraform\.backend/), "refuses local state");
    const diff = only(running(steps, /\bcdktf diff\b/), "runs cdktf diff");
    const guard = only(running(steps, /\bnpm run guard --/), "runs the guard");
    expectInOrder(install, terraform, synth, refuseLocal, diff, guard);

    // Per stack: inside a loop over the synthesized stacks.
    for (const { step } of [diff, guard]) expect(step.run).toMatch(/for \w+ in cdktf\.out\/stacks\/\*\/?; do[\s\S]*done/);
    expect(guard.step.run).toMatch(/terraform -chdir=\S+ plan -input=false -out=tfplan/);
    expect(guard.step.run).toMatch(/terraform -chdir=\S+ show -json tfplan > \S+plan\.json/);

    // A failing guard fails the job.
    for (const { job, step } of [diff, guard]) {
      expect(step["continue-on-error"]).toBeUndefined();
      expect(job["continue-on-error"]).toBeUndefined();
      expect(step.run).not.toMatch(/\|\|\s*true|;\s*true\s*$/m);
    }
    expect(running(steps, /cdktf deploy|terraform\b.*\bapply\b/)).toEqual([]);
  });

  it("on a push to main deploys every stack, one deploy at a time, then summarizes the CNAME targets", () => {
    const steps = onMain;
    const install = only(running(steps, /^npm ci\b/m), "runs npm ci");
    const terraform = only(using(steps, "hashicorp/setup-terraform"), "sets up terraform");
    expect(String(terraform.step.with?.terraform_wrapper)).toBe("false");
    const refuseLocal = only(running(steps, /\.terraform\.backend/), "refuses local state");
    const deployStep = only(running(steps, /\bcdktf deploy\b/), "runs cdktf deploy");
    expect(deployStep.step.run).toMatch(/npx cdktf deploy '\*' --auto-approve/);
    const summary = only(running(steps, /GITHUB_STEP_SUMMARY/), "writes the step summary");
    expect(summary.step.run).toMatch(/output -json/);
    expect(summary.step.run).toMatch(/_cname_target/);
    expectInOrder(install, terraform, refuseLocal, deployStep, summary);

    const concurrency = concurrencyOf(workflow, deployStep.job);
    expect(concurrency?.group).toEqual(expect.any(String));
    // A group per run would serialize nothing.
    expect(concurrency?.group).not.toMatch(/run_id|run_number|run_attempt|github\.sha/);
    expect(concurrency?.["cancel-in-progress"]).toBe(false);

    // Nothing of the pull-request job runs on main, and nothing deploys on a pull request.
    expect(running(steps, /\bcdktf diff\b|npm run guard/)).toEqual([]);
    expect(onPullRequest.some(({ jobId }) => jobId === deployStep.jobId)).toBe(false);
  });

  it("plans and deploys with the same pinned Terraform version", () => {
    const versions = using([...onPullRequest, ...onMain], "hashicorp/setup-terraform").map(({ step }) => step.with?.terraform_version);
    expect(versions).toHaveLength(2);
    expect(new Set(versions).size).toBe(1);
  });

  it("passes the API tokens from secrets through env to every step that plans or deploys", () => {
    const needTokens = [...onPullRequest, ...onMain].filter(({ step }) =>
      /\bcdktf (diff|deploy)\b|\bterraform\b|npm run guard/.test(step.run ?? ""),
    );
    expect(needTokens.length).toBeGreaterThanOrEqual(4);
    for (const active of needTokens) {
      const env = envOf(workflow, active);
      expect(env.FASTLY_API_KEY).toBe("${{ secrets.FASTLY_API_KEY }}");
      expect(env.CLOUDFLARE_API_TOKEN).toBe("${{ secrets.CLOUDFLARE_API_TOKEN }}");
      expect(String(env.CHECKPOINT_DISABLE)).toBe("1");
    }
  });
});

describe.each([
  ["ci.yml", ci.workflow],
  ["deploy.yml", deploy.workflow],
])("%s", (_file, workflow) => {
  it("uses actions pinned to a major version", () => {
    for (const { uses } of allSteps(workflow)) if (uses) expect(uses).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
  });

  it("never puts a secret on a run line, nor prints one", () => {
    const secretVariables =
      /\$\{?(FASTLY_API_KEY|CLOUDFLARE_API_TOKEN|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|GOOGLE_CREDENTIALS|TF_TOKEN_\w+)\b/;
    for (const { run } of allSteps(workflow)) {
      if (run === undefined) continue;
      expect(run).not.toMatch(/secrets\./);
      expect(run).not.toMatch(secretVariables); // the tools read them from the environment themselves
      expect(run).not.toMatch(/\bset -\w*x|\bbash -\w*x/); // tracing would print expanded commands
      expect(run).not.toMatch(/^\s*(printenv|env|export -p|declare -p)\s*$/m);
    }
    for (const job of Object.values(workflow.jobs)) {
      for (const [name, value] of Object.entries({ ...workflow.env, ...job.env })) {
        const secret = /\bsecrets\.(\w+)/.exec(String(value));
        if (secret) expect(`${name}: ${value}`).toBe(`${name}: \${{ secrets.${name} }}`);
      }
    }
  });
});

// ---- The scripts of deploy.yml, run by bash against stubs ----

const STUBS: Record<string, string> = {
  npx: `echo "npx $*" >> "$CALLS"`,
  npm: `echo "npm $*" >> "$CALLS"
if [[ "$1 $2 $3" == "run guard --" ]]; then
  echo "guard read $4: $(cat "$4")" >> "$CALLS"
  [[ -n "\${FAIL_GUARD:-}" && "$4" == *"/$FAIL_GUARD/"* ]] && exit 1
fi
exit 0`,
  terraform: `echo "terraform $*" >> "$CALLS"
dir=.
if [[ "$1" == -chdir=* ]]; then dir=\${1#-chdir=}; shift; fi
case "$1" in
  plan)
    [[ -n "\${FAIL_PLAN:-}" && "$dir" == *"/$FAIL_PLAN" ]] && exit 1
    for arg in "$@"; do [[ "$arg" == -out=* ]] && echo "\${dir##*/}" > "$dir/\${arg#-out=}"; done ;;
  show)
    printf '{"plan_of":"%s"}\\n' "$(cat "$dir/\${!#}")" ;;
  output)
    [[ -n "\${FAIL_OUTPUT:-}" && "$dir" == *"/$FAIL_OUTPUT" ]] && exit 1
    cat "$dir/outputs.fixture.json" ;;
esac
exit 0`,
};

type StackFixture = { terraform?: object; outputs?: object };
type ScriptRun = { status: number | null; stdout: string; calls: string[]; summary: string };

const sandboxes: string[] = [];
afterAll(() => sandboxes.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs `script` as GitHub's `shell: bash` would, in a checkout with the given synthesized stacks. */
function runScript(script: string, stacks: Record<string, StackFixture>, env: Record<string, string> = {}): ScriptRun {
  const dir = mkdtempSync(join(tmpdir(), "workflow-"));
  sandboxes.push(dir);
  const bin = join(dir, ".bin");
  mkdirSync(bin);
  for (const [name, body] of Object.entries(STUBS)) {
    writeFileSync(join(bin, name), `#!/usr/bin/env bash\nset -e\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  }
  for (const [name, stack] of Object.entries(stacks)) {
    const stackDir = join(dir, "cdktf.out/stacks", name);
    mkdirSync(stackDir, { recursive: true });
    writeFileSync(join(stackDir, "cdk.tf.json"), JSON.stringify({ terraform: stack.terraform ?? {} }));
    writeFileSync(join(stackDir, "outputs.fixture.json"), JSON.stringify(stack.outputs ?? {}));
  }
  writeFileSync(join(dir, "calls.log"), "");
  writeFileSync(join(dir, "summary.md"), "");
  writeFileSync(join(dir, "step.sh"), script);
  const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "step.sh"], {
    cwd: dir,
    encoding: "utf8",
    env: {
      PATH: `${bin}:${process.env.PATH}`,
      HOME: dir,
      CALLS: join(dir, "calls.log"),
      GITHUB_STEP_SUMMARY: join(dir, "summary.md"),
      ...env,
    },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    calls: readFileSync(join(dir, "calls.log"), "utf8").split("\n").filter(Boolean),
    summary: readFileSync(join(dir, "summary.md"), "utf8"),
  };
}

const hasJq = spawnSync("jq", ["--version"]).status === 0;
/** jq is on GitHub's runners; where it isn't installed locally, its scripts are skipped. */
const itWithJq = hasJq ? it : it.skip;

const S3 = { backend: { s3: { bucket: "b", key: "k", region: "eu-west-1" } } };
const LOCAL = { backend: { local: { path: "terraform.x.tfstate" } } };

describe("deploy.yml scripts", () => {
  const scriptOf = (steps: ActiveStep[], pattern: RegExp) => only(running(steps, pattern), `runs ${pattern}`).step.run ?? "";
  const onPullRequest = activeSteps(deploy.workflow, PR_TO_MAIN);
  const onMain = activeSteps(deploy.workflow, PUSH_TO_MAIN);
  const twoStacks = { alpha: { terraform: S3 }, beta: { terraform: S3 } };

  it("are plain scripts, with no ${{ }} expressions to inject into", () => {
    for (const { run } of allSteps(deploy.workflow)) expect(run ?? "").not.toContain("${{");
  });

  it("diff every stack", () => {
    const run = runScript(scriptOf(onPullRequest, /\bcdktf diff\b/), twoStacks);
    expect(run.status).toBe(0);
    expect(run.calls.filter((call) => call.startsWith("npx cdktf diff"))).toEqual([
      "npx cdktf diff alpha --skip-synth",
      "npx cdktf diff beta --skip-synth",
    ]);
  });

  it("plan every stack and guard each with its own plan's JSON", () => {
    const run = runScript(scriptOf(onPullRequest, /npm run guard/), twoStacks);
    expect(run.status).toBe(0);
    for (const stack of ["alpha", "beta"]) {
      expect(run.calls).toContain(`terraform -chdir=cdktf.out/stacks/${stack} init -input=false`);
      expect(run.calls).toContain(`terraform -chdir=cdktf.out/stacks/${stack} plan -input=false -out=tfplan`);
      expect(run.calls).toContain(`guard read cdktf.out/stacks/${stack}/plan.json: {"plan_of":"${stack}"}`);
    }
  });

  it("fail when the guard fails, after guarding every stack", () => {
    const run = runScript(scriptOf(onPullRequest, /npm run guard/), twoStacks, { FAIL_GUARD: "alpha" });
    expect(run.status).not.toBe(0);
    expect(run.calls.filter((call) => call.startsWith("guard read"))).toHaveLength(2);
  });

  it("fail when a plan fails", () => {
    const run = runScript(scriptOf(onPullRequest, /npm run guard/), twoStacks, { FAIL_PLAN: "beta" });
    expect(run.status).not.toBe(0);
  });

  it("deploy every stack in one cdktf call, its '*' unexpanded by the shell", () => {
    const run = runScript(scriptOf(onMain, /\bcdktf deploy\b/), twoStacks);
    expect(run.status).toBe(0);
    expect(run.calls).toEqual(["npx cdktf deploy * --auto-approve --skip-synth"]);
  });

  describe.each([
    ["pull request", onPullRequest],
    ["push to main", onMain],
  ])("on a %s", (_event, steps) => {
    const refuseLocal = () => scriptOf(steps, /\.terraform\.backend/);

    itWithJq("accept remote state", () => {
      const stacks = { alpha: { terraform: S3 }, beta: { terraform: { cloud: { organization: "o" } } } };
      expect(runScript(refuseLocal(), stacks).status).toBe(0);
    });

    itWithJq.each([
      ["an explicit local backend", LOCAL],
      ["no backend (local by default)", {}],
    ])("refuse %s, naming the stack", (_what, terraform) => {
      const run = runScript(refuseLocal(), { alpha: { terraform: S3 }, beta: { terraform } });
      expect(run.status).not.toBe(0);
      expect(run.stdout).toMatch(/::error::Stack beta\b/);
      expect(run.stdout).not.toMatch(/Stack alpha\b/);
    });
  });

  const outputs = {
    url1_example_com_cname_target: { sensitive: false, type: "string", value: "t.sni.global.fastly.net" },
    url1_example_com_fastly_service_id: { sensitive: false, type: "string", value: "SU1Z0isxPaozGVKXdv0eY" },
    hidden_cname_target: { sensitive: true, type: "string", value: "do-not-show" },
  };

  itWithJq("summarize each stack's CNAME targets as a markdown table", () => {
    const run = runScript(scriptOf(onMain, /GITHUB_STEP_SUMMARY/), {
      alpha: { terraform: S3, outputs },
      beta: {
        terraform: S3,
        outputs: { url2_news_example_org_cname_target: { sensitive: false, value: "b.example.net" } },
      },
    });
    expect(run.status).toBe(0);
    const rows = run.summary.split("\n").filter((line) => line.startsWith("|"));
    expect(rows).toEqual([
      "| Stack | Domain | CNAME target |",
      "| --- | --- | --- |",
      "| alpha | url1.example.com | `t.sni.global.fastly.net` |",
      "| beta | url2.news.example.org | `b.example.net` |",
    ]);
    expect(run.calls).toContain("terraform -chdir=cdktf.out/stacks/alpha output -json");
  });

  itWithJq("fail the summary when terraform output fails", () => {
    const run = runScript(scriptOf(onMain, /GITHUB_STEP_SUMMARY/), { alpha: { terraform: S3, outputs } }, { FAIL_OUTPUT: "alpha" });
    expect(run.status).not.toBe(0);
  });
});
