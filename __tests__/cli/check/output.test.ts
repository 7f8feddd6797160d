/** What check prints, without the network: bounded verdicts, counts, progress lines and exit codes. */
import { EXIT, exitCode, formatReport, progressLine, runCounts, summaryLine, verdict } from "../../../cli/check/output";
import type { CheckRun } from "../../../cli/check/output";
import type { DomainReport, Status } from "../../../cli/check/report";

const domain = (name: string, status: Status): DomainReport => ({
  domain: name,
  edge: "fastly",
  status,
  checks: [
    { name: "DNS", status: status === "fail" ? "fail" : "pass", message: "dns" },
    { name: "TLS", status, message: "tls" },
  ],
});

const run = (domains: DomainReport[], runner: CheckRun["runner"] = { status: "pass", message: "ok" }, total = domains.length): CheckRun => {
  const rank = { pass: 0, warn: 1, fail: 2 };
  const status = domains.reduce<Status>((worst, d) => (rank[d.status] > rank[worst] ? d.status : worst), "pass");
  return { report: { status, domains }, runner, total };
};

const many = (count: number, status: Status) => Array.from({ length: count }, (_, i) => domain(`url${i}.example.com`, status));

describe("the verdict stays short whatever the number of domains", () => {
  test("30 failing domains name 5 and count the rest", () => {
    const text = verdict(run([...many(30, "fail"), domain("ok.example.com", "pass")]));
    expect(text).toMatch(
      /^FAIL\. 60 checks failed in 30 of 31 domains \(url0\.example\.com: DNS, TLS; .*url4\.example\.com: DNS, TLS; and 25 more failing domains\)/,
    );
    expect(text).not.toContain("url5.example.com");
    expect(text.length).toBeLessThan(300);
  });

  test("10,000 passing domains are not listed one by one", () => {
    const text = verdict(run(many(10_000, "pass")));
    expect(text).toBe(
      `PASS. HTTPS works for the 10000 domains checked. SendGrid turns SSL click tracking on for a whole account: run "cdktf-ssl-tracking-domain sendgrid audit" before asking its support.`,
    );
  });

  test("a few domains are named", () => {
    expect(verdict(run(many(2, "warn")))).toBe(
      `PASS with 2 warnings (read them first). HTTPS works for url0.example.com, url1.example.com. SendGrid turns SSL click tracking on for a whole account: run "cdktf-ssl-tracking-domain sendgrid audit" before asking its support.`,
    );
  });

  test("a runner that could not check says so, not FAIL", () => {
    const text = verdict(run(many(3, "fail"), { status: "fail", message: "the resolver 1.2.3.4:53 did not answer" }));
    expect(text).toMatch(/^COULD NOT CHECK: the resolver 1\.2\.3\.4:53 did not answer\. The results say nothing/);
  });
});

describe("counts and summary", () => {
  test("count each status, and the domains the runner never got to", () => {
    const checked = run([domain("a.example.com", "pass"), domain("b.example.com", "warn"), domain("c.example.com", "fail")]);
    expect(runCounts(checked)).toEqual({ domains: 3, pass: 1, warn: 1, fail: 1, notChecked: 0 });
    expect(summaryLine(checked)).toBe("Summary: 3 domains: 1 pass, 1 warn, 1 fail. Failing: c.example.com.");
    const down = run([], { status: "fail", message: "could not check" }, 7);
    expect(runCounts(down)).toEqual({ domains: 7, pass: 0, warn: 0, fail: 0, notChecked: 7 });
    expect(summaryLine(down)).toBe("Summary: 7 domains: 0 pass, 0 warn, 0 fail, 7 not checked.");
  });

  test("the summary names at most 5 failing domains", () => {
    expect(summaryLine(run(many(12, "fail")))).toBe(
      "Summary: 12 domains: 0 pass, 0 warn, 12 fail. Failing: url0.example.com, url1.example.com, url2.example.com, url3.example.com, url4.example.com and 7 more domains.",
    );
  });

  test("among many domains, a passing one takes one line; the others keep every check", () => {
    const text = formatReport(run([domain("a.example.com", "pass"), domain("b.example.com", "fail")]));
    expect(text.split("\n")).toEqual(
      expect.arrayContaining(["a.example.com (edge: Fastly): PASS (DNS, TLS)", "b.example.com (edge: Fastly)", "  FAIL  DNS  dns"]),
    );
  });
});

test.each<[string, CheckRun, number]>([
  ["all pass", run(many(2, "pass")), EXIT.pass],
  ["warnings", run(many(2, "warn")), EXIT.pass],
  ["a domain fails", run([domain("a.example.com", "pass"), domain("b.example.com", "fail")]), EXIT.fail],
  ["the runner could not check", run(many(2, "fail"), { status: "fail", message: "down" }), EXIT.couldNotCheck],
])("exit code when %s", (_case, checked, code) => {
  expect(exitCode(checked)).toBe(code);
  expect(EXIT).toEqual({ pass: 0, fail: 1, usage: 2, couldNotCheck: 3 });
});

test("a progress line: counter, status, domain and what failed", () => {
  expect(progressLine(domain("a.example.com", "fail"), 7, 1200)).toBe("[   7/1200] FAIL a.example.com: DNS, TLS\n");
  expect(progressLine(domain("b.example.com", "pass"), 1200, 1200)).toBe("[1200/1200] PASS b.example.com\n");
  expect(progressLine(domain("c.example.com", "warn"), 3, 9)).toBe("[3/9] WARN c.example.com: TLS\n");
});
