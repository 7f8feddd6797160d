/**
 * `init`: sets up a folder (an empty one, or an existing infra repo) to deploy tracking domains
 * from a tracking-domains.json with the installed package: cdktf.json, a starter config, package
 * scripts and the CI workflows that call the package's reusable ones. It never overwrites a file:
 * what exists is kept and reported, and package.json only gains the scripts it lacks.
 */
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { parseArgs } from "node:util";
import { printable, printableLines } from "../check/printable";
import { COMMAND, processIo } from "../io";
import type { Io } from "../io";
import {
  AWS_PACKAGE,
  CONSUMER_PACKAGES,
  Framework,
  GITIGNORE,
  PACKAGE,
  WorkflowSource,
  cdktfJson,
  deployCaller,
  monitorCaller,
  packageScripts,
  starterConfig,
} from "./templates";

export { CONSUMER_PACKAGES } from "./templates";

export const DEPLOY_CALLER = ".github/workflows/deploy-tracking-domains.yml";
export const MONITOR_CALLER = ".github/workflows/monitor-tracking-domains.yml";

export const INIT_HELP = `Usage:
  ${COMMAND} init [--framework cdktf|cdktn] [--config <file>]
      [--workflows-from <owner>/<repo>@<ref>] [--no-workflows]

Sets up the current folder (empty, or an existing infra repo) to deploy SendGrid tracking
domains from a tracking-domains.json with this package, then prints the next steps:
  cdktf.json                 "app": "npx --no-install ${COMMAND} synth", so that cdktf (or
                             cdktn) synth, diff and deploy work on the config
  tracking-domains.json      a starter config with "$schema" (one stack, zone and domain)
  package.json               scripts synth (the framework's CLI), synth:tracking, guard and
                             check (only those missing)
  ${DEPLOY_CALLER}   calls the package's reusable deploy workflow
  ${MONITOR_CALLER}  calls the package's reusable monitor workflow
  .gitignore                 cdktf.out/ and Terraform's local files, when there is none
It never overwrites a file: an existing one is kept and reported.

Options:
  --framework cdktf|cdktn           The CDK framework you deploy with: CDK for Terraform 0.21 or
                                    CDK Terrain 0.24 (its CLI needs Node.js 22.19 or later).
                                    Default: the one installed in this folder's node_modules
                                    when exactly one is, else cdktf.
  --config <file>                   The config's path, relative to this folder. Default:
                                    tracking-domains.json.
  --workflows-from <owner/repo@ref> The repository and ref (a release tag) of the reusable
                                    workflows. Default: package.json's "repository" of the
                                    installed package, at the tag of its version.
  --no-workflows                    Write no CI workflows.
  -h, --help                        Print this help.

Examples:
  npm install --save-dev <this package> ${CONSUMER_PACKAGES.cdktf.join(" ")}
  npx --no-install ${COMMAND} init

  npm install --save-dev <this package> ${CONSUMER_PACKAGES.cdktn.join(" ")}
  npx --no-install ${COMMAND} init --framework cdktn
`;

/** What happened to one file. */
export interface InitStep {
  readonly file: string;
  readonly action: "created" | "kept" | "updated";
  readonly note?: string;
}

interface InitOptions {
  readonly config: string;
  /** @default - "cdktf" */
  readonly framework?: Framework;
  readonly workflows?: WorkflowSource;
  /** The package's own manifest, for the default workflow source. */
  readonly manifest?: { readonly version?: string; readonly repository?: unknown };
}

/** `owner/repo` from package.json's "repository" (a string or `{ url }`, GitHub only). */
export function githubRepository(repository: unknown): string | undefined {
  const url = typeof repository === "string" ? repository : (repository as { url?: unknown } | undefined)?.url;
  if (typeof url !== "string") return undefined;
  const match =
    /^(?:github:|(?:git\+)?https:\/\/github\.com\/|git@github\.com:|git:\/\/github\.com\/)?([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url);
  return match?.[1];
}

/** The repository and tag of the reusable workflows, from the installed package's manifest. */
export function defaultWorkflowSource(manifest: InitOptions["manifest"]): WorkflowSource {
  return { repository: githubRepository(manifest?.repository) ?? `OWNER/${PACKAGE}`, ref: `v${manifest?.version ?? "0.0.0"}` };
}

/** Writes `text` to `file` unless it exists. */
function create(dir: string, file: string, text: string): InitStep {
  const path = join(dir, file);
  if (existsSync(path)) return { file, action: "kept", note: "exists" };
  mkdirSync(dirname(path), { recursive: true });
  // "wx": fails rather than overwrite a file made since the check.
  writeFileSync(path, text, { flag: "wx" });
  return { file, action: "created" };
}

/** The indentation of a JSON text, to keep the project's own style when it gains scripts. */
function indentOf(text: string): string | number {
  return /^\{\s*\n([ \t]+)"/.exec(text)?.[1] ?? 2;
}

/** Adds the scripts package.json lacks; creates a private package.json when there is none. */
function addScripts(dir: string, scripts: Record<string, string>): InitStep {
  const path = join(dir, "package.json");
  if (!existsSync(path)) {
    const name = (dir.split(sep).pop() || "tracking-domains").toLowerCase().replace(/[^a-z0-9._-]/g, "-");
    writeFileSync(path, `${JSON.stringify({ name, private: true, scripts }, null, 2)}\n`, { flag: "wx" });
    return { file: "package.json", action: "created" };
  }
  const text = readFileSync(path, "utf8");
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    return { file: "package.json", action: "kept", note: `not valid JSON (${(error as Error).message}); add the scripts by hand` };
  }
  const existing = (manifest.scripts ?? {}) as Record<string, string>;
  const missing = Object.entries(scripts).filter(([name]) => !(name in existing));
  const clashes = Object.entries(scripts).filter(([name, command]) => name in existing && existing[name] !== command);
  const clashNote = clashes.length > 0 ? `kept your ${clashes.map(([name]) => `"${name}"`).join(", ")}` : undefined;
  if (missing.length === 0) return { file: "package.json", action: "kept", note: clashNote ?? "has the scripts" };
  manifest.scripts = { ...existing, ...Object.fromEntries(missing) };
  writeFileSync(path, `${JSON.stringify(manifest, null, indentOf(text))}${text.endsWith("\n") ? "\n" : ""}`);
  const added = `added scripts ${missing.map(([name]) => `"${name}"`).join(", ")}`;
  return { file: "package.json", action: "updated", note: clashNote ? `${added}; ${clashNote}` : added };
}

/** The cdktf.json step, with a note when an existing one runs another app. */
function cdktfStep(dir: string, config: string, framework: Framework): InitStep {
  const step = create(dir, "cdktf.json", cdktfJson(config, randomUUID(), framework));
  if (step.action !== "kept") return step;
  try {
    const app = (JSON.parse(readFileSync(join(dir, "cdktf.json"), "utf8")) as { app?: unknown }).app;
    if (typeof app === "string" && !app.includes(`${PACKAGE} synth`)) {
      return {
        ...step,
        note: `exists, with app "${app}": to deploy the config with ${framework}, add its stacks to that app (docs: library API) or run "${COMMAND} synth"`,
      };
    }
  } catch {
    // An unreadable cdktf.json is the user's; it is kept as it is.
  }
  return step;
}

/** Writes what the consumer path needs into `dir`. Returns what happened to each file. */
export function initProject(dir: string, options: InitOptions): InitStep[] {
  const framework = options.framework ?? "cdktf";
  const steps = [
    cdktfStep(dir, options.config, framework),
    create(dir, options.config, starterConfig(options.config)),
    addScripts(dir, packageScripts(options.config, framework)),
  ];
  if (options.workflows) {
    steps.push(create(dir, DEPLOY_CALLER, deployCaller(options.workflows, options.config)));
    steps.push(create(dir, MONITOR_CALLER, monitorCaller(options.workflows, options.config)));
  }
  steps.push(create(dir, ".gitignore", GITIGNORE));
  return steps;
}

/** The next steps, after what was written. */
export function nextSteps(
  steps: readonly InitStep[],
  options: InitOptions,
  installed: ReadonlySet<string>,
  frameworks: readonly Framework[] = [],
): string {
  const framework = options.framework ?? "cdktf";
  const missing = CONSUMER_PACKAGES[framework].filter((spec) => !installed.has(spec.slice(0, spec.lastIndexOf("@"))));
  const nodeNote = framework === "cdktn" ? " (the cdktn CLI needs Node.js 22.19 or later)" : "";
  const lines = [
    ...(missing.length > 0
      ? [`Install what synthesis and deploys need${nodeNote}: npm install --save-dev ${missing.join(" ")}`]
      : nodeNote
        ? [`Run the cdktn CLI on Node.js 22.19 or later.`]
        : []),
    `Only for Route 53 zones or the CloudFront edge: npm install --save-dev ${AWS_PACKAGE[framework]}. No Cloudflare or Fastly provider package is needed: the package has those bindings (node_modules/${PACKAGE}/docs/frameworks.md).`,
    // With both installed the package loads cdktf, whose elements a cdktn stack cannot synthesize.
    ...(framework === "cdktn" && frameworks.includes("cdktf")
      ? [
          `cdktf is installed here too: remove it and every @cdktf/provider-* package (npm uninstall cdktf cdktf-cli), since a cdktn app cannot synthesize elements built on cdktf (node_modules/${PACKAGE}/docs/frameworks.md).`,
        ]
      : []),
    `Edit ${options.config}: your zones (a Cloudflare zone's Zone ID is on its Overview page, under API) and your branded link hosts (SendGrid: Settings → Sender Authentication → Link Branding). "$schema" lets your editor check it as you type.`,
    `Synthesize: npx ${framework} synth (or npx --no-install ${PACKAGE} synth); the stacks land in cdktf.out/stacks/<stack>/.`,
    `Before deploying from CI, give each stack a remote state "backend" (s3, gcs or cloud) and add the provider tokens as secrets of the deploy's environments, not of the repository (node_modules/${PACKAGE}/docs/credentials.md).`,
    ...(options.workflows?.repository.startsWith("OWNER/")
      ? [
          `In ${DEPLOY_CALLER} and ${MONITOR_CALLER}, replace OWNER/${PACKAGE} with the package's GitHub repository (or pass --workflows-from).`,
        ]
      : []),
    `Plan, guard the plan, then apply: node_modules/${PACKAGE}/docs/deploy.md. The pull request that adds the package cannot pass the plan check, which runs the base branch's code: merge the package first (see "The first deploy" there). After the first deploy, run npm run check, then npx --no-install ${PACKAGE} sendgrid audit (SendGrid turns SSL tracking on for the whole account) before asking SendGrid to enable it.`,
  ];
  const width = Math.max(...steps.map((step) => step.file.length));
  const report = steps.map((step) =>
    step.note ? `  ${step.action.padEnd(7)}  ${step.file.padEnd(width)}  (${step.note})` : `  ${step.action.padEnd(7)}  ${step.file}`,
  );
  return `${report.join("\n")}\n\nNext steps:\n${lines.map((line, i) => `  ${i + 1}. ${line}`).join("\n")}\n`;
}

/** The dependencies the project's package.json names, to leave them out of the install line. */
function installedPackages(dir: string): Set<string> {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>;
    return new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);
  } catch {
    return new Set();
  }
}

/** The frameworks installed in `dir`'s node_modules. */
export function installedFrameworks(dir: string): Framework[] {
  return (["cdktf", "cdktn"] as const).filter((name) => existsSync(join(dir, "node_modules", name, "package.json")));
}

/** The installed package's manifest (two folders above dist/cli/init/, one above cli/ in the sources). */
function ownManifest(): InitOptions["manifest"] {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
        name?: string;
        version?: string;
        repository?: unknown;
      };
      if (manifest.name === PACKAGE) return manifest;
    } catch {
      // none here: look further up
    }
  }
  return undefined;
}

/** `init [options]`: returns the exit code. */
export function runInit(args: readonly string[], io: Io = processIo, dir = process.cwd()): number {
  let values: { framework?: string; config?: string; "workflows-from"?: string; "no-workflows"?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        framework: { type: "string" },
        config: { type: "string" },
        "workflows-from": { type: "string" },
        "no-workflows": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    return usage(io, (error as Error).message.replace(/\. To specify a positional argument.*$/s, ""));
  }
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  const frameworks = installedFrameworks(dir);
  if (values.framework !== undefined && values.framework !== "cdktf" && values.framework !== "cdktn")
    return usage(io, `--framework must be cdktf or cdktn; got ${JSON.stringify(values.framework.slice(0, 40))}`);
  const framework: Framework = (values.framework as Framework | undefined) ?? (frameworks.length === 1 ? frameworks[0] : "cdktf");
  const config = values.config ?? "tracking-domains.json";
  if (config === "" || isAbsolute(config) || relative(".", config).startsWith("..") || !config.endsWith(".json")) {
    return usage(io, `--config must be a .json file inside this folder, given relative to it; got "${config}"`);
  }
  if (values["no-workflows"] && values["workflows-from"] !== undefined)
    return usage(io, "give --workflows-from or --no-workflows, not both");
  let workflows: WorkflowSource | undefined;
  if (values["workflows-from"] !== undefined) {
    const match = /^([\w.-]+\/[\w.-]+)@([\w./-]+)$/.exec(values["workflows-from"]);
    if (!match)
      return usage(io, `--workflows-from must be <owner>/<repo>@<ref>, e.g. acme/${PACKAGE}@v1.0.0; got "${values["workflows-from"]}"`);
    workflows = { repository: match[1], ref: match[2] };
  } else if (!values["no-workflows"]) {
    workflows = defaultWorkflowSource(ownManifest());
  }
  const options: InitOptions = { config: config.split(sep).join("/"), framework, ...(workflows ? { workflows } : {}) };
  try {
    const steps = initProject(dir, options);
    const why = values.framework !== undefined ? "--framework" : frameworks.length === 1 ? "installed here" : "the default";
    io.stdout(
      printableLines(
        `Framework: ${framework} (${why}; --framework cdktf|cdktn to choose)\n${nextSteps(steps, options, installedPackages(dir), frameworks)}`,
      ),
    );
    return 0;
  } catch (error) {
    io.stderr(`${COMMAND} init: ${printable((error as Error).message)}\n`);
    return 1;
  }
}

function usage(io: Io, message: string): number {
  io.stderr(`${COMMAND} init: ${printableLines(message)}\nRun "${COMMAND} init --help" for the options.\n`);
  return 2;
}
