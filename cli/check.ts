/**
 * `check`: the tests SendGrid support runs before it turns SSL tracking on, run by the user.
 * Each step gathers facts over the network and hands them to a pure `judge*` function that
 * turns them into one line of pass, warn or fail with what to do.
 */
import { randomInt } from "node:crypto";
import { createSocket } from "node:dgram";
import { getServers } from "node:dns";
import { request as httpRequest } from "node:http";
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import { isIP } from "node:net";
import { checkServerIdentity, createSecureContext, connect as tlsConnect, rootCertificates } from "node:tls";
import type { DetailedPeerCertificate, SecureContext } from "node:tls";
import { RECURSION_DESIRED, decode, encode } from "dns-packet";
import type { Answer, CaaData, DecodedPacket } from "dns-packet";
import { isCloudflareAddress } from "./cidr";

export type Status = "pass" | "warn" | "fail";
export const EDGES = ["fastly", "cloudflare-proxy"] as const;
export type Edge = (typeof EDGES)[number];

/**
 * CAA issuer domains of the CAs Fastly's managed certificates can come from, keyed like the
 * config's `fastly.certificateAuthority`. Kept here rather than imported from the constructs so
 * that the CLI does not load the generated provider bindings.
 */
export const FASTLY_CA_ISSUERS = {
  "lets-encrypt": "letsencrypt.org",
  certainly: "certainly.com",
  globalsign: "globalsign.com",
} as const;
export type FastlyCertificateAuthority = keyof typeof FASTLY_CA_ISSUERS;
export const FASTLY_CERTIFICATE_AUTHORITIES = Object.keys(FASTLY_CA_ISSUERS) as FastlyCertificateAuthority[];

/** Universal SSL picks among these CAs, and may switch at renewal. */
export const CLOUDFLARE_CA_ISSUERS = ["letsencrypt.org", "pki.goog", "ssl.com", "sectigo.com"] as const;

const EXPIRY_WARNING_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface CheckResult {
  name: string;
  status: Status;
  /** One line: what was found and, unless it passed, what to do. */
  message: string;
}

/** One domain to check. */
export interface CheckTarget {
  domain: string;
  /** Undefined: recognised from DNS (or from `via`). */
  edge?: Edge;
  /** Fastly only. Default: lets-encrypt. */
  certificateAuthority?: FastlyCertificateAuthority;
  /** Fastly only: the CNAME target the config names, if any. */
  cnameTarget?: string;
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
  timeoutMs: number;
  /** For tests of expiry; default: the clock. */
  now?: Date;
}

export interface DomainReport {
  domain: string;
  /** The edge that was checked against: given, or recognised; undefined when neither. */
  edge?: Edge;
  via?: string;
  status: Status;
  checks: CheckResult[];
}

export interface Report {
  status: Status;
  domains: DomainReport[];
}

const STATUS_RANK: Record<Status, number> = { pass: 0, warn: 1, fail: 2 };

export function worstStatus(statuses: readonly Status[]): Status {
  return statuses.reduce<Status>((worst, status) => (STATUS_RANK[status] > STATUS_RANK[worst] ? status : worst), "pass");
}

const EDGE_NAMES: Record<Edge, string> = { fastly: "Fastly", "cloudflare-proxy": "Cloudflare" };

// ---------------------------------------------------------------------------------------------
// DNS client: asks one server directly, so that `--resolver` means exactly that server.

export interface DnsServer {
  address: string;
  port: number;
}

/** Parses `ip`, `ip:port`, `[ipv6]:port` or a bare IPv6 address; undefined when it is none. */
export function parseDnsServer(text: string): DnsServer | undefined {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  const hostPort = /^([^:]+):(\d+)$/.exec(text);
  const [address, port] = bracketed ? [bracketed[1], bracketed[2]] : hostPort ? [hostPort[1], hostPort[2]] : [text, undefined];
  if (isIP(address) === 0) return undefined;
  const number = port === undefined ? 53 : Number(port);
  if (!Number.isInteger(number) || number < 1 || number > 65535) return undefined;
  return { address, port: number };
}

export function formatEndpoint(address: string, port: number): string {
  return isIP(address) === 6 ? `[${address}]:${port}` : `${address}:${port}`;
}

/** A DNS failure; the message is for the user. */
export class DnsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DnsError";
  }
}

type QueryType = "A" | "AAAA" | "CAA";
type Query = (name: string, type: QueryType) => Promise<DecodedPacket>;

/** One query over UDP. Rejects with a `DnsError` on timeout, never waits longer than `timeoutMs`. */
export function udpQuery(server: DnsServer, name: string, type: QueryType, timeoutMs: number): Promise<DecodedPacket> {
  const id = randomInt(0, 0x10000);
  const message = encode({
    type: "query",
    id,
    flags: RECURSION_DESIRED,
    questions: [{ type, name }],
    // A large EDNS buffer keeps CAA sets and long alias chains from being truncated.
    additionals: [
      { type: "OPT", name: ".", udpPayloadSize: 4096, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] },
    ],
  });
  const where = formatEndpoint(server.address, server.port);
  return new Promise((resolve, reject) => {
    const socket = createSocket(isIP(server.address) === 6 ? "udp6" : "udp4");
    let done = false;
    const finish = (error: Error | undefined, packet?: DecodedPacket) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(resend);
      socket.close();
      if (error) reject(error);
      else resolve(packet as DecodedPacket);
    };
    const send = () => socket.send(message, server.port, server.address);
    const timer = setTimeout(
      () => finish(new DnsError(`the ${type} query for ${name} to ${where} timed out after ${timeoutMs} ms`)),
      timeoutMs,
    );
    // UDP may lose the datagram; one resend halfway still fits within the time limit.
    const resend = setTimeout(send, timeoutMs / 2);
    socket.on("error", (error) => finish(new DnsError(`the ${type} query for ${name} to ${where} failed: ${error.message}`)));
    socket.on("message", (buffer) => {
      let packet: DecodedPacket;
      try {
        packet = decode(buffer);
      } catch {
        return; // not a DNS message; keep waiting for the real answer
      }
      if (packet.id === id && packet.type === "response") finish(undefined, packet);
    });
    send();
  });
}

const RCODES = ["NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED"];

function rcodeOf(packet: DecodedPacket): string {
  const code = (packet.flags ?? 0) & 0xf;
  return RCODES[code] ?? `RCODE ${code}`;
}

/** The data of an A, AAAA or CNAME record. */
function stringData(answer: Answer): string | undefined {
  return "data" in answer && typeof answer.data === "string" ? answer.data : undefined;
}

function sameName(a: string, b: string): boolean {
  return a.replace(/\.$/, "").toLowerCase() === b.replace(/\.$/, "").toLowerCase();
}

/** The records of one type at `name` after its aliases, and the alias chain that led there. */
export interface Resolution<T> {
  chain: string[];
  records: T[];
  /** The name (or the end of its chain) does not exist. */
  nxdomain: boolean;
}

const MAX_CHAIN = 12;

/**
 * Looks `name` up and follows CNAMEs like a stub resolver: first within one answer (recursive
 * resolvers send the whole chain), then by asking for a target the answer left out.
 */
export async function resolveFollowing(query: Query, name: string, type: "A" | "AAAA" | "CAA"): Promise<Resolution<Answer>> {
  const chain: string[] = [];
  let current = name;
  for (let asked = 0; asked < MAX_CHAIN; asked++) {
    const packet = await query(current, type);
    const answers = packet.answers ?? [];
    const before = current;
    for (;;) {
      const records = answers.filter((answer) => answer.type === type && sameName(answer.name, current));
      if (records.length > 0) return { chain, records, nxdomain: false };
      const alias = answers.find((answer) => answer.type === "CNAME" && sameName(answer.name, current));
      const target = alias && stringData(alias);
      if (!target) break;
      current = target.replace(/\.$/, "").toLowerCase();
      if (chain.includes(current) || chain.length >= MAX_CHAIN)
        throw new DnsError(`the CNAME chain of ${name} loops or is too long: ${chain.join(" → ")}`);
      chain.push(current);
    }
    const rcode = rcodeOf(packet);
    if (rcode === "NXDOMAIN") return { chain, records: [], nxdomain: true };
    if (rcode !== "NOERROR") throw new DnsError(`the resolver answered ${rcode} to the ${type} query for ${current}`);
    if (current === before) return { chain, records: [], nxdomain: false };
  }
  throw new DnsError(`the CNAME chain of ${name} is too long: ${chain.join(" → ")}`);
}

// ---------------------------------------------------------------------------------------------
// Step 1: DNS.

export interface AddressFacts {
  /** CNAME targets in order, without the name itself. */
  chain: string[];
  addresses: string[];
  nxdomain: boolean;
}

/** A and AAAA of `name`. An AAAA failure is tolerated when A answered, and the other way round. */
export async function lookupAddresses(query: Query, name: string): Promise<AddressFacts> {
  const [v4, v6] = await Promise.allSettled([resolveFollowing(query, name, "A"), resolveFollowing(query, name, "AAAA")]);
  if (v4.status === "rejected" && v6.status === "rejected") throw v4.reason;
  const answered = [v4, v6].flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
  const addresses = answered.flatMap((resolution) => resolution.records.flatMap((record) => stringData(record) ?? []));
  const chain = answered.find((resolution) => resolution.chain.length > 0)?.chain ?? [];
  return { chain, addresses, nxdomain: addresses.length === 0 && answered.every((resolution) => resolution.nxdomain) };
}

type Recognised = { kind: "sendgrid" | "fastly"; host: string } | { kind: "cloudflare-proxy" } | { kind: "unknown" };

function isUnder(name: string, domain: string): boolean {
  return name === domain || name.endsWith(`.${domain}`);
}

/** What a host name, its aliases and addresses point at. */
export function recognise(names: readonly string[], addresses: readonly string[]): Recognised {
  const sendgrid = names.find((name) => isUnder(name, "sendgrid.net"));
  if (sendgrid) return { kind: "sendgrid", host: sendgrid };
  const fastly = names.find((name) => isUnder(name, "fastly.net"));
  if (fastly) return { kind: "fastly", host: fastly };
  if (addresses.length > 0 && addresses.every(isCloudflareAddress)) return { kind: "cloudflare-proxy" };
  return { kind: "unknown" };
}

function whereToPoint(edge: Edge | undefined, cnameTarget: string | undefined): string {
  if (cnameTarget) return `point the CNAME at ${cnameTarget}`;
  if (edge === "cloudflare-proxy") return "make it a proxied (orange-cloud) Cloudflare record";
  if (edge === "fastly") return "point the CNAME at your Fastly TLS configuration's target (e.g. j.sni.global.fastly.net)";
  return "point it at your CDN (deploy the stack)";
}

function describeResolution(domain: string, facts: AddressFacts): string {
  const chain = facts.chain.length > 0 ? ` is a CNAME for ${facts.chain.join(" → ")} and` : "";
  return `${domain}${chain} resolves to ${facts.addresses.join(", ")}`;
}

export interface DnsExpectation {
  edge?: Edge;
  cnameTarget?: string;
  via?: string;
}

export function judgeDns(domain: string, facts: AddressFacts | Error, expect: DnsExpectation): CheckResult {
  const result = (status: Status, message: string): CheckResult => ({ name: "DNS", status, message });
  if (facts instanceof Error) return result("fail", `${facts.message}: check that the resolver answers (--resolver) and try again`);
  // Before the cutover, a --via host name is where the CNAME is about to go.
  const viaHost = expect.via !== undefined && isIP(expect.via) === 0 ? expect.via : undefined;
  const fix = whereToPoint(expect.edge, expect.cnameTarget ?? viaHost);
  if (facts.addresses.length === 0) {
    const what = facts.nxdomain ? "does not exist" : "has no address";
    const chain = facts.chain.length > 0 ? ` (CNAME ${facts.chain.join(" → ")})` : "";
    return result("fail", `${domain}${chain} ${what} in DNS: ${fix}`);
  }
  const seen = recognise(facts.chain, facts.addresses);
  const described = describeResolution(domain, facts);
  if (seen.kind === "sendgrid") {
    if (expect.via) {
      return result(
        "warn",
        `${domain} still points at ${seen.host}, as expected before the cutover (--via checked ${expect.via} instead): once the other checks pass, ${fix}`,
      );
    }
    return result("fail", `${domain} still points at ${seen.host} directly, so requests bypass the CDN: ${fix}, then check again`);
  }
  if (seen.kind === "unknown") return result("warn", `${described}, which is neither Fastly nor Cloudflare: ${fix}`);
  const edge = expect.edge ?? seen.kind;
  if (seen.kind !== edge) {
    return result(
      "warn",
      `${described}, which is ${EDGE_NAMES[seen.kind]}, not ${EDGE_NAMES[edge]}: if ${EDGE_NAMES[seen.kind]} is your edge, pass --edge ${seen.kind}; otherwise ${fix}`,
    );
  }
  if (seen.kind === "fastly" && expect.cnameTarget && !facts.chain.includes(expect.cnameTarget)) {
    return result("warn", `${described}, a Fastly host but not the configured ${expect.cnameTarget}: ${fix}`);
  }
  const how =
    seen.kind === "fastly"
      ? `(Fastly)`
      : facts.chain.length > 0
        ? "(Cloudflare addresses)"
        : "(Cloudflare addresses, as a proxied record does)";
  return result("pass", `${described} ${how}`);
}

// ---------------------------------------------------------------------------------------------
// Step 2: CAA (RFC 8659).

export interface CaaFacts {
  /** The closest name, from the domain up, that has a CAA set; undefined when none has. */
  owner?: string;
  /** When `owner` is a CNAME, the target whose CAA set answered for it. */
  aliasTarget?: string;
  records: CaaData[];
}

/** `a.b.c` → `a.b.c`, `b.c`, `c`. */
export function selfAndParents(domain: string): string[] {
  const labels = domain.split(".");
  return labels.map((_, index) => labels.slice(index).join("."));
}

export async function lookupCaa(query: Query, domain: string): Promise<CaaFacts> {
  for (const name of selfAndParents(domain)) {
    // The lookup follows CNAMEs, as a CA's does: an alias's target answers for it.
    const { records, chain } = await resolveFollowing(query, name, "CAA");
    const caa = records.flatMap((record) => (record.type === "CAA" ? [record.data] : []));
    if (caa.length > 0) return { owner: name, ...(chain.length > 0 ? { aliasTarget: chain[chain.length - 1] } : {}), records: caa };
  }
  return { records: [] };
}

export interface CaaPolicy {
  /** False when the set has no property for this kind of certificate, which allows every CA. */
  restricted: boolean;
  /** Issuer domains allowed; empty with `restricted` means no CA at all (`issue ";"`). */
  issuers: string[];
  /** A critical property CAs do not know, which forbids issuance outright. */
  criticalUnknown?: string;
}

const KNOWN_CAA_TAGS = ["issue", "issuewild", "iodef"];

export function caaPolicy(records: readonly CaaData[], wildcard = false): CaaPolicy {
  const critical = records.find((record) => ((record.flags ?? 0) & 0x80) !== 0 && !KNOWN_CAA_TAGS.includes(record.tag.toLowerCase()));
  const byTag = (tag: string) => records.filter((record) => record.tag.toLowerCase() === tag);
  // A wildcard certificate follows `issuewild` when present and falls back to `issue`.
  const relevant = wildcard && byTag("issuewild").length > 0 ? byTag("issuewild") : byTag("issue");
  const issuers = relevant.map((record) => record.value.split(";")[0].trim().toLowerCase()).filter((issuer) => issuer.length > 0);
  return { restricted: relevant.length > 0, issuers: [...new Set(issuers)], ...(critical ? { criticalUnknown: critical.tag } : {}) };
}

function caaAdvice(facts: CaaFacts, owner: string, issuer: string): string {
  if (facts.aliasTarget) return `the CNAME target ${facts.aliasTarget} sets this, so ask its operator to allow ${issuer}`;
  return `add \`${owner}. CAA 0 issue "${issuer}"\``;
}

export function judgeCaa(
  domain: string,
  facts: CaaFacts | Error,
  edge: Edge | undefined,
  certificateAuthority: FastlyCertificateAuthority = "lets-encrypt",
): CheckResult {
  const result = (status: Status, message: string): CheckResult => ({ name: "CAA", status, message });
  if (facts instanceof Error)
    return result("fail", `${facts.message}: the CAA records could not be read, and a CA treats that as a refusal`);
  if (facts.owner === undefined) return result("pass", `no CAA records on ${domain} or its parents: any CA may issue its certificate`);
  const owner = facts.aliasTarget ? `${facts.owner} (from its CNAME target ${facts.aliasTarget})` : facts.owner;
  const policy = caaPolicy(facts.records);
  if (policy.criticalUnknown) {
    return result(
      "fail",
      `the CAA set at ${owner} has a critical "${policy.criticalUnknown}" property that CAs do not understand, so none will issue: remove it`,
    );
  }
  if (!policy.restricted) return result("pass", `the CAA set at ${owner} has no issue property, so it does not limit which CA issues`);
  const allowed = policy.issuers.length > 0 ? policy.issuers.join(", ") : "no CA at all";
  if (edge === "fastly") {
    const needed = FASTLY_CA_ISSUERS[certificateAuthority];
    if (policy.issuers.includes(needed))
      return result("pass", `the CAA set at ${owner} allows ${needed} (Fastly's ${certificateAuthority})`);
    return result(
      "fail",
      `the CAA set at ${owner} allows ${allowed}, not ${needed} that Fastly uses for ${certificateAuthority}: ${caaAdvice(facts, facts.owner, needed)}, or choose a certificateAuthority it allows`,
    );
  }
  if (edge === "cloudflare-proxy") {
    const missing = CLOUDFLARE_CA_ISSUERS.filter((issuer) => !policy.issuers.includes(issuer));
    if (missing.length === 0) return result("pass", `the CAA set at ${owner} allows every CA Cloudflare Universal SSL uses`);
    if (missing.length === CLOUDFLARE_CA_ISSUERS.length) {
      return result(
        "fail",
        `the CAA set at ${owner} allows ${allowed}, none of the CAs Cloudflare uses (${CLOUDFLARE_CA_ISSUERS.join(", ")}): ${caaAdvice(facts, facts.owner, "letsencrypt.org")} and the same for the others`,
      );
    }
    return result(
      "warn",
      `the CAA set at ${owner} allows ${allowed} but not ${missing.join(", ")}, which Cloudflare Universal SSL may switch to at renewal: add issue records for them`,
    );
  }
  return result(
    "warn",
    `the CAA set at ${owner} allows only ${allowed}; the edge is unknown, so pass --edge to check it against the CA the edge uses`,
  );
}

// ---------------------------------------------------------------------------------------------
// Where the TLS and HTTP steps connect.

export interface Endpoint {
  address: string;
  /** The --via host name the address came from, for messages. */
  host?: string;
}

/** A step that could not run because an earlier one found nothing to connect to. */
export class NotChecked extends Error {
  constructor(reason: string) {
    super(`not checked: ${reason}`);
    this.name = "NotChecked";
  }
}

export function describeEndpoint(endpoint: Endpoint, port: number): string {
  const at = formatEndpoint(endpoint.address, port);
  return endpoint.host ? `${at} (${endpoint.host})` : at;
}

function preferIpv4(addresses: readonly string[]): string | undefined {
  return addresses.find((address) => isIP(address) === 4) ?? addresses[0];
}

async function endpointOf(query: Query, domain: string, facts: AddressFacts | Error, via: string | undefined): Promise<Endpoint | Error> {
  if (via !== undefined) {
    if (isIP(via) !== 0) return { address: via };
    try {
      const address = preferIpv4((await lookupAddresses(query, via)).addresses);
      if (address) return { address, host: via };
      return new NotChecked(`the --via host ${via} has no address`);
    } catch (error) {
      return new NotChecked(`the --via host ${via} could not be resolved: ${(error as Error).message}`);
    }
  }
  const address = facts instanceof Error ? undefined : preferIpv4(facts.addresses);
  if (!address) return new NotChecked(`${domain} has no address to connect to (see DNS)`);
  return { address };
}

/** Runs `start`, and fails with `message` after `ms` unless it settled; `cancel` frees its resources. */
function withTimeout<T>(ms: number, message: string, start: (cancelOnTimeout: (cancel: () => void) => void) => Promise<T>): Promise<T> {
  let cancel: () => void = () => {};
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      cancel();
      reject(new Error(message));
    }, ms);
    start((fn) => (cancel = fn)).then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

const contexts = new Map<string, SecureContext>();

/** Node's roots plus the extra ones; built once, as loading ~150 roots per connection is slow. */
function trustContext(extraCa: string | undefined): SecureContext {
  const key = extraCa ?? "";
  let context = contexts.get(key);
  if (!context) {
    context = createSecureContext({ ca: extraCa ? [...rootCertificates, extraCa] : [...rootCertificates] });
    contexts.set(key, context);
  }
  return context;
}

// ---------------------------------------------------------------------------------------------
// Step 3: TLS.

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

export function judgeTls(domain: string, facts: TlsFacts | Error, where: string, now: Date): CheckResult {
  const result = (status: Status, message: string): CheckResult => ({ name: "TLS", status, message });
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
      : "the edge has no certificate for it yet; wait for the managed certificate (or fix its domain) and check again";
    problems.push({ status: "fail", text: `${where} presents a certificate for ${names}, not ${domain}: ${advice}` });
  }
  const notAfter = new Date(certificate.valid_to);
  const notBefore = new Date(certificate.valid_from);
  const daysLeft = Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS);
  const leafExpired = notAfter.getTime() <= now.getTime();
  if (leafExpired) {
    problems.push({
      status: "fail",
      text: `the certificate expired on ${isoDate(notAfter)}: renew it; a managed certificate that does not renew usually means CAA or its DNS challenge record is wrong`,
    });
  } else if (notBefore.getTime() > now.getTime()) {
    problems.push({ status: "fail", text: `the certificate is not valid before ${isoDate(notBefore)}: check the edge's clock or wait` });
  } else if (daysLeft < EXPIRY_WARNING_DAYS) {
    problems.push({
      status: "warn",
      text: `the certificate expires in ${daysLeft} days (${isoDate(notAfter)}): managed certificates renew well before that, so check why it has not renewed`,
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
    `${where} presents a trusted certificate for ${coveredNames(certificate)} from ${String(issuer)}, valid until ${isoDate(notAfter)} (${daysLeft} days), ${facts.protocol ?? "TLS"}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Step 4: HTTPS and HTTP.

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
 * second, so a single request would miss the very problem it looks for.
 */
export async function httpGetTwice(...args: Parameters<typeof httpGet>): Promise<HttpFacts[]> {
  const first = await httpGet(...args);
  const second = await httpGet(...args);
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

/** The header that shows a cache hit, or undefined. Fastly's X-Cache lists one entry per POP. */
function cacheHit(facts: HttpFacts): string | undefined {
  const xCache = header(facts, "x-cache");
  if (xCache && xCache.split(",").some((entry) => /^HIT/i.test(entry.trim()))) return `X-Cache: ${xCache}`;
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

function cdnError(facts: HttpFacts, domain: string): string | undefined {
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
  edge: Edge | undefined,
): CheckResult {
  const name = scheme.toUpperCase();
  const result = (status: Status, message: string): CheckResult => ({ name, status, message });
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
  const through = fastly ? "Fastly" : cloudflare ? "Cloudflare" : undefined;
  if (last.status >= 500) {
    return result(
      "warn",
      `${where} answered ${describeAnswer(last)}${through ? ` through ${through}` : ""}: not a CDN error page, so SendGrid itself may be failing; try again later`,
    );
  }
  const expected = edge ? EDGE_NAMES[edge] : undefined;
  if (through === undefined || (expected && through !== expected)) {
    const signs = edge === "cloudflare-proxy" ? "CF-Ray" : edge === "fastly" ? "X-Served-By, Via: varnish" : "X-Served-By or CF-Ray";
    const seen = through ? ` through ${through}` : "";
    return result(
      "warn",
      `${where} answered ${describeAnswer(last)}${seen} but without ${expected ?? "a CDN"}'s headers (${signs}): the answer may not come through ${expected ?? "a CDN"}`,
    );
  }
  return result("pass", `${where} answered ${describeAnswer(last)} through ${through}, not from its cache`);
}

// ---------------------------------------------------------------------------------------------
// The runner.

/** A failed network step, with the system error code (ECONNREFUSED, …) when there is one. */
export class StepError extends Error {
  constructor(
    message: string,
    public readonly code?: string,
  ) {
    super(message);
    this.name = "StepError";
  }
}

/**
 * The value, or the failure as an error of this module's own classes: errors from node's core
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

/** Without `--resolver`: the first server the system is configured with, if any. */
export function defaultResolver(): DnsServer | undefined {
  return getServers()
    .map(parseDnsServer)
    .find((parsed) => parsed !== undefined);
}

function detectEdge(target: CheckTarget, facts: AddressFacts | Error, viaFacts: Recognised | undefined): Edge | undefined {
  if (target.edge) return target.edge;
  const seen = facts instanceof Error ? undefined : recognise(facts.chain, facts.addresses);
  for (const candidate of [seen, viaFacts]) {
    if (candidate?.kind === "fastly" || candidate?.kind === "cloudflare-proxy") return candidate.kind;
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
  const query: Query = (name, type) => udpQuery(server, name, type, options.timeoutMs);
  const [addressFacts, caaFacts] = await Promise.all([settle(lookupAddresses(query, domain)), settle(lookupCaa(query, domain))]);
  const [endpoint, viaSeen] = await Promise.all([endpointOf(query, domain, addressFacts, options.via), recogniseVia(query, options.via)]);
  const edge = detectEdge(target, addressFacts, viaSeen);
  const connect = async <T>(run: (endpoint: Endpoint) => Promise<T>): Promise<T | Error> =>
    endpoint instanceof Error ? endpoint : settle(run(endpoint));
  const [tls, https, http] = await Promise.all([
    connect((at) => tlsHandshake(at, options.httpsPort, domain, options.extraCa, options.timeoutMs)),
    connect((at) => httpGetTwice("https", at, options.httpsPort, domain, options.extraCa, options.timeoutMs)),
    connect((at) => httpGetTwice("http", at, options.httpPort, domain, options.extraCa, options.timeoutMs)),
  ]);
  const where = (port: number) => (endpoint instanceof Error ? domain : describeEndpoint(endpoint, port));
  const checks = [
    judgeDns(domain, addressFacts, { edge, cnameTarget: target.cnameTarget, via: options.via }),
    judgeCaa(domain, caaFacts, edge, target.certificateAuthority),
    judgeTls(domain, tls, where(options.httpsPort), options.now ?? new Date()),
    judgeHttp("https", domain, https, where(options.httpsPort), edge),
    judgeHttp("http", domain, http, where(options.httpPort), edge),
  ];
  return {
    domain,
    ...(edge ? { edge } : {}),
    ...(options.via ? { via: options.via } : {}),
    status: worstStatus(checks.map((check) => check.status)),
    checks,
  };
}

export async function runChecks(targets: readonly CheckTarget[], options: CheckOptions): Promise<Report> {
  const domains = await Promise.all(targets.map((target) => checkDomain(target, options)));
  return { status: worstStatus(domains.map((domain) => domain.status)), domains };
}
