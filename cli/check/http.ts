/** Step 4, HTTPS and HTTP: that the edge answers for the domain through the CDN, without error pages or caching. */
import { request as httpRequest } from "node:http";
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import { connect as tlsConnect } from "node:tls";
import type { EdgeKind } from "../../constructs/tracking-edge";
import { NotChecked, StepError, trustContext, withTimeout } from "./connect";
import type { Endpoint } from "./connect";
import { EDGE_NAMES } from "./edges";
import { formatEndpoint, resultFor } from "./report";
import type { CheckResult } from "./report";

export interface HttpFacts {
  status: number;
  statusMessage: string;
  headers: IncomingHttpHeaders;
  /** The start of the body, enough to recognise a CDN's error page. */
  body: string;
}

const BODY_LIMIT = 8192;

export function httpGet(
  scheme: "https" | "http",
  endpoint: Endpoint,
  port: number,
  domain: string,
  extraCa: string | undefined,
  timeoutMs: number,
): Promise<HttpFacts> {
  const where = formatEndpoint(endpoint.address, port);
  return withTimeout(timeoutMs, `no ${scheme.toUpperCase()} answer from ${where} within ${timeoutMs} ms`, (onTimeout) => {
    return new Promise<HttpFacts>((resolve, reject) => {
      const options = {
        host: endpoint.address,
        port,
        path: "/",
        method: "GET",
        headers: { host: domain, "user-agent": "cdktf-ssl-tracking-domain check" },
      };
      const onResponse = (response: IncomingMessage) => {
        let body = "";
        const settle = () => {
          response.destroy();
          resolve({ status: response.statusCode ?? 0, statusMessage: response.statusMessage ?? "", headers: response.headers, body });
        };
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          body += chunk;
          if (body.length >= BODY_LIMIT) settle();
        });
        response.once("end", settle);
        response.once("error", settle);
      };
      // Trust is the TLS step's verdict; here only the answer matters.
      const tls = () =>
        tlsConnect({ host: endpoint.address, port, servername: domain, secureContext: trustContext(extraCa), rejectUnauthorized: false });
      // Without an agent, nothing is pooled or kept alive between the two requests.
      const request = httpRequest(scheme === "https" ? { ...options, createConnection: tls } : { ...options, agent: false }, onResponse);
      onTimeout(() => request.destroy());
      request.once("error", reject);
      request.end();
    });
  });
}

/**
 * Two identical requests: a cache that stores answers shows MISS on the first and HIT on the
 * second, so a single request would miss the very problem it looks for. `timeoutMs` gives each
 * request its time limit as it starts, so that both fit within the domain's deadline.
 */
export async function httpGetTwice(
  scheme: "https" | "http",
  endpoint: Endpoint,
  port: number,
  domain: string,
  extraCa: string | undefined,
  timeoutMs: () => number,
): Promise<HttpFacts[]> {
  const first = await httpGet(scheme, endpoint, port, domain, extraCa, timeoutMs());
  const second = await httpGet(scheme, endpoint, port, domain, extraCa, timeoutMs());
  return [first, second];
}

function header(facts: HttpFacts, name: string): string | undefined {
  const value = facts.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

function viaFastly(facts: HttpFacts): boolean {
  return (
    /varnish/i.test(header(facts, "via") ?? "") ||
    /cache-/i.test(header(facts, "x-served-by") ?? "") ||
    header(facts, "x-fastly-request-id") !== undefined
  );
}

function viaCloudflare(facts: HttpFacts): boolean {
  return header(facts, "cf-ray") !== undefined || /^cloudflare$/i.test(header(facts, "server") ?? "");
}

function viaCloudFront(facts: HttpFacts): boolean {
  return (
    /\(CloudFront\)/i.test(header(facts, "via") ?? "") ||
    header(facts, "x-amz-cf-id") !== undefined ||
    /from cloudfront$/i.test(header(facts, "x-cache") ?? "")
  );
}

/**
 * The header that shows a cache hit, or undefined. Fastly's X-Cache lists one entry per POP;
 * CloudFront's says "Hit from cloudfront" (or "RefreshHit from cloudfront" after revalidation).
 */
function cacheHit(facts: HttpFacts): string | undefined {
  const xCache = header(facts, "x-cache");
  if (xCache && xCache.split(",").some((entry) => /^(HIT|RefreshHit)/i.test(entry.trim()))) return `X-Cache: ${xCache}`;
  const cfStatus = header(facts, "cf-cache-status");
  if (cfStatus && /^HIT$/i.test(cfStatus.trim())) return `cf-cache-status: ${cfStatus}`;
  return undefined;
}

const CLOUDFLARE_ERRORS: Record<number, string> = {
  520: "the origin answered with something unexpected",
  521: "the origin refused the connection",
  522: "the connection to the origin timed out",
  523: "the origin is unreachable",
  524: "the origin took too long to answer",
  525: "the TLS handshake with the origin failed",
  526: "the origin's certificate is invalid",
  527: "the Railgun connection to the origin failed",
  530: "the origin could not be resolved",
};

/** CloudFront's own error answers (X-Cache: Error from cloudfront), by status. */
const CLOUDFRONT_ERRORS: Record<number, string> = {
  400: "CloudFront refused the request (for a link host this usually means the domain is on no distribution)",
  403: "the domain is not an alternate domain name of any enabled distribution, or a web ACL blocked the request",
  502: "CloudFront could not complete TLS with SendGrid: the origin's certificate must name the origin domain (sendgrid.net, or eu.sendgrid.net) and the origin must be HTTPS only on 443 with TLSv1.2",
  503: "CloudFront could not get capacity at the origin or hit a limit",
  504: "SendGrid did not answer CloudFront in time",
};

function cloudFrontError(facts: HttpFacts, domain: string): string | undefined {
  const xCache = header(facts, "x-cache") ?? "";
  const page = /The request could not be satisfied|Generated by cloudfront/i.test(facts.body);
  if (!/^Error from cloudfront$/i.test(xCache.trim()) && !(page && viaCloudFront(facts))) return undefined;
  if (facts.status < 400) return undefined;
  const reason = CLOUDFRONT_ERRORS[facts.status] ?? "CloudFront answered with its own error page, not SendGrid's answer";
  const fix =
    facts.status === 502
      ? "check the distribution's origin: SendGrid's own host (its certificate names it, never the branded domain), https-only, port 443, TLSv1.2"
      : facts.status === 403 || facts.status === 400
        ? `check that ${domain} is an alias of the distribution, that the distribution is enabled and deployed, and any web ACL`
        : "try again later; if it persists, check the distribution's origin";
  return `CloudFront answered ${facts.status} (X-Cache: ${xCache || "none"}): ${reason}; ${fix}`;
}

function cdnError(facts: HttpFacts, domain: string): string | undefined {
  const cloudfront = cloudFrontError(facts, domain);
  if (cloudfront) return cloudfront;
  const cloudflare = CLOUDFLARE_ERRORS[facts.status];
  // These codes are Cloudflare's own; origins do not send them.
  if (cloudflare) {
    return `Cloudflare answered ${facts.status} (${cloudflare}): Cloudflare could not get an answer from SendGrid; check the record's target (sendgrid.net) and the domain's SSL mode`;
  }
  if (viaFastly(facts) && /fastly error: unknown domain/i.test(facts.body)) {
    return `Fastly answered ${facts.status} "unknown domain": no active Fastly service has ${domain} yet; deploy the stack and check that the service version is active`;
  }
  const fastlyPage = /guru meditation|fastly error/i.test(facts.body);
  if (facts.status >= 500 && viaFastly(facts) && (facts.status === 503 || fastlyPage)) {
    const reason = facts.statusMessage ? ` ${facts.statusMessage}` : "";
    return `Fastly answered ${facts.status}${reason}, a backend error: Fastly could not reach the origin; check the service's backend (host sendgrid.net, port 443, TLS) and that the service version is active`;
  }
  return undefined;
}

function describeAnswer(facts: HttpFacts): string {
  const location = header(facts, "location");
  return `${facts.status}${facts.statusMessage ? ` ${facts.statusMessage}` : ""}${location ? ` → ${location}` : ""}`;
}

export function judgeHttp(
  scheme: "https" | "http",
  domain: string,
  facts: HttpFacts[] | Error,
  where: string,
  edge: EdgeKind | undefined,
): CheckResult {
  const name = scheme.toUpperCase();
  const result = resultFor(name);
  if (facts instanceof NotChecked) return result("fail", facts.message);
  if (facts instanceof Error) {
    const refused = facts instanceof StepError && facts.code === "ECONNREFUSED";
    if (scheme === "http" && refused) {
      return result(
        "fail",
        `${where} refused plain HTTP: links in emails sent before SSL was enabled use http://${domain}/, so the edge must keep answering on port 80 (a redirect to HTTPS is fine)`,
      );
    }
    return result("fail", `the request to ${where} (Host ${domain}) failed: ${facts.message}; the edge must answer ${name} for ${domain}`);
  }
  for (const answer of facts) {
    const error = cdnError(answer, domain);
    if (error) return result("fail", error);
  }
  const hit = facts.map(cacheHit).find((found) => found !== undefined);
  if (hit) {
    return result(
      "fail",
      `the answer came from the CDN cache (${hit} on a repeated request): every click must reach SendGrid to be counted and redirected, so the edge must not cache`,
    );
  }
  const last = facts[facts.length - 1];
  const fastly = viaFastly(last);
  const cloudflare = viaCloudflare(last);
  const through = fastly ? "Fastly" : cloudflare ? "Cloudflare" : viaCloudFront(last) ? "CloudFront" : undefined;
  if (last.status >= 500) {
    return result(
      "warn",
      `${where} answered ${describeAnswer(last)}${through ? ` through ${through}` : ""}: not a CDN error page, so SendGrid itself may be failing; try again later`,
    );
  }
  // SendGrid serves an Auto SSL host itself: there is no CDN of the team's to recognise.
  if (edge === "sendgrid-auto-ssl") return result("pass", `${where} answered ${describeAnswer(last)}, not from a cache`);
  const expected = edge ? EDGE_NAMES[edge] : undefined;
  if (through === undefined || (expected && through !== expected)) {
    const signs =
      edge === "cloudflare-proxy"
        ? "CF-Ray"
        : edge === "fastly"
          ? "X-Served-By, Via: varnish"
          : edge === "cloudfront"
            ? "X-Amz-Cf-Id, Via: … (CloudFront)"
            : "X-Served-By, CF-Ray or X-Amz-Cf-Id";
    const seen = through ? ` through ${through}` : "";
    return result(
      "warn",
      `${where} answered ${describeAnswer(last)}${seen} but without ${expected ?? "a CDN"}'s headers (${signs}): the answer may not come through ${expected ?? "a CDN"}`,
    );
  }
  return result("pass", `${where} answered ${describeAnswer(last)} through ${through}, not from its cache`);
}
