import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkDomain } from "../../cli/check";
import { judgeAutoSsl } from "../../cli/check/auto-ssl";
import { DnsError } from "../../cli/check/dns-client";
import { main } from "../../cli/main";
import { AUTO_SSL, DOMAINS, checkNamed, startFixture, statuses } from "./fixture";
import type { Fixture } from "./fixture";

let world: Fixture;

beforeAll(async () => {
  world = await startFixture();
});

afterAll(async () => {
  await world.close();
});

const configured = (domain: string) => ({ acmeChallengeTarget: AUTO_SSL.challengeTarget(domain), customHostnameTxt: AUTO_SSL.token });

describe("check --edge sendgrid-auto-ssl", () => {
  test("a correct world passes: CNAME to click.sendgrid.net, challenge CNAME and TXT as configured, TLS, HTTPS, HTTP", async () => {
    const report = await checkDomain(
      { domain: DOMAINS.autoSsl, edge: "sendgrid-auto-ssl", autoSsl: configured(DOMAINS.autoSsl) },
      world.options(),
    );
    expect(statuses(report)).toEqual({ DNS: "pass", "Auto SSL records": "pass", CAA: "pass", TLS: "pass", HTTPS: "pass", HTTP: "pass" });
    expect(checkNamed(report, "DNS").message).toContain("click.sendgrid.net");
    expect(checkNamed(report, "Auto SSL records").message).toContain("as configured");
  });

  test("without configured values, the records' presence and shape are checked", async () => {
    const report = await checkDomain({ domain: DOMAINS.autoSsl, edge: "sendgrid-auto-ssl" }, world.options());
    expect(checkNamed(report, "Auto SSL records").status).toBe("pass");
  });

  test("a missing TXT record fails and says what to add", async () => {
    const report = await checkDomain(
      { domain: DOMAINS.autoSslNoTxt, edge: "sendgrid-auto-ssl", autoSsl: configured(DOMAINS.autoSslNoTxt) },
      world.options(),
    );
    expect(report.status).toBe("fail");
    const records = checkNamed(report, "Auto SSL records");
    expect(records.status).toBe("fail");
    expect(records.message).toContain(`_cf-custom-hostname.${DOMAINS.autoSslNoTxt} has no TXT record: add it with ${AUTO_SSL.token}`);
  });

  test("a TXT or challenge target other than the configured one fails", async () => {
    const report = await checkDomain(
      {
        domain: DOMAINS.autoSsl,
        edge: "sendgrid-auto-ssl",
        autoSsl: {
          acmeChallengeTarget: AUTO_SSL.challengeTarget("url1.other.test"),
          customHostnameTxt: "11111111-2222-3333-4444-555555555555",
        },
      },
      world.options(),
    );
    const message = checkNamed(report, "Auto SSL records").message;
    expect(checkNamed(report, "Auto SSL records").status).toBe("fail");
    expect(message).toContain("not the configured url1.other.test.");
    expect(message).toContain("not the configured 11111111-2222-3333-4444-555555555555");
  });

  test("a link host that points elsewhere than the configured CNAME target fails DNS", async () => {
    const report = await checkDomain(
      { domain: DOMAINS.autoSsl, edge: "sendgrid-auto-ssl", cnameTarget: "click.eu.sendgrid.net" },
      world.options(),
    );
    expect(checkNamed(report, "DNS")).toMatchObject({ status: "fail" });
    expect(checkNamed(report, "DNS").message).toContain("is a CNAME for click.sendgrid.net, not for click.eu.sendgrid.net");
  });

  test("a Fastly domain is not an Auto SSL one", async () => {
    const report = await checkDomain({ domain: DOMAINS.good, edge: "sendgrid-auto-ssl" }, world.options());
    expect(statuses(report)).toMatchObject({ DNS: "fail", "Auto SSL records": "fail" });
  });

  test("from a config file: exit 0 for a correct domain, 1 when its TXT is missing", async () => {
    const zone = { name: "auto-ssl.test", provider: "cloudflare", zoneId: "0123456789abcdef0123456789abcdef" };
    const write = (name: string, domain: string) => {
      const file = join(world.dir, name);
      const entry = { domainName: domain, edge: "sendgrid-auto-ssl", sendgrid: configured(domain) };
      writeFileSync(file, JSON.stringify({ stacks: [{ name: "s", zones: [zone], domains: [entry] }] }));
      return file;
    };
    const run = async (file: string) => {
      let out = "";
      const code = await main(["check", "--config", file, ...world.args], {
        stdout: (t) => void (out += t),
        stderr: (t) => void (out += t),
      });
      return { code, out };
    };
    const good = await run(write("auto-ssl-good.json", DOMAINS.autoSsl));
    expect(good.out).toContain("(edge: SendGrid Auto SSL)");
    expect(good.out).toContain("SendGrid serves HTTPS");
    expect(good.code).toBe(0);
    const missing = await run(write("auto-ssl-missing.json", DOMAINS.autoSslNoTxt));
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/FAIL\s+Auto SSL records\s+.*has no TXT record/);
  });
});

describe("judgeAutoSsl", () => {
  test.each([
    [{ challenge: ["edge.example.net"], txt: [AUTO_SSL.token] }, /not under dcv\.cloudflare\.com/],
    [{ challenge: [], txt: [AUTO_SSL.token] }, /has no CNAME: add it, pointing at the acme_challenge_cname data SendGrid gave/],
    [{ challenge: new DnsError("timed out"), txt: [AUTO_SSL.token] }, /challenge CNAME could not be read: timed out/],
    [{ challenge: [AUTO_SSL.challengeTarget("u.x.test")], txt: new DnsError("SERVFAIL") }, /TXT record could not be read: SERVFAIL/],
  ])("%j fails", (facts, message) => {
    const result = judgeAutoSsl("u.x.test", facts, {});
    expect(result.status).toBe("fail");
    expect(result.message).toMatch(message);
  });
});

test("without --edge, an Auto SSL host is pointed out rather than only failed as bypassing the CDN", async () => {
  const report = await checkDomain({ domain: DOMAINS.autoSsl }, world.options());
  expect(checkNamed(report, "DNS").status).toBe("fail");
  expect(checkNamed(report, "DNS").message).toContain("pass --edge sendgrid-auto-ssl");
  const classic = await checkDomain({ domain: DOMAINS.sendgrid }, world.options());
  expect(checkNamed(classic, "DNS").message).not.toContain("sendgrid-auto-ssl");
});
