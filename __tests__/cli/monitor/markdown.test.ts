/** The monitor's Markdown without gh: bounded in a mass outage, worst first, network text inert. */
import {
  ISSUE_BODY_LIMIT,
  code,
  cut,
  failingIssueBody,
  issueTitle,
  readMarker,
  readReport,
  summaryMarkdown,
  worstFirst,
} from "../../../cli/monitor/markdown";

const failing = (index: number, daysLeft?: number) => ({
  domain: `url${index}.example.com`,
  edge: "fastly",
  status: "fail",
  checks: [
    { name: "DNS", status: "fail", message: `@team ${"x".repeat(5000)}` },
    { name: "TLS", status: index % 2 === 0 ? "fail" : "pass", message: "tls" },
  ],
  ...(daysLeft !== undefined ? { certificate: { notAfter: "2030-01-01T00:00:00.000Z", daysLeft } } : {}),
});

test("10,000 failing domains with 5,000-character messages: the body and the summary stay within GitHub's limits", () => {
  const report = readReport({ status: "fail", domains: Array.from({ length: 10_000 }, (_, i) => failing(i)) });
  const body = failingIssueBody(report, "0123456789abcdef", "https://github.com/o/r/actions/runs/1");
  expect(body.length).toBeLessThan(ISSUE_BODY_LIMIT);
  expect(body).toContain("**10000 of 10000 domains failing**");
  expect(body).toMatch(/- … and \d+ more failing domains/);
  const summary = summaryMarkdown(report, "");
  expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024);
  expect(summary).toContain("10000 domains: 10000 fail, 0 warn, 0 pass.");
});

test("worst first: more failed checks, then fewer days left, then by name", () => {
  const report = readReport({ status: "fail", domains: [failing(1, 50), failing(3, 5), failing(2, 80), failing(4, 10)] });
  expect(worstFirst(report.domains).map((domain) => domain.domain)).toEqual([
    "url4.example.com", // two failed checks, 10 days
    "url2.example.com", // two failed checks, 80 days
    "url3.example.com", // one, 5 days
    "url1.example.com", // one, 50 days
  ]);
});

test.each([
  ["plain", "a.example.com", "`a.example.com`"],
  ["a backtick run inside", "a``b`c", "```a``b`c```"],
  ["a backtick at the edge", "`x", "`` `x ``"],
  ["empty", "", "–"],
])("code spans: %s", (_case, text, expected) => {
  expect(code(text)).toBe(expected);
});

test("a pipe in a table cell is escaped even inside code", () => {
  expect(code("a|b", true)).toBe("`a\\|b`");
});

test("cut: printable, one line, bounded", () => {
  expect(cut("a\u001b[31m\nb\u202e", 100)).toBe("a\\x1b[31m\\nb\\u{202e}");
  expect(cut("x".repeat(600), 500)).toHaveLength(500);
  expect(cut(undefined, 10)).toBe("");
});

test("readMarker reads only a first-line marker of the monitor's own form", () => {
  expect(readMarker("<!-- cdktf-ssl-tracking-domain:monitor-issue state=failing failing=ab12 -->\nbody")).toEqual({
    state: "failing",
    failing: "ab12",
  });
  expect(readMarker("text\n<!-- cdktf-ssl-tracking-domain:monitor-issue state=failing failing=ab12 -->")).toBeUndefined();
  expect(readMarker("<!-- tracking-domain-monitor failing: url1.example.com -->")).toBeUndefined();
  expect(readMarker(undefined)).toBeUndefined();
});

test("a report without domains is refused, an unknown status counts as fail", () => {
  expect(() => readReport({ status: "pass" })).toThrow("it holds no domains");
  const report = readReport({ status: "weird", domains: [{ domain: "a.example.com", status: "odd", checks: [] }] });
  expect(report.status).toBe("fail");
  expect(report.domains[0].status).toBe("fail");
});

describe("the issue title stays within GitHub's 256 characters, so gh can open the issue", () => {
  const long = (index: number) => `u${index}.${"a".repeat(60)}.${"b".repeat(60)}.${"c".repeat(60)}.example.com`;
  const withNames = (names: string[]) =>
    readReport({
      status: "fail",
      domains: names.map((name) => ({ domain: name, status: "fail", checks: [{ name: "DNS", status: "fail", message: "m" }] })),
    });

  test.each([
    ["three long names", [long(1), long(2), long(3)], /^Tracking domains failing \(3 of 3\): u1\.a+\.b+\.c+\.example\.com and 2 more$/],
    [
      "one name as long as DNS allows",
      [`${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(49)}.example.com`],
      /^Tracking domain failing \(1 of 1\): 1 domain, named in the issue$/,
    ],
  ])("%s", (_, names, expected) => {
    const title = issueTitle(withNames(names));
    expect(title.length).toBeLessThanOrEqual(256);
    expect(title).toMatch(expected);
  });

  test("short names are all shown, as before", () => {
    expect(issueTitle(withNames(["url1.example.com", "url2.example.com"]))).toBe(
      "Tracking domains failing (2 of 2): url1.example.com, url2.example.com",
    );
  });
});

test("a runner that could not check before the run says no domain was checked, not 0 domains", () => {
  const report = readReport({
    status: "could-not-check",
    runner: { status: "fail", message: "the resolver gave no address for sendgrid.net" },
    counts: { domains: 3, pass: 0, warn: 0, fail: 0, notChecked: 3 },
    domains: [],
  });
  const summary = summaryMarkdown(report, "");
  expect(summary).toContain("No domain was checked.");
  expect(summary).not.toContain("0 domains");
});
