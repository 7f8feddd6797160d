/** Step 1, DNS: where the domain points, and whether that is the edge. */
import { isIP } from "node:net";
import type { EdgeKind } from "../../constructs/tracking-edge";
import { isCloudflareAddress } from "./cidr";
import { resolveFollowing, stringData } from "./dns-client";
import type { Query } from "./dns-client";
import { EDGE_NAMES } from "./edges";
import { AUTO_SSL_CNAME_TARGET } from "./auto-ssl";
import { resultFor } from "./report";
import type { CheckResult } from "./report";

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

export type Recognised = { kind: "sendgrid" | "fastly" | "cloudfront"; host: string } | { kind: "cloudflare-proxy" } | { kind: "unknown" };

function isUnder(name: string, domain: string): boolean {
  return name === domain || name.endsWith(`.${domain}`);
}

/** What a host name, its aliases and addresses point at. */
export function recognise(names: readonly string[], addresses: readonly string[]): Recognised {
  const sendgrid = names.find((name) => isUnder(name, "sendgrid.net"));
  if (sendgrid) return { kind: "sendgrid", host: sendgrid };
  const fastly = names.find((name) => isUnder(name, "fastly.net"));
  if (fastly) return { kind: "fastly", host: fastly };
  const cloudfront = names.find((name) => isUnder(name, "cloudfront.net"));
  if (cloudfront) return { kind: "cloudfront", host: cloudfront };
  if (addresses.length > 0 && addresses.every(isCloudflareAddress)) return { kind: "cloudflare-proxy" };
  return { kind: "unknown" };
}

function whereToPoint(edge: EdgeKind | undefined, cnameTarget: string | undefined): string {
  if (cnameTarget) return `point the CNAME at ${cnameTarget}`;
  if (edge === "cloudflare-proxy") return "make it a proxied (orange-cloud) Cloudflare record";
  if (edge === "sendgrid-auto-ssl") return `point the CNAME at ${AUTO_SSL_CNAME_TARGET}, DNS only (not proxied)`;
  if (edge === "fastly") return "point the CNAME at your Fastly TLS configuration's target (e.g. j.sni.global.fastly.net)";
  if (edge === "cloudfront") {
    return "point the CNAME (not an alias record) at the distribution's domain name, dXXXXXXXXXXXXX.cloudfront.net (the stack's <domain>_cname_target output)";
  }
  return "point it at your CDN (deploy the stack)";
}

function describeResolution(domain: string, facts: AddressFacts): string {
  const chain = facts.chain.length > 0 ? ` is a CNAME for ${facts.chain.join(" → ")} and` : "";
  return `${domain}${chain} resolves to ${facts.addresses.join(", ")}`;
}

export interface DnsExpectation {
  edge?: EdgeKind;
  cnameTarget?: string;
  via?: string;
}

export function judgeDns(domain: string, facts: AddressFacts | Error, expect: DnsExpectation): CheckResult {
  const result = resultFor("DNS");
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
  if (expect.edge === "sendgrid-auto-ssl") {
    // SendGrid serves the host itself: the CNAME goes straight to its click host, not to a CDN.
    const target = expect.cnameTarget ?? AUTO_SSL_CNAME_TARGET;
    if (facts.chain[0] === target) return result("pass", `${described} (SendGrid Auto SSL)`);
    const first = facts.chain[0] ? `is a CNAME for ${facts.chain[0]}` : "is not a CNAME";
    return result("fail", `${domain} ${first}, not for ${target}: ${fix}`);
  }
  if (seen.kind === "sendgrid") {
    if (expect.via) {
      return result(
        "warn",
        `${domain} still points at ${seen.host}, as expected before the cutover (--via checked ${expect.via} instead): once the other checks pass, ${fix}`,
      );
    }
    // An Auto SSL link host points at SendGrid's click host on purpose.
    const autoSsl = facts.chain[0] === AUTO_SSL_CNAME_TARGET ? ` (if ${domain} is an Auto SSL link, pass --edge sendgrid-auto-ssl)` : "";
    return result(
      "fail",
      `${domain} still points at ${seen.host} directly, so requests bypass the CDN: ${fix}, then check again${autoSsl}`,
    );
  }
  if (seen.kind === "unknown") return result("warn", `${described}, which is not Fastly, Cloudflare or CloudFront: ${fix}`);
  const edge = expect.edge ?? seen.kind;
  if (seen.kind !== edge) {
    return result(
      "warn",
      `${described}, which is ${EDGE_NAMES[seen.kind]}, not ${EDGE_NAMES[edge]}: if ${EDGE_NAMES[seen.kind]} is your edge, pass --edge ${seen.kind}; otherwise ${fix}`,
    );
  }
  if ((seen.kind === "fastly" || seen.kind === "cloudfront") && expect.cnameTarget && !facts.chain.includes(expect.cnameTarget)) {
    return result("warn", `${described}, a ${EDGE_NAMES[seen.kind]} host but not the configured ${expect.cnameTarget}: ${fix}`);
  }
  if (seen.kind === "cloudfront" && facts.chain[0] !== seen.host) {
    // SendGrid support looks for the link host's own CNAME to the CDN.
    return result(
      "warn",
      `${described}: the CNAME of ${domain} itself should name the distribution (${seen.host}), not another alias: ${fix}`,
    );
  }
  const how =
    seen.kind === "fastly" || seen.kind === "cloudfront"
      ? `(${EDGE_NAMES[seen.kind]})`
      : facts.chain.length > 0
        ? "(Cloudflare addresses)"
        : "(Cloudflare addresses, as a proxied record does)";
  return result("pass", `${described} ${how}`);
}
