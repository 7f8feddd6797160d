import { TerraformResource, Token } from "../framework";
import type { EdgeBindContext } from "./tracking-edge";
import { hostNameProblem, prefixedNameProblem } from "./domain-name";
import { TrackingDomainError, quote } from "./errors";
import { requireProps, requireString } from "./props";
import { CHALLENGE_RECORD_PATHS, takeOverRecord } from "./record-takeover";
import { StackClaims } from "./stack-claims";

import { AUTO_SSL_CHALLENGE_PARENT, AUTO_SSL_CNAME_TARGET, GLOBAL_ORIGIN } from "./sendgrid-names";

export { AUTO_SSL_CHALLENGE_PARENT, AUTO_SSL_CNAME_TARGET } from "./sendgrid-names";
/** The custom-hostname token SendGrid returns: a UUID. */
const TXT_TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Options of `TrackingEdge.sendgridAutoSsl()`: the values SendGrid's API returned for the link. */
export interface SendgridAutoSslOptions {
  /**
   * The target of the ACME challenge CNAME `_acme-challenge.<link host>`: the `data` of the link's
   * `dns.acme_challenge_cname`, e.g. `url1234.example.com.4a767ed83ff78982.dcv.cloudflare.com`.
   */
  readonly acmeChallengeTarget: string;
  /**
   * The token of the TXT record `_cf-custom-hostname.<link host>`: the `data` of the link's
   * `dns.cf_custom_hostname_txt`, a UUID, without quotes.
   */
  readonly customHostnameTxt: string;
  /**
   * Where the link host's CNAME points: the `data` of the link's `dns.domain_cname`.
   * @default "click.sendgrid.net" - what SendGrid returns for global accounts; required when the
   * domain's origin is not sendgrid.net (EU), whose value SendGrid does not document
   */
  readonly cnameTarget?: string;
  /**
   * Also write the link branding's owner CNAME: this name (the `host` of the link's
   * `dns.owner_cname`, `<user id>.<domain>`, e.g. `8119916.example.com`) as a CNAME to the
   * domain's origin. SendGrid validates the branding through it. Set it only when the record does
   * not exist yet (a domain the account never branded before; `sendgrid entry` tells): usually it
   * does, and a second record of that name would fail to apply. One domain per owner name.
   * @default - not written: the owner CNAME is left as SendGrid's setup made it
   */
  readonly ownerCname?: string;
}

/** `_acme-challenge.<link host>` */
export function acmeChallengeName(domainName: string): string {
  return `_acme-challenge.${domainName}`;
}

/** `_cf-custom-hostname.<link host>` */
export function customHostnameTxtName(domainName: string): string {
  return `_cf-custom-hostname.${domainName}`;
}

/**
 * Why `target` cannot be the ACME challenge target of `domainName`, or `undefined`. SendGrid
 * returns `<link host>.<hex>.dcv.cloudflare.com`; a value for another link host is a copy slip.
 */
export function acmeChallengeTargetProblem(target: string, domainName: string): string | undefined {
  const problem = hostNameProblem(target);
  if (problem) return `it is not a valid host name: ${problem}`;
  if (!target.endsWith(`.${AUTO_SSL_CHALLENGE_PARENT}`)) {
    return `it is not under ${AUTO_SSL_CHALLENGE_PARENT}; give the data of the link's dns.acme_challenge_cname`;
  }
  if (!Token.isUnresolved(domainName) && !target.startsWith(`${domainName}.`)) {
    return `it is not the challenge target of ${domainName} (SendGrid gives ${domainName}.<id>.${AUTO_SSL_CHALLENGE_PARENT}); is it another link's?`;
  }
  return undefined;
}

/** Why `token` is not a custom-hostname token of the shape SendGrid returns, or `undefined`. */
export function customHostnameTxtProblem(token: string): string | undefined {
  if (/^".*"$/.test(token)) return "give the token without its quotes; the DNS zone adds what its provider needs";
  if (!TXT_TOKEN.test(token)) {
    return "it is not a token of the shape SendGrid returns (a lowercase UUID such as 06231e2e-5d7c-40c0-9b4a-ee31c2a8e98b)";
  }
  return undefined;
}

/**
 * Why `name` cannot be the owner CNAME of link host `domainName`, or `undefined`: SendGrid gives
 * `<user id>.<domain>`, where `<domain>` is the branded domain, a parent of the link host.
 */
export function ownerCnameProblem(name: string, domainName: string): string | undefined {
  const problem = hostNameProblem(name);
  if (problem) return `it is not a valid host name: ${problem}`;
  const [userId, ...rest] = name.split(".");
  if (!/^\d+$/.test(userId) || rest.length < 2)
    return "it is not <user id>.<domain> (the host of the link's dns.owner_cname, e.g. 8119916.example.com)";
  if (!Token.isUnresolved(domainName) && !domainName.endsWith(`.${rest.join(".")}`)) {
    return `its domain ${rest.join(".")} is not a parent of ${domainName}; is it another link's?`;
  }
  return undefined;
}

/** Owner CNAME name → the tracking domain that writes it, per stack. */
const ownerNames = new StackClaims();

/** The options, checked for what does not depend on the domain. */
export function checkAutoSslOptions(where: string, given: SendgridAutoSslOptions | undefined): SendgridAutoSslOptions {
  const options = requireProps(where, given, "acmeChallengeTarget and customHostnameTxt") as SendgridAutoSslOptions;
  requireString(where, options, "acmeChallengeTarget");
  requireString(where, options, "customHostnameTxt");
  requireString(where, options, "cnameTarget", true);
  requireString(where, options, "ownerCname", true);
  if (!Token.isUnresolved(options.customHostnameTxt)) {
    const problem = customHostnameTxtProblem(options.customHostnameTxt);
    if (problem) throw new TrackingDomainError(`${where}: customHostnameTxt ${quote(options.customHostnameTxt)}: ${problem}`);
  }
  if (options.cnameTarget !== undefined && !Token.isUnresolved(options.cnameTarget)) {
    const problem = hostNameProblem(options.cnameTarget);
    if (problem) throw new TrackingDomainError(`${where}: cnameTarget ${quote(options.cnameTarget)} is not a valid host name: ${problem}`);
  }
  return options;
}

/**
 * Writes the challenge CNAME and the TXT of an Auto SSL link host in its zone (ids
 * `auto-ssl-challenge` and `auto-ssl-txt` below the tracking domain), with the tracking
 * domain's comment and protection; returns them and the link host's CNAME target.
 */
export function autoSslRecords(
  context: EdgeBindContext,
  given: SendgridAutoSslOptions,
): { cnameTarget: string; records: TerraformResource[] } {
  const { scope, domainName, origin, dnsZone, preventDestroy, comment } = context;
  const where = `${domainName}: TrackingEdge.sendgridAutoSsl()`;
  const options = checkAutoSslOptions(where, given);
  const tooLong = Token.isUnresolved(domainName) ? undefined : prefixedNameProblem("_cf-custom-hostname", domainName);
  if (tooLong) throw new TrackingDomainError(`${where}: ${tooLong}`);
  if (!Token.isUnresolved(options.acmeChallengeTarget)) {
    const problem = acmeChallengeTargetProblem(options.acmeChallengeTarget, domainName);
    if (problem) throw new TrackingDomainError(`${where}: acmeChallengeTarget ${quote(options.acmeChallengeTarget)}: ${problem}`);
  }
  if (options.cnameTarget === undefined && !Token.isUnresolved(origin) && origin !== GLOBAL_ORIGIN) {
    throw new TrackingDomainError(
      `${where}: origin is ${quote(origin)}, and SendGrid documents the Auto SSL CNAME target (${AUTO_SSL_CNAME_TARGET}) for global accounts only; ` +
        `set cnameTarget to the data of the link's dns.domain_cname`,
    );
  }
  // create_before_destroy as on every edge's resources: stored in the state, it makes a switch to
  // another edge delete these records only after the link host's CNAME has moved.
  const common = { comment, preventDestroy: preventDestroy || undefined, createBeforeDestroy: true };
  const challenge = dnsZone.addRecord(scope, CHALLENGE_RECORD_PATHS.sendgridAutoSsl[0], {
    name: acmeChallengeName(domainName),
    type: "CNAME",
    value: options.acmeChallengeTarget,
    ...common,
  });
  // A switch from Fastly's managed certificate: its challenge record has the same name.
  takeOverRecord(challenge, scope, ...CHALLENGE_RECORD_PATHS.fastly);
  const txt = dnsZone.addRecord(scope, "auto-ssl-txt", {
    name: customHostnameTxtName(domainName),
    type: "TXT",
    value: options.customHostnameTxt,
    ...common,
  });
  if (options.ownerCname !== undefined) ownerRecord(context, where, options.ownerCname, common);
  return { cnameTarget: options.cnameTarget ?? AUTO_SSL_CNAME_TARGET, records: [challenge, txt] };
}

/** The opt-in owner CNAME (id `auto-ssl-owner`), pointing at the domain's origin as SendGrid gives it. */
function ownerRecord(
  context: EdgeBindContext,
  where: string,
  name: string,
  common: { comment: string; preventDestroy?: boolean; createBeforeDestroy: boolean },
): TerraformResource {
  const { scope, domainName, origin, dnsZone } = context;
  if (!Token.isUnresolved(name)) {
    const problem = ownerCnameProblem(name, domainName);
    if (problem) throw new TrackingDomainError(`${where}: ownerCname ${quote(name)}: ${problem}`);
    if (!Token.isUnresolved(dnsZone.zoneName) && !name.endsWith(`.${dnsZone.zoneName}`)) {
      throw new TrackingDomainError(`${where}: ownerCname ${quote(name)} is not in zone ${dnsZone.zoneName}; create it in its own zone`);
    }
    const earlier = ownerNames.claim(scope, name, domainName);
    if (earlier !== undefined) {
      throw new TrackingDomainError(
        `${where}: ownerCname ${quote(name)} is already written by ${earlier}'s edge in this stack; set it on one domain only (the record serves every link of the domain)`,
      );
    }
  }
  return dnsZone.addRecord(scope, "auto-ssl-owner", { name, type: "CNAME", value: origin, ...common });
}
