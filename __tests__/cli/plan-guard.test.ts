import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PlanFormatError, blocks, describeFinding, destructiveAction, guardPlan, loadPlan } from "../../cli/plan-guard";

const ROOT = resolve(__dirname, "..", "..");
const fixture = (name: string) => join(ROOT, "__tests__", "fixtures", "plans", `${name}.json`);
const load = (name: string) => JSON.parse(readFileSync(fixture(name), "utf8"));

function guard(...files: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "cli/guard.ts", ...files], { cwd: ROOT, encoding: "utf8" });
  return { status: run.status, out: run.stdout + run.stderr };
}

describe("destructiveAction", () => {
  test.each([
    [["create"], undefined],
    [["update"], undefined],
    [["no-op"], undefined],
    [["read"], undefined],
    [["delete"], "delete"],
    [["delete", "create"], "replace"],
    [["create", "delete"], "replace"],
  ])("%j → %s", (actions, expected) => {
    expect(destructiveAction(actions)).toBe(expected);
  });
});

describe("guardPlan on plan fixtures", () => {
  test.each(["create", "update", "no-op", "delete-unrelated"])("%s: nothing to report", (name) => {
    expect(guardPlan(load(name))).toEqual([]);
  });

  // Issue 21: the challenge record was not guarded, so its delete alone passed.
  test("delete: blocks the CNAME, the service and the certificate's ACME challenge record of the domain", () => {
    expect(guardPlan(load("delete"))).toEqual([
      expect.objectContaining({ domain: "url1234.example.com", what: "tracking CNAME", action: "delete", allowed: false }),
      expect.objectContaining({ domain: "url1234.example.com", what: "Fastly service", action: "delete", allowed: false }),
      expect.objectContaining({ domain: "url1234.example.com", what: "certificate validation record", action: "delete", allowed: false }),
    ]);
  });

  test("replace: blocks a replaced proxied CNAME", () => {
    expect(guardPlan(load("replace"))).toEqual([
      expect.objectContaining({ domain: "url5678.example.com", what: "tracking CNAME", action: "replace", allowed: false }),
    ]);
  });

  test("a domain marked allowDestroy may go", () => {
    expect(guardPlan(load("delete-allowed")).map((f) => f.allowed)).toEqual([true, true]);
  });

  test("a replace whose mark is only in the planned comment is blocked: the mark must be applied first", () => {
    const [found] = guardPlan(load("replace-marked-in-plan"));
    expect(found).toMatchObject({ domain: "url5678.example.com", action: "replace", allowed: false, markedInPlan: true });
    expect(describeFinding(found)).toContain('This plan sets "allowDestroy" itself, which does not count');
  });
});

describe("guardPlan on Route 53 plan fixtures: a record is a tracking CNAME when a tracked Fastly service serves its name", () => {
  test("route53-delete: blocks the CNAME, the service and the challenge, not another record of the zone", () => {
    expect(guardPlan(load("route53-delete"))).toEqual([
      {
        domain: "url1234.example.org",
        address: "aws_route53_record.url1234exampleorg_cname_5EC3116D",
        what: "tracking CNAME",
        action: "delete",
        allowed: false,
      },
      expect.objectContaining({ domain: "url1234.example.org", what: "Fastly service", action: "delete", allowed: false }),
      expect.objectContaining({ domain: "url1234.example.org", what: "certificate validation record", action: "delete", allowed: false }),
    ]);
  });

  test("route53-delete-allowed: the record goes with the allowDestroy mark on its service", () => {
    expect(guardPlan(load("route53-delete-allowed")).map((f) => [f.what, f.allowed])).toEqual([
      ["tracking CNAME", true],
      ["Fastly service", true],
      ["certificate validation record", true],
    ]);
  });

  test("route53-replace: a replaced CNAME whose service stays is blocked, whatever case and trailing dot Route 53 stored", () => {
    expect(guardPlan(load("route53-replace"))).toEqual([
      expect.objectContaining({ domain: "url5678.example.org", what: "tracking CNAME", action: "replace", allowed: false }),
    ]);
  });

  // Issue 21: without the service (a -target plan) the guard answered "no live tracking domain is destroyed".
  test("the same records without their service in the plan (a -target plan) are blocked: the guard cannot tell", () => {
    const input = load("route53-delete");
    input.resource_changes = input.resource_changes.filter((change: { type: string }) => change.type === "aws_route53_record");
    const findings = guardPlan(input);
    expect(findings.map((f) => [f.what, f.domain, blocks(f)])).toEqual([
      ["tracking CNAME", "url1234.example.org", true],
      ["certificate validation record", "url1234.example.org", true],
    ]);
    expect(describeFinding(findings[0])).toMatch(
      /^BLOCKED: .*the plan lists no service or distribution that tells .*\(a -target plan\?\)\. Plan every resource/,
    );
  });

  test("a service that is not a tracking one (no mark) does not make its record a tracking CNAME", () => {
    const input = load("route53-delete");
    // Another tool's service: its own address (one of this package's addresses with no mark is judged unsure, below).
    for (const change of input.resource_changes)
      if (change.type === "fastly_service_vcl") {
        change.change.before.comment = "Managed by Terraform";
        change.address = "fastly_service_vcl.neighbour";
      }
    expect(guardPlan(input)).toEqual([]);
  });

  test("the allowDestroy mark set only in the plan does not count", () => {
    const input = load("route53-delete");
    const service = input.resource_changes.find((change: { type: string }) => change.type === "fastly_service_vcl");
    service.change.actions = ["update"];
    service.change.after = { ...service.change.before, comment: `${service.change.before.comment.slice(0, -1)}; allow-destroy)` };
    expect(guardPlan(input)).toEqual([
      expect.objectContaining({ what: "tracking CNAME", allowed: false, markedInPlan: true }),
      expect.objectContaining({ what: "certificate validation record", allowed: false, markedInPlan: true }),
    ]);
  });

  test("the guard command blocks the Route 53 deletion", () => {
    const run = guard(fixture("route53-delete"));
    expect(run.status).toBe(1);
    expect(run.out).toContain("BLOCKED: the plan deletes the tracking CNAME of url1234.example.org (aws_route53_record.");
  });
});

/** A minimal plan around `resource_changes`. */
const plan = (resourceChanges: unknown) => ({ format_version: "1.2", planned_values: {}, resource_changes: resourceChanges });
const entry = (change: unknown) => ({ address: "fastly_service_vcl.s", type: "fastly_service_vcl", change });
const serviceBefore = (domain: unknown) => ({
  actions: ["delete"],
  before: { comment: "SendGrid link tracking via fastly (cdktf-ssl-tracking-domain)", domain },
  after: null,
});

describe("guardPlan refuses what is not a plan, in one line", () => {
  test.each<[string, unknown, string]>([
    ["a state file", load("state"), "a Terraform state, not a plan (it has values but no planned_values)"],
    ["an array", [], "the file holds an array, not a JSON object"],
    ["a number", 42, "the file holds the number 42, not a JSON object"],
    ["null", null, "the file holds null, not a JSON object"],
    ["another JSON document", { stacks: [] }, "not a Terraform plan: it has no format_version"],
    ["no planned_values", { format_version: "1.2", resource_changes: [] }, "it has no planned_values"],
    ["resource_changes a string", plan("abc"), 'resource_changes is the string "abc", not an array'],
    ["resource_changes null", plan(null), "resource_changes is null, not an array"],
    ["resource_changes an object", plan({}), "resource_changes is an object, not an array"],
    ["an entry that is null", plan([null]), "resource_changes[0] is null, not an object"],
    ["an entry that is a string", plan([{ ...entry({ actions: [] }) }, "x"]), 'resource_changes[1] is the string "x", not an object'],
    ["an entry without type", plan([{ address: "a", change: { actions: [] } }]), "resource_changes[0].type is missing, not a string"],
    ["an entry without address", plan([{ type: "t", change: { actions: [] } }]), "resource_changes[0].address is missing, not a string"],
    ["an entry without change", plan([{ address: "a", type: "t" }]), "resource_changes[0].change is missing, not an object"],
    [
      "actions not an array",
      plan([entry({ actions: "delete" })]),
      'resource_changes[0].change.actions is the string "delete", not an array of strings',
    ],
    ["actions of numbers", plan([entry({ actions: [1] })]), "resource_changes[0].change.actions is an array, not an array of strings"],
    [
      "before a string",
      plan([entry({ actions: ["delete"], before: "x" })]),
      'resource_changes[0].change.before is the string "x", not an object or null',
    ],
    [
      "a service domain that is not a list",
      plan([entry(serviceBefore("x"))]),
      'resource_changes[0].change.before.domain is the string "x", not an array',
    ],
    [
      "a service domain entry that is null",
      plan([entry(serviceBefore([null]))]),
      "resource_changes[0].change.before.domain[0] is not an object with a name",
    ],
    [
      "a Route 53 CNAME without a name",
      plan([{ address: "aws_route53_record.r", type: "aws_route53_record", change: { actions: ["delete"], before: { type: "CNAME" } } }]),
      "resource_changes[0].change.before.name is missing, not a string",
    ],
    [
      "a subscription without domains",
      plan([
        {
          address: "fastly_tls_subscription.s",
          type: "fastly_tls_subscription",
          change: { actions: ["delete"], before: { domains: null } },
        },
      ]),
      "resource_changes[0].change.before.domains is null, not a list of domain names",
    ],
    [
      "an activation without a domain",
      plan([{ address: "fastly_tls_activation.a", type: "fastly_tls_activation", change: { actions: ["delete"], before: { domain: 7 } } }]),
      "resource_changes[0].change.before.domain is the number 7, not a domain name",
    ],
  ])("%s", (_name, input, reason) => {
    let thrown: unknown;
    try {
      guardPlan(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PlanFormatError);
    expect((thrown as Error).message).toContain(reason);
    expect((thrown as Error).message).not.toContain("\n");
  });

  test("a planned side with values known only after apply is read, not refused", () => {
    const input = load("create");
    delete input.resource_changes[0].change.after.name;
    input.resource_changes[1].change.after.domain = null;
    expect(guardPlan(input)).toEqual([]);
  });

  test("characters that would rewrite the terminal are escaped in the reason", () => {
    expect(() => guardPlan(plan("\u202eabc"))).toThrow('resource_changes is the string "\\u{202e}abc", not an array');
  });
});

describe("guardPlan on certificates", () => {
  test("a change of certificate authority replaces the subscription: blocked, naming the domain", () => {
    const findings = guardPlan(load("tls-subscription-replace"));
    expect(findings).toEqual([
      {
        domain: "url1234.example.com",
        address: "fastly_tls_subscription.url1234examplecom_tls-subscription_5F3B1C2D",
        what: "TLS subscription",
        action: "replace",
        allowed: false,
      },
    ]);
    expect(describeFinding(findings[0])).toContain(
      "BLOCKED: the plan replaces the TLS subscription of url1234.example.com (fastly_tls_subscription.url1234examplecom_tls-subscription_5F3B1C2D); HTTPS links",
    );
  });

  test("allowed when the domain's service and CNAME carry the mark in the current state", () => {
    expect(guardPlan(load("tls-subscription-replace-allowed"))).toEqual([
      expect.objectContaining({ what: "TLS subscription", domain: "url1234.example.com", allowed: true }),
    ]);
  });

  test("a mark set only in this plan does not allow it", () => {
    const input = load("tls-subscription-replace");
    for (const change of input.resource_changes.slice(0, 2)) {
      change.change.actions = ["update"];
      change.change.after.comment = "SendGrid link tracking via fastly (cdktf-ssl-tracking-domain; allow-destroy)";
    }
    expect(guardPlan(input)).toEqual([expect.objectContaining({ what: "TLS subscription", allowed: false, markedInPlan: true })]);
  });

  test("a subscription whose domain has no tracking resource in the plan is blocked", () => {
    const input = load("tls-subscription-replace-allowed");
    input.resource_changes[2].change.before.domains = ["url9999.example.com"];
    expect(guardPlan(input)).toEqual([expect.objectContaining({ domain: "url9999.example.com", allowed: false })]);
  });

  test("the custom certificate's activation: blocked, naming its domain", () => {
    expect(guardPlan(load("tls-activation-delete"))).toEqual([
      expect.objectContaining({ what: "TLS activation", domain: "url1234.example.com", action: "delete", allowed: false }),
    ]);
  });

  test.each<[string, string[], boolean]>([
    ["every domain under it marked", ["url1.example.com", "url2.example.com"], true],
    ["one domain under it not marked", ["url1.example.com"], false],
    ["no domain under it marked", [], false],
  ])("a wildcard subscription is allowed only when every tracked domain it serves is marked: %s", (_name, markedDomains, allowed) => {
    const cname = (name: string) => ({
      address: `cloudflare_dns_record.${name}`,
      type: "cloudflare_dns_record",
      change: {
        actions: ["no-op"],
        before: {
          type: "CNAME",
          name,
          comment: `SendGrid link tracking via fastly (cdktf-ssl-tracking-domain${markedDomains.includes(name) ? "; allow-destroy" : ""})`,
        },
        after: null,
      },
    });
    const wildcard = {
      address: "fastly_tls_subscription.w",
      type: "fastly_tls_subscription",
      change: { actions: ["delete", "create"], before: { domains: ["*.example.com"] }, after: {} },
    };
    const deeper = cname("a.url3.example.com");
    expect(guardPlan(plan([cname("url1.example.com"), cname("url2.example.com"), deeper, wildcard]))).toEqual([
      expect.objectContaining({ domain: "*.example.com (url1.example.com, url2.example.com)", allowed }),
    ]);
  });
});

describe("guardPlan on the CloudFront edge", () => {
  const DISTRIBUTION = "aws_cloudfront_distribution.url4321examplecom_cloudfront_distribution_7E21C9B4";
  const CERTIFICATE = "aws_acm_certificate.url4321examplecom_cloudfront_certificate_51D0E2A8";

  test("a deleted domain: blocks its CNAME, distribution and certificate, not the validation record or the validation", () => {
    expect(guardPlan(load("cloudfront-delete"))).toEqual([
      {
        domain: "url4321.example.com",
        address: "cloudflare_dns_record.url4321examplecom_cname_0B7C6A31",
        what: "tracking CNAME",
        action: "delete",
        allowed: false,
      },
      { domain: "url4321.example.com", address: DISTRIBUTION, what: "CloudFront distribution", action: "delete", allowed: false },
      { domain: "url4321.example.com", address: CERTIFICATE, what: "ACM certificate", action: "delete", allowed: false },
    ]);
  });

  test("a domain marked allowDestroy may go, certificate included", () => {
    expect(guardPlan(load("cloudfront-delete-allowed")).map((f) => [f.what, f.allowed])).toEqual([
      ["tracking CNAME", true],
      ["CloudFront distribution", true],
      ["ACM certificate", true],
    ]);
  });

  test("a replaced certificate is blocked, naming the domain, with the HTTPS harm", () => {
    const findings = guardPlan(load("cloudfront-certificate-replace"));
    expect(findings).toEqual([
      { domain: "url4321.example.com", address: CERTIFICATE, what: "ACM certificate", action: "replace", allowed: false },
    ]);
    expect(describeFinding(findings[0])).toBe(
      `BLOCKED: the plan replaces the ACM certificate of url4321.example.com (${CERTIFICATE}); HTTPS links in mail already sent would fail until a new certificate is issued and active. ` +
        `For a planned retirement or a change of certificate authority, set "allowDestroy": true on the domain and deploy that first.`,
    );
  });

  test("a replaced distribution whose mark is only planned is blocked: the mark must be applied first", () => {
    const [found, ...rest] = guardPlan(load("cloudfront-replace-marked-in-plan"));
    expect(rest).toEqual([]);
    expect(found).toEqual({
      domain: "url4321.example.com",
      address: DISTRIBUTION,
      what: "CloudFront distribution",
      action: "replace",
      allowed: false,
      markedInPlan: true,
    });
  });

  test("in a Route 53 zone, the CNAME of a tracked distribution is a tracking CNAME; its validation record and other records are not", () => {
    expect(guardPlan(load("route53-cloudfront-delete")).map((f) => [f.what, f.address, f.allowed])).toEqual([
      ["tracking CNAME", "aws_route53_record.url4321exampleorg_cname_1F2E3D4C", false],
      ["CloudFront distribution", "aws_cloudfront_distribution.url4321exampleorg_cloudfront_distribution_7E21C9B4", false],
      ["ACM certificate", "aws_acm_certificate.url4321exampleorg_cloudfront_certificate_51D0E2A8", false],
    ]);
  });

  test("in a Route 53 zone, the CNAME goes with its distribution's allowDestroy mark", () => {
    const input = load("route53-cloudfront-delete");
    const distribution = input.resource_changes.find((c: any) => c.type === "aws_cloudfront_distribution");
    distribution.change.before.comment = "SendGrid link tracking via cloudfront (cdktf-ssl-tracking-domain; allow-destroy)";
    expect(guardPlan(input).map((f) => [f.what, f.allowed])).toEqual([
      ["tracking CNAME", true],
      ["CloudFront distribution", true],
      ["ACM certificate", true],
    ]);
  });

  test("an ACM certificate of someone else's that serves no tracked domain is not the guard's business", () => {
    const input = load("cloudfront-certificate-replace");
    input.resource_changes[2].change.before.domain_name = "www.example.com";
    input.resource_changes[2].change.before.subject_alternative_names = ["www.example.com"];
    input.resource_changes[2].change.before.tags = { Name: "www.example.com" };
    expect(guardPlan(input)).toEqual([]);
  });

  // Issue 21: a certificate deleted on its own (nothing else of its domain in the plan) passed.
  test("this package's ACM certificate deleted on its own is blocked: the guard cannot tell whether it is live", () => {
    const input = load("route53-cloudfront-delete");
    input.resource_changes = input.resource_changes.filter((change: { type: string }) => change.type === "aws_acm_certificate");
    const findings = guardPlan(input);
    expect(findings).toEqual([
      expect.objectContaining({ what: "ACM certificate", action: "delete", allowed: false, unsure: expect.any(String) }),
    ]);
    expect(findings.filter(blocks)).toHaveLength(1);
  });

  test.each<[string, number, (before: Record<string, unknown>) => void, string]>([
    [
      "distribution whose aliases are not a list",
      1,
      (before) => (before.aliases = "url4321.example.com"),
      "resource_changes[1].change.before.aliases is the string",
    ],
    [
      "certificate without a domain name",
      2,
      (before) => delete before.domain_name,
      "resource_changes[2].change.before.domain_name is missing",
    ],
  ])("a %s is refused", (_name, index, spoil, message) => {
    const input = load("cloudfront-delete");
    spoil(input.resource_changes[index].change.before);
    expect(() => guardPlan(input)).toThrow(message);
  });
});

describe("npm run guard", () => {
  test("passes a plan that destroys nothing live", () => {
    const run = guard(fixture("update"), fixture("create"));
    expect(run.status).toBe(0);
    expect(run.out).toContain("no live tracking domain is destroyed");
  });

  test("fails a plan that deletes a live domain, naming it", () => {
    const run = guard(fixture("delete"));
    expect(run.status).toBe(1);
    expect(run.out).toContain("BLOCKED: the plan deletes the tracking CNAME of url1234.example.com");
    expect(run.out).toContain("BLOCKED: the plan deletes the Fastly service of url1234.example.com");
    expect(run.out).toContain('set "allowDestroy": true');
  });

  test("lets a retirement through", () => {
    const run = guard(fixture("delete-allowed"));
    expect(run.status).toBe(0);
    expect(run.out).toContain("allowed: the plan deletes the tracking CNAME of url1234.example.com");
  });

  test("a missing file is a usage error with the path", () => {
    const run = guard("/nonexistent/plan.json");
    expect(run.status).toBe(2);
    expect(run.out).toContain("/nonexistent/plan.json: cannot be read: no such file");
  });

  test("a change of certificate authority is blocked, and allowed once the domain is marked", () => {
    const blocked = guard(fixture("tls-subscription-replace"));
    expect(blocked.status).toBe(1);
    expect(blocked.out).toContain("BLOCKED: the plan replaces the TLS subscription of url1234.example.com");
    const allowed = guard(fixture("tls-subscription-replace-allowed"));
    expect(allowed.status).toBe(0);
    expect(allowed.out).toContain("allowed: the plan replaces the TLS subscription of url1234.example.com");
  });

  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "guard-test-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  describe("loadPlan", () => {
    test.each<[string, () => string, string]>([
      ["text that is not JSON", () => write("text.json", "hello"), "is not JSON ("],
      ["a directory", () => dir, "cannot be read: it is a directory, not a regular file"],
      ["a device", () => "/dev/zero", "cannot be read: it is a device, not a regular file"],
    ])("%s", (_name, file, reason) => {
      expect(() => loadPlan(file())).toThrow(reason);
    });
  });

  describe("input that is not a plan exits 2 with one line and no stack trace", () => {
    test.each<[string, () => string, string]>([
      ["a state file", () => fixture("state"), "a Terraform state, not a plan"],
      ['"resource_changes": "abc"', () => write("abc.json", JSON.stringify(plan("abc"))), "resource_changes is the string"],
      ["a malformed entry", () => write("entry.json", JSON.stringify(plan([null]))), "resource_changes[0] is null, not an object"],
      [
        "a FIFO",
        () => {
          const fifo = join(dir, "plan.fifo");
          execFileSync("mkfifo", [fifo]);
          return fifo;
        },
        "cannot be read: it is a FIFO (named pipe), not a regular file",
      ],
    ])("%s", (_name, file, reason) => {
      const path = file();
      const run = spawnSync(process.execPath, ["--import", "tsx", "cli/guard.ts", path], { cwd: ROOT, encoding: "utf8", timeout: 20000 });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trimEnd().split("\n")).toEqual([expect.stringContaining(`${path}: `)]);
      expect(run.stderr).toContain(reason);
    });
  });
});

describe("an Auto SSL domain's records", () => {
  const COMMENT = "SendGrid link tracking via sendgrid-auto-ssl (cdktf-ssl-tracking-domain)";
  const record = (name: string, type: string, comment: string, actions = ["delete"]) => ({
    address: `cloudflare_dns_record.${type}_${name.split(".")[0].replace(/-/g, "_")}`,
    type: "cloudflare_dns_record",
    change: { actions, before: { name, type, comment }, after: actions.includes("create") ? { name, type, comment } : null },
  });

  test("deleting the challenge CNAME, the TXT and the link host is blocked, each for the link host", () => {
    const found = guardPlan(
      plan([
        record("_acme-challenge.url1234.example.com", "CNAME", COMMENT),
        record("_cf-custom-hostname.url1234.example.com", "TXT", COMMENT),
        record("url1234.example.com", "CNAME", COMMENT),
      ]),
    );
    expect(found.map((f) => [f.what, f.domain, f.allowed])).toEqual([
      ["Auto SSL record", "url1234.example.com", false],
      ["Auto SSL record", "url1234.example.com", false],
      ["tracking CNAME", "url1234.example.com", false],
    ]);
    expect(describeFinding(found[1])).toMatch(/^BLOCKED: .*Auto SSL record of url1234\.example\.com.*certificate/);
  });

  test("marked allowDestroy, they may go", () => {
    const marked = `${COMMENT.slice(0, -1)}; allow-destroy)`;
    const found = guardPlan(plan([record("_cf-custom-hostname.url1234.example.com", "TXT", marked)]));
    expect(found).toEqual([expect.objectContaining({ what: "Auto SSL record", allowed: true })]);
  });

  // Issue 21: a Fastly challenge deleted on its own passed (only the Auto SSL one was guarded).
  test("a Fastly ACME challenge is not an Auto SSL record, but deleted alone it is blocked: Fastly could no longer renew", () => {
    const found = guardPlan(
      plan([record("_acme-challenge.url1234.example.com", "CNAME", "ACME challenge for Fastly TLS (cdktf-ssl-tracking-domain)")]),
    );
    expect(found.map((f) => [f.what, f.domain, blocks(f)])).toEqual([["certificate validation record", "url1234.example.com", true]]);
  });

  test.each([
    ["a TXT of someone else", record("_cf-custom-hostname.url1234.example.com", "TXT", "by hand")],
    ["another marked TXT", record("txt.example.com", "TXT", COMMENT)],
  ])("%s is not guarded", (_, change) => {
    expect(guardPlan(plan([change]))).toEqual([]);
  });
});

describe("the guard fails closed (issue 21)", () => {
  const MARK = "SendGrid link tracking via fastly (cdktf-ssl-tracking-domain)";
  const change = (address: string, type: string, actions: string[], before: unknown, after: unknown = null) => ({
    address,
    type,
    change: { actions, before, after },
  });

  test.each([
    [
      "prior_state",
      (p: any, values: unknown) =>
        (p.prior_state = { values: { root_module: { resources: [{ address: "cloudflare_dns_record.c", values }] } } }),
    ],
    [
      "resource_drift",
      (p: any, values: unknown) => (p.resource_drift = [{ address: "cloudflare_dns_record.c", change: { before: values } }]),
    ],
  ])("a tracking CNAME whose comment was edited in the dashboard is still known by its mark in %s, and blocked", (_, addPrior) => {
    const live = { name: "url1.example.com", type: "CNAME", comment: MARK };
    const input: any = plan([change("cloudflare_dns_record.c", "cloudflare_dns_record", ["delete"], { ...live, comment: "edited" })]);
    expect(guardPlan(input)).toEqual([]);
    addPrior(input, live);
    expect(guardPlan(input)).toEqual([expect.objectContaining({ what: "tracking CNAME", domain: "url1.example.com", allowed: false })]);
  });

  // Review of issue 21: after a refresh-only apply accepts a dashboard edit of the comment, the mark
  // is on no side of the plan, and a Cloudflare CNAME's delete passed where a Route 53 one is judged.
  test("a Cloudflare tracking CNAME whose mark is gone from the plan goes with the mark of the service that serves it", () => {
    const input = load("delete");
    const cname = input.resource_changes.find((c: { address: string }) => /_cname_/.test(c.address));
    cname.change.before.comment = "edited in the dashboard";
    expect(guardPlan(input)).toEqual([
      expect.objectContaining({ address: cname.address, what: "tracking CNAME", domain: "url1234.example.com", allowed: false }),
      expect.objectContaining({ what: "Fastly service", allowed: false }),
      expect.objectContaining({ what: "certificate validation record", allowed: false }),
    ]);
  });

  test("a Cloudflare CNAME of this package to an edge, with no mark and nothing in the plan to judge it by, is blocked: the guard cannot tell", () => {
    const unmarked = (address: string, content: string) =>
      change(address, "cloudflare_dns_record", ["delete"], { name: "url5678.example.com", type: "CNAME", content, comment: "edited" });
    const findings = guardPlan(plan([unmarked("cloudflare_dns_record.url5678examplecom_cname_F19D90B3", "sendgrid.net")]));
    expect(findings.map((f) => [f.what, f.domain, blocks(f)])).toEqual([["tracking CNAME", "url5678.example.com", true]]);
    expect(describeFinding(findings[0])).toMatch(/^BLOCKED: .*carries no tracking mark anywhere in the plan/);
    // A neighbour's record (another address) or one pointing elsewhere is not the guard's.
    expect(guardPlan(plan([unmarked("cloudflare_dns_record.www", "sendgrid.net")]))).toEqual([]);
    expect(guardPlan(plan([unmarked("cloudflare_dns_record.url5678examplecom_cname_F19D90B3", "www.example.net")]))).toEqual([]);
  });

  test.each([
    ["fastly_service_vcl", "url1234examplecom_fastly_service_17A894A5", { domain: [{ name: "url1234.example.com" }] }, "Fastly service"],
    [
      "aws_cloudfront_distribution",
      "url1234exampleorg_cloudfront_distribution_25123007",
      { aliases: ["url1234.example.com"] },
      "CloudFront distribution",
    ],
  ])("this package's %s deleted with no mark anywhere in the plan is blocked: the guard cannot tell", (type, name, values, what) => {
    const edited = { ...values, comment: "edited in the dashboard" };
    const findings = guardPlan(plan([change(`${type}.${name}`, type, ["delete"], edited)]));
    expect(findings.map((f) => [f.what, f.domain, blocks(f)])).toEqual([[what, "url1234.example.com", true]]);
    expect(describeFinding(findings[0])).toMatch(/^BLOCKED: .*carries no tracking mark anywhere in the plan/);
    // Someone else's service or distribution (another address) is not the guard's.
    expect(guardPlan(plan([change(`${type}.other`, type, ["delete"], edited)]))).toEqual([]);
  });

  const ruleset = (hosts: string[], actions = ["delete"]) =>
    change("cloudflare_ruleset.r", "cloudflare_ruleset", actions, {
      zone_id: "z",
      phase: "http_config_settings",
      rules: [{ expression: `(http.host in {${hosts.map((h) => JSON.stringify(h)).join(" ")}})` }],
    });
  const proxiedRecord = (name: string, proxied: boolean, actions = ["no-op"]) =>
    change(
      `cloudflare_dns_record.${name.split(".")[0]}`,
      "cloudflare_dns_record",
      actions,
      { name, type: "CNAME", comment: MARK, proxied },
      { name, type: "CNAME", comment: MARK, proxied },
    );

  test("the zone's ruleset deleted while a host it serves stays proxied (manageRulesets flipped to false) is blocked", () => {
    const findings = guardPlan(plan([ruleset(["url1.example.com"]), proxiedRecord("url1.example.com", true)]));
    expect(findings.map((f) => [f.what, f.domain, blocks(f)])).toEqual([["zone rulesets", "url1.example.com", true]]);
    expect(describeFinding(findings[0])).toContain("lose SSL full and no-cache");
  });

  test("the ruleset may go with its last host off the proxy", () => {
    expect(guardPlan(plan([ruleset(["url1.example.com"]), proxiedRecord("url1.example.com", false, ["update"])]))).toEqual([]);
  });

  test("a ruleset deleted in a plan that does not show its hosts' records is blocked: the guard cannot tell", () => {
    expect(guardPlan(plan([ruleset(["url1.example.com"])])).filter(blocks)).toEqual([
      expect.objectContaining({ what: "zone rulesets", unsure: expect.any(String) }),
    ]);
  });

  test("a full plan of the holder may delete its ruleset when the hosts it names are in other stacks (not in this plan) and none of its own stays proxied", () => {
    const own = change("cloudflare_dns_record.o", "cloudflare_dns_record", ["delete"], {
      name: "url1.example.com",
      type: "CNAME",
      comment: `${MARK.slice(0, -1)}; allow-destroy)`,
      proxied: true,
      zone_id: "z",
    });
    expect(guardPlan(plan([ruleset(["url1.example.com", "url7.example.com"]), own])).filter(blocks)).toEqual([]);
  });

  test("a ruleset the plan forgets (removed, destroy = false) is no delete", () => {
    expect(guardPlan(plan([ruleset(["url1.example.com"], ["forget"]), proxiedRecord("url1.example.com", true)]))).toEqual([]);
  });

  test.each([
    [
      "a CNAME renamed",
      change(
        "cloudflare_dns_record.c",
        "cloudflare_dns_record",
        ["update"],
        { name: "url1.example.com", type: "CNAME", comment: MARK },
        { name: "url9.example.com", type: "CNAME", comment: MARK },
      ),
      "url1.example.com",
    ],
    [
      "a Fastly service's domain swapped",
      change(
        "fastly_service_vcl.s",
        "fastly_service_vcl",
        ["update"],
        { comment: MARK, domain: [{ name: "url1.example.com" }] },
        { comment: MARK, domain: [{ name: "url9.example.com" }] },
      ),
      "url1.example.com",
    ],
    [
      "a CloudFront alias removed",
      change(
        "aws_cloudfront_distribution.d",
        "aws_cloudfront_distribution",
        ["update"],
        { comment: MARK, aliases: ["url1.example.com", "url2.example.com"] },
        { comment: MARK, aliases: ["url2.example.com"] },
      ),
      "url1.example.com",
    ],
  ])("an in-place update that drops a live host is blocked: %s", (_, update, dropped) => {
    const findings = guardPlan(plan([update]));
    expect(findings.map((f) => [f.action, f.domain, blocks(f)])).toEqual([["update", dropped, true]]);
    expect(describeFinding(findings[0])).toContain(`so that it no longer serves ${dropped}`);
  });

  test("an update that keeps every host is not the guard's business", () => {
    const keep = { comment: MARK, domain: [{ name: "url1.example.com" }] };
    expect(
      guardPlan(plan([change("fastly_service_vcl.s", "fastly_service_vcl", ["update"], keep, { ...keep, comment: `${MARK} edited` })])),
    ).toEqual([]);
  });

  test.each([
    [
      "fastly_service_vcl",
      { comment: `${MARK.slice(0, -1)}; allow-destroy)`, domain: [{ name: "url1.example.com" }] },
      "already taken by service",
    ],
    [
      "aws_cloudfront_distribution",
      { comment: `${MARK.slice(0, -1)}; allow-destroy)`, aliases: ["url1.example.com"] },
      "CNAMEAlreadyExists",
    ],
  ])(
    "a create-before-destroy replacement of a %s collides on its own domain: blocked even when allowed, naming the recovery",
    (type, before, refusal) => {
      const [found] = guardPlan(plan([change(`${type}.x`, type, ["create", "delete"], before, before)]));
      expect(found).toMatchObject({ action: "replace", allowed: true, collides: true });
      expect(blocks(found)).toBe(true);
      expect(describeFinding(found)).toContain(refusal);
      expect(describeFinding(found)).toContain("docs/day-two.md#recover-a-tainted-service-or-distribution");
    },
  );

  test("the guard command exits 1 for a plan it cannot judge, never 0", () => {
    const dir = mkdtempSync(join(tmpdir(), "guard-"));
    try {
      const file = join(dir, "plan.json");
      writeFileSync(file, JSON.stringify(plan([ruleset(["url1.example.com"])])));
      const run = guard(file);
      expect(run.status).toBe(1);
      expect(run.out).toContain("cannot tell");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test("an update whose planned hosts are known only after apply is not judged a drop", () => {
  const MARK = "SendGrid link tracking via fastly (cdktf-ssl-tracking-domain)";
  const before = { comment: MARK, aliases: ["url1.example.com"] };
  const change = {
    address: "aws_cloudfront_distribution.d",
    type: "aws_cloudfront_distribution",
    change: { actions: ["update"], before, after: { comment: MARK } },
  };
  expect(guardPlan({ format_version: "1.2", planned_values: {}, resource_changes: [change] })).toEqual([]);
});
