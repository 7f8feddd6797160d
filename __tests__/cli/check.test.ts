import { checkDomain, mapLimited, runChecks } from "../../cli/check";
import type { ConfigExpectation } from "../../cli/check";
import { findDrift, judgeDrift } from "../../cli/check/drift";
import {
  AUTO_SSL,
  CHALLENGE_TARGET,
  CLOUDFLARE_V4,
  CLOUDFRONT_TARGET,
  DOMAINS,
  FASTLY_TARGET,
  HOSTILE_TEXT,
  checkNamed,
  startFixture,
  startSilentTcpServer,
  statuses,
} from "./fixture";
import type { Fixture } from "./fixture";
import { startDnsServer } from "./loopback";
import type { Zone } from "./loopback";

let world: Fixture;

beforeAll(async () => {
  world = await startFixture();
});

afterAll(async () => {
  await world.close();
});

describe("check against loopback servers", () => {
  test("a working Fastly domain passes every check", async () => {
    const report = await checkDomain({ domain: DOMAINS.good, edge: "fastly" }, world.options());
    expect(statuses(report)).toEqual({ DNS: "pass", CAA: "pass", TLS: "pass", HTTPS: "pass", HTTP: "pass" });
    expect(report.status).toBe("pass");
    expect(checkNamed(report, "DNS").message).toContain(`CNAME for ${FASTLY_TARGET}`);
    expect(checkNamed(report, "CAA").message).toContain("good.test allows letsencrypt.org");
    expect(checkNamed(report, "TLS").message).toMatch(/trusted certificate for url1\.good\.test .* valid until \d{4}-\d\d-\d\d/);
    expect(checkNamed(report, "HTTPS").message).toContain("302 Found → https://example.org/landing through Fastly");
    expect(checkNamed(report, "HTTP").message).toContain(`127.0.0.1:${world.httpPort} answered 302`);
  });

  test("without --edge, the edge is recognised from the CNAME", async () => {
    const report = await checkDomain({ domain: DOMAINS.good }, world.options());
    expect(report.edge).toBe("fastly");
    expect(report.status).toBe("pass");
  });

  test("a CNAME still at sendgrid.net fails DNS", async () => {
    const report = await checkDomain({ domain: DOMAINS.sendgrid, edge: "fastly" }, world.options());
    const dns = checkNamed(report, "DNS");
    expect(dns.status).toBe("fail");
    expect(dns.message).toContain("still points at sendgrid.net directly");
    expect(dns.message).toContain("point the CNAME at your Fastly TLS configuration's target");
    expect(report.status).toBe("fail");
  });

  test("before the cutover, --via checks the new edge and DNS at sendgrid.net only warns", async () => {
    const report = await checkDomain({ domain: DOMAINS.sendgrid, cnameTarget: FASTLY_TARGET }, world.options({ via: FASTLY_TARGET }));
    expect(report.edge).toBe("fastly"); // recognised from the --via host
    expect(statuses(report)).toEqual({ DNS: "warn", CAA: "pass", TLS: "pass", HTTPS: "pass", HTTP: "pass" });
    expect(checkNamed(report, "DNS").message).toContain(
      `still points at sendgrid.net, as expected before the cutover (--via checked ${FASTLY_TARGET} instead)`,
    );
    expect(checkNamed(report, "DNS").message).toContain(`point the CNAME at ${FASTLY_TARGET}`);
    expect(checkNamed(report, "TLS").message).toContain(`(${FASTLY_TARGET}) presents a trusted certificate`);
  });

  test("a CAA set that excludes the edge's CA fails", async () => {
    const report = await checkDomain({ domain: DOMAINS.caa, edge: "fastly" }, world.options());
    const caa = checkNamed(report, "CAA");
    expect(caa.status).toBe("fail");
    expect(caa.message).toContain("caa.test allows digicert.com, not letsencrypt.org");
    expect(caa.message).toContain('add `caa.test. CAA 0 issue "letsencrypt.org"`');
  });

  test("the CAA check follows the chosen Fastly certificate authority", async () => {
    const report = await checkDomain({ domain: DOMAINS.good, edge: "fastly", certificateAuthority: "certainly" }, world.options());
    const caa = checkNamed(report, "CAA");
    expect(caa.status).toBe("fail");
    expect(caa.message).toContain("not certainly.com that Fastly uses for certainly");
  });

  test("the CAA set of a CNAME target answers for the alias, before the parents", async () => {
    const report = await checkDomain({ domain: DOMAINS.aliasCaa, edge: "fastly" }, world.options());
    const caa = checkNamed(report, "CAA");
    expect(caa.status).toBe("fail");
    expect(caa.message).toContain(`the CAA set at ${DOMAINS.aliasCaa} (from its CNAME target edge.strict-cdn.test) allows digicert.com`);
    expect(caa.message).toContain("ask its operator to allow letsencrypt.org");
  });

  test("a certificate for another name fails TLS", async () => {
    const report = await checkDomain({ domain: DOMAINS.wrongName, edge: "fastly" }, world.options());
    const tls = checkNamed(report, "TLS");
    expect(tls.status).toBe("fail");
    expect(tls.message).toContain(
      `127.0.0.1:${world.httpsPort} presents a certificate for other.test, www.other.test, not url4.wrong-name.test`,
    );
    expect(tls.message).toContain("the edge has no certificate for it yet");
    expect(tls.message).not.toContain("chain is not trusted");
  });

  test("an expired certificate fails TLS", async () => {
    const report = await checkDomain({ domain: DOMAINS.expired, edge: "fastly" }, world.options());
    const tls = checkNamed(report, "TLS");
    expect(tls.status).toBe("fail");
    expect(tls.message).toMatch(/^the certificate expired on \d{4}-\d\d-\d\d: renew it/);
  });

  test("a certificate that expires within 14 days warns", async () => {
    const report = await checkDomain({ domain: DOMAINS.soon, edge: "fastly" }, world.options());
    const tls = checkNamed(report, "TLS");
    expect(tls.status).toBe("warn");
    expect(tls.message).toMatch(/expires in [45] days/);
    expect(report.status).toBe("warn");
  });

  test("the report carries the certificate's notAfter and days left, for a monitor", async () => {
    const report = await checkDomain({ domain: DOMAINS.soon, edge: "fastly" }, world.options());
    expect(report.certificate?.daysLeft).toBeGreaterThanOrEqual(4);
    expect(report.certificate?.daysLeft).toBeLessThanOrEqual(5);
    const notAfter = Date.parse(report.certificate?.notAfter ?? "");
    expect(Math.abs(notAfter - (Date.now() + 5 * 24 * 3600 * 1000))).toBeLessThan(10 * 60 * 1000);
    expect(checkNamed(report, "TLS").message).toContain(`expires in ${report.certificate?.daysLeft} days`);
  });

  test.each([
    [14, "warn"],
    [6, "warn"],
    [4, "pass"],
    [0, "pass"],
  ])("--expiry-warning-days %i moves the warning: a certificate with 4 to 5 days left gives %s", async (days, status) => {
    const report = await checkDomain({ domain: DOMAINS.soon, edge: "fastly" }, world.options({ expiryWarningDays: days }));
    // 4 days and some hours left: 4 whole days, so a threshold of 4 no longer warns.
    expect(report.certificate?.daysLeft).toBe(4);
    expect(checkNamed(report, "TLS").status).toBe(status);
    if (status === "warn") expect(checkNamed(report, "TLS").message).toContain(`less than the ${days} of --expiry-warning-days`);
  });

  test("an expired certificate fails whatever the threshold, with a negative days left", async () => {
    const report = await checkDomain({ domain: DOMAINS.expired, edge: "fastly" }, world.options({ expiryWarningDays: 0 }));
    expect(checkNamed(report, "TLS").status).toBe("fail");
    expect(report.certificate?.daysLeft).toBeLessThan(0);
  });

  test("no certificate, no expiry in the report", async () => {
    const report = await checkDomain({ domain: DOMAINS.missing, edge: "fastly" }, world.options());
    expect(report.certificate).toBeUndefined();
  });

  test("a chain from an untrusted root fails TLS", async () => {
    const report = await checkDomain({ domain: DOMAINS.untrusted, edge: "fastly" }, world.options());
    const tls = checkNamed(report, "TLS");
    expect(tls.status).toBe("fail");
    expect(tls.message).toContain("the chain is not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE");
  });

  test("without --ca-file the test root is not trusted either", async () => {
    const options = world.options();
    delete options.extraCa;
    const report = await checkDomain({ domain: DOMAINS.good, edge: "fastly" }, options);
    expect(checkNamed(report, "TLS").status).toBe("fail");
    expect(checkNamed(report, "TLS").message).toContain("pass --ca-file for a private root");
  });

  test("a Fastly backend error (503) fails HTTPS and HTTP", async () => {
    const report = await checkDomain({ domain: DOMAINS.fastlyError, edge: "fastly" }, world.options());
    for (const name of ["HTTPS", "HTTP"]) {
      const check = checkNamed(report, name);
      expect(check.status).toBe("fail");
      expect(check.message).toContain("Fastly answered 503 Backend unavailable, a backend error");
    }
  });

  test("a Cloudflare 52x error fails HTTPS and HTTP", async () => {
    const report = await checkDomain({ domain: DOMAINS.cloudflareError, edge: "cloudflare-proxy" }, world.options({ via: "127.0.0.1" }));
    expect(checkNamed(report, "DNS").status).toBe("pass");
    for (const name of ["HTTPS", "HTTP"]) {
      const check = checkNamed(report, name);
      expect(check.status).toBe("fail");
      expect(check.message).toContain("Cloudflare answered 522 (the connection to the origin timed out)");
    }
  });

  test("an answer from the CDN cache fails", async () => {
    const report = await checkDomain({ domain: DOMAINS.cached, edge: "fastly" }, world.options());
    const https = checkNamed(report, "HTTPS");
    expect(https.status).toBe("fail");
    expect(https.message).toContain("the answer came from the CDN cache (X-Cache: HIT");
  });

  test("a refused port 80 fails HTTP", async () => {
    const report = await checkDomain({ domain: DOMAINS.good, edge: "fastly" }, world.options({ httpPort: world.refusedPort }));
    expect(checkNamed(report, "HTTPS").status).toBe("pass");
    const http = checkNamed(report, "HTTP");
    expect(http.status).toBe("fail");
    expect(http.message).toContain(`127.0.0.1:${world.refusedPort} refused plain HTTP`);
    expect(http.message).toContain("http://url1.good.test/");
  });

  test("a silent resolver times out with a clear message and nothing hangs", async () => {
    const report = await checkDomain(
      { domain: DOMAINS.good, edge: "fastly" },
      world.options({ resolver: { address: "127.0.0.1", port: world.silentDnsPort }, timeoutMs: 300 }),
    );
    expect(statuses(report)).toEqual({ DNS: "fail", CAA: "fail", TLS: "fail", HTTPS: "fail", HTTP: "fail" });
    expect(checkNamed(report, "DNS").message).toContain(
      `query for url1.good.test to 127.0.0.1:${world.silentDnsPort} timed out after 300 ms`,
    );
    expect(checkNamed(report, "CAA").message).toContain("CAA query for url1.good.test");
    expect(checkNamed(report, "CAA").message).toContain("timed out after 300 ms");
    expect(checkNamed(report, "TLS").message).toBe("not checked: url1.good.test has no address to connect to (see DNS)");
  });

  test("an edge that accepts connections but never answers times out", async () => {
    const report = await checkDomain(
      { domain: DOMAINS.good, edge: "fastly" },
      world.options({ httpsPort: world.silentTcpPort, httpPort: world.silentTcpPort, timeoutMs: 300 }),
    );
    expect(checkNamed(report, "TLS").message).toContain(`no TLS handshake with 127.0.0.1:${world.silentTcpPort} within 300 ms`);
    expect(checkNamed(report, "HTTPS").message).toContain("no HTTPS answer");
    expect(checkNamed(report, "HTTP").message).toContain("no HTTP answer");
  });

  test("a proxied Cloudflare domain, checked via its edge address, passes", async () => {
    const report = await checkDomain({ domain: DOMAINS.cloudflare }, world.options({ via: "127.0.0.1" }));
    expect(report.edge).toBe("cloudflare-proxy");
    expect(statuses(report)).toEqual({ DNS: "pass", CAA: "pass", TLS: "pass", HTTPS: "pass", HTTP: "pass" });
    expect(checkNamed(report, "DNS").message).toContain("resolves to 104.16.0.1, 2606:4700::1 (Cloudflare addresses");
    expect(checkNamed(report, "CAA").message).toContain("allows every CA Cloudflare Universal SSL uses");
    expect(checkNamed(report, "HTTPS").message).toContain("through Cloudflare");
  });

  test("a CAA set that allows only some of Cloudflare's CAs warns", async () => {
    const report = await checkDomain(
      { domain: DOMAINS.cloudflarePartialCaa, edge: "cloudflare-proxy" },
      world.options({ via: "127.0.0.1" }),
    );
    const caa = checkNamed(report, "CAA");
    expect(caa.status).toBe("warn");
    expect(caa.message).toContain("allows letsencrypt.org but not pki.goog, ssl.com, sectigo.com");
  });

  test("a domain on the other CDN warns and names the right --edge", async () => {
    const report = await checkDomain({ domain: DOMAINS.good, edge: "cloudflare-proxy" }, world.options());
    const dns = checkNamed(report, "DNS");
    expect(dns.status).toBe("warn");
    expect(dns.message).toContain("which is Fastly, not Cloudflare: if Fastly is your edge, pass --edge fastly");
    expect(checkNamed(report, "HTTPS").status).toBe("warn");
    expect(checkNamed(report, "HTTPS").message).toContain("without Cloudflare's headers (CF-Ray)");
  });

  test("a domain pointing at no known CDN warns", async () => {
    const report = await checkDomain({ domain: DOMAINS.elsewhere, edge: "fastly" }, world.options());
    const dns = checkNamed(report, "DNS");
    expect(dns.status).toBe("warn");
    expect(dns.message).toContain("resolves to 127.0.0.1, which is not Fastly, Cloudflare or CloudFront");
  });

  test("a domain missing from DNS fails, and the connection steps say why they did not run", async () => {
    const report = await checkDomain({ domain: DOMAINS.missing, edge: "fastly" }, world.options());
    expect(checkNamed(report, "DNS").message).toContain("url14.missing.test does not exist in DNS");
    expect(checkNamed(report, "HTTPS").message).toContain("not checked");
  });

  test("runChecks reports the worst status of all domains, in order", async () => {
    const report = await runChecks(
      [
        { domain: DOMAINS.good, edge: "fastly" },
        { domain: DOMAINS.expired, edge: "fastly" },
      ],
      world.options(),
    );
    expect(report.domains.map((domain) => [domain.domain, domain.status])).toEqual([
      [DOMAINS.good, "pass"],
      [DOMAINS.expired, "fail"],
    ]);
    expect(report.status).toBe("fail");
  });
});

describe("drift from the config", () => {
  const fastly = (extra: Partial<ConfigExpectation> = {}): ConfigExpectation => ({
    edge: "fastly",
    origin: "sendgrid.net",
    acmeChallenge: `_acme-challenge.${DOMAINS.good}`,
    ...extra,
  });
  const proxied: ConfigExpectation = { edge: "cloudflare-proxy", origin: "sendgrid.net" };

  test.each<[string, string, ConfigExpectation, { field: string; config: string; dns: string }[]]>([
    [
      "a Fastly CNAME edited by hand to another Fastly target",
      DOMAINS.good,
      fastly({ cnameTarget: "other.sni.global.fastly.net" }),
      [{ field: "cname", config: "a CNAME to other.sni.global.fastly.net", dns: `a CNAME to ${FASTLY_TARGET}` }],
    ],
    [
      "a Fastly domain without fastly.cnameTarget whose record no longer points at Fastly",
      DOMAINS.elsewhere,
      fastly({ acmeChallenge: undefined }),
      [
        { field: "edge", config: "fastly", dns: "no known edge: no CNAME, addresses 127.0.0.1" },
        {
          field: "cname",
          config: "a CNAME to a Fastly name (*.fastly.net; the exact target is not in the file without fastly.cnameTarget)",
          dns: "no CNAME, addresses 127.0.0.1",
        },
      ],
    ],
    [
      "a Fastly domain whose record was switched to proxied",
      DOMAINS.cloudflare,
      fastly({ acmeChallenge: undefined }),
      [
        { field: "edge", config: "fastly", dns: `cloudflare-proxy (no CNAME, addresses ${CLOUDFLARE_V4}, 2606:4700::1, all Cloudflare's)` },
        {
          field: "proxied",
          config: "DNS only (not proxied)",
          dns: `proxied (Cloudflare's own addresses ${CLOUDFLARE_V4}, 2606:4700::1, no CNAME)`,
        },
        // No "cname" drift: a proxied record hides its CNAME, so its target cannot be compared.
      ],
    ],
    [
      "a proxied Cloudflare domain switched to DNS only, straight to SendGrid",
      DOMAINS.sendgrid,
      proxied,
      [
        { field: "edge", config: "cloudflare-proxy", dns: "no edge: a CNAME to sendgrid.net, straight to SendGrid" },
        { field: "proxied", config: "proxied (a CNAME to sendgrid.net behind Cloudflare)", dns: "DNS only (a CNAME to sendgrid.net)" },
      ],
    ],
    [
      "a Cloudflare domain in the file that DNS sends to Fastly",
      DOMAINS.good,
      proxied,
      [
        { field: "edge", config: "cloudflare-proxy", dns: `fastly (a CNAME to ${FASTLY_TARGET})` },
        { field: "proxied", config: "proxied (a CNAME to sendgrid.net behind Cloudflare)", dns: `DNS only (a CNAME to ${FASTLY_TARGET})` },
        { field: "cname", config: "a CNAME to sendgrid.net", dns: `a CNAME to ${FASTLY_TARGET}` },
      ],
    ],
    [
      "a managed Fastly certificate whose _acme-challenge record was deleted",
      DOMAINS.soon,
      fastly({ acmeChallenge: `_acme-challenge.${DOMAINS.soon}` }),
      [
        {
          field: "acme-challenge",
          config: `a CNAME at _acme-challenge.${DOMAINS.soon} to Fastly's challenge target (its value comes from Fastly), which renews the managed certificate`,
          dns: `_acme-challenge.${DOMAINS.soon} does not exist`,
        },
      ],
    ],
  ])("%s fails Drift, naming what the file says and what DNS says", async (_case, domain, config, drift) => {
    const report = await checkDomain({ domain, config }, world.options({ via: "127.0.0.1", timeoutMs: 1000 }));
    expect(report.drift).toEqual(drift);
    const check = checkNamed(report, "Drift");
    expect(check.status).toBe("fail");
    expect(report.status).toBe("fail");
    for (const item of drift) expect(check.message).toContain(`${item.field}: the file says ${item.config}, DNS says ${item.dns}`);
  });

  test.each<[string, string, ConfigExpectation, string]>([
    [
      "a Fastly domain as the file says, with its challenge record",
      DOMAINS.good,
      fastly({ cnameTarget: FASTLY_TARGET }),
      `DNS matches the config: fastly, a CNAME to ${FASTLY_TARGET}; _acme-challenge.${DOMAINS.good} is a CNAME to ${CHALLENGE_TARGET}`,
    ],
    ["a proxied Cloudflare domain as the file says", DOMAINS.cloudflare, proxied, "DNS matches the config: cloudflare-proxy, proxied"],
  ])("%s passes Drift", async (_case, domain, config, message) => {
    const report = await checkDomain({ domain, config }, world.options({ via: "127.0.0.1" }));
    expect(checkNamed(report, "Drift")).toEqual({ name: "Drift", status: "pass", message });
    expect(report.drift).toEqual([]);
  });

  const cloudfront: ConfigExpectation = { edge: "cloudfront", origin: "sendgrid.net" };
  const autoSsl = (domain: string, extra: Partial<ConfigExpectation["autoSsl"]> = {}): ConfigExpectation => ({
    edge: "sendgrid-auto-ssl",
    origin: "sendgrid.net",
    autoSsl: { acmeChallengeTarget: AUTO_SSL.challengeTarget(domain), customHostnameTxt: AUTO_SSL.token, ...extra },
  });

  test.each<[string, string, ConfigExpectation, { field: string; config: string; dns: string }[]]>([
    [
      "a CloudFront domain whose record was moved to Fastly",
      DOMAINS.good,
      cloudfront,
      [
        { field: "edge", config: "cloudfront", dns: `fastly (a CNAME to ${FASTLY_TARGET})` },
        {
          field: "cname",
          config:
            "a CNAME to the distribution's domain name (*.cloudfront.net; the exact name comes from AWS, in the stack's cname_target output)",
          dns: `a CNAME to ${FASTLY_TARGET}`,
        },
      ],
    ],
    [
      "a CloudFront domain sent straight back to SendGrid",
      DOMAINS.sendgrid,
      cloudfront,
      [
        { field: "edge", config: "cloudfront", dns: "no edge: a CNAME to sendgrid.net, straight to SendGrid" },
        {
          field: "cname",
          config:
            "a CNAME to the distribution's domain name (*.cloudfront.net; the exact name comes from AWS, in the stack's cname_target output)",
          dns: "a CNAME to sendgrid.net",
        },
      ],
    ],
    [
      "an Auto SSL domain whose TXT record was deleted",
      DOMAINS.autoSslNoTxt,
      autoSsl(DOMAINS.autoSslNoTxt),
      [
        {
          field: "custom-hostname-txt",
          config: `a TXT record at _cf-custom-hostname.${DOMAINS.autoSslNoTxt} holding ${AUTO_SSL.token}`,
          dns: `_cf-custom-hostname.${DOMAINS.autoSslNoTxt} has no TXT record`,
        },
      ],
    ],
    [
      "an Auto SSL domain whose challenge CNAME points elsewhere than the file says, and whose CNAME is the classic sendgrid.net",
      DOMAINS.sendgrid,
      autoSsl(DOMAINS.sendgrid, { acmeChallengeTarget: "x.dcv.cloudflare.com" }),
      [
        { field: "cname", config: "a CNAME to click.sendgrid.net", dns: "a CNAME to sendgrid.net" },
        {
          field: "acme-challenge",
          config: `a CNAME at _acme-challenge.${DOMAINS.sendgrid} to x.dcv.cloudflare.com`,
          dns: `_acme-challenge.${DOMAINS.sendgrid} has no CNAME`,
        },
        {
          field: "custom-hostname-txt",
          config: `a TXT record at _cf-custom-hostname.${DOMAINS.sendgrid} holding ${AUTO_SSL.token}`,
          dns: `_cf-custom-hostname.${DOMAINS.sendgrid} has no TXT record`,
        },
      ],
    ],
    [
      "an Auto SSL domain whose owner CNAME, which the file has the edge write, is missing",
      DOMAINS.autoSsl,
      autoSsl(DOMAINS.autoSsl, { ownerCname: "4242.auto-ssl.test" }),
      [{ field: "owner-cname", config: "a CNAME at 4242.auto-ssl.test to sendgrid.net", dns: "4242.auto-ssl.test does not exist" }],
    ],
  ])("every edge is compared: %s fails Drift", async (_case, domain, config, drift) => {
    const edge = config.edge as "cloudfront" | "sendgrid-auto-ssl";
    const report = await checkDomain({ domain, edge, config }, world.options({ timeoutMs: 1000 }));
    expect(report.drift).toEqual(drift);
    expect(checkNamed(report, "Drift").status).toBe("fail");
  });

  test.each<[string, string, ConfigExpectation, string]>([
    [
      "a CloudFront domain as the file says",
      DOMAINS.cloudfront,
      cloudfront,
      `DNS matches the config: cloudfront, a CNAME to ${CLOUDFRONT_TARGET}`,
    ],
    [
      "an Auto SSL domain with its three records as the file says",
      DOMAINS.autoSsl,
      autoSsl(DOMAINS.autoSsl),
      `DNS matches the config: sendgrid-auto-ssl, a CNAME to click.sendgrid.net; _acme-challenge.${DOMAINS.autoSsl} and _cf-custom-hostname.${DOMAINS.autoSsl} as the file says`,
    ],
    [
      "an Auto SSL domain with its four records as the file says",
      DOMAINS.autoSsl,
      autoSsl(DOMAINS.autoSsl, { ownerCname: AUTO_SSL.ownerName }),
      `DNS matches the config: sendgrid-auto-ssl, a CNAME to click.sendgrid.net; _acme-challenge.${DOMAINS.autoSsl} and _cf-custom-hostname.${DOMAINS.autoSsl} as the file says; ${AUTO_SSL.ownerName} is a CNAME to sendgrid.net`,
    ],
  ])("every edge is compared: %s passes Drift", async (_case, domain, config, message) => {
    const edge = config.edge as "cloudfront" | "sendgrid-auto-ssl";
    const report = await checkDomain({ domain, edge, config }, world.options());
    expect(checkNamed(report, "Drift")).toEqual({ name: "Drift", status: "pass", message });
    expect(report.drift).toEqual([]);
  });

  test("without a config there is no Drift check", async () => {
    const report = await checkDomain({ domain: DOMAINS.good, edge: "fastly" }, world.options());
    expect(report.checks.map((check) => check.name)).toEqual(["DNS", "CAA", "TLS", "HTTPS", "HTTP"]);
    expect(report.drift).toBeUndefined();
  });
});

describe("check --edge cloudfront against loopback servers", () => {
  test("a working CloudFront domain passes every check, recognised from its CNAME", async () => {
    const report = await checkDomain({ domain: DOMAINS.cloudfront }, world.options());
    expect(report.edge).toBe("cloudfront");
    expect(statuses(report)).toEqual({ DNS: "pass", CAA: "pass", TLS: "pass", HTTPS: "pass", HTTP: "pass" });
    expect(checkNamed(report, "DNS").message).toContain(`CNAME for ${CLOUDFRONT_TARGET} and resolves to 127.0.0.1 (CloudFront)`);
    expect(checkNamed(report, "CAA").message).toContain(
      "cloudfront.test allows amazon.com, which ACM issues CloudFront's certificate under",
    );
    expect(checkNamed(report, "HTTPS").message).toContain("302 Found → https://example.org/landing through CloudFront, not from its cache");
  });

  test("an answer from CloudFront's cache fails, and so does a CAA set without Amazon", async () => {
    const report = await checkDomain({ domain: DOMAINS.cloudfrontCached, edge: "cloudfront" }, world.options());
    for (const name of ["HTTPS", "HTTP"]) {
      expect(checkNamed(report, name)).toEqual({
        name,
        status: "fail",
        message:
          "the answer came from the CDN cache (X-Cache: Hit from cloudfront on a repeated request): every click must reach SendGrid to be counted and redirected, so the edge must not cache",
      });
    }
    const caa = checkNamed(report, "CAA");
    expect(caa.status).toBe("fail");
    expect(caa.message).toContain("allows letsencrypt.org, none of Amazon's (amazon.com, amazontrust.com, awstrust.com, amazonaws.com)");
  });

  test("CloudFront's default certificate instead of the domain's fails TLS, saying what to fix on the distribution", async () => {
    const report = await checkDomain({ domain: DOMAINS.cloudfrontWrongCertificate, edge: "cloudfront" }, world.options());
    const tls = checkNamed(report, "TLS");
    expect(tls.status).toBe("fail");
    expect(tls.message).toContain(`presents a certificate for *.cloudfront.net, cloudfront.net, not ${DOMAINS.cloudfrontWrongCertificate}`);
    expect(tls.message).toContain(
      `check that ${DOMAINS.cloudfrontWrongCertificate} is an alias of the distribution and that its viewer certificate is the issued ACM certificate`,
    );
  });

  test("CloudFront's 502 (origin certificate mismatch) fails HTTPS and HTTP, explained", async () => {
    const report = await checkDomain({ domain: DOMAINS.cloudfrontOriginError, edge: "cloudfront" }, world.options());
    for (const name of ["HTTPS", "HTTP"]) {
      const check = checkNamed(report, name);
      expect(check.status).toBe("fail");
      expect(check.message).toContain(
        "CloudFront answered 502 (X-Cache: Error from cloudfront): CloudFront could not complete TLS with SendGrid",
      );
      expect(check.message).toContain(
        "SendGrid's own host (its certificate names it, never the branded domain), https-only, port 443, TLSv1.2",
      );
    }
  });

  test("a Fastly domain checked as CloudFront warns and names the right --edge", async () => {
    const report = await checkDomain({ domain: DOMAINS.good, edge: "cloudfront" }, world.options());
    const dns = checkNamed(report, "DNS");
    expect(dns.status).toBe("warn");
    expect(dns.message).toContain("which is Fastly, not CloudFront: if Fastly is your edge, pass --edge fastly");
    expect(checkNamed(report, "HTTPS").message).toContain(
      "through Fastly but without CloudFront's headers (X-Amz-Cf-Id, Via: … (CloudFront))",
    );
  });
});

describe("hostile or slow networks, and many domains", () => {
  const caaZone: Zone = {
    [DOMAINS.caa]: [{ type: "CNAME", data: FASTLY_TARGET }],
    [FASTLY_TARGET]: [{ type: "A", data: "127.0.0.1" }],
    "caa.test": [{ type: "CAA", data: { flags: 0, tag: "issue", value: "digicert.com" } }],
  };

  test("a truncated UDP answer (TC flag) is asked again over TCP, so a CAA set is not taken as empty", async () => {
    const dns = await startDnsServer(caaZone, { truncateUdp: true });
    try {
      const report = await checkDomain(
        { domain: DOMAINS.caa, edge: "fastly" },
        world.options({ resolver: { address: "127.0.0.1", port: dns.port } }),
      );
      expect(checkNamed(report, "DNS").status).toBe("pass");
      const caa = checkNamed(report, "CAA");
      expect(caa.status).toBe("fail");
      expect(caa.message).toContain("caa.test allows digicert.com, not letsencrypt.org");
    } finally {
      await dns.close();
    }
  });

  test("a truncated answer that cannot be asked again over TCP fails, rather than passing on no data", async () => {
    const dns = await startDnsServer(caaZone, { truncateUdp: true, tcp: false });
    try {
      const report = await checkDomain(
        { domain: DOMAINS.caa, edge: "fastly" },
        world.options({ resolver: { address: "127.0.0.1", port: dns.port }, timeoutMs: 500 }),
      );
      const caa = checkNamed(report, "CAA");
      expect(caa.status).toBe("fail");
      expect(caa.message).toContain(
        `the CAA answer for ${DOMAINS.caa} from 127.0.0.1:${dns.port} was truncated, and asking again over TCP failed`,
      );
    } finally {
      await dns.close();
    }
  });

  test("a slow resolver and a long name end within 4 × --timeout, saying why", async () => {
    const dns = await startDnsServer({}, { delayMs: 40 });
    // The CAA lookup asks once per label: 61 answers of 40 ms each, far past the deadline.
    const domain = `${"a.".repeat(60)}slow.test`;
    try {
      const started = Date.now();
      const report = await checkDomain(
        { domain, edge: "fastly" },
        world.options({ resolver: { address: "127.0.0.1", port: dns.port }, timeoutMs: 100 }),
      );
      expect(Date.now() - started).toBeLessThan(1200);
      expect(checkNamed(report, "CAA").message).toContain(`the check of ${domain} reached its time limit of 400 ms (4 × --timeout)`);
    } finally {
      await dns.close();
    }
  });

  test("--config domains are checked a few at a time: connections stay within 3 per domain × concurrency", async () => {
    const names = Array.from({ length: 12 }, (_, index) => `d${index}.many.test`);
    const dns = await startDnsServer(Object.fromEntries(names.map((name) => [name, [{ type: "A" as const, data: "127.0.0.1" }]])));
    const silent = await startSilentTcpServer();
    try {
      const report = await runChecks(
        names.map((domain) => ({ domain, edge: "fastly" as const })),
        world.options({
          resolver: { address: "127.0.0.1", port: dns.port },
          httpsPort: silent.port,
          httpPort: silent.port,
          timeoutMs: 150,
          concurrency: 3,
        }),
      );
      expect(report.domains.map((domain) => domain.domain)).toEqual(names);
      expect(silent.peak()).toBeGreaterThan(0);
      expect(silent.peak()).toBeLessThanOrEqual(3 * 3);
    } finally {
      await Promise.all([dns.close(), silent.close()]);
    }
  });

  test("by default 32 domains are checked at once, so 10,000 fit the monitor's job limit (bench/check.ts)", async () => {
    const names = Array.from({ length: 40 }, (_, index) => `d${index}.default.test`);
    const dns = await startDnsServer(Object.fromEntries(names.map((name) => [name, [{ type: "A" as const, data: "127.0.0.1" }]])));
    const silent = await startSilentTcpServer();
    try {
      const options = world.options({
        resolver: { address: "127.0.0.1", port: dns.port },
        httpsPort: silent.port,
        httpPort: silent.port,
        timeoutMs: 300,
      });
      delete options.concurrency;
      await runChecks(
        names.map((domain) => ({ domain, edge: "fastly" as const })),
        options,
      );
      // Each domain holds its TLS, HTTPS and HTTP connections open to the silent port at once.
      expect(silent.peak()).toBeGreaterThan(3 * 8);
      expect(silent.peak()).toBeLessThanOrEqual(3 * 32);
    } finally {
      await Promise.all([dns.close(), silent.close()]);
    }
  });

  test("control characters from DNS answers are escaped in the report", async () => {
    const report = await runChecks([{ domain: DOMAINS.escape, edge: "fastly" }], world.options({ timeoutMs: 500 }));
    const text = JSON.stringify(report);
    expect(text).not.toContain(HOSTILE_TEXT[0]);
    expect(text).not.toContain("\u202e");
    expect(checkNamed(report.domains[0], "DNS").message).toContain("edge\\x1b[31m\\u{202e}.example.net");
    expect(checkNamed(report.domains[0], "CAA").message).toContain("letsencrypt.org\\x1b[31m\\u{202e}");
  });
});

describe("mapLimited", () => {
  test.each([
    [1, 5],
    [3, 10],
    [8, 3],
  ])("at most %i at once over %i items, results in order", async (limit, count) => {
    let running = 0;
    let peak = 0;
    const items = Array.from({ length: count }, (_, index) => index);
    const results = await mapLimited(items, limit, async (item) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5 * ((item * 7) % 3)));
      running--;
      return item * 2;
    });
    expect(results).toEqual(items.map((item) => item * 2));
    expect(peak).toBe(Math.min(limit, count));
  });
});

describe("findDrift and judgeDrift without a network", () => {
  const facts = { chain: [FASTLY_TARGET], addresses: ["151.101.1.1"], nxdomain: false };

  test("an edge check cannot recognise in DNS is not compared, rather than reported as drift", () => {
    const { check, drift } = judgeDrift("url1.example.com", { edge: "akamai", origin: "sendgrid.net" }, facts, undefined);
    expect(check).toEqual({
      name: "Drift",
      status: "warn",
      message:
        'not compared: drift is compared for the fastly, cloudflare-proxy, cloudfront, sendgrid-auto-ssl edges, not "akamai" of url1.example.com',
    });
    expect(drift).toEqual([]);
  });

  test("a failed DNS lookup is not a pass", () => {
    const { check } = judgeDrift("url1.example.com", { edge: "fastly", origin: "sendgrid.net" }, new Error("timed out"), undefined);
    expect(check.status).toBe("fail");
    expect(check.message).toContain("not compared: the DNS lookup of url1.example.com failed");
  });

  test("a challenge record that exists passes, whatever its Fastly-given value", () => {
    const expected = { edge: "fastly", origin: "sendgrid.net", acmeChallenge: "_acme-challenge.url1.example.com" };
    expect(findDrift(expected, facts, { target: "abc.example.net", nxdomain: false })).toEqual([]);
    expect(findDrift(expected, facts, { nxdomain: false })).toEqual([
      expect.objectContaining({ field: "acme-challenge", dns: "_acme-challenge.url1.example.com has no CNAME" }),
    ]);
  });
});
