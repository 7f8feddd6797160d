/** Step 2, CAA (RFC 8659): whether the domain's CAA records let the edge's CA issue its certificate. */
import type { CaaData } from "dns-packet";
import type { FastlyCertificateAuthority } from "../../constructs/fastly-certificate";
import type { EdgeKind } from "../../constructs/tracking-edge";
import { resolveFollowing } from "./dns-client";
import type { Query } from "./dns-client";
import { AMAZON_CA_ISSUERS, CLOUDFLARE_CA_ISSUERS, FASTLY_CA_ISSUERS } from "./edges";
import { resultFor } from "./report";
import type { CheckResult } from "./report";

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

function caaAdvice(facts: CaaFacts, owner: string, issuer: string, wildcard = false): string {
  if (facts.aliasTarget) return `the CNAME target ${facts.aliasTarget} sets this, so ask its operator to allow ${issuer}`;
  return `add \`${owner}. CAA 0 ${wildcard ? "issuewild" : "issue"} "${issuer}"\``;
}

/**
 * Judges the CAA set as the CA will: for `domain`'s own certificate, or, with `wildcardZone`, for
 * the zone's shared `*.<zone>` certificate that serves it, whose CA looks up the zone's CAA set and
 * follows `issuewild` (then `issue` when the set has no `issuewild`).
 */
export function judgeCaa(
  domain: string,
  facts: CaaFacts | Error,
  edge: EdgeKind | undefined,
  certificateAuthority: FastlyCertificateAuthority = "lets-encrypt",
  wildcardZone?: string,
): CheckResult {
  const result = resultFor("CAA");
  const wildcard = wildcardZone !== undefined;
  const certificate = wildcard ? `the wildcard certificate *.${wildcardZone}` : "its certificate";
  if (facts instanceof Error)
    return result("fail", `${facts.message}: the CAA records could not be read, and a CA treats that as a refusal`);
  if (facts.owner === undefined) {
    const name = wildcard ? `${wildcardZone} (for the wildcard certificate *.${wildcardZone} that serves ${domain})` : domain;
    return result("pass", `no CAA records on ${name} or its parents: any CA may issue ${certificate}`);
  }
  const owner = `${facts.aliasTarget ? `${facts.owner} (from its CNAME target ${facts.aliasTarget})` : facts.owner}${
    wildcard ? `, read for the wildcard certificate *.${wildcardZone} (issuewild, else issue),` : ""
  }`;
  const policy = caaPolicy(facts.records, wildcard);
  if (policy.criticalUnknown) {
    return result(
      "fail",
      `the CAA set at ${owner} has a critical "${policy.criticalUnknown}" property that CAs do not understand, so none will issue: remove it`,
    );
  }
  if (!policy.restricted) {
    return result(
      "pass",
      `the CAA set at ${owner} has no ${wildcard ? "issuewild or issue" : "issue"} property, so it does not limit which CA issues`,
    );
  }
  const allowed = policy.issuers.length > 0 ? policy.issuers.join(", ") : "no CA at all";
  if (edge === "fastly") {
    const needed = FASTLY_CA_ISSUERS[certificateAuthority];
    if (policy.issuers.includes(needed))
      return result("pass", `the CAA set at ${owner} allows ${needed} (Fastly's ${certificateAuthority})`);
    return result(
      "fail",
      `the CAA set at ${owner} allows ${allowed}, not ${needed} that Fastly uses for ${certificateAuthority}: ${caaAdvice(facts, facts.owner, needed, wildcard)}, or choose a certificateAuthority it allows`,
    );
  }
  if (edge === "cloudflare-proxy" || edge === "sendgrid-auto-ssl") {
    // SendGrid's Auto SSL validates through Cloudflare (its challenge targets are under
    // dcv.cloudflare.com); SendGrid does not name its CAs, so Cloudflare's are assumed.
    const missing = CLOUDFLARE_CA_ISSUERS.filter((issuer) => !policy.issuers.includes(issuer));
    const issuer = edge === "cloudflare-proxy" ? "Cloudflare Universal SSL" : "Cloudflare (assumed for SendGrid's Auto SSL)";
    if (missing.length === 0) return result("pass", `the CAA set at ${owner} allows every CA ${issuer} uses`);
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
  if (edge === "cloudfront") {
    const amazon = AMAZON_CA_ISSUERS.find((issuer) => policy.issuers.includes(issuer));
    if (amazon) return result("pass", `the CAA set at ${owner} allows ${amazon}, which ACM issues CloudFront's certificate under`);
    return result(
      "fail",
      `the CAA set at ${owner} allows ${allowed}, none of Amazon's (${AMAZON_CA_ISSUERS.join(", ")}), so ACM cannot issue the distribution's certificate and its validation waits until it times out: ${caaAdvice(facts, facts.owner, "amazon.com")}`,
    );
  }
  return result(
    "warn",
    `the CAA set at ${owner} allows only ${allowed}; the edge is unknown, so pass --edge to check it against the CA the edge uses`,
  );
}
