/**
 * `check`: the tests SendGrid support runs before it turns SSL tracking on, run by the user.
 * Each step gathers facts over the network and hands them to a pure `judge*` function that
 * turns them into one line of pass, warn or fail with what to do.
 */
import { isIP } from "node:net";
import type { EdgeKind } from "../../constructs/tracking-edge";
import type { FastlyCertificateAuthority } from "../../constructs/fastly-certificate";
import { judgeAutoSsl, lookupAutoSsl } from "./auto-ssl";
import type { AutoSslExpectation } from "./auto-ssl";
import { judgeCaa, lookupCaa } from "./caa";
import { Deadline, NotChecked, StepError, TimeoutError, describeEndpoint, endpointOf } from "./connect";
import type { Endpoint } from "./connect";
import { judgeDns, lookupAddresses, recognise } from "./dns";
import type { AddressFacts, Recognised } from "./dns";
import { DnsError, defaultResolver, dnsQuery, lookupCname } from "./dns-client";
import { judgeDrift } from "./drift";
import type { ConfigExpectation } from "./drift";
import type { DnsServer, Query } from "./dns-client";
import { httpGetTwice, judgeHttp } from "./http";
import { printableDeep } from "./printable";
import { checkOwnerCname } from "../sendgrid/owner-cname";
import { worstStatus } from "./report";
import type { DomainReport, Report } from "./report";
import { DEFAULT_EXPIRY_WARNING_DAYS, certificateExpiry, judgeTls, tlsHandshake } from "./tls";

export { DEADLINE_STEPS } from "./connect";
export { AMAZON_CA_ISSUERS, CLOUDFLARE_CA_ISSUERS, EDGE_KINDS, FASTLY_CERTIFICATE_AUTHORITIES } from "./edges";
export { defaultResolver, parseDnsServer } from "./dns-client";
export { formatEndpoint } from "./report";
export { DEFAULT_EXPIRY_WARNING_DAYS } from "./tls";
export { countStatuses } from "./report";
export { CONTROL_NAME, probeRunner } from "./runner";
export type { CertificateExpiry, CheckResult, Drift, DomainReport, Report, Status, StatusCounts } from "./report";
export type { RunnerCheck, RunnerOptions } from "./runner";
export type { ConfigExpectation } from "./drift";

/** One domain to check. */
export interface CheckTarget {
  domain: string;
  /** Undefined: recognised from DNS (or from `via`). */
  edge?: EdgeKind;
  /** Fastly only. Default: lets-encrypt. With `wildcardZone`, the CA of the zone's wildcard certificate. */
  certificateAuthority?: FastlyCertificateAuthority;
  /**
   * Fastly only: the zone whose shared `*.<zone>` certificate serves the domain. CAA is then
   * judged as that certificate's CA judges it: the zone's CAA set, `issuewild` first.
   */
  wildcardZone?: string;
  /** Fastly and SendGrid Auto SSL: the CNAME target the config names, if any. */
  cnameTarget?: string;
  /** With `--config`: what the file says, to report drift from. */
  config?: ConfigExpectation;
  /** SendGrid Auto SSL: the challenge CNAME target and TXT token the config names, if any. */
  autoSsl?: AutoSslExpectation;
  /** The link branding's owner CNAME to verify (`<user id>.<domain>` → the origin), if known. */
  ownerCname?: { name: string; target: string };
}

export interface CheckOptions {
  /** The DNS server to ask; default: the system's first configured server. */
  resolver?: DnsServer;
  /** PEM text of extra trusted roots. */
  extraCa?: string;
  /** Connect here instead of the domain's own address, still sending SNI and Host = the domain. */
  via?: string;
  httpsPort: number;
  httpPort: number;
  /** The time limit of one network step; a domain's checks end within `DEADLINE_STEPS` times it. */
  timeoutMs: number;
  /** How many domains are checked at the same time. Default: `DEFAULT_CONCURRENCY`. */
  concurrency?: number;
  /** Warn when the certificate expires within this many days. Default: `DEFAULT_EXPIRY_WARNING_DAYS`. */
  expiryWarningDays?: number;
  /** For tests of expiry; default: the clock. */
  now?: Date;
}

/**
 * The value, or the failure as an error of `check`'s own classes: errors from node's core
 * may come from another realm (as under jest), where `instanceof Error` would not see them.
 */
async function settle<T>(promise: Promise<T>): Promise<T | Error> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof DnsError || error instanceof NotChecked || error instanceof StepError) return error;
    const { message, code } = (typeof error === "object" && error !== null ? error : {}) as { message?: unknown; code?: unknown };
    return new StepError(typeof message === "string" ? message : String(error), typeof code === "string" ? code : undefined);
  }
}

function detectEdge(target: CheckTarget, facts: AddressFacts | Error, viaFacts: Recognised | undefined): EdgeKind | undefined {
  if (target.edge) return target.edge;
  const seen = facts instanceof Error ? undefined : recognise(facts.chain, facts.addresses);
  for (const candidate of [seen, viaFacts]) {
    if (candidate?.kind === "fastly" || candidate?.kind === "cloudflare-proxy" || candidate?.kind === "cloudfront") return candidate.kind;
  }
  return undefined;
}

async function recogniseVia(query: Query, via: string | undefined): Promise<Recognised | undefined> {
  if (via === undefined) return undefined;
  if (isIP(via) !== 0) return recognise([], [via]);
  const facts = await settle(lookupAddresses(query, via));
  return facts instanceof Error ? undefined : recognise([via, ...facts.chain], facts.addresses);
}

export async function checkDomain(target: CheckTarget, options: CheckOptions): Promise<DomainReport> {
  const { domain } = target;
  const server = options.resolver ?? defaultResolver();
  if (!server) throw new DnsError("the system has no DNS server configured; pass --resolver");
  const deadline = new Deadline(options.timeoutMs, domain);
  const query: Query = async (name, type) => {
    let ms: number;
    try {
      ms = deadline.step();
    } catch {
      throw new DnsError(`the ${type} query for ${name} was not sent: ${deadline.reason}`);
    }
    try {
      return await dnsQuery(server, name, type, ms);
    } catch (error) {
      // A time limit cut short by the deadline: say so, or "timed out after 3 ms" would puzzle.
      if (ms < options.timeoutMs && deadline.passed()) throw new DnsError(`${(error as Error).message}: ${deadline.reason}`);
      throw error;
    }
  };
  const challengeName = target.config?.acmeChallenge;
  const ownerName = target.config?.autoSsl?.ownerCname;
  const [addressFacts, caaFacts, challengeFacts, autoSslFacts, ownerFacts, owner] = await Promise.all([
    settle(lookupAddresses(query, domain)),
    settle(lookupCaa(query, target.wildcardZone ?? domain)),
    challengeName === undefined ? undefined : settle(lookupCname(query, challengeName)),
    // Only an Auto SSL host has these records; for it they are asked for even when not given as the edge.
    target.edge === "sendgrid-auto-ssl" ? lookupAutoSsl(query, domain) : undefined,
    ownerName === undefined ? undefined : settle(lookupCname(query, ownerName)),
    target.ownerCname ? checkOwnerCname(query, target.ownerCname.name, target.ownerCname.target) : undefined,
  ]);
  const [endpoint, viaSeen] = await Promise.all([endpointOf(query, domain, addressFacts, options.via), recogniseVia(query, options.via)]);
  const edge = detectEdge(target, addressFacts, viaSeen);
  const connect = async <T>(run: (endpoint: Endpoint) => Promise<T>): Promise<T | Error> => {
    if (endpoint instanceof Error) return endpoint;
    const outcome = await settle((async () => run(endpoint))());
    // As for DNS: a step whose time limit the deadline cut short says so.
    if (outcome instanceof TimeoutError && deadline.passed()) return new StepError(`${outcome.message}: ${deadline.reason}`, outcome.code);
    return outcome;
  };
  const limit = () => deadline.step();
  const [tls, https, http] = await Promise.all([
    connect((at) => tlsHandshake(at, options.httpsPort, domain, options.extraCa, limit())),
    connect((at) => httpGetTwice("https", at, options.httpsPort, domain, options.extraCa, limit)),
    connect((at) => httpGetTwice("http", at, options.httpPort, domain, options.extraCa, limit)),
  ]);
  const where = (port: number) => (endpoint instanceof Error ? domain : describeEndpoint(endpoint, port));
  const now = options.now ?? new Date();
  const drift = target.config ? judgeDrift(domain, target.config, addressFacts, challengeFacts, autoSslFacts, ownerFacts) : undefined;
  const certificate = certificateExpiry(tls, now);
  const checks = [
    judgeDns(domain, addressFacts, { edge, cnameTarget: target.cnameTarget, via: options.via }),
    ...(autoSslFacts ? [judgeAutoSsl(domain, autoSslFacts, target.autoSsl ?? {})] : []),
    judgeCaa(domain, caaFacts, edge, target.certificateAuthority, edge === "fastly" ? target.wildcardZone : undefined),
    judgeTls(domain, tls, where(options.httpsPort), now, options.expiryWarningDays ?? DEFAULT_EXPIRY_WARNING_DAYS, edge),
    judgeHttp("https", domain, https, where(options.httpsPort), edge),
    judgeHttp("http", domain, http, where(options.httpPort), edge),
    ...(owner ? [owner] : []),
    // Last, so that the other checks keep their places in a report.
    ...(drift ? [drift.check] : []),
  ];
  return {
    domain,
    ...(edge ? { edge } : {}),
    ...(options.via ? { via: options.via } : {}),
    status: worstStatus(checks.map((check) => check.status)),
    checks,
    ...(certificate ? { certificate } : {}),
    ...(drift ? { drift: drift.drift } : {}),
  };
}

/**
 * Domains checked at once by default: each opens up to three connections and a few DNS sockets.
 * A domain takes about a second of round trips and under 10 ms of CPU (bench/check.ts), so 8 at
 * once left 10,000 domains at some 20 minutes; 32 brings them to about 5 minutes.
 */
export const DEFAULT_CONCURRENCY = 32;

/**
 * `run` over every item with at most `limit` running at once, results in the order of `items`.
 * Hundreds of domains at once would open thousands of sockets (EMFILE) and time each other out.
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** Told of each domain as soon as its checks end, in the order they end: `done` of `total`. */
export type ProgressListener = (domain: DomainReport, done: number, total: number) => void;

/**
 * Checks every target, `concurrency` domains at a time. Every string of the report is made
 * printable: names, certificates and headers come from the network and from files.
 */
export async function runChecks(targets: readonly CheckTarget[], options: CheckOptions, onDomain?: ProgressListener): Promise<Report> {
  let done = 0;
  const domains = await mapLimited(targets, options.concurrency ?? DEFAULT_CONCURRENCY, async (target) => {
    const report = printableDeep(await checkDomain(target, options));
    done++;
    onDomain?.(report, done, targets.length);
    return report;
  });
  return { status: worstStatus(domains.map((domain) => domain.status)), domains };
}
