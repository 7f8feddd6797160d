/**
 * `monitor-report <report.json> <check-exit-status>`: what the monitor workflow does with a
 * `check --json` report. Writes the job summary ($GITHUB_STEP_SUMMARY, else stdout), and keeps
 * one GitHub issue, found by a hidden marker on its first line, in step with the run: opened or
 * updated while domains fail, told (not rewritten) when a run could not check, closed once every
 * domain passes. Issues go through `gh` (GH_TOKEN, GH_REPO). Never throws, never prints a stack.
 *
 * Exit codes: 0 every domain passes (warnings included), 1 a domain fails or `gh` failed,
 * 2 usage error, 3 could not check (check's own 3, or no report).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync } from "node:fs";
import { FileReadError, readRegularFile } from "../../constructs/read-file";
import { COMMAND } from "../io";
import type { Io } from "../io";
import { printable } from "../check/printable";
import {
  ISSUE_BODY_LIMIT,
  couldNotCheckBody,
  cut,
  failingIssueBody,
  issueTitle,
  readMarker,
  readReport,
  summaryMarkdown,
} from "./markdown";
import type { MonitorReport } from "./markdown";

/** The label on the monitor's issue; people may put it on theirs too, which the marker tells apart. */
export const MONITOR_LABEL = "tracking-domain-monitor";
/** 10,000 domains make a report of about 30 MB. */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024;
/** At most this many `::error::` annotations: GitHub shows only the first few of a step. */
const MAX_ANNOTATIONS = 10;

export const MONITOR_HELP = `Usage:
  ${COMMAND} monitor-report <report.json> <check-exit-status>

Reads a "check --json" report and check's exit status, writes a job summary (to
$GITHUB_STEP_SUMMARY, else stdout), and keeps one GitHub issue in step through gh
(GH_TOKEN, GH_REPO): opened or updated while a domain fails, commented when a run could not
check, closed once every domain passes. Only the issue whose first line is the monitor's hidden
marker is ever edited or closed, even if others carry the ${MONITOR_LABEL} label.

Exit codes: 0 every domain passes (warnings included), 1 a domain fails or gh failed, 2 a usage
error, 3 check could not check (its exit status 3, or no report).
`;

/** Where the command runs: its output, environment and clock. Tests pass their own. */
export interface MonitorContext {
  io: Io;
  env: NodeJS.ProcessEnv;
}

class GhError extends Error {}

function gh(context: MonitorContext, args: string[], input?: string): string {
  try {
    return execFileSync(context.env.GH || "gh", args, {
      encoding: "utf8",
      input: input ?? "",
      env: context.env,
      stdio: ["pipe", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    });
  } catch (error) {
    const { stderr, code, status } = error as { stderr?: unknown; code?: unknown; status?: unknown };
    const said = typeof stderr === "string" && stderr.trim() ? stderr.trim().split("\n")[0] : "";
    const why = code === "ENOENT" ? "gh is not installed or not on PATH" : said || `exit status ${String(status ?? code ?? "unknown")}`;
    throw new GhError(`gh ${args.slice(0, 2).join(" ")} failed: ${cut(why, 300)}`);
  }
}

/** A GitHub workflow command's message: escaped as GitHub asks, so that it cannot start another. */
function annotation(text: string): string {
  return printable(text).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function runUrl(env: NodeJS.ProcessEnv): string {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
  return GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID
    ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`
    : "";
}

function writeSummary(context: MonitorContext, text: string): void {
  const file = context.env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, text);
  else context.io.stdout(text);
}

interface OpenIssue {
  number: number;
  body: string;
}

/** The monitor's own open issue, if any: labelled, and its first line is the marker. */
function ownIssue(context: MonitorContext): (OpenIssue & { state: string; failing: string }) | undefined {
  const text = gh(context, ["issue", "list", "--label", MONITOR_LABEL, "--state", "open", "--json", "number,body", "--limit", "100"]);
  let listed: unknown;
  try {
    listed = JSON.parse(text || "[]");
  } catch {
    throw new GhError("gh issue list printed something that is not JSON");
  }
  const own = (Array.isArray(listed) ? listed : [])
    .flatMap((issue: { number?: unknown; body?: unknown }) => {
      const marker = readMarker(issue?.body);
      return marker && Number.isInteger(issue.number) ? [{ number: issue.number as number, body: String(issue.body), ...marker }] : [];
    })
    .sort((a, b) => a.number - b.number);
  return own[0];
}

function failingDigest(report: MonitorReport): string {
  const names = report.domains.filter((domain) => domain.status === "fail").map((domain) => domain.domain);
  return createHash("sha256").update(names.sort().join("\n")).digest("hex").slice(0, 16);
}

/** A body GitHub accepts, whatever went wrong in the budget. */
function bounded(body: string): string {
  return body.length < ISSUE_BODY_LIMIT ? body : `${body.slice(0, ISSUE_BODY_LIMIT - 200)}\n\n… (cut to GitHub's limit)\n`;
}

/** Opens, updates, comments on or closes the monitor's issue; returns what it did, for the log. */
export function syncIssue(context: MonitorContext, report: MonitorReport): string {
  const url = runUrl(context.env);
  const run = url ? ` Run: ${url}` : "";
  const issue = ownIssue(context);
  if (report.status === "pass" || report.status === "warn") {
    if (!issue) return "no open issue";
    gh(context, ["issue", "close", String(issue.number), "--comment", `Every tracking domain passes again.${run}`]);
    return `closed #${issue.number}`;
  }
  const title = issueTitle(report);
  if (report.status === "could-not-check") {
    // The last known failures stay as they were: this run says nothing about the domains.
    if (issue && issue.state !== "could-not-check") {
      gh(
        context,
        ["issue", "comment", String(issue.number), "--body-file", "-"],
        `This run could not check the domains (the runner's resolver or network was down), so the list above is from an earlier run.${run}\n`,
      );
      return `commented on #${issue.number}`;
    }
    const body = bounded(couldNotCheckBody(report, url));
    if (issue) {
      gh(context, ["issue", "edit", String(issue.number), "--title", title, "--body-file", "-"], body);
      return `updated #${issue.number}`;
    }
    return open(context, title, body);
  }
  const digest = failingDigest(report);
  const body = bounded(failingIssueBody(report, digest, url));
  if (!issue) return open(context, title, body);
  gh(context, ["issue", "edit", String(issue.number), "--title", title, "--body-file", "-"], body);
  // An edit notifies nobody; a comment does, once, when the failing domains change.
  if (issue.state !== "failing" || issue.failing !== digest) {
    const failing = report.domains.filter((domain) => domain.status === "fail").length;
    gh(
      context,
      ["issue", "comment", String(issue.number), "--body-file", "-"],
      `Now ${failing} failing: see the updated list above.${run}\n`,
    );
  }
  return `updated #${issue.number}`;
}

function open(context: MonitorContext, title: string, body: string): string {
  // The label must exist before an issue can carry it. Without --force (which would recolour and
  // redescribe the team's label), gh fails when it exists: the usual case, so that failure is
  // ignored; any other reason makes the issue create below fail and say why.
  try {
    gh(context, ["label", "create", MONITOR_LABEL, "--color", "B60205", "--description", "Opened by the tracking domain monitor"]);
  } catch (error) {
    if (!(error instanceof GhError)) throw error;
  }
  gh(context, ["issue", "create", "--title", title, "--label", MONITOR_LABEL, "--body-file", "-"], body);
  return "opened an issue";
}

function readReportFile(file: string): MonitorReport {
  let text: string;
  try {
    text = readRegularFile(file, MAX_REPORT_BYTES);
  } catch (error) {
    throw new Error(error instanceof FileReadError ? error.message : String((error as Error)?.message ?? error));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error("it is not JSON");
  }
  return readReport(json);
}

/** Runs the command; returns its exit code. Never throws. */
export function runMonitorReport(args: readonly string[], context: MonitorContext): number {
  const { io } = context;
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(MONITOR_HELP);
    return 0;
  }
  const [file, status, ...extra] = args;
  if (file === undefined || status === undefined || extra.length > 0 || !/^\d{1,3}$/.test(status) || Number(status) > 255) {
    io.stderr(
      `${COMMAND}: monitor-report takes a report file and check's exit status (0 to 255), e.g. monitor-report check-report.json "$status"\nRun "${COMMAND} monitor-report --help" for more.\n`,
    );
    return 2;
  }
  let report: MonitorReport;
  try {
    report = readReportFile(file);
  } catch (error) {
    // check printed no report (exit 2: usage or config; 3: could not check): its error is in the log above.
    io.stdout(`::error::check did not produce a report (exit status ${status}): ${annotation(cut((error as Error).message, 300))}\n`);
    writeSummary(
      context,
      `### Tracking domains: not checked\n\ncheck exited with status ${status} and printed no report; its error is in the log.\n`,
    );
    return status === "2" ? 1 : 3;
  }
  if (status === "3" && report.status !== "could-not-check")
    report = { ...report, status: "could-not-check", runner: report.runner ?? "check exited with status 3" };
  try {
    writeSummary(context, summaryMarkdown(report, runUrl(context.env)));
  } catch (error) {
    io.stdout(`::warning::the job summary could not be written: ${annotation(cut((error as Error)?.message, 300))}\n`);
  }
  const failing = report.domains.filter((domain) => domain.status === "fail");
  for (const domain of failing.slice(0, MAX_ANNOTATIONS)) {
    const checks = domain.checks.filter((check) => check.status === "fail").map((check) => check.name);
    io.stdout(`::error::${annotation(`${domain.domain} fails: ${checks.join(", ")}`)}\n`);
  }
  if (failing.length > MAX_ANNOTATIONS) io.stdout(`::error::${failing.length - MAX_ANNOTATIONS} more domains fail: see the job summary\n`);
  if (report.status === "could-not-check") io.stdout(`::error::${annotation(`could not check: ${report.runner ?? ""}`)}\n`);
  let ghFailed = false;
  try {
    io.stdout(`issue: ${syncIssue(context, report)}\n`);
  } catch (error) {
    ghFailed = true;
    const message =
      error instanceof GhError ? error.message : `the issue could not be updated: ${String((error as Error)?.message ?? error)}`;
    io.stdout(`::error::${annotation(message)}\n`);
  }
  if (report.status === "could-not-check") return 3;
  return ghFailed || report.status === "fail" || status !== "0" ? 1 : 0;
}
