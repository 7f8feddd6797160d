/**
 * The monitor's Markdown: the job summary and the issue body, built from a `check --json` report.
 *
 * Most of the report comes from the network (DNS names of a CNAME chain, certificate names,
 * HTTP headers), so a dangling or hijacked record could write into it. Every such field is cut to
 * a sane length, made printable, and set as a code span, where GitHub renders no link, no
 * mention, no issue reference and no HTML. Bodies stay under GitHub's limits, worst cases first.
 */
import { printable } from "../check/printable";
import { countStatuses } from "../check/report";
import type { StatusCounts } from "../check/report";

/** GitHub refuses an issue or comment body longer than this. */
export const ISSUE_BODY_LIMIT = 65_536;
/** The body is built to this, leaving room for the last lines. */
export const ISSUE_BODY_BUDGET = 60_000;
/** GitHub drops a step summary over 1 MiB. */
export const SUMMARY_BUDGET = 900_000;

/** How long each field of the report may be in the monitor's output. */
export const FIELD_LIMITS = { domain: 253, edge: 32, checkName: 32, status: 16, message: 500 } as const;

export type MonitorStatus = "pass" | "warn" | "fail";

export interface MonitorCheck {
  name: string;
  status: MonitorStatus;
  message: string;
}

export interface MonitorDomain {
  domain: string;
  edge?: string;
  status: MonitorStatus;
  checks: MonitorCheck[];
  daysLeft?: number;
}

/** A report as the monitor reads it: every field cut and printable, whatever the file held. */
export interface MonitorReport {
  status: MonitorStatus | "could-not-check";
  /** Why the runner could not check, when it could not. */
  runner?: string;
  domains: MonitorDomain[];
}

/** Printable, on one line, at most `max` characters. */
export function cut(value: unknown, max: number): string {
  const text = printable(typeof value === "string" ? value : String(value ?? ""))
    .replace(/\s+/g, " ")
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * `text` as a code span: GitHub renders what is inside literally. In a table cell a pipe still
 * ends the cell, even inside code, unless escaped.
 */
export function code(text: string, inTable = false): string {
  if (text.length === 0) return "–";
  const safe = inTable ? text.replace(/\|/g, "\\|") : text;
  const longest = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = safe.startsWith("`") || safe.endsWith("`") ? " " : "";
  return `${fence}${pad}${safe}${pad}${fence}`;
}

const STATUSES: readonly MonitorStatus[] = ["pass", "warn", "fail"];
const statusOf = (value: unknown): MonitorStatus => (STATUSES.includes(value as MonitorStatus) ? (value as MonitorStatus) : "fail");

/** Reads what a report holds, leniently: an unknown status counts as fail, a missing field as empty. */
export function readReport(json: unknown): MonitorReport {
  const root = (typeof json === "object" && json !== null ? json : {}) as Record<string, unknown>;
  if (!Array.isArray(root.domains)) throw new Error("it holds no domains");
  const domains = root.domains.map((entry): MonitorDomain => {
    const item = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
    const checks = (Array.isArray(item.checks) ? item.checks : []).map((check): MonitorCheck => {
      const fields = (typeof check === "object" && check !== null ? check : {}) as Record<string, unknown>;
      return {
        name: cut(fields.name, FIELD_LIMITS.checkName),
        status: statusOf(fields.status),
        message: cut(fields.message, FIELD_LIMITS.message),
      };
    });
    const certificate = item.certificate as { daysLeft?: unknown } | undefined;
    const daysLeft = typeof certificate?.daysLeft === "number" && Number.isInteger(certificate.daysLeft) ? certificate.daysLeft : undefined;
    return {
      domain: cut(item.domain, FIELD_LIMITS.domain),
      ...(item.edge !== undefined ? { edge: cut(item.edge, FIELD_LIMITS.edge) } : {}),
      status: statusOf(item.status),
      checks,
      ...(daysLeft !== undefined ? { daysLeft } : {}),
    };
  });
  const runner = root.runner as { status?: unknown; message?: unknown } | undefined;
  const couldNotCheck = root.status === "could-not-check" || runner?.status === "fail";
  return {
    status: couldNotCheck ? "could-not-check" : statusOf(root.status),
    ...(couldNotCheck ? { runner: cut(runner?.message ?? "the runner could not check", FIELD_LIMITS.message) } : {}),
    domains,
  };
}

const RANK: Record<MonitorStatus, number> = { fail: 0, warn: 1, pass: 2 };

/** Worst first: failing before warning before passing, then more failed checks, then fewer days left. */
export function worstFirst(domains: readonly MonitorDomain[]): MonitorDomain[] {
  const failed = (domain: MonitorDomain) => domain.checks.filter((check) => check.status === "fail").length;
  return [...domains].sort(
    (a, b) =>
      RANK[a.status] - RANK[b.status] ||
      failed(b) - failed(a) ||
      (a.daysLeft ?? -Infinity) - (b.daysLeft ?? -Infinity) ||
      (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0),
  );
}

export function countsOf(report: MonitorReport): StatusCounts {
  return countStatuses(report.domains);
}

/** `DNS 12, TLS 80, Drift 3`: how often each check failed, most first. */
export function failedChecks(domains: readonly MonitorDomain[]): string {
  const tally = new Map<string, number>();
  for (const domain of domains)
    for (const check of domain.checks) if (check.status === "fail") tally.set(check.name, (tally.get(check.name) ?? 0) + 1);
  return [...tally]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([name, count]) => `${code(name)} ${count}`)
    .join(", ");
}

/** Lines appended while they fit `budget` characters; returns how many were left out. */
function appendWithin(lines: string[], more: readonly string[], budget: number): number {
  let size = lines.reduce((total, line) => total + line.length + 1, 0);
  for (let index = 0; index < more.length; index++) {
    if (size + more[index].length + 1 > budget) return more.length - index;
    lines.push(more[index]);
    size += more[index].length + 1;
  }
  return 0;
}

const ICONS: Record<MonitorStatus, string> = { pass: "✅ pass", warn: "⚠️ warn", fail: "❌ fail" };

function daysLeft(domain: MonitorDomain): string {
  return domain.daysLeft === undefined ? "–" : String(domain.daysLeft);
}

/** The check names of all domains, in the order check prints them (bounded: a report could invent many). */
function checkNames(domains: readonly MonitorDomain[]): string[] {
  const names: string[] = [];
  for (const domain of domains)
    for (const check of domain.checks) if (!names.includes(check.name) && names.length < 12) names.push(check.name);
  return names;
}

function countLine(counts: StatusCounts): string {
  return `${counts.domains} domain${counts.domains === 1 ? "" : "s"}: ${counts.fail} fail, ${counts.warn} warn, ${counts.pass} pass.`;
}

/** The job summary: counts, a table worst first, and the failing and warning lines, within 1 MiB. */
export function summaryMarkdown(report: MonitorReport, runUrl: string): string {
  const counts = countsOf(report);
  const title = report.status === "could-not-check" ? "could not check" : report.status === "fail" ? "failing" : "all working";
  const lines = [`### Tracking domains: ${title}`, ""];
  if (report.runner) lines.push(`The runner could not check: ${code(report.runner)}. This says nothing about the domains.`, "");
  // A runner that could not check before the run has no domain results: "0 domains" would read as an empty config.
  lines.push(report.runner && report.domains.length === 0 ? "No domain was checked." : countLine(counts));
  const failed = failedChecks(report.domains);
  if (failed) lines.push(`Failed checks: ${failed}.`);
  lines.push("");
  const sorted = worstFirst(report.domains);
  const names = checkNames(sorted);
  if (sorted.length > 0) {
    lines.push(`| Domain | Edge | ${names.map((name) => code(name, true)).join(" | ")} | Days left |`);
    lines.push(`| --- | --- | ${names.map(() => "---").join(" | ")} | ---: |`);
  }
  // The table gets most of the budget; the detail lines what is left.
  const rows = sorted.map((domain) => {
    const cells = names.map((name) => {
      const check = domain.checks.find((candidate) => candidate.name === name);
      return check ? ICONS[check.status] : "–";
    });
    return `| ${code(domain.domain, true)} | ${code(domain.edge ?? "", true)} | ${cells.join(" | ")} | ${daysLeft(domain)} |`;
  });
  const rowsLeft = appendWithin(lines, rows, SUMMARY_BUDGET * 0.6);
  if (rowsLeft > 0) lines.push("", `… and ${rowsLeft} more domains (the best ones) not shown; the JSON report has every one.`);
  const details = sorted.flatMap((domain) =>
    domain.checks
      .filter((check) => check.status !== "pass")
      .map((check) => `- ${code(domain.domain)} ${code(check.name)} (${check.status}): ${code(check.message)}`),
  );
  if (details.length > 0) {
    lines.push("");
    const detailsLeft = appendWithin(lines, details, SUMMARY_BUDGET);
    if (detailsLeft > 0) lines.push(`- … and ${detailsLeft} more lines not shown.`);
  }
  if (runUrl) lines.push("", `Run: ${runUrl}`);
  return `${lines.join("\n")}\n`;
}

/** The hidden first line of the monitor's own issue; nothing else is ever edited or closed. */
export const ISSUE_MARKER = "<!-- cdktf-ssl-tracking-domain:monitor-issue";

export type IssueState = "failing" | "could-not-check";

/** The marker line: the issue's state and a digest of the failing domains, to tell a new failure from an old one. */
export function markerLine(state: IssueState, failingDigest: string): string {
  return `${ISSUE_MARKER} state=${state} failing=${failingDigest} -->`;
}

/** What an issue's marker says, or undefined when the issue is not the monitor's. */
export function readMarker(body: unknown): { state: string; failing: string } | undefined {
  const first = String(body ?? "").split("\n", 1)[0];
  const match = /^<!-- cdktf-ssl-tracking-domain:monitor-issue state=([a-z-]+) failing=([0-9a-f]*) -->\s*$/.exec(first);
  return match ? { state: match[1], failing: match[2] } : undefined;
}

/** The body of the issue for failing domains: counts, then each domain worst first while it fits. */
export function failingIssueBody(report: MonitorReport, digest: string, runUrl: string): string {
  const counts = countsOf(report);
  const failing = worstFirst(report.domains.filter((domain) => domain.status === "fail"));
  const lines = [
    markerLine("failing", digest),
    `The tracking domain monitor found **${counts.fail} of ${counts.domains} domains failing** (${counts.warn} warn, ${counts.pass} pass). Links in mail already sent go through these domains: fix them soon.`,
    "",
    `Failed checks: ${failedChecks(failing)}.`,
    "",
    "Worst first:",
    "",
  ];
  const blocks = failing.map((domain) => {
    const problems = domain.checks
      .filter((check) => check.status !== "pass")
      .map((check) => `  - ${code(check.name)} (${check.status}): ${code(check.message)}`);
    return [
      `- ${code(domain.domain)} (edge ${code(domain.edge ?? "not recognised")}, certificate days left: ${daysLeft(domain)})`,
      ...problems,
    ].join("\n");
  });
  const left = appendWithin(lines, blocks, ISSUE_BODY_BUDGET);
  if (left > 0) lines.push(`- … and ${left} more failing domains: see the run's job summary or its JSON report.`);
  lines.push(
    "",
    `Run: ${runUrl || "(not in GitHub Actions)"}`,
    "",
    "The monitor updates this issue on each run and closes it when every domain passes again. It only ever edits the issue that starts with its hidden marker.",
  );
  return `${lines.join("\n")}\n`;
}

/** The body of the issue when the runner could not check: not a domain failure. */
export function couldNotCheckBody(report: MonitorReport, runUrl: string): string {
  return [
    markerLine("could-not-check", ""),
    "The tracking domain monitor **could not check** the domains: the runner's resolver or network was down, so this run says nothing about them.",
    "",
    `Why: ${code(report.runner ?? "the runner could not check")}`,
    "",
    `Run: ${runUrl || "(not in GitHub Actions)"}`,
    "",
    "If the next run can check, this issue becomes the list of failing domains, or is closed when every domain passes.",
    "",
  ].join("\n");
}

/** GitHub refuses an issue title longer than this. */
export const ISSUE_TITLE_LIMIT = 256;

/** The issue title: counts only, and the first domain names as the config spells them, within GitHub's limit. */
export function issueTitle(report: MonitorReport): string {
  if (report.status === "could-not-check") return "Tracking domains could not be checked (the monitor's DNS or network was down)";
  const counts = countsOf(report);
  const names = worstFirst(report.domains.filter((domain) => domain.status === "fail")).map((domain) =>
    domain.domain.replace(/[^a-z0-9.-]/gi, ""),
  );
  const head = `Tracking domain${counts.fail === 1 ? "" : "s"} failing (${counts.fail} of ${counts.domains}): `;
  // Up to three names, as many as fit: a name is never cut, since a cut name is another name.
  for (let shown = Math.min(3, names.length); shown > 0; shown--) {
    const rest = names.length - shown;
    const title = `${head}${names.slice(0, shown).join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`;
    if (title.length <= ISSUE_TITLE_LIMIT) return title;
  }
  return `${head}${names.length} domain${names.length === 1 ? "" : "s"}, named in the issue`;
}
