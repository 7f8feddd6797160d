/**
 * monitor-report against a stand-in `gh` on PATH: the one issue it keeps, safe whatever the
 * network wrote into the report, and under GitHub's limits in a mass outage.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportSchema } from "../../../cli/check/report-schema";
import { runMonitorReport } from "../../../cli/monitor";
import { ISSUE_BODY_LIMIT } from "../../../cli/monitor/markdown";

const ROOT = join(__dirname, "..", "..", "..");

/** The runner's gh: records each call and each body it reads; refuses a body over GitHub's limit, as GitHub does. */
const GH = `#!/usr/bin/env bash
echo "gh $*" >> "$CALLS"
if [[ -n "\${GH_FAIL:-}" && "$1 $2" == "$GH_FAIL" ]]; then echo "HTTP 502: Bad Gateway (https://api.github.com/graphql)" >&2; exit 1; fi
if [[ " $* " == *" --body-file - "* ]]; then
  n=$(ls "$CALLS".body.* 2>/dev/null | wc -l)
  cat > "$CALLS.body.$n"
  if (( $(wc -m < "$CALLS.body.$n") > 65536 )); then echo "body is too long (maximum is 65536 characters)" >&2; exit 1; fi
fi
if [[ "$1 $2" == "issue list" ]]; then printf '%s\\n' "\${GH_OPEN_ISSUES:-[]}"; fi
exit 0
`;

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** What the network could write: mentions, live links, HTML, a code span breaker, a table breaker, an issue reference. */
const HOSTILE =
  "@security-team see [login](https://evil.example/p) or https://evil.example/x <img src=x onerror=alert(1)> ``` `x` | #1 www.evil.example";

const check = (name: string, status = "pass", message = `${name} ok`) => ({ name, status, message });
const failing = (domain: string, message = HOSTILE) => ({
  domain,
  edge: "fastly",
  status: "fail",
  checks: [
    check("DNS", "fail", message),
    check("CAA"),
    check("TLS", "fail", `presents a certificate for ${"n.example.net, ".repeat(3000)}`),
    check("HTTPS"),
    check("HTTP"),
  ],
});
const passing = (domain: string) => ({
  domain,
  edge: "fastly",
  status: "pass",
  checks: ["DNS", "CAA", "TLS", "HTTPS", "HTTP"].map((name) => check(name)),
  certificate: { notAfter: "2031-01-30T00:00:00.000Z", daysLeft: 60 },
});

/** A report as check prints it, held to the published schema so that it stays real. */
function report(domains: object[], runner = { status: "pass", message: "ok" }): string {
  const counts = { domains: domains.length, pass: 0, warn: 0, fail: 0, notChecked: 0 };
  for (const domain of domains as { status: "pass" | "warn" | "fail" }[]) counts[domain.status]++;
  const status = runner.status === "fail" ? "could-not-check" : counts.fail > 0 ? "fail" : counts.warn > 0 ? "warn" : "pass";
  return JSON.stringify(reportSchema.parse({ status, verdict: "…", resolver: "127.0.0.1:53", runner, counts, domains }));
}

interface Outcome {
  code: number;
  out: string;
  err: string;
  calls: string[];
  bodies: string[];
  summary: string;
}

function sandbox(env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "monitor-"));
  dirs.push(dir);
  const bin = join(dir, "bin");
  mkdirSync(bin);
  writeFileSync(join(bin, "gh"), GH);
  chmodSync(join(bin, "gh"), 0o755);
  writeFileSync(join(dir, "calls"), "");
  writeFileSync(join(dir, "summary.md"), "");
  const fullEnv = {
    PATH: `${bin}:${process.env.PATH}`,
    CALLS: join(dir, "calls"),
    GITHUB_STEP_SUMMARY: join(dir, "summary.md"),
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_REPOSITORY: "o/r",
    GITHUB_RUN_ID: "42",
    ...env,
  };
  const collect = (code: number, out: string, err: string): Outcome => ({
    code,
    out,
    err,
    calls: readFileSync(join(dir, "calls"), "utf8").split("\n").filter(Boolean),
    bodies: readdirSync(dir)
      .filter((name) => name.startsWith("calls.body."))
      .sort((a, b) => Number(a.split(".").pop()) - Number(b.split(".").pop()))
      .map((name) => readFileSync(join(dir, name), "utf8")),
    summary: readFileSync(join(dir, "summary.md"), "utf8"),
  });
  return { dir, env: fullEnv, collect };
}

/** In this process, with the stand-in gh on PATH. */
function monitor(reportText: string | undefined, status: string, env: Record<string, string> = {}): Outcome {
  const box = sandbox(env);
  const file = join(box.dir, "check-report.json");
  if (reportText !== undefined) writeFileSync(file, reportText);
  let out = "";
  let err = "";
  const code = runMonitorReport([file, status], {
    io: { stdout: (text) => void (out += text), stderr: (text) => void (err += text) },
    env: box.env,
  });
  return box.collect(code, out, err);
}

const ghCalls = (calls: string[]) => calls.filter((call) => call.startsWith("gh "));
const LIST = "gh issue list --label tracking-domain-monitor --state open --json number,body --limit 100";

/** The Markdown outside code spans, where GitHub would render links, mentions and HTML. */
function outsideCode(markdown: string): string {
  return markdown.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, "");
}

test("the safety check itself sees what GitHub would render", () => {
  expect(() => expectSafe(`marker\n${HOSTILE}`)).toThrow();
  expect(() => expectSafe("marker\n`@team` ``a`b``")).not.toThrow();
  expect(() => expectSafe("marker\n`x` @team")).toThrow();
});

function expectSafe(markdown: string): void {
  const rendered = outsideCode(markdown.split("\n").slice(1).join("\n"));
  expect(rendered).not.toMatch(/@\w/);
  expect(rendered).not.toMatch(/https?:\/\/(?!github\.com\/o\/r\/actions\/runs\/42)/);
  expect(rendered).not.toContain("<");
  expect(rendered).not.toContain("](");
  expect(rendered).not.toContain("www.");
  expect(rendered).not.toMatch(/#\d/);
}

test("80 failing domains, each with hostile text and a 3,000-name certificate, open exactly one safe issue under GitHub's limit", () => {
  const domains = Array.from({ length: 80 }, (_, i) => failing(`url${i}.example.com`));
  const box = sandbox({ GH_OPEN_ISSUES: JSON.stringify([{ number: 5, body: "A person's issue about the monitor, with its label" }]) });
  const file = join(box.dir, "check-report.json");
  writeFileSync(file, report([passing("ok.example.com"), ...domains]));
  // As the workflow runs it: the package's command, with gh from PATH.
  const child = spawnSync(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "cli", "main.ts"), "monitor-report", file, "1"], {
    cwd: box.dir,
    env: box.env,
    encoding: "utf8",
  });
  const result = box.collect(child.status ?? -1, child.stdout, child.stderr);
  expect(result.err).toBe("");
  expect(result.code).toBe(1);
  expect(ghCalls(result.calls)).toEqual([
    LIST,
    "gh label create tracking-domain-monitor --color B60205 --description Opened by the tracking domain monitor",
    "gh issue create --title Tracking domains failing (80 of 81): url0.example.com, url1.example.com, url10.example.com and 77 more --label tracking-domain-monitor --body-file -",
  ]);
  expect(result.bodies).toHaveLength(1);
  const [body] = result.bodies;
  expect(body.length).toBeLessThan(ISSUE_BODY_LIMIT);
  expect(body.split("\n")[0]).toMatch(/^<!-- cdktf-ssl-tracking-domain:monitor-issue state=failing failing=[0-9a-f]{16} -->$/);
  expect(body).toContain("**80 of 81 domains failing** (0 warn, 1 pass)");
  expect(body).toContain("Failed checks: `DNS` 80, `TLS` 80.");
  expect(body).toMatch(/- … and \d+ more failing domains: see the run's job summary/);
  expectSafe(body);
  // A 57 KB certificate line is cut to a readable length.
  expect(Math.max(...body.split("\n").map((line) => line.length))).toBeLessThan(700);
  expect(result.out).toContain("::error::url0.example.com fails: DNS, TLS");
  expect(result.out).toContain("::error::70 more domains fail: see the job summary");
  expect(result.out).not.toMatch(/\n\s+at /);
  expectSafe(result.summary);
  expect(result.summary.length).toBeLessThan(1024 * 1024);
});

test("when the open issue lists the same failing domains, it is updated without a comment; other domains failing add one", () => {
  const first = monitor(report([failing("url1.example.com")]), "1");
  const marker = first.bodies[0].split("\n")[0];
  const issues = JSON.stringify([{ number: 7, body: `${marker}\nold` }]);
  const same = monitor(report([failing("url1.example.com")]), "1", { GH_OPEN_ISSUES: issues });
  expect(ghCalls(same.calls)).toEqual([LIST, "gh issue edit 7 --title Tracking domain failing (1 of 1): url1.example.com --body-file -"]);
  const more = monitor(report([failing("url1.example.com"), failing("url2.example.com")]), "1", { GH_OPEN_ISSUES: issues });
  expect(ghCalls(more.calls)).toEqual([
    LIST,
    "gh issue edit 7 --title Tracking domains failing (2 of 2): url1.example.com, url2.example.com --body-file -",
    "gh issue comment 7 --body-file -",
  ]);
  expect(more.bodies[1]).toBe("Now 2 failing: see the updated list above. Run: https://github.com/o/r/actions/runs/42\n");
});

test("only the issue with the marker is ever closed, not a person's issue with the same label", () => {
  const issues = JSON.stringify([
    { number: 3, body: "Please look at url1.example.com\n<!-- cdktf-ssl-tracking-domain:monitor-issue state=failing failing=00 -->" },
    { number: 7, body: "<!-- cdktf-ssl-tracking-domain:monitor-issue state=failing failing=abcd -->\nlist" },
  ]);
  const result = monitor(report([passing("url1.example.com")]), "0", { GH_OPEN_ISSUES: issues });
  expect(result.code).toBe(0);
  expect(ghCalls(result.calls)).toEqual([
    LIST,
    "gh issue close 7 --comment Every tracking domain passes again. Run: https://github.com/o/r/actions/runs/42",
  ]);
});

test("all pass and no issue of its own: nothing to do", () => {
  const result = monitor(report([passing("url1.example.com")]), "0", {
    GH_OPEN_ISSUES: JSON.stringify([{ number: 3, body: "a person's" }]),
  });
  expect(result.code).toBe(0);
  expect(ghCalls(result.calls)).toEqual([LIST]);
});

describe("could not check (check's exit status 3)", () => {
  const down = () =>
    report([], { status: "fail", message: "could not check: the resolver 127.0.0.53:53 did not answer the control query" });

  test("with no issue open: opens one titled as an outage of the runner, not as failing domains", () => {
    const result = monitor(down(), "3");
    expect(result.code).toBe(3);
    expect(ghCalls(result.calls).slice(-1)).toEqual([
      "gh issue create --title Tracking domains could not be checked (the monitor's DNS or network was down) --label tracking-domain-monitor --body-file -",
    ]);
    expect(result.bodies[0]).toMatch(/^<!-- cdktf-ssl-tracking-domain:monitor-issue state=could-not-check failing= -->\n/);
    expect(result.bodies[0]).toContain("`could not check: the resolver 127.0.0.53:53 did not answer the control query`");
    expect(result.bodies[0]).not.toMatch(/failing domains?\b.*\d+ of/);
    expect(result.summary).toContain("### Tracking domains: could not check");
  });

  test("with the failing-domains issue open: comments, and leaves its list and title alone", () => {
    const issues = JSON.stringify([
      { number: 7, body: "<!-- cdktf-ssl-tracking-domain:monitor-issue state=failing failing=abcd -->\nlist" },
    ]);
    const result = monitor(down(), "3", { GH_OPEN_ISSUES: issues });
    expect(result.code).toBe(3);
    expect(ghCalls(result.calls)).toEqual([LIST, "gh issue comment 7 --body-file -"]);
    expect(result.bodies[0]).toContain("This run could not check the domains");
  });

  test("no report at all (check exited 3 before printing) is could-not-check too, and touches no issue", () => {
    const result = monitor(undefined, "3");
    expect(result.code).toBe(3);
    expect(result.out).toContain("::error::check did not produce a report (exit status 3)");
    expect(ghCalls(result.calls)).toEqual([]);
  });
});

test.each([
  ["gh issue create", "issue create"],
  ["gh issue list", "issue list"],
])("a failing %s ends with an annotation naming it, exit 1 and no stack trace", (_case, fail) => {
  const result = monitor(report([failing("url1.example.com")]), "1", { GH_FAIL: fail });
  expect(result.code).toBe(1);
  expect(result.out).toContain(`::error::gh ${fail} failed: HTTP 502: Bad Gateway`);
  expect(result.out + result.err).not.toMatch(/\n\s+at |Error:/);
});

test("a label that exists already (gh label create fails) is left as the team set it, and the issue is opened", () => {
  const result = monitor(report([failing("url1.example.com")]), "1", { GH_FAIL: "label create" });
  expect(result.code).toBe(1);
  expect(ghCalls(result.calls).filter((call) => call.includes("--force"))).toEqual([]);
  expect(ghCalls(result.calls)).toContainEqual(expect.stringMatching(/^gh issue create --title Tracking domain failing/));
  expect(result.out).toContain("issue: opened an issue");
  expect(result.out).not.toContain("::error::gh label create failed");
});

test("gh missing from PATH is said plainly", () => {
  const result = monitor(report([failing("url1.example.com")]), "1", { PATH: "/nonexistent" });
  expect(result.code).toBe(1);
  expect(result.out).toContain("::error::gh issue list failed: gh is not installed or not on PATH");
});

test.each([[[]], [["only-a-file"]], [["r.json", "one"]], [["r.json", "256"]], [["r.json", "1", "extra"]]])("usage %j exits 2", (args) => {
  let err = "";
  const code = runMonitorReport(args, { io: { stdout: () => undefined, stderr: (text) => void (err += text) }, env: {} });
  expect(code).toBe(2);
  expect(err).toContain("monitor-report takes a report file and check's exit status");
});

test("annotations cannot start another workflow command", () => {
  const result = monitor(report([failing("url1.example.com\n::add-mask::x", "a\n::stop-commands::x")]), "1");
  expect(result.out).toContain("::error::url1.example.com\\n::add-mask::x fails: DNS, TLS");
  for (const line of result.out.split("\n").filter(Boolean)) expect(line).toMatch(/^(::error::|issue: )/);
});
