#!/usr/bin/env node
/**
 * The monitor workflow's report (.github/workflows/monitor.yml), as a script that tests can run:
 *
 *   node scripts/monitor-report.js <check-report.json> <check's exit code>
 *
 * Writes a job summary table (domain, edge, each check, days left) to $GITHUB_STEP_SUMMARY; when a
 * domain fails, opens one GitHub issue listing the failing domains, or updates the open one (found
 * by its label), and closes it once every domain passes again. Issues go through `gh`, which reads
 * GH_TOKEN (the workflow's own token) and GH_REPO. Exits 1 when a domain failed or `check` could
 * not run, so that the run fails too.
 */
const { execFileSync } = require("node:child_process");
const { appendFileSync, readFileSync } = require("node:fs");

/** The label that marks the monitor's issue; the one open issue with it is updated, not duplicated. */
const LABEL = "tracking-domain-monitor";
/** A hidden line in the issue body with the failing domains, to tell a new failure from an old one. */
const MARKER = "<!-- tracking-domain-monitor failing:";

const ICONS = { pass: "✅ pass", warn: "⚠️ warn", fail: "❌ fail" };

/** Text from DNS, certificates and the config, safe inside a Markdown table cell. */
function cell(text) {
  return String(text)
    .replace(/[\r\n]+/g, " ")
    .replace(/\|/g, "\\|")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** The check names of all domains, in the order `check` prints them. */
function checkNames(report) {
  const names = [];
  for (const domain of report.domains) for (const check of domain.checks) if (!names.includes(check.name)) names.push(check.name);
  return names;
}

function daysLeft(domain) {
  return domain.certificate ? String(domain.certificate.daysLeft) : "–";
}

/** The job summary: one row per domain, then what failed or warned. */
function summary(report, runUrl) {
  const names = checkNames(report);
  const lines = [
    `### Tracking domains: ${report.status === "fail" ? "failing" : "all working"}`,
    "",
    `| Domain | Edge | ${names.join(" | ")} | Days left |`,
    `| --- | --- | ${names.map(() => "---").join(" | ")} | ---: |`,
  ];
  for (const domain of report.domains) {
    const statuses = names.map((name) => {
      const check = domain.checks.find((candidate) => candidate.name === name);
      return check ? ICONS[check.status] || cell(check.status) : "–";
    });
    lines.push(`| ${cell(domain.domain)} | ${cell(domain.edge || "–")} | ${statuses.join(" | ")} | ${daysLeft(domain)} |`);
  }
  const problems = report.domains.flatMap((domain) =>
    domain.checks
      .filter((check) => check.status !== "pass")
      .map((check) => `- **${cell(domain.domain)}** ${cell(check.name)} (${check.status}): ${cell(check.message)}`),
  );
  if (problems.length > 0) lines.push("", ...problems);
  if (runUrl) lines.push("", `Run: ${runUrl}`);
  return `${lines.join("\n")}\n`;
}

function failingDomains(report) {
  return report.domains.filter((domain) => domain.status === "fail");
}

function issueTitle(failing) {
  const names = failing.map((domain) => domain.domain);
  const shown = names.length > 3 ? `${names.slice(0, 3).join(", ")} and ${names.length - 3} more` : names.join(", ");
  return `Tracking domain${names.length === 1 ? "" : "s"} failing: ${shown}`;
}

function issueBody(report, failing, runUrl) {
  const lines = [
    `${MARKER} ${failing.map((domain) => domain.domain).join(",")} -->`,
    `The daily check of the tracking domains found ${failing.length} failing domain${failing.length === 1 ? "" : "s"}. Links in mail already sent go through these domains: fix them soon.`,
    "",
  ];
  for (const domain of failing) {
    lines.push(
      `#### ${cell(domain.domain)} (edge: ${cell(domain.edge || "not recognised")}, certificate days left: ${daysLeft(domain)})`,
      "",
    );
    for (const check of domain.checks.filter((candidate) => candidate.status !== "pass")) {
      lines.push(`- ${cell(check.name)} (${check.status}): ${cell(check.message)}`);
    }
    lines.push("");
  }
  lines.push(
    `Run: ${runUrl || "(not in GitHub Actions)"}`,
    "",
    "This issue is updated by each run of the monitor workflow and closed when every domain passes again.",
  );
  return `${lines.join("\n")}\n`;
}

/** The failing domains an earlier run wrote into the issue body. */
function recordedFailing(body) {
  const line = String(body || "")
    .split("\n")
    .find((candidate) => candidate.startsWith(MARKER));
  if (!line) return undefined;
  return line
    .slice(MARKER.length)
    .replace(/-->\s*$/, "")
    .trim();
}

function gh(args, input) {
  return execFileSync(process.env.GH || "gh", args, {
    encoding: "utf8",
    input: input === undefined ? "" : input,
    stdio: ["pipe", "pipe", "inherit"],
  });
}

function openIssues() {
  const listed = JSON.parse(gh(["issue", "list", "--label", LABEL, "--state", "open", "--json", "number,body", "--limit", "20"]) || "[]");
  return listed.sort((a, b) => a.number - b.number);
}

/** Opens, updates or closes the monitor's issue; returns what it did, for the log. */
function syncIssue(report, runUrl) {
  const failing = failingDomains(report);
  const open = openIssues();
  if (failing.length === 0) {
    for (const issue of open) {
      gh(["issue", "close", String(issue.number), "--comment", `Every tracking domain passes again.${runUrl ? ` Run: ${runUrl}` : ""}`]);
    }
    return open.length > 0 ? `closed #${open.map((issue) => issue.number).join(", #")}` : "no open issue";
  }
  const title = issueTitle(failing);
  const body = issueBody(report, failing, runUrl);
  if (open.length === 0) {
    // The label must exist before an issue can carry it; --force leaves an existing one as it is.
    gh(["label", "create", LABEL, "--color", "B60205", "--description", "Opened by the tracking domain monitor", "--force"]);
    gh(["issue", "create", "--title", title, "--label", LABEL, "--body-file", "-"], body);
    return "opened an issue";
  }
  const [issue] = open;
  const number = String(issue.number);
  const before = recordedFailing(issue.body);
  gh(["issue", "edit", number, "--title", title, "--body-file", "-"], body);
  const now = failing.map((domain) => domain.domain).join(",");
  // An edit notifies nobody; a comment does, once, when the set of failing domains changes.
  if (before !== now)
    gh([
      "issue",
      "comment",
      number,
      "--body",
      `Now failing: ${failing.map((domain) => domain.domain).join(", ")}.${runUrl ? ` Run: ${runUrl}` : ""}`,
    ]);
  return `updated #${number}`;
}

function runUrl() {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env;
  return GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID
    ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`
    : "";
}

function writeSummary(text) {
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, text);
  else process.stdout.write(text);
}

function main(argv) {
  const [file, exitCode] = argv;
  if (!file || exitCode === undefined) {
    console.error("usage: node scripts/monitor-report.js <check-report.json> <check's exit code>");
    return 2;
  }
  let report;
  try {
    report = JSON.parse(readFileSync(file, "utf8"));
    if (!report || !Array.isArray(report.domains)) throw new Error("it holds no domains");
  } catch (error) {
    report = undefined;
    // Exit code 2 is a usage or config error: check printed why on stderr, in the log above.
    console.log(`::error::check did not produce a report (exit code ${exitCode}): ${error.message}`);
    writeSummary(
      `### Tracking domains: not checked\n\ncheck exited with code ${exitCode} and printed no report; its error is in the log.\n`,
    );
    return 1;
  }
  writeSummary(summary(report, runUrl()));
  for (const domain of failingDomains(report)) {
    const checks = domain.checks.filter((check) => check.status === "fail").map((check) => check.name);
    console.log(`::error::${domain.domain} fails: ${checks.join(", ")}`);
  }
  console.log(`issue: ${syncIssue(report, runUrl())}`);
  return report.status === "fail" || exitCode !== "0" ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { LABEL, MARKER, summary, issueTitle, issueBody, recordedFailing };
