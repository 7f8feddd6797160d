/** Step 3, TLS: the certificate the edge presents for the domain, its names, dates and chain. */
import { checkServerIdentity, connect as tlsConnect } from "node:tls";
import type { DetailedPeerCertificate } from "node:tls";
import type { EdgeKind } from "../../constructs/tracking-edge";
import { NotChecked, trustContext, withTimeout } from "./connect";
import type { Endpoint } from "./connect";
import { formatEndpoint, resultFor, worstStatus } from "./report";
import type { CertificateExpiry, CheckResult, Status } from "./report";

/** Managed certificates renew about 30 days before expiry, so 14 days left means renewal is failing. */
export const DEFAULT_EXPIRY_WARNING_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface TlsFacts {
  protocol: string | null;
  /** OpenSSL's reason the chain is not trusted, e.g. SELF_SIGNED_CERT_IN_CHAIN. */
  authorizationError?: string;
  certificate: DetailedPeerCertificate;
}

export function tlsHandshake(
  endpoint: Endpoint,
  port: number,
  domain: string,
  extraCa: string | undefined,
  timeoutMs: number,
): Promise<TlsFacts> {
  const where = formatEndpoint(endpoint.address, port);
  return withTimeout(timeoutMs, `no TLS handshake with ${where} within ${timeoutMs} ms`, (onTimeout) => {
    return new Promise<TlsFacts>((resolve, reject) => {
      // Trust is judged from authorizationError rather than by aborting, so that the name and
      // dates of an untrusted certificate are still reported.
      const socket = tlsConnect({
        host: endpoint.address,
        port,
        servername: domain,
        secureContext: trustContext(extraCa),
        rejectUnauthorized: false,
      });
      onTimeout(() => socket.destroy());
      socket.once("secureConnect", () => {
        const facts: TlsFacts = {
          protocol: socket.getProtocol(),
          certificate: socket.getPeerCertificate(true),
          ...(socket.authorized ? {} : { authorizationError: String(socket.authorizationError) }),
        };
        socket.end();
        resolve(facts);
      });
      socket.once("error", (error) => {
        socket.destroy();
        reject(error);
      });
    });
  });
}

const CHAIN_REASONS: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: "the certificate is self-signed",
  SELF_SIGNED_CERT_IN_CHAIN: "the chain ends at a root that is not trusted",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "the issuer is not a trusted root, or an intermediate certificate is missing",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the issuer is not a trusted root, or an intermediate certificate is missing",
  CERT_HAS_EXPIRED: "a certificate in the chain has expired",
};

function coveredNames(certificate: DetailedPeerCertificate): string {
  const sans = (certificate.subjectaltname ?? "")
    .split(",")
    .map((entry) => entry.trim().replace(/^DNS:/, ""))
    .filter((entry) => entry.length > 0);
  return sans.length > 0 ? sans.join(", ") : String(certificate.subject?.CN ?? "no name");
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole days from `now` until `notAfter`, rounded down: negative once it has expired. */
export function daysLeft(notAfter: Date, now: Date): number {
  return Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS);
}

/** The served certificate's expiry, for the report: what a monitor graphs and alerts on. */
export function certificateExpiry(facts: TlsFacts | Error, now: Date): CertificateExpiry | undefined {
  if (facts instanceof Error) return undefined;
  const notAfter = new Date(facts.certificate.valid_to);
  if (Number.isNaN(notAfter.getTime())) return undefined;
  return { notAfter: notAfter.toISOString(), daysLeft: daysLeft(notAfter, now) };
}

/** What to do about a certificate that does not name the domain, per edge. */
function wrongNameAdvice(domain: string, edge: EdgeKind | undefined): string {
  if (edge === "cloudfront") {
    return (
      `CloudFront serves a distribution's own certificate only for its alternate domain names: check that ${domain} is an alias of the distribution ` +
      `and that its viewer certificate is the issued ACM certificate for ${domain} (in us-east-1), then check again`
    );
  }
  return (
    `the edge has no certificate for it yet; wait for the managed certificate (or fix its domain) and check again: ` +
    `it is issued once _acme-challenge.${domain} (or _acme-challenge.<zone> for a wildcard) resolves to Fastly's challenge target, ` +
    `which the stack creates in a Cloudflare or Route 53 zone and which, in an external zone, you create from the stack's dns_record_ output`
  );
}

export function judgeTls(
  domain: string,
  facts: TlsFacts | Error,
  where: string,
  now: Date,
  warningDays: number = DEFAULT_EXPIRY_WARNING_DAYS,
  edge?: EdgeKind,
): CheckResult {
  const result = resultFor("TLS");
  if (facts instanceof NotChecked) return result("fail", facts.message);
  if (facts instanceof Error) {
    return result(
      "fail",
      `TLS with ${where} (SNI ${domain}) failed: ${facts.message}; the edge must serve a certificate for ${domain} there`,
    );
  }
  const { certificate } = facts;
  const problems: { status: Status; text: string }[] = [];
  if (checkServerIdentity(domain, certificate) !== undefined) {
    const names = coveredNames(certificate);
    // SendGrid's own certificate means the connection never reached the CDN.
    const advice = /(^|[\s,.*])sendgrid\.net\b/.test(names)
      ? "that is SendGrid's own certificate, so the connection reached SendGrid, not the CDN"
      : wrongNameAdvice(domain, edge);
    problems.push({ status: "fail", text: `${where} presents a certificate for ${names}, not ${domain}: ${advice}` });
  }
  const notAfter = new Date(certificate.valid_to);
  const notBefore = new Date(certificate.valid_from);
  const left = daysLeft(notAfter, now);
  const leafExpired = notAfter.getTime() <= now.getTime();
  if (leafExpired) {
    problems.push({
      status: "fail",
      text: `the certificate expired on ${isoDate(notAfter)}: renew it; a managed certificate that does not renew usually means CAA or its DNS challenge record is wrong`,
    });
  } else if (notBefore.getTime() > now.getTime()) {
    problems.push({ status: "fail", text: `the certificate is not valid before ${isoDate(notBefore)}: check the edge's clock or wait` });
  } else if (left < warningDays) {
    problems.push({
      status: "warn",
      text: `the certificate expires in ${left} days (${isoDate(notAfter)}), less than the ${warningDays} of --expiry-warning-days: managed certificates renew well before that, so check why it has not renewed (CAA, the _acme-challenge record)`,
    });
  }
  // Node folds the name check into authorizationError; the name has its own line above.
  const chainError = facts.authorizationError === "ERR_TLS_CERT_ALTNAME_INVALID" ? undefined : facts.authorizationError;
  if (chainError && !(chainError === "CERT_HAS_EXPIRED" && leafExpired)) {
    const reason = CHAIN_REASONS[chainError] ?? "it does not verify";
    problems.push({
      status: "fail",
      text: `the chain is not trusted (${chainError}: ${reason}): the edge must send the full chain of a public CA (pass --ca-file for a private root)`,
    });
  }
  if (problems.length > 0) {
    return result(worstStatus(problems.map((problem) => problem.status)), problems.map((problem) => problem.text).join("; "));
  }
  const issuer = certificate.issuer?.O ?? certificate.issuer?.CN ?? "an unnamed issuer";
  return result(
    "pass",
    `${where} presents a trusted certificate for ${coveredNames(certificate)} from ${String(issuer)}, valid until ${isoDate(notAfter)} (${left} days), ${facts.protocol ?? "TLS"}`,
  );
}
