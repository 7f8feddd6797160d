/** `sendgrid entry <link-id>`: the tracking-domains.json entry of one branded link. */
import { hostNameProblem } from "../../constructs/domain-name";
import { acmeChallengeTargetProblem, customHostnameTxtProblem, ownerCnameProblem } from "../../constructs/sendgrid-auto-ssl";
import { dnsQuery } from "../check/dns-client";
import type { DnsServer } from "../check/dns-client";
import type { CheckResult } from "../check/report";
import { AUTO_SSL_CNAME_TARGET, GLOBAL_ORIGIN } from "../../constructs/sendgrid-names";
import { cnameTargetProblem as vendorCnameTargetProblem, originProblem } from "../../constructs/vendor-names";
import { printable } from "../check/printable";
import { COMMAND } from "../io";
import { SendgridApiError } from "./client";
import type { SendgridClient } from "./client";
import { jsonForTerminal } from "./json";
import { checkOwnerCname } from "./owner-cname";
import { asLink, dnsName, isAutoSsl, linkHost, unquoted } from "./links";
import type { BrandedLink } from "./links";

/** The edges a classic (non-Auto SSL) link can take: the CDN edges. */
export const CDN_EDGES = ["fastly", "cloudflare-proxy", "cloudfront"] as const;
export type CdnEdge = (typeof CDN_EDGES)[number];
/** The DNS providers of the config's zones, which decide the form of `existingRecordId`. */
export const ZONE_PROVIDERS = ["cloudflare", "route53", "external"] as const;
export type ZoneProvider = (typeof ZONE_PROVIDERS)[number];

/** How the link host's existing CNAME is taken over, in a zone of `provider` (or any, if not given). */
function takeOverNote(domainName: string, provider: ZoneProvider | undefined): string {
  const cloudflare = `add "existingRecordId" with its Cloudflare DNS record id (32 hex characters)`;
  const route53 = `add "existingRecordId": "<hostedZoneId>_${domainName}_CNAME" (its Route 53 import id)`;
  const external = "change it in the zone yourself when the edge is deployed (an external zone is not managed by Terraform)";
  const action =
    provider === "cloudflare"
      ? cloudflare
      : provider === "route53"
        ? route53
        : provider === "external"
          ? external
          : `in a Cloudflare zone, ${cloudflare}; in a Route 53 zone, ${route53}; in an external zone, ${external}`;
  const takeOver = provider === "external" ? "" : " so the first apply takes it over";
  return `If ${domainName} already has a CNAME in the zone, ${action}${takeOver}.`;
}

/** Edges the config refuses in a zone of a provider, and why: said before the entry is pasted in. */
function zoneRefusal(edge: string, provider: ZoneProvider | undefined): string | undefined {
  if (edge === "sendgrid-auto-ssl" && provider === "route53") {
    return "the config refuses the sendgrid-auto-ssl edge in a Route 53 zone (the plan guard cannot recognise its records there); put the link host's zone at Cloudflare, or create a classic link for a CDN edge";
  }
  if (edge === "cloudfront" && provider === "external") {
    return "the config refuses the cloudfront edge in an external zone (its certificate validation waits for a record Terraform cannot write); use --edge fastly";
  }
  return undefined;
}

/**
 * Why the CNAME target SendGrid's API gave for the link host is suspect, or `undefined`: not a host
 * name, or refused by the config's own rule for what the entry makes of it (a classic link's
 * `origin`, an Auto SSL link's `sendgrid.cnameTarget`): a changed answer or not SendGrid's at all.
 */
export function cnameTargetProblem(target: string, domainName: string, autoSsl: boolean): string | undefined {
  const problem = target === domainName ? undefined : hostNameProblem(target);
  if (problem) return `it is not a valid host name: ${problem}`;
  return autoSsl ? vendorCnameTargetProblem("sendgrid-auto-ssl", target, domainName) : originProblem(target, domainName);
}

/** The tracking-domains.json entry for `link`, and notes for the user. */
export function entryFor(
  link: BrandedLink,
  edge: CdnEdge,
  zoneProvider?: ZoneProvider,
  owner?: CheckResult,
): { entry: Record<string, unknown>; notes: string[] } {
  const domainName = linkHost(link);
  const badHost = hostNameProblem(domainName);
  if (badHost) throw new SendgridApiError(`link ${link.id}'s link host ${JSON.stringify(domainName)} is not a valid host name: ${badHost}`);
  const notes: string[] = [];
  const ownerRecord = link.dns.owner_cname;
  // Missing (looked up in DNS): the Auto SSL edge can write it; for a classic link, someone must.
  const ownerMissing = ownerRecord !== undefined && owner?.status === "fail" && / (does not exist|has no CNAME):/.test(owner.message);
  if (ownerRecord && !owner) {
    notes.push(
      `${ownerRecord.host} keeps its CNAME to ${ownerRecord.data}: it is not part of the entry and must stay as SendGrid gave it.`,
    );
  } else if (ownerRecord && owner?.status === "pass") {
    notes.push(`${ownerRecord.host} is a CNAME for ${ownerRecord.data} already: it is not part of the entry and must stay as it is.`);
  } else if (ownerRecord && ownerMissing && isAutoSsl(link)) {
    notes.push(
      `${ownerRecord.host} does not exist yet, and SendGrid cannot validate the link without it: the entry sets sendgrid.ownerCname so that the edge creates it (CNAME to ${ownerRecord.data}).`,
    );
  } else if (ownerRecord && owner) {
    notes.push(`WARNING: ${owner.message}.`);
  }
  notes.push(takeOverNote(domainName, zoneProvider));
  const target = dnsName(link.dns.domain_cname.data);
  const targetProblem = cnameTargetProblem(target, domainName, isAutoSsl(link));
  if (targetProblem) {
    notes.push(
      `WARNING: SendGrid's answer points ${domainName} at ${JSON.stringify(target)}: ${targetProblem}. ` +
        "Compare it with the link in SendGrid's UI before you deploy the entry.",
    );
  }
  if (isAutoSsl(link)) {
    const sendgrid = {
      acmeChallengeTarget: dnsName(link.dns.acme_challenge_cname.data),
      customHostnameTxt: unquoted(link.dns.cf_custom_hostname_txt.data),
      ...(target !== AUTO_SSL_CNAME_TARGET ? { cnameTarget: target } : {}),
      ...(ownerMissing ? { ownerCname: dnsName(ownerRecord.host) } : {}),
    };
    // Values the config would refuse: SendGrid changed their shape, or the answer is not what it seems.
    const problems = [
      ["acmeChallengeTarget", sendgrid.acmeChallengeTarget, acmeChallengeTargetProblem(sendgrid.acmeChallengeTarget, domainName)],
      ["customHostnameTxt", sendgrid.customHostnameTxt, customHostnameTxtProblem(sendgrid.customHostnameTxt)],
      ...(sendgrid.ownerCname ? [["ownerCname", sendgrid.ownerCname, ownerCnameProblem(sendgrid.ownerCname, domainName)]] : []),
    ].filter(([, , problem]) => problem !== undefined);
    for (const [key, value, problem] of problems) {
      notes.push(`WARNING: the config will refuse sendgrid.${key} ${JSON.stringify(value)}: ${problem}.`);
    }
    if (!link.valid) notes.push(`The link is not validated yet: deploy the entry, then run "${COMMAND} sendgrid validate ${link.id}".`);
    const refusal = zoneRefusal("sendgrid-auto-ssl", zoneProvider);
    if (refusal) notes.push(`WARNING: ${refusal}.`);
    return { entry: { domainName, edge: "sendgrid-auto-ssl", sendgrid }, notes };
  }
  const origin = target;
  notes.unshift(
    `Link ${link.id} is a classic link (no Auto SSL): only its link host ${domainName} moves to the ${edge} edge; SendGrid support must then enable SSL click tracking.`,
  );
  const refusal = zoneRefusal(edge, zoneProvider);
  if (refusal) notes.push(`WARNING: ${refusal}.`);
  return { entry: { domainName, edge, ...(origin !== GLOBAL_ORIGIN ? { origin } : {}) }, notes };
}

/** `sendgrid entry <id>`: the entry as JSON on stdout, notes on stderr. */
export async function entryCommand(
  client: SendgridClient,
  id: string,
  edge: CdnEdge,
  zoneProvider: ZoneProvider | undefined,
  dns: { resolver: DnsServer | undefined; timeoutMs: number },
  io: { stdout: (text: string) => void; stderr: (text: string) => void },
): Promise<number> {
  const link = asLink(await client.json("GET", `/v3/whitelabel/links/${id}`, `branded link ${id}`), `link ${id}`);
  const record = link.dns.owner_cname;
  const { resolver } = dns;
  const owner =
    record && resolver
      ? await checkOwnerCname((name, type) => dnsQuery(resolver, name, type, dns.timeoutMs), dnsName(record.host), record.data)
      : undefined;
  const { entry, notes } = entryFor(link, edge, zoneProvider, owner);
  io.stdout(`${jsonForTerminal(entry)}\n`);
  // Each note is one line: a line break from the API inside one is escaped, so it cannot forge another.
  io.stderr(notes.map((note) => `note: ${printable(note)}\n`).join(""));
  return 0;
}
