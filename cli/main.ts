#!/usr/bin/env node
/** The `cdktf-ssl-tracking-domain` command line: dispatches each command to its module; the top-level help and version. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { runCheck } from "./check/command";
import { printable } from "./check/printable";
import { COMMAND, processIo } from "./io";
import type { Io } from "./io";

export type { Io } from "./io";

export const HELP = `Usage:
  ${COMMAND} init [--framework cdktf|cdktn] [--config <file>] [--workflows-from <owner>/<repo>@<ref>] [--no-workflows]
  ${COMMAND} synth [--config <tracking-domains.json>]
  ${COMMAND} guard <plan.json> [more plan.json ...]
  ${COMMAND} check <domain> [--edge fastly|cloudflare-proxy|cloudfront|sendgrid-auto-ssl] [options]
  ${COMMAND} check --config <tracking-domains.json> [options]
  ${COMMAND} sendgrid <links|entry <link-id>|validate <link-id>|audit> [options]
  ${COMMAND} monitor-report <report.json> <check-exit-status>
  ${COMMAND} <command> --help
  ${COMMAND} --version

Commands:
  init      Sets up this folder to deploy tracking domains from a tracking-domains.json:
            cdktf.json, a starter config, package scripts and CI workflows that call this
            package's; never overwrites a file.
  synth     Validates a tracking-domains.json and writes one Terraform stack per entry, like
            "cdktf synth" (the app of the cdktf.json that init writes).
  guard     Fails when a Terraform plan (terraform show -json) deletes or replaces a live
            tracking domain; run it on every plan before you apply that plan.
  check     Checks that a link-branded domain works through its edge (DNS, CAA, TLS, HTTPS,
            HTTP) before you ask SendGrid support to enable SSL click tracking.
  sendgrid  Reads your branded links from SendGrid's API (key from SENDGRID_API_KEY): lists
            them, prints a link's tracking-domains.json entry, validates its records, or
            audits whether the whole account is ready for SSL click tracking.
  monitor-report
            Turns a check --json report into a GitHub job summary and one monitor issue (gh).

Options:
  -h, --help  Print this help; after a command, that command's help ("help <command>" too).
  --version   Print the version.

Examples:
  npx --no-install ${COMMAND} init
  npx --no-install ${COMMAND} synth --config tracking-domains.json
  npx --no-install ${COMMAND} guard plan.json
  npx --no-install ${COMMAND} check url1234.example.com --edge fastly
`;

/** The package's version, from its package.json: one level above `cli/` in the sources, two above `dist/cli/`. */
export function version(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (manifest.name === COMMAND && manifest.version) return manifest.version;
    } catch {
      // no package.json here: look further up
    }
  }
  return "unknown";
}

/** The commands, in the order the help lists them. */
export const COMMANDS = ["init", "synth", "guard", "check", "sendgrid", "monitor-report"];

function usage(io: Io, message: string, command?: string): number {
  const help = command ? `${COMMAND} ${command} --help` : `${COMMAND} --help`;
  io.stderr(`${COMMAND}: ${message}\nRun "${help}" for the ${command ? "options" : "commands"}.\n`);
  return 2;
}

/** Runs the command line; returns the exit code. Never throws. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      return usage(io, `no command given; the commands are ${COMMANDS.join(", ")}`);
    case "-h":
    case "--help":
      io.stdout(HELP);
      return 0;
    case "help":
      // "help <command>" is "<command> --help".
      if (rest.length === 0) {
        io.stdout(HELP);
        return 0;
      }
      if (rest.length > 1 || !COMMANDS.includes(rest[0]))
        return usage(io, `help takes one command (${COMMANDS.join(", ")}), not "${rest.join(" ")}"`);
      return main([rest[0], "--help"], io);
    case "--version":
      io.stdout(`${version()}\n`);
      return 0;
    case "check":
      return runCheck(argv, io);
    case "guard": {
      // Loaded only here: the guard reads the constructs' markers, which load cdktf; check need not.
      const { runGuard } = await import("./guard");
      try {
        return runGuard(rest, io);
      } catch (error) {
        io.stderr(`${COMMAND}: unexpected error: ${(error as Error).message ?? String(error)}\n`);
        return 1;
      }
    }
    case "synth": {
      // Loaded only here, like the guard: synthesis loads cdktf and the constructs.
      const { runSynth } = await import("./synth");
      try {
        return await runSynth(rest, io);
      } catch (error) {
        io.stderr(`${COMMAND}: unexpected error: ${printable(String((error as Error)?.message ?? error))}\n`);
        return 1;
      }
    }
    case "init": {
      const { runInit } = await import("./init");
      return runInit(rest, io);
    }
    case "monitor-report": {
      // Loaded only here, like the guard.
      const { runMonitorReport } = await import("./monitor");
      return runMonitorReport(rest, { io, env: process.env });
    }
    case "sendgrid": {
      // Loaded only here, like the guard.
      const { runSendgrid } = await import("./sendgrid");
      return runSendgrid(rest, io);
    }
    default:
      return command.startsWith("-")
        ? usage(io, `unknown option "${command}"; give a command first (${COMMANDS.join(", ")})`)
        : usage(io, `unknown command "${command}"; the commands are ${COMMANDS.join(", ")}`);
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
