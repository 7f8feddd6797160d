/**
 * Checks the GitHub Actions workflows: the reusable tracking-deploy.yml and tracking-monitor.yml and
 * this repository's callers; which jobs and steps run for which event (the `if:` conditions are
 * evaluated, not pattern-matched), how secrets reach them, and what their shell scripts do when run
 * by bash against stub `terraform`, CLI and `openssl`-free fixtures. No network.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Testing } from "../framework";
import { parse } from "yaml";
import { buildApp } from "../stacks/app";
import { parseConfig } from "../stacks/config";

type Step = {
  id?: string;
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
  environment?: string;
  strategy?: { matrix?: Record<string, unknown>; "fail-fast"?: boolean };
  outputs?: Record<string, string>;
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: unknown;
  permissions?: Record<string, string>;
  steps?: Step[];
};
type Input = { type: string; default?: unknown; description?: string };
type Trigger = { branches?: string[]; inputs?: Record<string, Input> } | null;
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
const reusableDeploy = load("tracking-deploy.yml");
const reusableMonitor = load("tracking-monitor.yml");

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

function githubContext(event: GitHubEvent): Record<string, Value> {
  return {
    "github.event_name": event.name,
    "github.ref": event.name === "push" ? `refs/heads/${event.branch}` : "refs/pull/7/merge",
    "github.base_ref": event.name === "pull_request" ? event.branch : "",
    "github.head_ref": event.name === "pull_request" ? "feature/x" : "",
    "github.event.pull_request.number": event.name === "pull_request" ? "7" : "",
  };
}

type Value = string | boolean | number | null;

/**
 * Evaluates a GitHub Actions `if:` expression: string literals, `github.*` context values,
 * `==`, `!=`, `!`, `&&`, `||`, parentheses and the status functions (a run where nothing failed).
 * Anything else throws, so that a condition this test can't judge fails loudly.
 */
function evaluate(expression: string, context: Record<string, Value>): boolean {
  return truthy(valueOf(expression, context));
}

const truthy = (value: Value) => value !== null && value !== false && value !== "";

/** A value with `${{ }}` expressions in it, as GitHub renders it: a lone expression keeps its type. */
function render(value: unknown, context: Record<string, Value>): Value {
  if (typeof value === "boolean") return value;
  const text = String(value);
  if (/^\$\{\{[\s\S]*\}\}$/.test(text.trim()) && text.trim().indexOf("${{", 1) === -1) return valueOf(text, context);
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_match, expression: string) => String(valueOf(expression, context)));
}

/** The value of a GitHub Actions expression (see `evaluate`). */
function valueOf(expression: string, context: Record<string, Value>): Value {
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
      (job.steps ?? [])
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

/** The concurrency of a job, its expressions rendered for the event. */
const concurrencyOf = (workflow: Workflow, job: Job, context: Record<string, Value>) => {
  const concurrency = job.concurrency ?? workflow.concurrency;
  if (concurrency === undefined) return undefined;
  if (typeof concurrency === "string") return { group: String(render(concurrency, context)) };
  return {
    group: String(render(concurrency.group, context)),
    "cancel-in-progress": concurrency["cancel-in-progress"] === undefined ? false : render(concurrency["cancel-in-progress"], context),
  };
};

const allSteps = (workflow: Workflow): Step[] => Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);

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

// ---- Reusable workflows: inputs, jobs, conditions ----

/** The context a called workflow sees: the caller's event, its inputs (defaults filled in), and more. */
function callContext(workflow: Workflow, event: GitHubEvent, extra: Record<string, Value> = {}): Record<string, Value> {
  const inputs = triggers(workflow).workflow_call?.inputs ?? {};
  const defaults = Object.fromEntries(Object.entries(inputs).map(([name, input]) => [`inputs.${name}`, (input.default ?? "") as Value]));
  return {
    ...githubContext(event),
    ...defaults,
    "github.actor": "octocat",
    "github.repository": "acme/infra",
    "github.event.pull_request.head.repo.full_name": event.name === "pull_request" ? "acme/infra" : "",
    "github.event.pull_request.base.sha": event.name === "pull_request" ? "base0000" : "",
    "github.sha": "head0000",
    ...extra,
  };
}

const jobRuns = (job: Job, context: Record<string, Value>) => job.if === undefined || evaluate(job.if, context);
const stepsOf = (job: Job) => job.steps ?? [];
const stepRunning = (job: Job, pattern: RegExp) => {
  const found = stepsOf(job).filter((step) => pattern.test(step.run ?? ""));
  if (found.length !== 1) throw new Error(`expected one step that runs ${pattern}, found ${found.length}`);
  return found[0];
};
const indexOf = (job: Job, step: Step) => stepsOf(job).indexOf(step);
const usesOf = (job: Job, action: string) => stepsOf(job).filter((step) => step.uses?.split("@")[0] === action);

describe("tracking-deploy.yml: the reusable deploy", () => {
  const { workflow } = reusableDeploy;
  const { synth, plan, apply } = workflow.jobs;
  const resultJob = workflow.jobs["plan-result"];
  const inputs = triggers(workflow).workflow_call?.inputs ?? {};

  it("is called by other workflows only, with the inputs of the contract and their defaults", () => {
    expect(Object.keys(triggers(workflow))).toEqual(["workflow_call"]);
    expect(inputs).toMatchObject({
      config: { type: "string", default: "tracking-domains.json" },
      "working-directory": { type: "string", default: "." },
      "node-version": { type: "string", default: "24" },
      cli: { type: "string", default: "npx --no-install cdktf-ssl-tracking-domain" },
      "terraform-version": { type: "string", default: expect.stringMatching(/^\d+\.\d+\.\d+$/) },
      environment: { type: "string", default: "production" },
      "terraform-binary": { type: "string", default: "terraform" },
    });
    for (const [name, input] of Object.entries(inputs)) expect(`${name}: ${input.description ?? ""}`).toMatch(/: \S/);
  });

  it("per stack: synthesize, then plan each stack of the manifest in a job of its own, then apply after all plans", () => {
    expect(plan.needs).toBe("synth");
    expect(plan.strategy?.matrix?.stack).toBe("${{ fromJSON(needs.synth.outputs.stacks) }}");
    expect(synth.outputs?.stacks).toBe("${{ steps.stacks.outputs.stacks }}");
    expect([apply.needs].flat()).toEqual(["synth", "plan"]);
    // One failing stack's plan does not cancel the others': every verdict is published.
    expect(plan.strategy?.["fail-fast"]).toBe(false);
  });

  it("plans each stack once, to a file, and guards that plan; no cdktf diff, no second plan", () => {
    const script = stepRunning(plan, /\bplan -input=false\b/).run!;
    expect(script.match(/"\$TF" -chdir="\$dir" plan\b/g)).toHaveLength(1);
    expect(script).toMatch(/plan -input=false "\$\{lock\[@\]\}" -out=tfplan/);
    expect(script).toMatch(/show -json tfplan > "\$RUNNER_TEMP\/plan\.json"/);
    expect(script).toMatch(/\$CLI guard "\$RUNNER_TEMP\/plan\.json"/);
    for (const workflowFile of [workflow, deploy.workflow])
      expect(JSON.stringify(workflowFile)).not.toMatch(/cdktf (diff|deploy)|auto-approve/);
  });

  it("publishes the plan text and the guard's verdict in the job summary and the plan file as an artifact, before failing on a blocked plan", () => {
    const planStep = stepRunning(plan, /\bplan -input=false\b/);
    expect(planStep.run).toMatch(/>> "\$GITHUB_STEP_SUMMARY"/);
    const [upload] = usesOf(plan, "actions/upload-artifact");
    expect(upload.with).toMatchObject({
      name: "plan-${{ needs.synth.outputs.call }}-${{ matrix.stack.name }}",
      "if-no-files-found": "error",
    });
    const failing = stepRunning(plan, /The plan guard blocked stack/);
    expect(indexOf(plan, planStep)).toBeLessThan(indexOf(plan, upload));
    expect(indexOf(plan, upload)).toBeLessThan(indexOf(plan, failing));
    // The plan step itself records the verdict rather than failing before the upload.
    expect(planStep.run).toMatch(/\$CLI guard [^\n]*\|\| status=\$\?/);
  });

  it("gates the apply with the environment's approval, after the plans, and applies exactly the approved artifacts", () => {
    expect(apply.environment).toBe("${{ inputs.environment }}");
    for (const [id, job] of Object.entries(workflow.jobs))
      if (id !== "apply") expect(`${id}: ${job.environment}`).not.toContain("inputs.environment }}");
    const [download] = usesOf(apply, "actions/download-artifact");
    expect(download.with).toMatchObject({ pattern: "plan-${{ needs.synth.outputs.call }}-*" });
    const script = stepRunning(apply, /\bapply -input=false tfplan\b/).run!;
    expect(script).toMatch(/"\$TF" -chdir="\$dir" apply -input=false tfplan$/m);
    // Nothing is planned, checked out or installed after the approval: the artifact is what applies.
    expect(stepsOf(apply).some((step) => /\bplan -|npm|\$CLI/.test(step.run ?? ""))).toBe(false);
    expect(usesOf(apply, "actions/checkout")).toEqual([]);
  });

  it("applies only when asked, and only when synthesis and every plan succeeded", () => {
    const context = (apply: boolean, plans: string) =>
      callContext(workflow, PUSH_TO_MAIN, { "inputs.apply": apply, "needs.synth.result": "success", "needs.plan.result": plans });
    expect(jobRuns(apply, context(true, "success"))).toBe(true);
    expect(jobRuns(apply, context(false, "success"))).toBe(false);
    expect(jobRuns(apply, context(true, "failure"))).toBe(false);
    expect(jobRuns(apply, context(true, "skipped"))).toBe(false);
  });

  it("sizes the apply's limit from the stacks, and each stack's apply by whether it may wait for a certificate", () => {
    expect(apply["timeout-minutes"]).toBe("${{ fromJSON(needs.synth.outputs.apply-minutes) }}");
    expect(inputs["apply-minutes-per-certificate-stack"]?.default).toBeGreaterThanOrEqual(50); // Fastly waits up to 45 minutes
    expect(stepRunning(apply, /\bapply -input=false tfplan\b/).run).toMatch(/timeout --signal=INT --kill-after=5m "\$\{minutes\}m" "\$TF"/);
    for (const [id, job] of Object.entries(workflow.jobs)) if (id !== "apply") expect(job["timeout-minutes"]).toEqual(expect.any(Number));
  });

  // Review of issue 21: a run's artifact names are unique, and the names were fixed ("synthesized",
  // "plan-<stack>"), so a caller deploying two configs or environments in one run failed on the
  // second upload, and an apply downloaded every call's plans.
  it("names each call's artifacts apart, so that one run may call it for several configs or environments", () => {
    const idStep = stepsOf(synth).find((step) => step.id === "call")!;
    const id = (env: Record<string, string>) => outputOf(runScript(idStep.run!, {}, env), "id");
    const staging = { WORKING_DIRECTORY: ".", CONFIG: "staging.json", ENVIRONMENT: "staging" };
    const production = { WORKING_DIRECTORY: ".", CONFIG: "tracking-domains.json", ENVIRONMENT: "production" };
    expect(id(staging)).toMatch(/^[0-9a-f]{12}$/);
    expect(id(staging)).toBe(id(staging));
    expect(id(staging)).not.toBe(id(production));
    expect(id({ ...production, WORKING_DIRECTORY: "infra" })).not.toBe(id(production));
    expect(idStep.env).toEqual({
      WORKING_DIRECTORY: "${{ inputs.working-directory }}",
      CONFIG: "${{ inputs.config }}",
      ENVIRONMENT: "${{ inputs.environment }}",
    });
    expect(synth.outputs?.call).toBe("${{ steps.call.outputs.id }}");
    expect(usesOf(synth, "actions/upload-artifact")[0].with?.name).toBe("synthesized-${{ steps.call.outputs.id }}");
    expect(usesOf(plan, "actions/download-artifact")[0].with?.name).toBe("synthesized-${{ needs.synth.outputs.call }}");
    expect(apply.env?.CALL).toBe("${{ needs.synth.outputs.call }}");
  });

  it("one apply per environment at a time, never cancelled midway", () => {
    expect(apply.concurrency).toEqual({ group: "tracking-apply-${{ inputs.environment }}", "cancel-in-progress": false });
  });

  describe("pull requests", () => {
    const pr = (extra: Record<string, Value> = {}) => callContext(workflow, PR_TO_MAIN, extra);

    it("the job that runs the branch's code (synth) gets no secret and a read-only token", () => {
      expect(JSON.stringify(synth)).not.toMatch(/secrets\./);
      expect(synth.environment).toBeUndefined();
      expect(workflow.permissions).toEqual({ contents: "read" });
      for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeUndefined();
      const [checkout] = usesOf(synth, "actions/checkout");
      expect(checkout.with?.["persist-credentials"]).toBe(false);
    });

    it("the plan job runs the base branch's code only, and Terraform on the synthesized JSON once checked", () => {
      const [checkout] = usesOf(plan, "actions/checkout");
      expect(render(checkout.with?.ref, pr())).toBe("base0000");
      expect(render(checkout.with?.ref, callContext(workflow, PUSH_TO_MAIN))).toBe("head0000");
      const [download] = usesOf(plan, "actions/download-artifact");
      const vet = stepsOf(plan).find((step) => step.name === "Check the synthesized stack before Terraform reads it")!;
      const planStep = stepRunning(plan, /\bplan -input=false\b/);
      expect(indexOf(plan, download)).toBeLessThan(indexOf(plan, vet));
      expect(indexOf(plan, vet)).toBeLessThan(indexOf(plan, planStep));
      expect(planStep.if).toBe("steps.vet.outputs.plan == 'true'");
    });

    it("uses the read-only plan environment, never the deploy environment nor, on a pull request, the keys environment", () => {
      for (const keys of [true, false]) expect(render(plan.environment, pr({ "matrix.stack.keys": keys }))).toBe("tracking-plan");
      expect(render(plan.environment, callContext(workflow, PUSH_TO_MAIN, { "matrix.stack.keys": true }))).toBe("tracking-keys");
      expect(render(plan.environment, callContext(workflow, PUSH_TO_MAIN, { "matrix.stack.keys": false }))).toBe("tracking-plan");
    });

    it("passes no private key on a pull request: the keys step never runs there", () => {
      const keys = stepsOf(plan).find((step) => /toJSON\(secrets\)/.test(JSON.stringify(step.env ?? {})))!;
      const context = (event: GitHubEvent) => ({
        ...callContext(workflow, event),
        "steps.vet.outputs.plan": "true",
        "matrix.stack.keys": true,
      });
      expect(evaluate(keys.if!, context(PR_TO_MAIN))).toBe(false);
      expect(evaluate(keys.if!, context(PUSH_TO_MAIN))).toBe(true);
      // It runs jq only: no package code sees the secrets.
      expect(keys.run).not.toMatch(/\b(npm|npx|node|\$CLI|"\$TF"|terraform|curl|wget)\b/);
    });

    it("Dependabot's and forks' pull requests skip the plans, and the required check still passes", () => {
      expect(jobRuns(plan, pr())).toBe(true);
      expect(jobRuns(plan, pr({ "github.actor": "dependabot[bot]" }))).toBe(false);
      expect(jobRuns(plan, pr({ "github.event.pull_request.head.repo.full_name": "someone/fork" }))).toBe(false);
      expect(jobRuns(plan, callContext(workflow, PUSH_TO_MAIN, { "github.actor": "dependabot[bot]" }))).toBe(true);
      expect(resultJob.if).toBe("always()");
      const script = stepsOf(resultJob)[0].run!;
      expect(runScript(script, {}, { SYNTH: "success", PLAN: "skipped" }).status).toBe(0);
      expect(runScript(script, {}, { SYNTH: "success", PLAN: "success" }).status).toBe(0);
      expect(runScript(script, {}, { SYNTH: "success", PLAN: "failure" }).status).not.toBe(0);
      expect(runScript(script, {}, { SYNTH: "failure", PLAN: "skipped" }).status).not.toBe(0);
    });
  });

  it("OpenTofu: terraform-binary picks the setup action, each pinned; every script runs the chosen binary", () => {
    for (const job of [plan, apply]) {
      const [terraform] = usesOf(job, "hashicorp/setup-terraform");
      const [tofu] = usesOf(job, "opentofu/setup-opentofu");
      const binary = (name: string) => callContext(workflow, PUSH_TO_MAIN, { "inputs.terraform-binary": name });
      expect([evaluate(terraform.if!, binary("terraform")), evaluate(tofu.if!, binary("terraform"))]).toEqual([true, false]);
      expect([evaluate(terraform.if!, binary("tofu")), evaluate(tofu.if!, binary("tofu"))]).toEqual([false, true]);
      expect(String(terraform.with?.terraform_wrapper)).toBe("false");
      expect(String(tofu.with?.tofu_wrapper)).toBe("false");
      expect(tofu.with?.tofu_version).toBe("${{ inputs.terraform-version }}");
      expect(job.env?.TF).toBe("${{ inputs.terraform-binary }}");
      for (const step of stepsOf(job)) expect(step.run ?? "").not.toMatch(/^\s*terraform\b|\bterraform -chdir/m);
    }
  });
});

describe("this repository's callers", () => {
  it("deploy.yml calls the reusable deploy after the tests of the same commit on main, and applies on pushes only", () => {
    const { workflow } = deploy;
    const { test, deploy: call } = workflow.jobs;
    expect(call.uses).toBe("./.github/workflows/tracking-deploy.yml");
    expect(call.secrets).toBe("inherit");
    expect(call.needs).toBe("test");
    expect(
      stepsOf(test)
        .map((step) => step.run)
        .filter(Boolean),
    ).toEqual([".ci/run"]);
    const context = (event: GitHubEvent, testResult: boolean) => ({ ...githubContext(event), "failure()": !testResult });
    expect(render(call.with?.apply, context(PUSH_TO_MAIN, true))).toBe(true);
    expect(render(call.with?.apply, context(PR_TO_MAIN, true))).toBe(false);
    expect(jobRuns(test, githubContext(PR_TO_MAIN))).toBe(false);
    expect(jobRuns(call, githubContext(PR_TO_MAIN))).toBe(true); // !failure() && !cancelled() with the tests skipped
    expect(isTriggered(workflow, PUSH_TO_FEATURE)).toBe(false);
    expect(triggers(workflow)).not.toHaveProperty("pull_request_target");
  });

  it("deploy.yml: one run at a time on main, never cancelled; a pull request's newer run cancels its older", () => {
    const main = concurrencyOf(deploy.workflow, deploy.workflow.jobs.deploy, githubContext(PUSH_TO_MAIN));
    const pr = concurrencyOf(deploy.workflow, deploy.workflow.jobs.deploy, githubContext(PR_TO_MAIN));
    expect(main).toEqual({ group: "deploy-main", "cancel-in-progress": false });
    expect(pr).toEqual({ group: "deploy-7", "cancel-in-progress": true });
  });

  it("monitor.yml calls the reusable monitor daily and on demand, with the right to write issues", () => {
    const { workflow } = monitor;
    expect(Object.keys(triggers(workflow)).sort()).toEqual(["schedule", "workflow_dispatch"]);
    expect(workflow.jobs.monitor.uses).toBe("./.github/workflows/tracking-monitor.yml");
    expect(workflow.permissions).toEqual({ contents: "read", issues: "write" });
    expect(JSON.stringify(workflow)).not.toMatch(/secrets/);
  });
});

describe("tracking-monitor.yml: the reusable monitor", () => {
  const { workflow } = reusableMonitor;
  const { check } = workflow.jobs;
  const inputs = triggers(workflow).workflow_call?.inputs ?? {};

  it("is called with the inputs of the contract, and a limit that fits 10,000 domains", () => {
    expect(Object.keys(triggers(workflow))).toEqual(["workflow_call"]);
    expect(inputs).toMatchObject({
      config: { default: "tracking-domains.json" },
      "working-directory": { default: "." },
      "node-version": { default: "24" },
      cli: { default: "npx --no-install cdktf-ssl-tracking-domain" },
      "timeout-minutes": { type: "number" },
    });
    expect(check["timeout-minutes"]).toBe("${{ inputs.timeout-minutes }}");
    expect(inputs["timeout-minutes"].default).toBeGreaterThanOrEqual(30);
  });

  it("never cancels a run midway, reads no secret, and writes issues with the run's token", () => {
    expect(check.concurrency).toMatchObject({ "cancel-in-progress": false });
    expect(JSON.stringify(workflow)).not.toMatch(/secrets\./);
    expect(workflow.permissions).toEqual({ contents: "read", issues: "write" });
    expect(stepsOf(check).find((step) => step.env?.GH_TOKEN)?.env?.GH_TOKEN).toBe("${{ github.token }}");
  });

  it.each([
    ["all pass", 0],
    ["a domain fails", 1],
    ["the config cannot be read", 2],
    ["could not check", 3],
  ])("%s: the report goes to monitor-report with check's exit status (%d)", (_, exit) => {
    const script = stepRunning(check, /monitor-report/).run!;
    const run = runScript(script, {}, { CLI: "cli", CONFIG: "tracking-domains.json", CHECK_EXIT: String(exit) });
    // At 64 at once (not check's default of 32) the default limit covers 10,000 domains that all time out (docs/monitoring.md).
    expect(run.calls).toEqual([
      "cli check --config tracking-domains.json --json --concurrency 64",
      `cli monitor-report check-report.json ${exit}`,
    ]);
    expect(readFileSync(join(run.dir, "check-report.json"), "utf8")).toBe('{"report":true}\n');
    expect(run.status).toBe(0); // monitor-report (a stub here) decides the run's outcome
  });
});

describe.each([
  ["ci.yml", ci.workflow],
  ["deploy.yml", deploy.workflow],
  ["monitor.yml", monitor.workflow],
  ["tracking-deploy.yml", reusableDeploy.workflow],
  ["tracking-monitor.yml", reusableMonitor.workflow],
])("%s", (_file, workflow) => {
  const text = { "ci.yml": ci.text, "deploy.yml": deploy.text, "monitor.yml": monitor.text }[_file] ?? "";
  it("uses actions pinned by commit, with the release named beside it", () => {
    for (const { uses } of allSteps(workflow)) if (uses) expect(uses).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    const source = text || (_file === "tracking-deploy.yml" ? reusableDeploy.text : reusableMonitor.text);
    for (const line of source.split("\n").filter((l) => /uses: [\w.-]+\/[\w.-]+@/.test(l)))
      expect(line).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    for (const job of Object.values(workflow.jobs))
      if (job.uses) expect(job.uses).toMatch(/^\.\/\.github\/workflows\/tracking-(deploy|monitor)\.yml$/);
  });

  it("never puts a secret on a run line, nor prints one", () => {
    // The tools read these from the environment themselves; no script names them.
    const secretVariables =
      /\$\{?(FASTLY_API_KEY|CLOUDFLARE_API_TOKEN|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|GOOGLE_CREDENTIALS|TF_TOKEN_\w+)\b/;
    for (const { run } of allSteps(workflow)) {
      if (run === undefined) continue;
      expect(run).not.toMatch(/\$\{\{/); // inputs and contexts reach scripts through env, never into their text
      expect(run).not.toMatch(secretVariables);
      expect(run).not.toMatch(/\bset -\w*x|\bbash -\w*x/);
      expect(run).not.toMatch(/^\s*(printenv|env|export -p|declare -p)\s*$/m);
    }
    for (const job of Object.values(workflow.jobs)) {
      for (const [name, value] of Object.entries(job.env ?? {})) {
        if (/\bsecrets\b/.test(String(value))) expect(`${name}: ${value}`).toBe(`${name}: \${{ secrets.${name} }}`);
      }
      for (const step of stepsOf(job)) {
        for (const [name, value] of Object.entries(step.env ?? {})) {
          if (!/\bsecrets\b/.test(String(value))) continue;
          if (name === "SECRETS") {
            // The one step that picks the declared private keys out of the secrets: jq only.
            expect(value).toBe("${{ toJSON(secrets) }}");
            expect(step.run).not.toMatch(/\b(npm|npx|node|\$CLI|"\$TF"|terraform|curl|wget)\b/);
          } else expect(`${name}: ${value}`).toBe(`${name}: \${{ secrets.${name} }}`);
        }
      }
    }
  });

  it("runs every job with a time limit, on a supported Node LTS", () => {
    for (const job of Object.values(workflow.jobs)) {
      if (job.uses) continue; // a call: the called workflow's jobs have their limits
      expect(job["timeout-minutes"]).toBeDefined();
    }
    for (const node of allSteps(workflow).filter(({ uses }) => uses?.startsWith("actions/setup-node@"))) {
      expect(["22", "24", "${{ inputs.node-version }}"]).toContain(String(node.with?.["node-version"]));
    }
  });
});

// ---- The scripts of tracking-deploy.yml, run by bash against stubs ----

const STUBS: Record<string, string> = {
  // The package's CLI: guard fails for the stack named in FAIL_GUARD; check writes a report.
  cli: `echo "cli $*" >> "$CALLS"
case "$1" in
  guard)
    echo "plan guard read $(cat "$2")"
    [[ -n "\${FAIL_GUARD:-}" && "$(cat "$2")" == *"$FAIL_GUARD"* ]] && { echo "BLOCKED: something"; exit 1; }
    exit 0 ;;
  check)
    echo '{"report":true}'
    exit "\${CHECK_EXIT:-0}" ;;
esac
exit 0`,
  terraform: `echo "terraform $*" >> "$CALLS"
dir=.
if [[ "$1" == -chdir=* ]]; then dir=\${1#-chdir=}; shift; fi
case "$1" in
  init) echo "# lock" > "$dir/.terraform.lock.hcl" ;;
  plan)
    [[ -n "\${FAIL_PLAN:-}" && "$dir" == *"/$FAIL_PLAN" ]] && exit 1
    for arg in "$@"; do [[ "$arg" == -out=* ]] && echo "plan of \${dir##*/}" > "$dir/\${arg#-out=}"; done ;;
  show)
    if [[ "$2" == -json ]]; then printf '{"plan":"%s"}\\n' "$(cat "$dir/\${!#}")"; else echo "text of $(cat "$dir/\${!#}")"; fi ;;
  output) cat "$dir/outputs.fixture.json" 2>/dev/null || echo '{}' ;;
  apply)
    [[ -n "\${FAIL_APPLY:-}" && "$dir" == *"-$FAIL_APPLY" ]] && exit 1
    echo "applied in \${dir##*/} the $(cat "$dir/\${!#}")" >> "$CALLS" ;;
esac
exit 0`,
};

type ScriptRun = { status: number | null; stdout: string; stderr: string; calls: string[]; summary: string; output: string; dir: string };

const sandboxes: string[] = [];
afterAll(() => sandboxes.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * Runs `script` as GitHub's `shell: bash` would, in a directory with the given files (path →
 * content; objects are written as JSON), with the stub CLI (`cli`) and `terraform` on the PATH.
 */
function runScript(script: string, files: Record<string, unknown>, env: Record<string, string> = {}): ScriptRun {
  const dir = mkdtempSync(join(tmpdir(), "workflow-"));
  sandboxes.push(dir);
  const bin = join(dir, ".bin");
  mkdirSync(bin);
  for (const [name, body] of Object.entries(STUBS)) {
    writeFileSync(join(bin, name), `#!/usr/bin/env bash\nset -e\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  }
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), typeof content === "string" || Buffer.isBuffer(content) ? content : JSON.stringify(content));
  }
  for (const name of ["calls.log", "summary.md", "output.txt", "env.txt"]) writeFileSync(join(dir, name), "");
  mkdirSync(join(dir, ".tmp"));
  writeFileSync(join(dir, "step.sh"), script);
  const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "step.sh"], {
    cwd: dir,
    encoding: "utf8",
    env: {
      PATH: `${bin}:${process.env.PATH}`,
      HOME: dir,
      CALLS: join(dir, "calls.log"),
      GITHUB_STEP_SUMMARY: join(dir, "summary.md"),
      GITHUB_OUTPUT: join(dir, "output.txt"),
      GITHUB_ENV: join(dir, "env.txt"),
      RUNNER_TEMP: join(dir, ".tmp"),
      TF: "terraform",
      CLI: "cli",
      ...env,
    },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    calls: readFileSync(join(dir, "calls.log"), "utf8").split("\n").filter(Boolean),
    summary: readFileSync(join(dir, "summary.md"), "utf8"),
    output: readFileSync(join(dir, "output.txt"), "utf8"),
    dir,
  };
}

const S3 = { backend: { s3: { bucket: "b", key: "k", region: "eu-west-1" } } };
const outputOf = (run: ScriptRun, name: string) =>
  run.output
    .split("\n")
    .find((line) => line.startsWith(`${name}=`))
    ?.slice(name.length + 1);

/** Real synthesized stacks of a config: path → JSON, as the synth step writes them. */
function synthesized(data: unknown, outdir = "cdktf.out"): Record<string, unknown> {
  const app = buildApp(parseConfig(data), Testing.app());
  const files: Record<string, unknown> = {};
  const manifest: { stacks: Record<string, { dependencies: string[] }> } = { stacks: {} };
  for (const child of app.node.children as any[]) {
    const json = JSON.parse(Testing.synth(child));
    json.terraform = { ...json.terraform, ...S3 };
    files[`${outdir}/stacks/${child.node.id}/cdk.tf.json`] = json;
    manifest.stacks[child.node.id] = { dependencies: child.dependencies.map((d: any) => d.node.id) };
  }
  files[`${outdir}/manifest.json`] = manifest;
  return files;
}

const ZONE = { name: "example.com", provider: "cloudflare", zoneId: "023e105f4ecef8ad9ca31a8372d0c353" };
// alpha holds the zone's rulesets; beta proxies a host there (so it depends on alpha); gamma is on its own.
const THREE_STACKS = {
  stacks: [
    {
      name: "gamma",
      zones: [{ ...ZONE, name: "example.org", zoneId: "1".repeat(32) }],
      domains: [{ domainName: "url3.example.org", edge: "fastly" }],
    },
    { name: "beta", zones: [ZONE], domains: [{ domainName: "url2.example.com", edge: "cloudflare-proxy" }] },
    { name: "alpha", zones: [{ ...ZONE, manageRulesets: true }], domains: [{ domainName: "url1.example.com", edge: "cloudflare-proxy" }] },
  ],
};

describe("tracking-deploy.yml scripts", () => {
  const { synth, plan, apply } = reusableDeploy.workflow.jobs;
  const orderScript = stepRunning(synth, /manifest\.json/).run!;
  const vetScript = stepsOf(plan).find((step) => step.name === "Check the synthesized stack before Terraform reads it")!.run!;
  const planScript = stepRunning(plan, /\bplan -input=false\b/).run!;
  const applyScript = stepRunning(apply, /\bapply -input=false tfplan\b/).run!;
  const refuseLocal = stepRunning(synth, /\.terraform\.backend/).run!;

  it("orders the stacks by the manifest's dependencies in levels, and sizes each apply by whether it waits for a certificate", () => {
    const run = runScript(orderScript, synthesized(THREE_STACKS), { CERTIFICATE_MINUTES: "60", STACK_MINUTES: "15" });
    expect(run.status).toBe(0);
    expect(JSON.parse(outputOf(run, "stacks")!)).toEqual([
      { name: "alpha", level: 0, keys: false, minutes: 15 },
      { name: "gamma", level: 0, keys: false, minutes: 60 },
      { name: "beta", level: 1, keys: false, minutes: 15 },
    ]);
    // Level 0's longest (60) then level 1's (15), plus 10 for set-up.
    expect(outputOf(run, "apply-minutes")).toBe("85");
  });

  it("keeps the apply job's limit within the 6 hours a hosted job may run, and warns", () => {
    const run = runScript(orderScript, synthesized(THREE_STACKS), { CERTIFICATE_MINUTES: "300", STACK_MINUTES: "100" });
    expect(outputOf(run, "apply-minutes")).toBe("350");
    expect(run.stdout).toContain("::warning::The stacks' applies may take 410 minutes");
  });

  it("refuses a manifest whose stacks depend on each other", () => {
    const files = synthesized(THREE_STACKS);
    files["cdktf.out/manifest.json"] = {
      stacks: { alpha: { dependencies: ["beta"] }, beta: { dependencies: ["alpha"] }, gamma: { dependencies: [] } },
    };
    const run = runScript(orderScript, files, { CERTIFICATE_MINUTES: "60", STACK_MINUTES: "15" });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("stacks depend on each other");
  });

  it("refuses a stack whose state would be a local file on the runner", () => {
    const files = synthesized(THREE_STACKS);
    (files["cdktf.out/stacks/beta/cdk.tf.json"] as any).terraform.backend = { local: { path: "x" } };
    const run = runScript(refuseLocal, files);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error::Stack beta keeps its state in a local file");
  });

  describe("the check of the synthesized JSON before Terraform reads it", () => {
    const vet = (mutate: (json: any) => void = () => undefined, event = "pull_request", keys = "false") => {
      const files = { ...synthesized(THREE_STACKS), ...synthesized(THREE_STACKS, "trusted.out") };
      mutate(files["cdktf.out/stacks/beta/cdk.tf.json"]);
      return runScript(vetScript, files, { STACK: "beta", EVENT: event, KEYS: keys });
    };

    it("passes this package's synthesized stack", () => {
      const run = vet();
      expect([run.status, outputOf(run, "plan")]).toEqual([0, "true"]);
    });

    // Review of the merged issues: every AWS stack (the prebuilt bindings write the source "aws")
    // and every external zone (terraform_data) was refused, so no such stack could ever be planned.
    const SEAMS = {
      stacks: [
        {
          ...THREE_STACKS.stacks[2],
          zones: [{ ...ZONE, manageRulesets: true, existingRulesetIds: { http_config_settings: "0".repeat(32) } }],
        },
        {
          name: "beta",
          zones: [ZONE],
          domains: [
            { domainName: "url2.example.com", edge: "cloudflare-proxy" },
            {
              domainName: "url3629.example.com",
              edge: "sendgrid-auto-ssl",
              sendgrid: {
                acmeChallengeTarget: "url3629.example.com.4a767ed83ff78982.dcv.cloudflare.com",
                customHostnameTxt: "06231e2e-5d7c-40c0-9b4a-ee31c2a8e98b",
                ownerCname: "8119916.example.com",
              },
            },
          ],
        },
        {
          name: "gamma",
          aws: { region: "eu-west-1" },
          zones: [{ name: "example.org", provider: "route53", hostedZoneId: "Z0123456789ABCDEFGHIJ" }],
          domains: [{ domainName: "url1.example.org", edge: "cloudfront" }],
        },
      ],
    };
    test.each([
      ...[
        "tracking-domains.json",
        "examples/cloudfront.json",
        "examples/external.json",
        "examples/mixed-providers.json",
        "examples/route53.json",
      ].map((file): [string, unknown] => [file, JSON.parse(readFileSync(resolve(__dirname, "..", file), "utf8"))]),
      ["a zone held with adopted rulesets, a stack that forgets them (removed), Auto SSL with ownerCname, CloudFront in Route 53", SEAMS],
    ])("passes every stack this package synthesizes from %s", (_, config) => {
      const files = { ...synthesized(config), ...synthesized(config, "trusted.out") };
      const stacks = Object.keys(files).flatMap((path) => /^cdktf\.out\/stacks\/([^/]+)\//.exec(path)?.[1] ?? []);
      expect(stacks.length).toBeGreaterThan(0);
      for (const stack of stacks) {
        const run = runScript(vetScript, files, { STACK: stack, EVENT: "push", KEYS: "false" });
        expect([stack, run.status, run.stdout, outputOf(run, "plan")]).toEqual([stack, 0, "", "true"]);
      }
    });

    it("still refuses a foreign data source named like the built-in terraform_data", () => {
      const run = vet((j) => ((j.data ??= {}).terraform_data = { x: {} }));
      expect(run.status).toBe(1);
      expect(run.stdout).toContain("has type terraform_data");
    });

    test.each<[string, (json: any) => void, RegExp]>([
      ["a provider from elsewhere", (j) => (j.terraform.required_providers.evil = { source: "evil/exfil" }), /provider source evil\/exfil/],
      ["a provider endpoint", (j) => (j.provider.cloudflare[0].base_url = "https://evil.example"), /provider cloudflare setting base_url/],
      [
        "a provisioner",
        (j) => (Object.values<any>(j.resource.cloudflare_dns_record)[0].provisioner = { "local-exec": { command: "env" } }),
        /a provisioner/,
      ],
      [
        "a file function",
        (j) => (Object.values<any>(j.resource.cloudflare_dns_record)[0].comment = '${file("/proc/self/environ")}'),
        /a file function/,
      ],
      // Terraform 1.11 evaluates each of these (checked with terraform plan): HCL allows comments
      // between a function's name and its "(", and reads an object's keys as templates too.
      [
        "a file function behind a comment",
        (j) => (Object.values<any>(j.resource.cloudflare_dns_record)[0].comment = '${file/**/("/proc/self/environ")}'),
        /a file function/,
      ],
      [
        "a file function behind a line comment",
        (j) => (Object.values<any>(j.resource.cloudflare_dns_record)[0].comment = '${file # x\n("/proc/self/environ")}'),
        /a file function/,
      ],
      [
        "a file function in an object's key",
        (j) => (j.output = { x: { value: { '${file("/proc/self/environ")}': "k" } } }),
        /a file function/,
      ],
      [
        "a template evaluated from a value read at plan time",
        (j) => (Object.values<any>(j.resource.cloudflare_dns_record)[0].comment = "${templatestring(data.aws_s3_object.t.body, {})}"),
        /a file function/,
      ],
      ["a foreign resource type", (j) => (j.resource.null_resource = { x: {} }), /type null_resource/],
      // Review of issue 21: the plan credentials may read the state bucket, and a plan prints what a data source read.
      [
        "a data source that reads objects",
        (j) => ((j.data ??= {}).aws_s3_object = { state: { bucket: "b", key: "keys.tfstate" } }),
        /data source type aws_s3_object/,
      ],
      ["an extra variable", (j) => (j.variable = { token: { default: "x" } }), /variable token/],
      [
        "another stack's backend",
        (j) => (j.terraform.backend = { s3: { bucket: "b", key: "other", region: "eu-west-1" } }),
        /a backend other than the base branch's/,
      ],
    ])("refuses %s, naming it, before any Terraform runs", (_, mutate, problem) => {
      const run = vet(mutate);
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(new RegExp(`::error::Stack beta: not planned, its synthesized JSON has ${problem.source}`));
      expect(run.calls).toEqual([]);
    });

    it("never plans a stack that holds a private key on a pull request, and says so", () => {
      const run = vet(() => undefined, "pull_request", "true");
      expect([run.status, outputOf(run, "plan")]).toEqual([0, "false"]);
      expect(run.stdout).toContain("pull requests never plan it");
      expect(
        outputOf(
          vet(() => undefined, "push", "true"),
          "plan",
        ),
      ).toBe("true");
    });
  });

  describe("plan, guard, publish", () => {
    const files = () => synthesized(THREE_STACKS);
    const runPlan = (env: Record<string, string>) =>
      runScript(planScript, files(), { STACK: "beta", EVENT: "push", KEYS: "false", ...env });

    it("plans once to a file, guards that plan's JSON, and publishes the text, the verdict and the plan file", () => {
      const run = runPlan({});
      expect(run.status).toBe(0);
      expect(run.calls.filter((call) => /^terraform .* plan /.test(call))).toEqual([
        "terraform -chdir=cdktf.out/stacks/beta plan -input=false -out=tfplan",
      ]);
      expect(run.calls).toContain(`cli guard ${join(run.dir, ".tmp/plan.json")}`);
      expect(readFileSync(join(run.dir, "plan-beta/tfplan"), "utf8")).toBe("plan of beta\n");
      expect(readFileSync(join(run.dir, "plan-beta/plan.txt"), "utf8")).toBe("text of plan of beta\n");
      expect(readFileSync(join(run.dir, "plan-beta/verdict.txt"), "utf8")).toContain('plan guard read {"plan":"plan of beta"}');
      expect(existsSync(join(run.dir, "plan-beta/.terraform.lock.hcl"))).toBe(true);
      // The JSON, with sensitive values in clear, does not stay behind.
      expect(existsSync(join(run.dir, ".tmp/plan.json"))).toBe(false);
      expect(run.summary).toMatch(/### Stack beta\n\nPlan guard: \*\*passed\*\*[\s\S]*text of plan of beta/);
      expect(outputOf(run, "guard")).toBe("0");
    });

    it("a pull request's speculative plan does not take the state lock", () => {
      const run = runPlan({ EVENT: "pull_request" });
      expect(run.calls).toContain("terraform -chdir=cdktf.out/stacks/beta plan -input=false -lock=false -out=tfplan");
    });

    it("a blocked plan is published with its verdict, and the step reports the guard's status for the failing step", () => {
      const run = runPlan({ FAIL_GUARD: "beta" });
      expect(run.status).toBe(0);
      expect(outputOf(run, "guard")).toBe("1");
      expect(run.summary).toMatch(/Plan guard: \*\*BLOCKED\*\* \(exit 1\)[\s\S]*BLOCKED: something/);
      const failing = stepRunning(plan, /The plan guard blocked stack/);
      expect(evaluate(failing.if!, { "steps.plan.outputs.guard": "1" })).toBe(true);
      expect(evaluate(failing.if!, { "steps.plan.outputs.guard": "0" })).toBe(false);
      expect(evaluate(failing.if!, { "steps.plan.outputs.guard": "" })).toBe(false);
    });

    it("a failing plan fails the step", () => {
      expect(runPlan({ FAIL_PLAN: "beta" }).status).not.toBe(0);
    });

    it("a stack that holds a private key: the plan file leaves the runner only encrypted, and never without a passphrase", () => {
      const refused = runPlan({ KEYS: "true", PLAN_ARTIFACT_PASSPHRASE: "" });
      expect(refused.status).toBe(1);
      expect(refused.stdout).toContain("add the secret PLAN_ARTIFACT_PASSPHRASE");
      const run = runPlan({ KEYS: "true", PLAN_ARTIFACT_PASSPHRASE: "correct horse" });
      expect(run.status).toBe(0);
      expect(existsSync(join(run.dir, "plan-beta/tfplan"))).toBe(false);
      const encrypted = readFileSync(join(run.dir, "plan-beta/tfplan.enc"));
      expect(encrypted.includes(Buffer.from("plan of beta"))).toBe(false);
    });
  });

  describe("apply", () => {
    const STACKS = JSON.stringify([
      { name: "alpha", level: 0, keys: false, minutes: 15 },
      { name: "gamma", level: 0, keys: false, minutes: 60 },
      { name: "beta", level: 1, keys: false, minutes: 15 },
    ]);
    const CALL = "c0ffee000000";
    const plans = () =>
      Object.fromEntries(
        ["alpha", "beta", "gamma"].flatMap((name) => [
          [`plans/plan-${CALL}-${name}/tfplan`, `approved plan of ${name}`],
          [`plans/plan-${CALL}-${name}/cdk.tf.json`, {}],
        ]),
      );

    it("applies each stack's approved plan file, level after level, and nothing else", () => {
      const run = runScript(applyScript, plans(), { STACKS, CALL });
      expect(run.status).toBe(0);
      const applied = run.calls.filter((call) => call.startsWith("applied"));
      expect(applied.slice(0, 2).sort()).toEqual([
        `applied in plan-${CALL}-alpha the approved plan of alpha`,
        `applied in plan-${CALL}-gamma the approved plan of gamma`,
      ]);
      expect(applied[2]).toBe(`applied in plan-${CALL}-beta the approved plan of beta`);
      expect(run.calls.filter((call) => /^terraform \S+ plan\b/.test(call))).toEqual([]);
    });

    it("applies only this call's plans, not another call's of the same run", () => {
      const other = { "plans/plan-0123456789ab-alpha/tfplan": "the other call's plan", "plans/plan-0123456789ab-alpha/cdk.tf.json": {} };
      const run = runScript(applyScript, { ...plans(), ...other }, { STACKS, CALL });
      expect(run.status).toBe(0);
      expect(run.calls.filter((call) => call.startsWith("applied"))).toHaveLength(3);
      expect(run.calls.join("\n")).not.toContain("the other call's plan");
    });

    it("never applies a later level after a stack of an earlier one failed, and fails", () => {
      const run = runScript(applyScript, plans(), { STACKS, CALL, FAIL_APPLY: "alpha" });
      expect(run.status).not.toBe(0);
      expect(run.stdout).toContain("::error::Stack alpha did not apply");
      expect(run.calls.some((call) => call.includes("plan-beta"))).toBe(false);
    });

    it("decrypts an encrypted plan file with the passphrase before applying it", () => {
      const dir = mkdtempSync(join(tmpdir(), "enc-"));
      sandboxes.push(dir);
      writeFileSync(join(dir, "p"), "approved plan of beta");
      spawnSync("openssl", [
        "enc",
        "-aes-256-cbc",
        "-pbkdf2",
        "-salt",
        "-pass",
        "pass:pw",
        "-in",
        join(dir, "p"),
        "-out",
        join(dir, "p.enc"),
      ]);
      const files: Record<string, unknown> = { ...plans(), [`plans/plan-${CALL}-beta/tfplan.enc`]: readFileSync(join(dir, "p.enc")) };
      delete files[`plans/plan-${CALL}-beta/tfplan`];
      const run = runScript(applyScript, files, { STACKS, CALL, PLAN_ARTIFACT_PASSPHRASE: "pw" });
      expect(run.status).toBe(0);
      expect(run.calls).toContain(`applied in plan-${CALL}-beta the approved plan of beta`);
    });
  });
});

test("docs/deploy.md's secrets table lists every secret the workflows read, and the private keys", () => {
  const doc = readFileSync(join(ROOT, "docs/deploy.md"), "utf8");
  const section = doc.slice(doc.indexOf("## Secrets"), doc.indexOf("\n## ", doc.indexOf("## Secrets") + 1));
  const listed = section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => /^\| `([^`]+)`/.exec(line)![1]);
  const read = new Set(
    [ci, deploy, monitor, reusableDeploy, reusableMonitor].flatMap(({ text }) =>
      [...text.matchAll(/\bsecrets\.(\w+)/g)].map((match) => match[1]),
    ),
  );
  expect(read.size).toBeGreaterThan(5);
  for (const secret of read) expect(listed).toContain(secret);
  expect(listed).toContain("TF_VAR_tls_private_key_<domain>");
});

describe("docs/deploy.md and docs/day-two.md match the workflows and the config", () => {
  const deployDoc = readFileSync(join(ROOT, "docs/deploy.md"), "utf8");
  const dayTwo = readFileSync(join(ROOT, "docs/day-two.md"), "utf8");
  const blocks = (text: string, language: string) =>
    [...text.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]);

  it("the caller snippet calls the reusable deploy with inputs it has, and the inputs table lists every input with its default", () => {
    const [caller] = blocks(deployDoc, "yaml").map((text) => parse(text) as Workflow);
    const job = Object.values(caller.jobs)[0];
    expect(job.uses).toMatch(/\/\.github\/workflows\/tracking-deploy\.yml@/);
    expect(job.secrets).toBe("inherit");
    const inputs = triggers(reusableDeploy.workflow).workflow_call?.inputs ?? {};
    for (const name of Object.keys(job.with ?? {})) expect(Object.keys(inputs)).toContain(name);
    for (const [name, input] of Object.entries(inputs)) {
      const row = deployDoc.split("\n").find((line) => line.startsWith(`| \`${name}\``));
      expect(`${name}: ${row}`).toContain(`\`${String(input.default)}\``);
    }
  });

  it("the config snippets are valid configs", () => {
    for (const text of blocks(deployDoc, "json")) expect(() => parseConfig(JSON.parse(text))).not.toThrow();
    const [data] = blocks(dayTwo, "json").map((text) => JSON.parse(text));
    // The hand-over: the new holder declares the rulesets and adopts the live ones by id.
    const holder = data.stacks.find((stack: { zones: { manageRulesets?: boolean }[] }) => stack.zones[0].manageRulesets === true);
    expect(Object.keys(holder.zones[0].existingRulesetIds).sort()).toEqual(["http_config_settings", "http_request_cache_settings"]);
    expect(() => buildApp(parseConfig(data), Testing.app())).not.toThrow();
  });

  it("the guard's recovery link points at a section of docs/day-two.md", () => {
    const anchors = [...dayTwo.matchAll(/^## (.+)$/gm)].map((m) =>
      m[1]
        .toLowerCase()
        .replace(/[^a-z0-9 -]/g, "")
        .replace(/ /g, "-"),
    );
    expect(anchors).toContain("recover-a-tainted-service-or-distribution");
    expect(anchors).toContain("change-the-stack-that-holds-a-zones-rulesets");
    expect(anchors).toContain("shared-zones-and-their-rulesets");
  });
});
