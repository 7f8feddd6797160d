/**
 * What `check` prints: the per-domain progress on stderr, the human report with its summary and
 * verdict, and the JSON document a monitor reads. Every verdict and summary stays a few lines
 * long whatever the number of domains: 10,000 domains must not make a 1 MB sentence.
 */
import type { EdgeKind } from "../../constructs/tracking-edge";
import { COMMAND } from "../io";
import { countStatuses, formatEndpoint } from "./report";
import type { DomainReport, Report, Status, StatusCounts } from "./report";
import type { RunnerCheck } from "./runner";
import type { DnsServer } from "./dns-client";

const EDGE_TITLES: Record<EdgeKind, string> = {
  fastly: "Fastly",
  "cloudflare-proxy": "Cloudflare proxy",
  cloudfront: "CloudFront",
  "sendgrid-auto-ssl": "SendGrid Auto SSL",
};

/** A verdict names at most this many domains, then counts the rest. */
export const VERDICT_DOMAINS = 5;

/** The exit codes of `check`, as the monitor and CI read them. */
export const EXIT = { pass: 0, fail: 1, usage: 2, couldNotCheck: 3 } as const;

/** The counts of a run: each domain's status, and those never checked because the runner could not. */
export interface RunCounts extends StatusCounts {
  /** Domains not checked: the runner's resolver or network was down before the run. */
  notChecked: number;
}

/** The whole outcome of `check`: the domains' report and whether the runner could judge them. */
export interface CheckRun {
  report: Report;
  /** How many domains were asked for (all of them are in `report` unless the runner was down first). */
  total: number;
  runner: RunnerCheck;
  via?: string;
  resolver?: DnsServer;
}

/** `could-not-check` when the runner was down: the domains' results then say nothing about them. */
export type RunStatus = Status | "could-not-check";

export function runStatus(run: CheckRun): RunStatus {
  return run.runner.status === "fail" ? "could-not-check" : run.report.status;
}

export function exitCode(run: CheckRun): number {
  const status = runStatus(run);
  return status === "could-not-check" ? EXIT.couldNotCheck : status === "fail" ? EXIT.fail : EXIT.pass;
}

export function runCounts(run: CheckRun): RunCounts {
  const counts = countStatuses(run.report.domains);
  return { ...counts, domains: run.total, notChecked: run.total - counts.domains };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** `a, b, c` or `a, b, c, d, e and 7 more`. */
function someOf(names: readonly string[], noun: string): string {
  if (names.length <= VERDICT_DOMAINS) return names.join(", ");
  return `${names.slice(0, VERDICT_DOMAINS).join(", ")} and ${names.length - VERDICT_DOMAINS} more ${noun}`;
}

/** The verdict: what the run means for the user's next step, in one bounded sentence. */
export function verdict(run: CheckRun): string {
  const { report, via } = run;
  if (run.runner.status === "fail") {
    return `COULD NOT CHECK: ${run.runner.message}. The results say nothing about the domains: fix the runner's DNS or network (or pass --resolver) and check again.`;
  }
  const all = report.domains.flatMap((domain) => domain.checks);
  const count = (status: Status) => all.filter((check) => check.status === status).length;
  const domains = report.domains.map((domain) => domain.domain);
  const names = domains.length <= VERDICT_DOMAINS ? domains.join(", ") : `the ${domains.length} domains checked`;
  if (report.status === "fail") {
    const failing = report.domains.filter((domain) => domain.status === "fail");
    const listed = failing.map(
      (domain) =>
        `${domain.domain}: ${domain.checks
          .filter((check) => check.status === "fail")
          .map((check) => check.name)
          .join(", ")}`,
    );
    const shown =
      listed.length <= VERDICT_DOMAINS
        ? listed.join("; ")
        : `${listed.slice(0, VERDICT_DOMAINS).join("; ")}; and ${listed.length - VERDICT_DOMAINS} more failing domains`;
    const of = report.domains.length > 1 ? ` in ${failing.length} of ${plural(report.domains.length, "domain")}` : "";
    return `FAIL. ${plural(count("fail"), "check")} failed${of} (${shown}); fix ${count("fail") === 1 ? "it" : "them"} and check again before contacting SendGrid.`;
  }
  const warnings = count("warn") > 0 ? ` with ${plural(count("warn"), "warning")} (read ${count("warn") === 1 ? "it" : "them"} first)` : "";
  if (via) {
    return `PASS${warnings}. The edge at ${via} works for ${names}; move the DNS record to it, then check again without --via before contacting SendGrid.`;
  }
  if (report.domains.every((domain) => domain.edge === "sendgrid-auto-ssl")) {
    return `PASS${warnings}. SendGrid serves HTTPS for ${names} itself; if its link branding is not verified yet, run "${COMMAND} sendgrid validate <link-id>".`;
  }
  // SendGrid's switch is per account: one link that passes says nothing of the account's others.
  return `PASS${warnings}. HTTPS works for ${names}. SendGrid turns SSL click tracking on for a whole account: run "${COMMAND} sendgrid audit" before asking its support.`;
}

/** `Summary: 30 domains: 25 pass, 2 warn, 3 fail.` */
export function summaryLine(run: CheckRun): string {
  const counts = runCounts(run);
  const parts = [
    `${counts.pass} pass`,
    `${counts.warn} warn`,
    `${counts.fail} fail`,
    ...(counts.notChecked > 0 ? [`${counts.notChecked} not checked`] : []),
  ];
  const worst = run.report.domains.filter((domain) => domain.status === "fail").map((domain) => domain.domain);
  const failing = worst.length > 0 ? ` Failing: ${someOf(worst, "domains")}.` : "";
  return `Summary: ${plural(counts.domains, "domain")}: ${parts.join(", ")}.${failing}`;
}

function formatDomain(domain: DomainReport, compact: boolean): string {
  const edge = domain.edge ? EDGE_TITLES[domain.edge] : "not recognised";
  const via = domain.via ? `, via ${domain.via}` : "";
  const title = `${domain.domain} (edge: ${edge}${via})`;
  // Among many domains, one that passes every check needs one line; what needs reading stays in full.
  if (compact && domain.status === "pass") return `${title}: PASS (${domain.checks.map((check) => check.name).join(", ")})`;
  const width = Math.max(...domain.checks.map((check) => check.name.length));
  const lines = domain.checks.map((check) => `  ${check.status.toUpperCase().padEnd(4)}  ${check.name.padEnd(width)}  ${check.message}`);
  return [title, ...lines].join("\n");
}

export function formatReport(run: CheckRun): string {
  const compact = run.report.domains.length > 1;
  const domains = run.report.domains.map((domain) => formatDomain(domain, compact));
  const runner = run.runner.status === "fail" ? [`Runner: ${run.runner.message}`] : [];
  const blocks = [...domains, [...runner, summaryLine(run), `Verdict: ${verdict(run)}`].join("\n")];
  return `${blocks.join("\n\n")}\n`;
}

/** The JSON document of `check --json`; check-report.schema.json describes it. */
export function checkDocument(run: CheckRun) {
  const resolver = run.resolver ? formatEndpoint(run.resolver.address, run.resolver.port) : undefined;
  return {
    status: runStatus(run),
    verdict: verdict(run),
    ...(resolver ? { resolver } : {}),
    runner: run.runner,
    counts: runCounts(run),
    domains: run.report.domains,
  };
}

export function formatJson(run: CheckRun): string {
  return `${JSON.stringify(checkDocument(run), null, 2)}\n`;
}

/** One line on stderr as each domain ends: `[  12/300] FAIL url1.example.com: DNS, TLS`. */
export function progressLine(domain: DomainReport, done: number, total: number): string {
  const width = String(total).length;
  const failed = domain.checks.filter((check) => check.status === domain.status && domain.status !== "pass").map((check) => check.name);
  return `[${String(done).padStart(width)}/${total}] ${domain.status.toUpperCase().padEnd(4)} ${domain.domain}${failed.length > 0 ? `: ${failed.join(", ")}` : ""}\n`;
}
