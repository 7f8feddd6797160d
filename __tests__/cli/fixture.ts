/**
 * One loopback world for the `check` tests: a zone with a domain per scenario, certificates from a
 * throwaway CA (and from a second CA nobody trusts), and a CDN-like web server per scheme.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer as createTcpServer } from "node:net";
import type { AddressInfo, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CheckOptions, DomainReport, CheckResult } from "../../cli/check";
import {
  CLOUDFLARE_HEADERS,
  CLOUDFRONT_HEADERS,
  FASTLY_HEADERS,
  closedPort,
  createTestCa,
  redirect,
  rsaKeyPair,
  startDnsServer,
  startSilentDnsServer,
  startWebServers,
} from "./loopback";
import type { Handler, IssuedCertificate, Zone } from "./loopback";

export const FASTLY_TARGET = "t.sni.global.fastly.net";
/** Where a managed Fastly certificate's `_acme-challenge` CNAME points (its value comes from Fastly). */
export const CHALLENGE_TARGET = "x1y2z3.fastly-validations.test";
export const CLOUDFLARE_V4 = "104.16.0.1";
export const CLOUDFRONT_TARGET = "d111111abcdef8.cloudfront.net";

/** One domain per scenario. */
export const DOMAINS = {
  good: "url1.good.test",
  sendgrid: "url2.sendgrid.test",
  caa: "url3.caa.test",
  wrongName: "url4.wrong-name.test",
  expired: "url5.expired.test",
  untrusted: "url6.untrusted.test",
  fastlyError: "url7.fastly-error.test",
  cached: "url8.cached.test",
  soon: "url9.soon.test",
  cloudflare: "url10.cf.test",
  cloudflareError: "url11.cf-error.test",
  cloudflarePartialCaa: "url12.cf-partial.test",
  elsewhere: "url13.elsewhere.test",
  missing: "url14.missing.test",
  aliasCaa: "url15.alias-caa.test",
  escape: "url16.escape.test",
  autoSsl: "url17.auto-ssl.test",
  autoSslNoTxt: "url18.auto-ssl.test",
  cloudfront: "url17.cloudfront.test",
  cloudfrontCached: "url18.cf-cached.test",
  cloudfrontWrongCertificate: "url19.cf-wrong-cert.test",
  cloudfrontOriginError: "url20.cf-origin-error.test",
  /** In a zone whose wildcard certificate comes from GlobalSign, which its CAA set allows. */
  wildcardGlobalsign: "url21.wild.test",
  /** In a zone whose CAA set allows Let's Encrypt for names but forbids every wildcard (issuewild ";"). */
  noWildcard: "url22.no-wild.test",
} as const;

/** The records SendGrid's API gives an Auto SSL link, for the domains above. */
export const AUTO_SSL = {
  challengeTarget: (domain: string) => `${domain}.4a767ed83ff78982.dcv.cloudflare.com`,
  token: "06231e2e-5d7c-40c0-9b4a-ee31c2a8e98b",
  /** The owner CNAME's name, `<user id>.<domain>`, which exists in the zone. */
  ownerName: "8119916.auto-ssl.test",
};

/** What a hostile DNS server could put in answers: an ANSI escape that clears the line, a bidi override. */
export const HOSTILE_TEXT = "\u001b[31m\u202e";

const DAY = 24 * 60 * 60 * 1000;
const cname = (data: string) => ({ type: "CNAME" as const, data });
const a = (data: string) => ({ type: "A" as const, data });
const issue = (value: string) => ({ type: "CAA" as const, data: { flags: 0, tag: "issue" as const, value } });

function zone(): Zone {
  const cloudflare = [a(CLOUDFLARE_V4), { type: "AAAA" as const, data: "2606:4700::1" }];
  return {
    [FASTLY_TARGET]: [a("127.0.0.1")],
    "sendgrid.net": [a("127.0.0.1")],
    [DOMAINS.good]: [cname(FASTLY_TARGET)],
    [`_acme-challenge.${DOMAINS.good}`]: [cname(CHALLENGE_TARGET)],
    "good.test": [issue("letsencrypt.org"), { type: "CAA", data: { flags: 0, tag: "iodef", value: "mailto:security@good.test" } }],
    [DOMAINS.sendgrid]: [cname("sendgrid.net")],
    [DOMAINS.caa]: [cname(FASTLY_TARGET)],
    "caa.test": [issue("digicert.com")],
    [DOMAINS.wrongName]: [cname(FASTLY_TARGET)],
    [DOMAINS.expired]: [cname(FASTLY_TARGET)],
    [DOMAINS.untrusted]: [cname(FASTLY_TARGET)],
    [DOMAINS.fastlyError]: [cname(FASTLY_TARGET)],
    [DOMAINS.cached]: [cname(FASTLY_TARGET)],
    [`_acme-challenge.${DOMAINS.cached}`]: [cname(CHALLENGE_TARGET)],
    [DOMAINS.soon]: [cname(FASTLY_TARGET)],
    [DOMAINS.cloudflare]: cloudflare,
    "cf.test": ["letsencrypt.org", "pki.goog", "ssl.com", "sectigo.com"].map(issue),
    [DOMAINS.cloudflareError]: cloudflare,
    [DOMAINS.cloudflarePartialCaa]: cloudflare,
    "cf-partial.test": [issue("letsencrypt.org; validationmethods=dns-01")],
    [DOMAINS.elsewhere]: [a("127.0.0.1")],
    // A CNAME whose target carries its own CAA set, which then decides for the alias.
    [DOMAINS.aliasCaa]: [cname("edge.strict-cdn.test")],
    "edge.strict-cdn.test": [a("127.0.0.1"), issue("digicert.com")],
    "alias-caa.test": [issue("letsencrypt.org")],
    [CLOUDFRONT_TARGET]: [a("127.0.0.1")],
    [DOMAINS.cloudfront]: [cname(CLOUDFRONT_TARGET)],
    "cloudfront.test": [issue("amazon.com")],
    [DOMAINS.cloudfrontCached]: [cname(CLOUDFRONT_TARGET)],
    "cf-cached.test": [issue("letsencrypt.org")],
    [DOMAINS.cloudfrontWrongCertificate]: [cname(CLOUDFRONT_TARGET)],
    [DOMAINS.cloudfrontOriginError]: [cname(CLOUDFRONT_TARGET)],
    [DOMAINS.wildcardGlobalsign]: [cname(FASTLY_TARGET)],
    "wild.test": [issue("globalsign.com")],
    [DOMAINS.noWildcard]: [cname(FASTLY_TARGET)],
    "no-wild.test": [issue("letsencrypt.org"), { type: "CAA", data: { flags: 0, tag: "issuewild", value: ";" } }],
    // Answers carrying control characters, which a terminal would obey if printed raw.
    [DOMAINS.escape]: [cname(`edge${HOSTILE_TEXT}.example.net`)],
    "escape.test": [issue(`letsencrypt.org${HOSTILE_TEXT}`)],
    // SendGrid's Auto SSL: the link host goes straight to SendGrid's click host, beside the
    // challenge CNAME and the custom-hostname TXT; the second domain lacks its TXT.
    "click.sendgrid.net": [a("127.0.0.1")],
    [DOMAINS.autoSsl]: [cname("click.sendgrid.net")],
    [`_acme-challenge.${DOMAINS.autoSsl}`]: [cname(AUTO_SSL.challengeTarget(DOMAINS.autoSsl))],
    [`_cf-custom-hostname.${DOMAINS.autoSsl}`]: [{ type: "TXT", data: AUTO_SSL.token }],
    // The owner CNAME of the account's link branding: <user id>.<domain> → sendgrid.net.
    [AUTO_SSL.ownerName]: [cname("sendgrid.net")],
    [DOMAINS.autoSslNoTxt]: [cname("click.sendgrid.net")],
    [`_acme-challenge.${DOMAINS.autoSslNoTxt}`]: [cname(AUTO_SSL.challengeTarget(DOMAINS.autoSslNoTxt))],
  };
}

const fastlyBackendError: Handler = (_request, response) => {
  response.writeHead(503, "Backend unavailable", FASTLY_HEADERS);
  response.end("<html><body><h1>Error 503 Backend unavailable</h1><p>Guru Meditation:</p></body></html>");
};

const cloudflareTimeout: Handler = (_request, response) => {
  response.writeHead(522, CLOUDFLARE_HEADERS);
  response.end("error code: 522");
};

/** A cache that stores the redirect: MISS the first time, HIT after. */
const caching: Handler = (request, response, count) =>
  redirect({ ...FASTLY_HEADERS, "x-cache": count === 0 ? "MISS" : "HIT" })(request, response, count);

/** CloudFront storing SendGrid's redirect: a miss the first time, a hit after. */
const cloudFrontCaching: Handler = (request, response, count) =>
  redirect({ ...CLOUDFRONT_HEADERS, "x-cache": count === 0 ? "Miss from cloudfront" : "Hit from cloudfront" })(request, response, count);

/** CloudFront's own page when TLS with the origin fails, e.g. on a certificate that does not name the origin. */
const cloudFrontOriginError: Handler = (_request, response) => {
  response.writeHead(502, { ...CLOUDFRONT_HEADERS, "x-cache": "Error from cloudfront", "content-type": "text/html" });
  response.end(
    "<HTML><HEAD><TITLE>ERROR: The request could not be satisfied</TITLE></HEAD><BODY><H1>502 ERROR</H1>" +
      "<H2>The request could not be satisfied.</H2><HR>CloudFront wasn't able to connect to the origin.<BR>" +
      "Generated by cloudfront (CloudFront)</BODY></HTML>",
  );
};

/**
 * A TCP port that accepts connections and never says a word: to prove nothing hangs. `peak` is
 * the most connections it held open at once.
 */
export async function startSilentTcpServer(): Promise<{ port: number; peak(): number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let peak = 0;
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    peak = Math.max(peak, sockets.size);
    // Read and drop what the client sends: a paused socket would never see the client leave.
    socket.resume();
    socket.on("close", () => sockets.delete(socket));
  });
  const port = await new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
  return {
    port,
    peak: () => peak,
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export interface Fixture {
  dnsPort: number;
  silentDnsPort: number;
  silentTcpPort: number;
  refusedPort: number;
  httpsPort: number;
  httpPort: number;
  caPem: string;
  caFile: string;
  dir: string;
  /** Options that reach the loopback world; `extra` overrides. */
  options(extra?: Partial<CheckOptions>): CheckOptions;
  /** `--resolver … --ca-file … --https-port … --http-port …` for the command line. */
  args: string[];
  close(): Promise<void>;
}

export async function startFixture(): Promise<Fixture> {
  const leafKey = rsaKeyPair();
  const ca = createTestCa("cdktf-ssl-tracking-domain test root", leafKey);
  const stranger = createTestCa("an untrusted root", leafKey);
  const certificates: Record<string, IssuedCertificate> = {};
  for (const domain of Object.values(DOMAINS)) certificates[domain] = ca.issue({ names: [domain] });
  certificates[DOMAINS.wrongName] = ca.issue({ names: ["other.test", "www.other.test"] });
  certificates[DOMAINS.expired] = ca.issue({
    names: [DOMAINS.expired],
    notBefore: new Date(Date.now() - 90 * DAY),
    notAfter: new Date(Date.now() - DAY),
  });
  certificates[DOMAINS.untrusted] = stranger.issue({ names: [DOMAINS.untrusted] });
  certificates[DOMAINS.soon] = ca.issue({ names: [DOMAINS.soon], notAfter: new Date(Date.now() + 5 * DAY) });
  // CloudFront's default certificate, which it presents for a name that is on no distribution's aliases.
  certificates[DOMAINS.cloudfrontWrongCertificate] = ca.issue({ names: ["*.cloudfront.net", "cloudfront.net"] });

  const handlers: Record<string, Handler> = {
    [DOMAINS.fastlyError]: fastlyBackendError,
    [DOMAINS.cached]: caching,
    [DOMAINS.cloudflare]: redirect(CLOUDFLARE_HEADERS),
    [DOMAINS.cloudflareError]: cloudflareTimeout,
    [DOMAINS.cloudflarePartialCaa]: redirect(CLOUDFLARE_HEADERS),
    // SendGrid's own answer: no CDN of the team's in front.
    [DOMAINS.autoSsl]: redirect({ server: "nginx" }),
    [DOMAINS.autoSslNoTxt]: redirect({ server: "nginx" }),
    [DOMAINS.cloudfront]: redirect(CLOUDFRONT_HEADERS),
    [DOMAINS.cloudfrontCached]: cloudFrontCaching,
    [DOMAINS.cloudfrontWrongCertificate]: redirect(CLOUDFRONT_HEADERS),
    [DOMAINS.cloudfrontOriginError]: cloudFrontOriginError,
  };
  const [dns, silentDns, silentTcp, web, refusedPort] = await Promise.all([
    startDnsServer(zone()),
    startSilentDnsServer(),
    startSilentTcpServer(),
    startWebServers(certificates, ca.issue({ names: ["default.test"] }), handlers, redirect(FASTLY_HEADERS)),
    closedPort(),
  ]);
  const dir = mkdtempSync(join(tmpdir(), "check-test-"));
  const caFile = join(dir, "ca.pem");
  writeFileSync(caFile, ca.certPem);
  return {
    dnsPort: dns.port,
    silentDnsPort: silentDns.port,
    silentTcpPort: silentTcp.port,
    refusedPort,
    httpsPort: web.httpsPort,
    httpPort: web.httpPort,
    caPem: ca.certPem,
    caFile,
    dir,
    options: (extra = {}) => ({
      resolver: { address: "127.0.0.1", port: dns.port },
      extraCa: ca.certPem,
      httpsPort: web.httpsPort,
      httpPort: web.httpPort,
      timeoutMs: 2000,
      ...extra,
    }),
    args: [
      "--resolver",
      `127.0.0.1:${dns.port}`,
      "--ca-file",
      caFile,
      "--https-port",
      String(web.httpsPort),
      "--http-port",
      String(web.httpPort),
    ],
    close: async () => {
      await Promise.all([dns.close(), silentDns.close(), silentTcp.close(), web.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The result of one named check, failing the test clearly when it is missing. */
export function checkNamed(report: DomainReport, name: string): CheckResult {
  const found = report.checks.find((check) => check.name === name);
  if (!found) throw new Error(`no ${name} check in ${JSON.stringify(report.checks)}`);
  return found;
}

/** `{ DNS: "pass", CAA: "warn", ... }`, for asserting a whole report at a glance. */
export function statuses(report: DomainReport): Record<string, string> {
  return Object.fromEntries(report.checks.map((check) => [check.name, check.status]));
}
