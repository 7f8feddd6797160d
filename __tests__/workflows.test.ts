/**
 * Checks the GitHub Actions workflows: which steps run for which event (the `if:` conditions are
 * evaluated, not pattern-matched), how secrets reach them, and what their shell scripts do when
 * run by bash against stub `npx`, `npm` and `terraform` commands. No network.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Testing } from "../framework";
import { parse } from "yaml";
import { buildApp } from "../stacks/app";
import { parseConfig } from "../stacks/config";
import { reportSchema } from "../cli/check/report-schema";

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
  needs?: string | string[];
  "timeout-minutes"?: unknown;
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
const monitor = load("monitor.yml");

// ---- Events, triggers and `if:` conditions ----

type GitHubEvent = { name: "push" | "pull_request" | "schedule" | "workflow_dispatch"; branch: string }; // a pull request's branch is its base

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
    "github.event.pull_request.number": event.name === "pull_request" ? "7" : "",
  };
}

type Value = string | boolean | null;

/**
 * Evaluates a GitHub Actions `if:` expression: string literals, `github.*` context values,
 * `==`, `!=`, `!`, `&&`, `||`, parentheses and the status functions (a run where nothing failed).
 * Anything else throws, so that a condition this test can't judge fails loudly.
 */
function evaluate(expression: string, context: Record<string, string>): boolean {
  return truthy(valueOf(expression, context));
}

const truthy = (value: Value) => value !== null && value !== false && value !== "";

/** A value with `${{ }}` expressions in it, as GitHub renders it: a lone expression keeps its type. */
function render(value: unknown, context: Record<string, string>): Value {
  if (typeof value === "boolean") return value;
  const text = String(value);
  if (/^\$\{\{[\s\S]*\}\}$/.test(text.trim()) && text.trim().indexOf("${{", 1) === -1) return valueOf(text, context);
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_match, expression: string) => String(valueOf(expression, context)));
}

/** The value of a GitHub Actions expression (see `evaluate`). */
function valueOf(expression: string, context: Record<string, string>): Value {
  const source = expression.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, "$1");
  const tokens = source.match(/'(?:[^']|'')*'|==|!=|&&|\|\||[!()]|[A-Za-z_][\w.-]*|\S/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const next = () => tokens[at++];
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
  return value;
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

/** The concurrency of a job, its expressions rendered for the event. */
const concurrencyOf = (workflow: Workflow, job: Job, context: Record<string, string>) => {
  const concurrency = job.concurrency ?? workflow.concurrency;
  if (concurrency === undefined) return undefined;
  if (typeof concurrency === "string") return { group: String(render(concurrency, context)) };
  return {
    group: String(render(concurrency.group, context)),
    "cancel-in-progress": concurrency["cancel-in-progress"] === undefined ? false : render(concurrency["cancel-in-progress"], context),
  };
};

const allSteps = (workflow: Workflow): Step[] => Object.values(workflow.jobs).flatMap((job) => job.steps);

// ---- ci.yml ----

const ciRun = readFileSync(join(ROOT, ".ci/run"), "utf8");

describe("ci.yml", () => {
  const { workflow, text } = ci;

  it("runs for every pull request and for pushes to main, not for every branch push (its pull request tests it)", () => {
    expect(isTriggered(workflow, PUSH_TO_MAIN)).toBe(true);
    expect(isTriggered(workflow, PR_TO_MAIN)).toBe(true);
    expect(isTriggered(workflow, { name: "pull_request", branch: "release" })).toBe(true);
    expect(isTriggered(workflow, PUSH_TO_FEATURE)).toBe(false);
    expect(workflow.permissions).toEqual({ contents: "read" });
  });

  it.each([PUSH_TO_MAIN, PR_TO_MAIN])("on $name to $branch runs .ci/run after checkout and Node", (event) => {
    const steps = activeSteps(workflow, event);
    const checkout = only(using(steps, "actions/checkout"), "checks out");
    const node = only(using(steps, "actions/setup-node"), "sets up node");
    const ciStep = only(running(steps, /^\.ci\/run$/m), "runs .ci/run");
    expectInOrder(checkout, node, ciStep);
    expect(ciStep.step["continue-on-error"]).toBeUndefined();
    // .ci/run brings its own empty npm cache: a warm one from setup-node would hide a missing download.
    expect(node.step.with?.cache).toBeUndefined();
  });

  it("cancels an older run of a pull request, never a run on main", () => {
    const onPullRequest = concurrencyOf(workflow, Object.values(workflow.jobs)[0], githubContext(PR_TO_MAIN));
    const onMain = concurrencyOf(workflow, Object.values(workflow.jobs)[0], githubContext(PUSH_TO_MAIN));
    expect(onPullRequest?.["cancel-in-progress"]).toBe(true);
    expect(onMain?.["cancel-in-progress"]).toBe(false);
    expect(onPullRequest?.group).not.toBe(onMain?.group);
  });

  it("needs no secrets, so pull requests from forks are checked too", () => {
    expect(text).not.toMatch(/secrets\./);
  });
});

describe(".ci/run", () => {
  it("stops at the first failure", () => {
    expect(ciRun).toMatch(/^set -euo pipefail$/m);
  });

  it("installs from the lock file with an empty npm cache of its own, then synthesizes, tests and lints", () => {
    const lines = ciRun.split("\n");
    const at = (pattern: RegExp) => {
      const index = lines.findIndex((line) => pattern.test(line));
      expect(`${pattern} at ${index}`).not.toMatch(/ at -1$/);
      return index;
    };
    const cache = at(/^export npm_config_cache="?\$\(mktemp -d\)"?$/);
    const order = [cache, at(/^npm ci\b/), at(/^npm run synth$/), at(/npm test$/), at(/^npm run lint$/)];
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("fails when the tests change dist/", () => {
    const before = /^(\w+)="\$\((\w+)\)"$/m.exec(ciRun.slice(0, ciRun.search(/npm test$/m)));
    expect(before).not.toBeNull();
    expect(ciRun).toMatch(new RegExp(`^${before![2]}\\(\\) \\{ find dist -type f -printf '%p %T@\\\\n' \\| sort; \\}$`, "m"));
    const after = ciRun.slice(ciRun.search(/npm test$/m));
    expect(after).toContain(`if [ "$(${before![2]})" != "$${before![1]}" ]; then`);
  });

  it("fails when the tests leave anything in the temp directory", () => {
    const tmp = /^(\w+)="\$\(mktemp -d\)"$/m.exec(ciRun);
    expect(tmp).not.toBeNull();
    const test = new RegExp(`^TMPDIR="\\$${tmp![1]}" npm test$`, "m");
    expect(ciRun).toMatch(test);
    expect(ciRun.slice(ciRun.search(test))).toMatch(new RegExp(`if \\[ -n "\\$\\(ls -A "\\$${tmp![1]}"\\)" \\]; then[\\s\\S]*exit 1`));
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

  it("on a push to main plans every stack, guards every plan, applies exactly those plans, then summarizes the CNAME targets", () => {
    const steps = onMain;
    const install = only(running(steps, /^npm ci\b/m), "runs npm ci");
    const terraform = only(using(steps, "hashicorp/setup-terraform"), "sets up terraform");
    expect(String(terraform.step.with?.terraform_wrapper)).toBe("false");
    const synth = only(running(steps, /^npm run synth\b/m), "runs npm run synth");
    const refuseLocal = only(running(steps, /\.terraform\.backend/), "refuses local state");
    const keys = only(running(steps, /GITHUB_ENV/), "passes the private keys");
    const guard = only(running(steps, /\bnpm run guard --/), "plans and guards");
    const apply = only(running(steps, /\bterraform\b.*\bapply\b/), "applies");
    const summary = only(running(steps, /GITHUB_STEP_SUMMARY/), "writes the step summary");
    expectInOrder(install, terraform, synth, refuseLocal, keys, guard, apply, summary);

    expect(guard.step.run).toMatch(/terraform -chdir=\S+ plan -input=false -out=tfplan/);
    expect(guard.step.run).toMatch(/terraform -chdir=\S+ show -json tfplan > \S+plan\.json/);
    // The saved plan, and nothing else: no auto-approved fresh plan.
    expect(apply.step.run).toMatch(/terraform -chdir=\S+ apply -input=false tfplan$/m);
    expect(running(steps, /cdktf deploy|auto-approve/)).toEqual([]);
    for (const { step } of [guard, apply]) {
      expect(step["continue-on-error"]).toBeUndefined();
      expect(step.if).toBeUndefined();
      expect(step.run).not.toMatch(/\|\|\s*true|;\s*true\s*$/m);
    }
    expect(apply.job["continue-on-error"]).toBeUndefined();

    // Nothing of the pull-request job runs on main, and nothing applies on a pull request.
    expect(running(steps, /\bcdktf diff\b/)).toEqual([]);
    expect(onPullRequest.some(({ jobId }) => jobId === apply.jobId)).toBe(false);
  });

  it("on a push to main applies only after the tests of the same commit passed", () => {
    const apply = only(running(onMain, /\bterraform\b.*\bapply\b/), "applies");
    const needs = [apply.job.needs ?? []].flat();
    const tests = onMain.filter(({ jobId, step }) => needs.includes(jobId) && /^\.ci\/run$/m.test(step.run ?? ""));
    expect(tests).toHaveLength(1);
    // The test job checks out the same commit: the run's own, no other ref.
    const checkout = only(
      using(
        onMain.filter(({ jobId }) => jobId === tests[0].jobId),
        "actions/checkout",
      ),
      "checks out in the test job",
    );
    expect(checkout.step.uses).toMatch(/^actions\/checkout@/);
    expect(checkout.step.with?.ref).toBeUndefined();
    expect(apply.job.if).toBeDefined();
    expect(apply.job.if).not.toMatch(/always\(\)|failure\(\)|cancelled\(\)/);
  });

  it("deploys one run at a time on main, in push order, never cancelling one; a pull request's newer plan cancels its older", () => {
    const apply = only(running(onMain, /\bterraform\b.*\bapply\b/), "applies");
    const main = concurrencyOf(workflow, apply.job, githubContext(PUSH_TO_MAIN));
    expect(main?.group).toEqual(expect.any(String));
    // A group per run would serialize nothing; the whole workflow shares it, so runs finish in order.
    expect(main?.group).not.toMatch(/run_id|run_number|run_attempt|github\.sha/);
    expect(apply.job.concurrency).toBeUndefined();
    expect(main?.["cancel-in-progress"]).toBe(false);
    const plan = only(running(onPullRequest, /\bcdktf diff\b/), "diffs");
    const pullRequest = concurrencyOf(workflow, plan.job, githubContext(PR_TO_MAIN));
    expect(pullRequest?.["cancel-in-progress"]).toBe(true);
    expect(pullRequest?.group).not.toBe(main?.group);
  });

  it("passes the custom certificates' private keys from secrets before any plan, in both jobs", () => {
    for (const steps of [onPullRequest, onMain]) {
      const keys = only(running(steps, /GITHUB_ENV/), "passes the private keys");
      const plan = only(running(steps, /\bnpm run guard --/), "plans and guards");
      expectInOrder(keys, plan);
      expect(keys.step.env).toEqual({ SECRETS: "${{ toJSON(secrets) }}" });
      expect(keys.step.run).toContain("TF_VAR_");
      expect(keys.step.run).toContain("tls_private_key_");
    }
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

  it("passes the AWS credentials of Route 53 zones, and a default region, to every step that plans or deploys", () => {
    const needTokens = [...onPullRequest, ...onMain].filter(({ step }) =>
      /\bcdktf (diff|deploy)\b|\bterraform\b|npm run guard/.test(step.run ?? ""),
    );
    expect(needTokens.length).toBeGreaterThanOrEqual(4);
    for (const active of needTokens) {
      const env = envOf(workflow, active);
      expect(env.AWS_ACCESS_KEY_ID).toBe("${{ secrets.AWS_ACCESS_KEY_ID }}");
      expect(env.AWS_SECRET_ACCESS_KEY).toBe("${{ secrets.AWS_SECRET_ACCESS_KEY }}");
      expect(env.AWS_REGION).toBe("${{ vars.AWS_REGION || 'us-east-1' }}");
    }
  });
});

describe.each([
  ["ci.yml", ci.workflow],
  ["deploy.yml", deploy.workflow],
  ["monitor.yml", monitor.workflow],
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
        const secret = /\bsecrets\b/.exec(String(value));
        if (secret) expect(`${name}: ${value}`).toBe(`${name}: \${{ secrets.${name} }}`);
      }
      for (const step of job.steps) {
        for (const [name, value] of Object.entries(step.env ?? {})) {
          // One step reads the secrets as JSON to pick the private keys the stacks declare; it runs jq only.
          if (/\bsecrets\b/.test(String(value))) {
            expect(`${name}: ${value}`).toBe("SECRETS: ${{ toJSON(secrets) }}");
            expect(step.run).not.toMatch(/\b(npm|npx|node|terraform|curl|wget)\b/);
          }
        }
      }
    }
  });

  it("runs every job on a supported Node LTS, with a time limit", () => {
    const jobs = Object.values(workflow.jobs);
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) {
      expect(job["timeout-minutes"]).toEqual(expect.any(Number));
      expect(job["timeout-minutes"]).toBeLessThanOrEqual(120);
    }
    const nodes = allSteps(workflow).filter(({ uses }) => uses?.startsWith("actions/setup-node@"));
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect(["22", "24"]).toContain(String(node.with?.["node-version"]));
  });
});

// ---- The scripts of deploy.yml, run by bash against stubs ----

const STUBS: Record<string, string> = {
  npx: `echo "npx $*" >> "$CALLS"`,
  npm: `echo "npm $*" >> "$CALLS"
if [[ "$1 $2 $3" == "run --silent check" ]]; then
  [[ -n "\${CHECK_REPORT:-}" ]] && printf '%s\\n' "$CHECK_REPORT"
  exit "\${CHECK_EXIT:-0}"
fi
if [[ "$1 $2 $3" == "run guard --" ]]; then
  echo "guard read $4: $(cat "$4")" >> "$CALLS"
  [[ -n "\${FAIL_GUARD:-}" && "$4" == *"/$FAIL_GUARD/"* ]] && exit 1
fi
exit 0`,
  // The runner's gh: records each call, and the body it reads from stdin; lists $GH_OPEN_ISSUES.
  gh: `echo "gh $*" >> "$CALLS"
if [[ " $* " == *" --body-file - "* ]]; then { echo "--- body of gh $1 $2"; cat; } >> "$CALLS.bodies"; fi
if [[ "$1 $2" == "issue list" ]]; then printf '%s\\n' "\${GH_OPEN_ISSUES:-[]}"; fi
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
  apply)
    echo "applied in \${dir##*/} the plan of $(cat "$dir/\${!#}")" >> "$CALLS" ;;
esac
exit 0`,
};

/** A synthesized stack: its cdk.tf.json's terraform block, outputs and variables, and the outputs its state holds. */
type StackFixture = { terraform?: object; output?: object; variable?: object; outputs?: object };
type ScriptRun = { status: number | null; stdout: string; calls: string[]; summary: string; dir: string; bodies: string };

const sandboxes: string[] = [];
afterAll(() => sandboxes.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * Runs `script` as GitHub's `shell: bash` would, in a checkout with the given synthesized stacks;
 * several scripts run as a job's steps do, one after the other until one fails.
 */
function runScript(script: string | string[], stacks: Record<string, StackFixture>, env: Record<string, string> = {}): ScriptRun {
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
    const synthesized = { terraform: stack.terraform ?? {}, output: stack.output, variable: stack.variable };
    writeFileSync(join(stackDir, "cdk.tf.json"), JSON.stringify(synthesized));
    writeFileSync(join(stackDir, "outputs.fixture.json"), JSON.stringify(stack.outputs ?? {}));
  }
  // The repository's scripts, for steps that run one (scripts/monitor-report.js).
  symlinkSync(join(ROOT, "scripts"), join(dir, "scripts"));
  writeFileSync(join(dir, "calls.log"), "");
  writeFileSync(join(dir, "summary.md"), "");
  let status: number | null = 0;
  let stdout = "";
  for (const step of [script].flat()) {
    writeFileSync(join(dir, "step.sh"), step);
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
    status = result.status;
    stdout += result.stdout;
    if (status !== 0) break;
  }
  return {
    status,
    stdout,
    calls: readFileSync(join(dir, "calls.log"), "utf8").split("\n").filter(Boolean),
    summary: readFileSync(join(dir, "summary.md"), "utf8"),
    dir,
    bodies: existsSync(join(dir, "calls.log.bodies")) ? readFileSync(join(dir, "calls.log.bodies"), "utf8") : "",
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

  const planAndGuard = () => scriptOf(onMain, /npm run guard/);
  const applyPlans = () => scriptOf(onMain, /\bterraform\b.*\bapply\b/);

  it("on main plan every stack and guard each with its own plan's JSON, taking the state lock", () => {
    const run = runScript(planAndGuard(), twoStacks);
    expect(run.status).toBe(0);
    for (const stack of ["alpha", "beta"]) {
      expect(run.calls).toContain(`terraform -chdir=cdktf.out/stacks/${stack} plan -input=false -out=tfplan`);
      expect(run.calls).toContain(`guard read cdktf.out/stacks/${stack}/plan.json: {"plan_of":"${stack}"}`);
    }
    expect(run.calls.join("\n")).not.toMatch(/lock=false|apply/);
  });

  it("on main fail before any apply when the guard fails one stack's plan, after guarding every stack", () => {
    const run = runScript(planAndGuard(), twoStacks, { FAIL_GUARD: "beta" });
    expect(run.status).not.toBe(0);
    expect(run.calls.filter((call) => call.startsWith("guard read"))).toHaveLength(2);
    expect(run.calls.filter((call) => /apply/.test(call))).toEqual([]);
  });

  it("on main apply each stack's own saved plan, and nothing else", () => {
    const run = runScript([planAndGuard(), applyPlans()], twoStacks);
    expect(run.status).toBe(0);
    expect(run.calls.filter((call) => /apply|applied/.test(call))).toEqual([
      "terraform -chdir=cdktf.out/stacks/alpha apply -input=false tfplan",
      "applied in alpha the plan of alpha",
      "terraform -chdir=cdktf.out/stacks/beta apply -input=false tfplan",
      "applied in beta the plan of beta",
    ]);
  });

  describe("private keys of custom certificates", () => {
    const keysScript = (steps: ActiveStep[]) => scriptOf(steps, /GITHUB_ENV/);
    const PEM = "fake key: first line\nsecond line, with spaces\nlast line";
    const stacks = {
      alpha: { terraform: S3, variable: { tls_private_key_url__1_example_com: { type: "string", sensitive: true } } },
      beta: { terraform: S3, variable: { other: { type: "string" } } },
    };
    const secrets = { FASTLY_API_KEY: "fastly-token", TF_VAR_tls_private_key_url__1_example_com: PEM, TF_VAR_unused: "x" };

    itWithJq.each([
      ["pull request", onPullRequest],
      ["push to main", onMain],
    ])("on a %s pass each key a stack declares to the later steps, from its secret, and print none", (_event, steps) => {
      const run = runScript(keysScript(steps), stacks, { SECRETS: JSON.stringify(secrets), GITHUB_ENV: "github.env" });
      expect(run.status).toBe(0);
      expect(run.stdout).not.toContain("fake key");
      const env = readFileSync(join(run.dir, "github.env"), "utf8");
      const match = /^TF_VAR_tls_private_key_url__1_example_com<<(\S+)\n([\s\S]*?)\n\1\n$/.exec(env);
      expect(match?.[2]).toBe(PEM);
      expect(env).not.toContain("fastly-token");
      expect(env).not.toContain("TF_VAR_unused");
    });

    itWithJq("fail naming the secret a stack needs and does not have", () => {
      const run = runScript(keysScript(onMain), stacks, { SECRETS: JSON.stringify({ FASTLY_API_KEY: "t" }), GITHUB_ENV: "github.env" });
      expect(run.status).not.toBe(0);
      expect(run.stdout).toContain("::error::No secret TF_VAR_tls_private_key_url__1_example_com");
    });
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

  /** The output block the app synthesizes for these domains, and state outputs with a target per domain. */
  function synthesizedOutputs(...domains: string[]): { output: Record<string, any>; outputs: Record<string, object> } {
    const zoneOfDomain = (domain: string) => domain.split(".").slice(1).join(".");
    const zones = [...new Set(domains.map(zoneOfDomain))].map((name, i) => ({
      name,
      provider: "cloudflare",
      zoneId: `${i}`.padStart(32, "a"),
    }));
    const config = { stacks: [{ name: "s", zones, domains: domains.map((domainName) => ({ domainName, edge: "fastly" })) }] };
    const app = buildApp(parseConfig(config), Testing.app());
    const output: Record<string, any> = JSON.parse(Testing.synth(app.node.children[0] as never)).output;
    const outputs = Object.fromEntries(
      Object.keys(output).map((key) => [key, { sensitive: false, type: "string", value: `target-of-${key}.example.net` }]),
    );
    return { output, outputs };
  }

  itWithJq("summarize each stack's CNAME targets as a markdown table, with each domain as the config spells it", () => {
    const alpha = synthesizedOutputs("url-1.example.com", "url2.example.com");
    const beta = synthesizedOutputs("url3.news.example.org");
    const slug = (domain: string) => domain.replace(/-/g, "__").replace(/\./g, "_");
    const run = runScript(scriptOf(onMain, /GITHUB_STEP_SUMMARY/), {
      alpha: { terraform: S3, ...alpha, outputs: { ...alpha.outputs, hidden_cname_target: outputs.hidden_cname_target } },
      beta: { terraform: S3, ...beta },
    });
    expect(run.status).toBe(0);
    const rows = run.summary.split("\n").filter((line) => line.startsWith("|"));
    expect(rows.slice(0, 2)).toEqual(["| Stack | Domain | CNAME target |", "| --- | --- | --- |"]);
    expect(rows.slice(2).sort()).toEqual([
      ...["url-1.example.com", "url2.example.com"].map((d) => `| alpha | ${d} | \`target-of-${slug(d)}_cname_target.example.net\` |`),
      `| beta | url3.news.example.org | \`target-of-${slug("url3.news.example.org")}_cname_target.example.net\` |`,
    ]);
    expect(run.calls).toContain("terraform -chdir=cdktf.out/stacks/alpha output -json");
  });

  itWithJq("fail the summary when terraform output fails", () => {
    const run = runScript(scriptOf(onMain, /GITHUB_STEP_SUMMARY/), { alpha: { terraform: S3, outputs } }, { FAIL_OUTPUT: "alpha" });
    expect(run.status).not.toBe(0);
  });
});

// ---- monitor.yml ----

const SCHEDULE: GitHubEvent = { name: "schedule", branch: "main" };
const DISPATCH: GitHubEvent = { name: "workflow_dispatch", branch: "main" };

describe("monitor.yml", () => {
  const { workflow, text } = monitor;
  const steps = activeSteps(workflow, SCHEDULE);

  it("runs daily on a schedule and on demand, and for nothing else", () => {
    const on = triggers(workflow) as Record<string, unknown>;
    expect(Object.keys(on).sort()).toEqual(["schedule", "workflow_dispatch"]);
    const crons = (on.schedule as { cron: string }[]).map((entry) => entry.cron);
    expect(crons).toHaveLength(1);
    // minute hour * * *: once a day.
    expect(crons[0]).toMatch(/^\d{1,2} \d{1,2} \* \* \*$/);
    expect(activeSteps(workflow, DISPATCH)).toHaveLength(steps.length);
    expect(isTriggered(workflow, PUSH_TO_MAIN)).toBe(false);
    expect(isTriggered(workflow, PR_TO_MAIN)).toBe(false);
  });

  it("asks to write issues and read the repository, and nothing else; reads no secret", () => {
    expect(workflow.permissions).toEqual({ contents: "read", issues: "write" });
    for (const job of Object.values(workflow.jobs)) expect(job).not.toHaveProperty("permissions");
    expect(text).not.toMatch(/secrets\./);
  });

  it("runs one at a time and never cancels a run", () => {
    for (const job of Object.values(workflow.jobs)) {
      const concurrency = concurrencyOf(workflow, job, githubContext(SCHEDULE));
      expect(concurrency?.group).toEqual(expect.any(String));
      expect(concurrency?.group).not.toMatch(/run_id|run_number|github\.sha/);
      expect(concurrency?.["cancel-in-progress"]).toBe(false);
    }
  });

  it("installs, then checks the config's domains as JSON and reports with the workflow's own token", () => {
    const install = only(running(steps, /^npm ci\b/m), "runs npm ci");
    const report = only(running(steps, /scripts\/monitor-report\.js/), "runs the report script");
    expectInOrder(only(using(steps, "actions/checkout"), "checks out"), install, report);
    expect(report.step.run).toMatch(/npm run --silent check -- --config tracking-domains\.json --json > (\S+)/);
    expect(report.step.env).toEqual({ GH_TOKEN: "${{ github.token }}", GH_REPO: "${{ github.repository }}" });
    expect(report.step["continue-on-error"]).toBeUndefined();
    expect(report.step.run).not.toContain("${{");
    expect(workflow.defaults?.run?.shell).toBe("bash");
  });
});

describe("the README's Monitoring section", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const start = readme.indexOf("\n## Monitoring\n");
  const section = readme.slice(start, readme.indexOf("\n## ", start + 1));

  it("exists, and documents the workflow, a plain cron job, the exit codes and the report's schema", () => {
    expect(start).toBeGreaterThan(0);
    expect(section).toContain(".github/workflows/monitor.yml");
    expect(section).toContain("scripts/monitor-report.js");
    expect(section).toMatch(/^\d+ \d+ \* \* \* .*npx cdktf-ssl-tracking-domain check --config tracking-domains\.json --json/m);
    expect(section).toMatch(/\*\*0\*\* [^*]+\*\*1\*\* [^*]+\*\*2\*\*/);
    expect(section).toContain("[`check-report.schema.json`](check-report.schema.json)");
    expect(existsSync(join(ROOT, "check-report.schema.json"))).toBe(true);
    for (const field of ["edge", "proxied", "cname", "acme-challenge"]) expect(section).toContain(`| \`${field}\``);
    // The label the script finds its issue by.
    const label = /^const LABEL = "([\w-]+)";$/m.exec(readFileSync(join(ROOT, "scripts/monitor-report.js"), "utf8"))?.[1];
    expect(section).toContain(`labelled \`${label}\``);
  });
});

describe("monitor.yml's script, against stand-in npm and gh", () => {
  const step = () => only(running(activeSteps(monitor.workflow, SCHEDULE), /monitor-report/), "reports").step.run ?? "";
  const check = (name: string, status = "pass", message = `${name} ok`) => ({ name, status, message });
  const passing = (domain: string, edge = "fastly", daysLeft = 60) => ({
    domain,
    edge,
    status: "pass",
    checks: ["DNS", "CAA", "TLS", "HTTPS", "HTTP", "Drift"].map((name) => check(name)),
    certificate: { notAfter: "2031-01-30T00:00:00.000Z", daysLeft },
    drift: [],
  });
  const failing = (domain: string, message: string) => ({
    ...passing(domain, "cloudflare-proxy", 12),
    status: "fail",
    checks: [
      check("DNS"),
      check("CAA"),
      check("TLS", "warn", "expires in 12 days"),
      check("HTTPS"),
      check("HTTP"),
      check("Drift", "fail", message),
    ],
    drift: [{ field: "proxied", config: "proxied", dns: "DNS only" }],
  });
  /** A report as check prints it; each is held to the report's schema, so these stay real. */
  const report = (...domains: object[]) => {
    const status = domains.some((domain: any) => domain.status === "fail") ? "fail" : "pass";
    return JSON.stringify(reportSchema.parse({ status, verdict: `${status.toUpperCase()}.`, resolver: "127.0.0.1:53", domains }));
  };
  const run = (env: Record<string, string>) =>
    runScript(step(), {}, { GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "o/r", GITHUB_RUN_ID: "42", ...env });
  const ghCalls = (calls: string[]) => calls.filter((call) => call.startsWith("gh "));
  const LIST = "gh issue list --label tracking-domain-monitor --state open --json number,body --limit 20";
  const RUN = "https://github.com/o/r/actions/runs/42";

  it("when all pass: a summary table with each check and the days left, no issue, and the run passes", () => {
    const result = run({ CHECK_REPORT: report(passing("url1.example.com"), passing("url2.example.com", "cloudflare-proxy", 75)) });
    expect(result.status).toBe(0);
    expect(result.calls).toContain("npm run --silent check -- --config tracking-domains.json --json");
    const rows = result.summary.split("\n").filter((line) => line.startsWith("|"));
    expect(rows).toEqual([
      "| Domain | Edge | DNS | CAA | TLS | HTTPS | HTTP | Drift | Days left |",
      "| --- | --- | --- | --- | --- | --- | --- | --- | ---: |",
      "| url1.example.com | fastly | ✅ pass | ✅ pass | ✅ pass | ✅ pass | ✅ pass | ✅ pass | 60 |",
      "| url2.example.com | cloudflare-proxy | ✅ pass | ✅ pass | ✅ pass | ✅ pass | ✅ pass | ✅ pass | 75 |",
    ]);
    expect(ghCalls(result.calls)).toEqual([LIST]);
  });

  it("when a domain fails and no issue is open: opens one, labelled, listing the failing domain and why, and fails the run", () => {
    const result = run({
      CHECK_REPORT: report(passing("url1.example.com"), failing("url2.example.com", "proxied: the file says proxied, DNS says DNS only")),
      CHECK_EXIT: "1",
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("::error::url2.example.com fails: Drift");
    expect(result.summary).toContain(
      "| url2.example.com | cloudflare-proxy | ✅ pass | ✅ pass | ⚠️ warn | ✅ pass | ✅ pass | ❌ fail | 12 |",
    );
    expect(ghCalls(result.calls)).toEqual([
      LIST,
      "gh label create tracking-domain-monitor --color B60205 --description Opened by the tracking domain monitor --force",
      "gh issue create --title Tracking domain failing: url2.example.com --label tracking-domain-monitor --body-file -",
    ]);
    expect(result.bodies).toContain("<!-- tracking-domain-monitor failing: url2.example.com -->");
    expect(result.bodies).toContain("- Drift (fail): proxied: the file says proxied, DNS says DNS only");
    expect(result.bodies).toContain(`Run: ${RUN}`);
    expect(result.bodies).not.toContain("url1.example.com");
  });

  it("when the open issue lists the same failing domains: updates it without a new comment", () => {
    const issues = JSON.stringify([{ number: 7, body: "<!-- tracking-domain-monitor failing: url2.example.com -->\nold" }]);
    const result = run({ CHECK_REPORT: report(failing("url2.example.com", "x")), CHECK_EXIT: "1", GH_OPEN_ISSUES: issues });
    expect(result.status).toBe(1);
    expect(ghCalls(result.calls)).toEqual([LIST, "gh issue edit 7 --title Tracking domain failing: url2.example.com --body-file -"]);
  });

  it("when other domains fail than the open issue lists: updates it and comments, so that someone is told", () => {
    const issues = JSON.stringify([
      { number: 9, body: "" },
      { number: 7, body: "<!-- tracking-domain-monitor failing: url2.example.com -->" },
    ]);
    const domains = ["url2.example.com", "url3.example.com", "url4.example.com", "url5.example.com"];
    const result = run({ CHECK_REPORT: report(...domains.map((domain) => failing(domain, "x"))), CHECK_EXIT: "1", GH_OPEN_ISSUES: issues });
    expect(result.status).toBe(1);
    expect(ghCalls(result.calls)).toEqual([
      LIST,
      "gh issue edit 7 --title Tracking domains failing: url2.example.com, url3.example.com, url4.example.com and 1 more --body-file -",
      `gh issue comment 7 --body Now failing: ${domains.join(", ")}. Run: ${RUN}`,
    ]);
  });

  it("when all pass again: closes the open issue with a comment, and the run passes", () => {
    const issues = JSON.stringify([{ number: 7, body: "<!-- tracking-domain-monitor failing: url2.example.com -->" }]);
    const result = run({ CHECK_REPORT: report(passing("url2.example.com")), GH_OPEN_ISSUES: issues });
    expect(result.status).toBe(0);
    expect(ghCalls(result.calls)).toEqual([LIST, `gh issue close 7 --comment Every tracking domain passes again. Run: ${RUN}`]);
  });

  it("warnings alone open no issue and do not fail the run", () => {
    const warned = { ...passing("url1.example.com", "fastly", 5), status: "warn" };
    warned.checks = warned.checks.map((entry) => (entry.name === "TLS" ? check("TLS", "warn", "expires in 5 days") : entry));
    const result = run({ CHECK_REPORT: report(warned) });
    expect(result.status).toBe(0);
    expect(result.summary).toContain("| url1.example.com | fastly | ✅ pass | ✅ pass | ⚠️ warn | ✅ pass | ✅ pass | ✅ pass | 5 |");
    expect(result.summary).toContain("- **url1.example.com** TLS (warn): expires in 5 days");
    expect(ghCalls(result.calls)).toEqual([LIST]);
  });

  it("when check cannot run (exit 2, no report): fails the run, says so, and leaves the issue alone", () => {
    const result = run({ CHECK_EXIT: "2" });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("::error::check did not produce a report (exit code 2)");
    expect(result.summary).toContain("not checked");
    expect(ghCalls(result.calls)).toEqual([]);
  });

  it("escapes table-breaking text from the network in the summary", () => {
    const hostile = failing("url2.example.com", "a | b\n<img src=x>");
    const result = run({ CHECK_REPORT: report(hostile), CHECK_EXIT: "1" });
    expect(result.summary).toContain("a \\| b &lt;img src=x&gt;");
    expect(result.summary).not.toContain("<img");
  });
});
