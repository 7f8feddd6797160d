/**
 * `synth`: synthesizes a tracking-domains.json the way `cdktf synth` runs an app, so that a
 * consumer's cdktf.json can say `"app": "npx --no-install cdktf-ssl-tracking-domain synth"` and
 * use `cdktf synth`, `diff` and `deploy` without an app of its own. This repository's main.ts
 * runs the same function.
 */
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { printableLines } from "./check/printable";
import { COMMAND, processIo } from "./io";
import type { Io } from "./io";
import { parseArgsProblem } from "./options";

/** The config file when neither --config nor TRACKING_DOMAINS_CONFIG names one. */
export const DEFAULT_CONFIG = "tracking-domains.json";
/** Where `cdktf synth` reads the output when CDKTF_OUTDIR does not say. */
export const DEFAULT_OUTDIR = "cdktf.out";

export const SYNTH_HELP = `Usage:
  ${COMMAND} synth [--config <tracking-domains.json>]

Validates a tracking-domains.json and synthesizes one Terraform stack per entry of its "stacks",
like "cdktf synth": <outdir>/stacks/<stack>/cdk.tf.json, and <outdir>/manifest.json with the
stacks' dependencies. <outdir> is CDKTF_OUTDIR (set by the cdktf CLI), or ${DEFAULT_OUTDIR}.
Nothing is written when the file has a problem: every problem is listed, with its path.
Exits 0 when the stacks were written, 1 for a config that cannot be deployed, 2 for a usage error.

Use it as the app of a cdktf.json, so that cdktf synth, diff and deploy work on the file:
  { "language": "typescript", "app": "npx --no-install ${COMMAND} synth" }

Options:
  --config <file>  The config file. Default: TRACKING_DOMAINS_CONFIG, or ${DEFAULT_CONFIG}.
                   Files it names (certificateFile) are read relative to its folder.
  -h, --help       Print this help.

Examples:
  npx --no-install ${COMMAND} synth
  npx --no-install ${COMMAND} synth --config infra/tracking-domains.json
`;

/** The stacks a config would write, relative to the output folder, for the summary line. */
function stackFiles(outdir: string, names: readonly string[]): string {
  return names.map((name) => join(outdir, "stacks", name, "cdk.tf.json")).join(", ");
}

/**
 * Loads, validates and synthesizes `file` into `outdir`. Returns the exit code; never throws for
 * a bad config (its problems go to `io.stderr`).
 */
export async function synthesize(file: string, io: Io = processIo, outdir = process.env.CDKTF_OUTDIR || DEFAULT_OUTDIR): Promise<number> {
  // Loaded here: `--help` and usage errors need none of cdktf.
  const [{ App }, { ConfigError, loadConfig }, { buildApp }, { TrackingDomainError }] = await Promise.all([
    import("../framework"),
    import("../stacks/config"),
    import("../stacks/app"),
    import("../constructs/errors"),
  ]);
  try {
    const config = loadConfig(file);
    buildApp(config, new App({ outdir })).synth();
    // The cdktf (or cdktn) CLI prints the stacks' warning annotations itself; run on its own, this
    // command prints them, so a warning is shown once either way.
    if (!process.env.CDKTF_CONTEXT_JSON) for (const warning of warningsOf(outdir)) io.stderr(`warning: ${printableLines(warning)}\n`);
    const names = config.stacks.map((stack) => stack.name).sort();
    io.stdout(
      `${COMMAND} synth: ${names.length === 1 ? "1 stack" : `${names.length} stacks`} from ${file}: ${stackFiles(outdir, names)}\n`,
    );
    return 0;
  } catch (error) {
    // The user's errors: the message alone, since a stack trace says nothing more.
    if (error instanceof ConfigError || error instanceof TrackingDomainError) {
      io.stderr(`${printableLines(error.message)}\n`);
      return 1;
    }
    throw error;
  }
}

/** The warning annotations of every stack in `<outdir>/manifest.json`, in stack order. */
function warningsOf(outdir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8")) as {
    stacks: Record<string, { annotations?: { level: string; message: string }[] }>;
  };
  return Object.values(manifest.stacks).flatMap((stack) =>
    (stack.annotations ?? []).filter((annotation) => annotation.level === "@cdktf/warn").map((annotation) => annotation.message),
  );
}

/** `synth [--config FILE]`: returns the exit code. */
export async function runSynth(args: readonly string[], io: Io = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values: { config?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...args],
      options: { config: { type: "string" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    return usage(io, parseArgsProblem(error));
  }
  if (values.help) {
    io.stdout(SYNTH_HELP);
    return 0;
  }
  if (positionals.length > 0) return usage(io, `synth takes no arguments, only --config <file>; got ${positionals.join(" ")}`);
  if (values.config === "") return usage(io, "--config needs a file name");
  const file = values.config ?? (env.TRACKING_DOMAINS_CONFIG || DEFAULT_CONFIG);
  return synthesize(file, io, resolve(env.CDKTF_OUTDIR || DEFAULT_OUTDIR));
}

function usage(io: Io, message: string): number {
  io.stderr(`${COMMAND} synth: ${printableLines(message)}\nRun "${COMMAND} synth --help" for the usage.\n`);
  return 2;
}
