/**
 * With `--config`: where DNS no longer matches the file. A CNAME edited by hand, a record switched
 * between proxied and DNS only, or a deleted `_acme-challenge` record breaks every tracked link,
 * or the next certificate renewal, without anything failing today; each difference names what
 * the file says and what DNS says.
 */
import { AUTO_SSL_CNAME_TARGET, challengeName, txtName } from "./auto-ssl";
import type { AutoSslFacts } from "./auto-ssl";
import { isCloudflareAddress } from "./cidr";
import type { AddressFacts } from "./dns";
import { recognise } from "./dns";
import { resultFor } from "./report";
import type { CheckResult, Drift } from "./report";

/** What the config file says about one domain's DNS. */
export interface ConfigExpectation {
  /** The edge as the file spells it, even one `check` does not know. */
  edge: string;
  /** Where a proxied Cloudflare record points (the domain's `origin`). */
  origin: string;
  /** Fastly: `fastly.cnameTarget`, when the file sets it; SendGrid Auto SSL: `sendgrid.cnameTarget` or its default. */
  cnameTarget?: string;
  /** Fastly with a managed certificate: the name of its ACME challenge CNAME. */
  acmeChallenge?: string;
  /**
   * SendGrid Auto SSL: the challenge CNAME's target and the custom-hostname TXT token the file
   * names, and the owner CNAME's name (`<user id>.<domain>`, pointing at `origin`) when the file
   * has the edge write it.
   */
  autoSsl?: { acmeChallengeTarget: string; customHostnameTxt: string; ownerCname?: string };
}

/** The challenge record as DNS answers it: its CNAME target, if any. */
export interface ChallengeFacts {
  target?: string;
  nxdomain: boolean;
}

/**
 * The edges whose DNS `check` can recognise (a Fastly or CloudFront CNAME, Cloudflare's addresses,
 * SendGrid's click host). Another edge added to the constructs is reported as not compared rather
 * than as drifted.
 */
export const DRIFT_EDGES: readonly string[] = ["fastly", "cloudflare-proxy", "cloudfront", "sendgrid-auto-ssl"];

const isUnder = (name: string, domain: string) => name === domain || name.endsWith(`.${domain}`);

/** Cloudflare hides a proxied record's CNAME and answers with its own addresses. */
export function looksProxied(facts: AddressFacts): boolean {
  return facts.chain.length === 0 && facts.addresses.length > 0 && facts.addresses.every(isCloudflareAddress);
}

function describeRecord(facts: AddressFacts): string {
  if (facts.chain.length > 0) return `a CNAME to ${facts.chain[0]}`;
  if (facts.addresses.length > 0) return `no CNAME, addresses ${facts.addresses.join(", ")}`;
  return facts.nxdomain ? "no such name" : "no address";
}

/** The edge DNS shows, in the file's terms: a CNAME to SendGrid is Auto SSL when the file says so. */
function seenEdge(facts: AddressFacts, expected: ConfigExpectation): string {
  const seen = recognise(facts.chain, facts.addresses).kind;
  return seen === "sendgrid" && expected.edge === "sendgrid-auto-ssl" && !looksProxied(facts) ? "sendgrid-auto-ssl" : seen;
}

function dnsEdge(facts: AddressFacts): string {
  const seen = recognise(facts.chain, facts.addresses);
  switch (seen.kind) {
    case "fastly":
      return `fastly (${describeRecord(facts)})`;
    case "cloudfront":
      return `cloudfront (${describeRecord(facts)})`;
    case "cloudflare-proxy":
      return `cloudflare-proxy (${describeRecord(facts)}, all Cloudflare's)`;
    case "sendgrid":
      return `no edge: ${describeRecord(facts)}, straight to SendGrid`;
    default:
      return `no known edge: ${describeRecord(facts)}`;
  }
}

/** Every difference between the file and DNS. Pure, for tests without a network. */
export function findDrift(
  expected: ConfigExpectation,
  facts: AddressFacts,
  challenge: ChallengeFacts | undefined,
  autoSsl?: { domain: string; challenge: string[]; txt: string[]; owner?: ChallengeFacts },
): Drift[] {
  const drift: Drift[] = [];
  if (seenEdge(facts, expected) !== expected.edge) drift.push({ field: "edge", config: expected.edge, dns: dnsEdge(facts) });

  const exists = facts.chain.length > 0 || facts.addresses.length > 0;
  const proxiedInFile = expected.edge === "cloudflare-proxy";
  const proxiedInDns = looksProxied(facts);
  if (exists && proxiedInFile !== proxiedInDns) {
    drift.push({
      field: "proxied",
      config: proxiedInFile ? `proxied (a CNAME to ${expected.origin} behind Cloudflare)` : "DNS only (not proxied)",
      dns: proxiedInDns
        ? `proxied (Cloudflare's own addresses ${facts.addresses.join(", ")}, no CNAME)`
        : `DNS only (${describeRecord(facts)})`,
    });
  }

  // A proxied record hides its CNAME: its target cannot be compared, and its state is judged above.
  if (exists && !proxiedInDns) {
    const actual = facts.chain[0];
    const dns = actual ? `a CNAME to ${actual}` : describeRecord(facts);
    if (expected.edge === "fastly") {
      if (expected.cnameTarget && actual !== expected.cnameTarget) {
        drift.push({ field: "cname", config: `a CNAME to ${expected.cnameTarget}`, dns });
      } else if (!expected.cnameTarget && !(actual && isUnder(actual, "fastly.net"))) {
        // Without fastly.cnameTarget the target comes from the Fastly account, so only its kind is known.
        drift.push({
          field: "cname",
          config: "a CNAME to a Fastly name (*.fastly.net; the exact target is not in the file without fastly.cnameTarget)",
          dns,
        });
      }
    } else if (expected.edge === "cloudflare-proxy" && actual !== expected.origin) {
      drift.push({ field: "cname", config: `a CNAME to ${expected.origin}`, dns });
    } else if (expected.edge === "cloudfront" && !(actual && isUnder(actual, "cloudfront.net"))) {
      // The distribution's name comes from AWS, so only its kind is in the file.
      drift.push({
        field: "cname",
        config:
          "a CNAME to the distribution's domain name (*.cloudfront.net; the exact name comes from AWS, in the stack's cname_target output)",
        dns,
      });
    } else if (expected.edge === "sendgrid-auto-ssl") {
      const target = expected.cnameTarget ?? AUTO_SSL_CNAME_TARGET;
      if (actual !== target) drift.push({ field: "cname", config: `a CNAME to ${target}`, dns });
    }
  }

  if (expected.autoSsl && autoSsl) {
    const domainName = autoSsl.domain;
    const { acmeChallengeTarget, customHostnameTxt } = expected.autoSsl;
    if (!autoSsl.challenge.includes(acmeChallengeTarget)) {
      drift.push({
        field: "acme-challenge",
        config: `a CNAME at ${challengeName(domainName)} to ${acmeChallengeTarget}`,
        dns: autoSsl.challenge.length > 0 ? `a CNAME to ${autoSsl.challenge.join(", ")}` : `${challengeName(domainName)} has no CNAME`,
      });
    }
    const ownerName = expected.autoSsl.ownerCname;
    if (ownerName && autoSsl.owner && autoSsl.owner.target !== expected.origin) {
      drift.push({
        field: "owner-cname",
        config: `a CNAME at ${ownerName} to ${expected.origin}`,
        dns: autoSsl.owner.target
          ? `a CNAME to ${autoSsl.owner.target}`
          : autoSsl.owner.nxdomain
            ? `${ownerName} does not exist`
            : `${ownerName} has no CNAME`,
      });
    }
    if (!autoSsl.txt.includes(customHostnameTxt)) {
      drift.push({
        field: "custom-hostname-txt",
        config: `a TXT record at ${txtName(domainName)} holding ${customHostnameTxt}`,
        dns:
          autoSsl.txt.length > 0
            ? `TXT ${autoSsl.txt.map((value) => JSON.stringify(value)).join(", ")}`
            : `${txtName(domainName)} has no TXT record`,
      });
    }
  }

  if (expected.acmeChallenge && challenge && !challenge.target) {
    drift.push({
      field: "acme-challenge",
      config: `a CNAME at ${expected.acmeChallenge} to Fastly's challenge target (its value comes from Fastly), which renews the managed certificate`,
      dns: challenge.nxdomain ? `${expected.acmeChallenge} does not exist` : `${expected.acmeChallenge} has no CNAME`,
    });
  }
  return drift;
}

/** The Drift check: fails on any difference, listing each with both values. */
export function judgeDrift(
  domain: string,
  expected: ConfigExpectation,
  facts: AddressFacts | Error,
  challenge: ChallengeFacts | Error | undefined,
  autoSsl?: AutoSslFacts,
  owner?: ChallengeFacts | Error,
): { check: CheckResult; drift: Drift[] } {
  const result = resultFor("Drift");
  if (!DRIFT_EDGES.includes(expected.edge)) {
    const known = DRIFT_EDGES.join(", ");
    return {
      check: result("warn", `not compared: drift is compared for the ${known} edges, not "${expected.edge}" of ${domain}`),
      drift: [],
    };
  }
  if (facts instanceof Error) return { check: result("fail", `not compared: the DNS lookup of ${domain} failed (see DNS)`), drift: [] };
  if (challenge instanceof Error) {
    return { check: result("fail", `not compared: the lookup of ${expected.acmeChallenge} failed: ${challenge.message}`), drift: [] };
  }
  if (expected.autoSsl && autoSsl && (autoSsl.challenge instanceof Error || autoSsl.txt instanceof Error)) {
    return { check: result("fail", `not compared: the Auto SSL records of ${domain} could not be read (see Auto SSL records)`), drift: [] };
  }
  if (owner instanceof Error) {
    return { check: result("fail", `not compared: the lookup of ${expected.autoSsl?.ownerCname} failed: ${owner.message}`), drift: [] };
  }
  const autoSslRecords =
    expected.autoSsl && autoSsl
      ? { domain, challenge: autoSsl.challenge as string[], txt: autoSsl.txt as string[], ...(owner ? { owner } : {}) }
      : undefined;
  const drift = findDrift(expected, facts, challenge, autoSslRecords);
  if (drift.length > 0) {
    const lines = drift.map((item) => `${item.field}: the file says ${item.config}, DNS says ${item.dns}`);
    return {
      check: result("fail", `DNS differs from the config: ${lines.join("; ")}. Make DNS match the file (deploy the stack) or fix the file`),
      drift,
    };
  }
  const parts = [
    expected.edge === "cloudflare-proxy" ? "cloudflare-proxy, proxied" : `${expected.edge}, ${describeRecord(facts)}`,
    ...(expected.acmeChallenge && challenge?.target ? [`${expected.acmeChallenge} is a CNAME to ${challenge.target}`] : []),
    ...(autoSslRecords ? [`${challengeName(domain)} and ${txtName(domain)} as the file says`] : []),
    ...(autoSslRecords && owner?.target ? [`${expected.autoSsl?.ownerCname} is a CNAME to ${owner.target}`] : []),
  ];
  return { check: result("pass", `DNS matches the config: ${parts.join("; ")}`), drift };
}
