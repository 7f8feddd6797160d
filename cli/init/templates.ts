/** What `init` writes: each file's text, from the few choices it takes. */

/** The package's name, as installed. */
export const PACKAGE = "cdktf-ssl-tracking-domain";

/** The CDK framework a consumer deploys with: CDK for Terraform 0.21, or CDK Terrain 0.24 (docs/frameworks.md). */
export type Framework = "cdktf" | "cdktn";

/**
 * What a consumer installs beside the package, per framework: the framework, its CLI (to run
 * `synth`, `diff`, `deploy`) and `constructs` in the range the framework accepts. The Cloudflare
 * bindings are the package's own, so no provider package is needed (AWS is optional).
 */
export const CONSUMER_PACKAGES: Readonly<Record<Framework, readonly string[]>> = {
  // cdktn 0.24 accepts constructs >=10.6.0 <10.8.0 only; npm would pick a newer 10.x for ^10. A
  // cdktf app needs that range too: npm checks the peers of this package's optional peer cdktn
  // even when cdktn is not installed, and refuses (ERESOLVE) a constructs outside it.
  cdktf: ["cdktf@^0.21", "cdktf-cli@^0.21", 'constructs@">=10.6.0 <10.8.0"'],
  cdktn: ["cdktn@^0.24", "cdktn-cli@^0.24", 'constructs@">=10.6.0 <10.8.0"'],
};

/** The AWS bindings each framework uses, only for Route 53 zones and the CloudFront edge. */
export const AWS_PACKAGE: Readonly<Record<Framework, string>> = {
  cdktf: "@cdktf/provider-aws@^21",
  cdktn: "@cdktn/provider-aws@^25.7.0",
};

/**
 * The cdktf.json that runs the package's `synth` as the app. The cdktn CLI reads the same file
 * (under the same name); its own template adds the Terraform and OpenTofu versions it targets.
 */
export function cdktfJson(config: string, projectId: string, framework: Framework = "cdktf"): string {
  const app = `npx --no-install ${PACKAGE} synth${config === "tracking-domains.json" ? "" : ` --config ${config}`}`;
  return `${JSON.stringify(
    {
      language: "typescript",
      app,
      projectId,
      sendCrashReports: "false",
      ...(framework === "cdktn" ? { targetVersions: { terraform: ">=1.5.7", opentofu: ">=1.6.0" } } : {}),
      terraformProviders: [],
      terraformModules: [],
      context: {},
    },
    null,
    2,
  )}\n`;
}

/**
 * A starter config: one stack, one Cloudflare zone, one Fastly domain. The ids are placeholders
 * of the right shape (Cloudflare's documentation zone id), so the file synthesizes as it is and
 * the next steps say what to replace.
 */
export function starterConfig(config: string): string {
  // "$schema" is resolved against the config's own folder.
  const up = "../".repeat(config.split("/").length - 1);
  return `${JSON.stringify(
    {
      $schema: `${up || "./"}node_modules/${PACKAGE}/tracking-domains.schema.json`,
      stacks: [
        {
          name: "production",
          zones: [{ name: "example.com", provider: "cloudflare", zoneId: "023e105f4ecef8ad9ca31a8372d0c353" }],
          domains: [{ domainName: "url1234.example.com", edge: "fastly" }],
        },
      ],
    },
    null,
    2,
  )}\n`;
}

/** The package scripts `init` adds, each only where the project has none of that name. */
export function packageScripts(config: string, framework: Framework = "cdktf"): Record<string, string> {
  const configOption = config === "tracking-domains.json" ? "" : ` --config ${config}`;
  return {
    synth: `${framework} synth`,
    "synth:tracking": `${PACKAGE} synth${configOption}`,
    guard: `${PACKAGE} guard`,
    check: `${PACKAGE} check --config ${config}`,
  };
}

/** Where the reusable workflows are: `owner/repo@ref`. */
export interface WorkflowSource {
  readonly repository: string;
  readonly ref: string;
}

const YAML_HEADER = (what: string, guide: string) =>
  `# ${what}. Written by "${PACKAGE} init": it calls the package's reusable\n` +
  `# workflow, so an update is a new ref below. Inputs: node_modules/${PACKAGE}/docs/${guide}.\n`;

/** The deploy caller: plan and guard on pull requests, plan, guard and apply on a push to main. */
export function deployCaller(source: WorkflowSource, config: string): string {
  return `${YAML_HEADER("Deploys the tracking domains of " + config, "deploy.md")}name: Deploy tracking domains

on:
  pull_request:
    branches: [main]
  push:
    branches: [main]

permissions:
  contents: read

# Pull requests: a newer push makes an older plan moot. Main: one run at a time, in push order,
# never cancelled midway (that can leave state locked or half applied).
concurrency:
  group: tracking-deploy-\${{ github.event_name == 'pull_request' && github.event.pull_request.number || 'main' }}
  cancel-in-progress: \${{ github.event_name == 'pull_request' }}

jobs:
  tracking-domains:
    uses: ${source.repository}/.github/workflows/tracking-deploy.yml@${source.ref}
    with:
      config: ${config}
      environment: production
      # Plans on pull requests; applies the guarded plans on pushes to main, after the approval.
      apply: \${{ github.event_name == 'push' }}
    # The provider tokens (FASTLY_API_KEY, CLOUDFLARE_API_TOKEN, AWS_*): secrets of the environments
    # (production, tracking-plan, tracking-keys), none of the repository (docs/deploy.md, Secrets).
    secrets: inherit
`;
}

/** The monitor caller: every day, and on demand. */
export function monitorCaller(source: WorkflowSource, config: string): string {
  return `${YAML_HEADER("Checks the tracking domains of " + config + " every day", "monitoring.md")}name: Monitor tracking domains

on:
  schedule:
    - cron: "17 6 * * *"
  workflow_dispatch:

# The reusable workflow keeps one issue open while a domain fails: it needs to write issues.
permissions:
  contents: read
  issues: write

jobs:
  tracking-domains:
    uses: ${source.repository}/.github/workflows/tracking-monitor.yml@${source.ref}
    with:
      config: ${config}
`;
}

/** A .gitignore for a project that had none: what cdktf and Terraform leave behind. */
export const GITIGNORE = `node_modules/
cdktf.out/
.terraform/
*.tfstate
*.tfstate.*
`;
