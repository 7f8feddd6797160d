import { Construct } from "constructs";
import { Annotations, TerraformResource, Token } from "../framework";
import { IDnsZone } from "./dns-zone";
import { hostNameProblem, isBelowZone, notALinkHostReason } from "./domain-name";
import { TrackingDomainError, quote } from "./errors";
import { checkStackFramework } from "./framework-check";
import { SynthesisRun, checkBeforeSynthesis, guardStackOutput } from "./output-scan";
import { cnameTargetProblem, originProblem, vendorZoneProblem } from "./vendor-names";
import { requireOptionalBoolean, requireProps, requireShape, requireString } from "./props";
import { StackClaims } from "./stack-claims";
import { EdgeKind, ITrackingEdge } from "./tracking-edge";

/** SendGrid's link-tracking origin for US-hosted accounts. */
export const DEFAULT_ORIGIN = "sendgrid.net";

/**
 * Live tracking resources carry this in their comment; the plan guard uses it to recognise them
 * in a plan, even after their domain has left the config.
 */
export const TRACKING_COMMENT_MARK = "cdktf-ssl-tracking-domain";
/** Added to the comment of a domain marked `allowDestroy`, so the plan guard lets it go. */
export const ALLOW_DESTROY_MARK = "allow-destroy";

/** Properties of an `SslTrackingDomain`. */
export interface SslTrackingDomainProps {
  /** The branded link host that SendGrid writes into emails, e.g. `url1234.example.com`. */
  readonly domainName: string;
  /** The DNS zone that holds the domain's records. */
  readonly dnsZone: IDnsZone;
  /** The CDN that terminates TLS for the domain, e.g. `TrackingEdge.fastly()`. */
  readonly edge: ITrackingEdge;
  /**
   * The SendGrid host that the edge forwards to.
   * @default "sendgrid.net" - use "eu.sendgrid.net" for EU-regional subusers
   */
  readonly origin?: string;
  /**
   * Lets Terraform destroy or replace the domain's CNAME, CDN service and certificate: every link
   * in mail already sent stops working when they go. Set it for a planned retirement only.
   * @default false - they carry `lifecycle.prevent_destroy`, so such a plan stops
   */
  readonly allowDestroy?: boolean;
  /**
   * The DNS provider's id of the domain's existing CNAME (link branding already created one to
   * `sendgrid.net`): the first apply imports and takes it over instead of failing on a duplicate.
   * @default - a new CNAME is created
   */
  readonly existingRecordId?: string;
  /**
   * Hosts outside the vendors' documented names that `origin` or the CNAME target (`cnameTarget`
   * of the Fastly or Auto SSL edge) may name, each written out in full: an exception you accept by
   * name, e.g. a SendGrid origin this version does not know yet. The link host itself is never accepted.
   * @default - none: origin is sendgrid.net or eu.sendgrid.net, and a CNAME target lies under the
   * edge vendor's documented domain (fastly.net, cloudfront.net, sendgrid.net)
   */
  readonly allowUnlistedHosts?: readonly string[];
}

/**
 * HTTPS click and open tracking for one SendGrid link-branded domain: the edge that terminates
 * TLS and forwards to SendGrid, and the CNAME that sends the domain to that edge.
 */
export class SslTrackingDomain extends Construct {
  /** The branded link host. */
  public readonly domainName: string;
  /** The SendGrid host the edge forwards to. */
  public readonly origin: string;
  /** Which edge serves the domain. */
  public readonly edgeKind: EdgeKind;
  /** Where the domain's CNAME points (a token resolved at apply time for Fastly and CloudFront). */
  public readonly cnameTarget: string;
  /** The CNAME record of the domain. */
  public readonly cnameRecord: TerraformResource;
  /**
   * The id of the CDN resource that serves the domain (a token): the Fastly service's id for
   * `TrackingEdge.fastly()`, the CloudFront distribution's id for `AwsTrackingEdge.cloudFront()`;
   * undefined for the Cloudflare proxy and SendGrid Auto SSL, which have no service of their own.
   */
  public readonly serviceId?: string;

  constructor(scope: Construct, id: string, props: SslTrackingDomainProps) {
    super(scope, id);
    checkStackFramework(this, `SslTrackingDomain ${id}`);
    // Whatever else the stack holds, its output is searched for private keys before it is written.
    guardStackOutput(this);
    checkProps(`SslTrackingDomain ${id}`, props);
    const { domainName, dnsZone } = props;
    const origin = props.origin ?? DEFAULT_ORIGIN;
    const unlisted = props.allowUnlistedHosts ?? [];
    validateProps(id, domainName, dnsZone.zoneName, origin, unlisted);
    claimDomainName(this, domainName);
    const notLinkHost = Token.isUnresolved(domainName) ? undefined : notALinkHostReason(domainName);
    if (notLinkHost) Annotations.of(this).addWarning(`${domainName}: ${notLinkHost}; only the link host (urlNNNN) moves to the CDN`);

    this.domainName = domainName;
    this.origin = origin;
    this.edgeKind = props.edge.kind;

    const preventDestroy = !props.allowDestroy;
    const comment = `SendGrid link tracking via ${props.edge.kind} (${TRACKING_COMMENT_MARK}${preventDestroy ? "" : `; ${ALLOW_DESTROY_MARK}`})`;
    const binding = props.edge.bind({ scope: this, domainName, origin, dnsZone, preventDestroy, comment });
    this.cnameTarget = binding.cnameTarget;
    const targetProblem =
      Token.isUnresolved(binding.cnameTarget) || Token.isUnresolved(domainName)
        ? undefined
        : cnameTargetProblem(props.edge.kind, binding.cnameTarget, domainName, unlisted);
    if (targetProblem)
      throw new TrackingDomainError(`SslTrackingDomain ${id}: CNAME target ${quote(binding.cnameTarget)}: ${targetProblem}`);
    // Names given as tokens are checked once known, at synthesis, like literals.
    checkBeforeSynthesis(this, (run) => checkResolvedNames(this, run, { ...props, origin, unlisted, cnameTarget: binding.cnameTarget }));
    this.serviceId = binding.serviceId;
    // Created only after the edge is ready (for Fastly: the certificate validated), so no user is
    // sent to a name whose certificate is not live yet.
    this.cnameRecord = dnsZone.addRecord(this, "cname", {
      name: domainName,
      type: "CNAME",
      value: binding.cnameTarget,
      proxied: binding.proxied,
      dependsOn: binding.dependsOn,
      comment,
      preventDestroy,
      existingRecordId: props.existingRecordId,
    });
  }
}

/** Domain name → construct path of its tracking domain, per stack. */
const domainNames = new StackClaims();

/** One tracking domain per name and stack: a second would write a second CNAME of the same name. */
function claimDomainName(domain: SslTrackingDomain, domainName: string): void {
  if (Token.isUnresolved(domainName)) return;
  const earlier = domainNames.claim(domain, domainName, domain.node.path);
  if (earlier !== undefined) {
    throw new TrackingDomainError(
      `SslTrackingDomain ${domain.node.id}: domainName ${quote(domainName)} is already served by ${earlier} in this stack; a name takes one tracking domain (one CNAME)`,
    );
  }
}

/** Every prop of the right type, so that a JavaScript caller's slip is named, not a TypeError. */
function checkProps(where: string, given: SslTrackingDomainProps | undefined): void {
  const props = requireProps(where, given, "domainName, dnsZone and edge");
  requireString(where, props, "domainName");
  requireShape(where, props, "dnsZone", ["zoneName", "addRecord()"], "an IDnsZone such as a CloudflareDnsZone");
  requireShape(
    where,
    props,
    "edge",
    ["kind", "bind()"],
    "an edge from TrackingEdge.fastly(), .cloudflareProxy(), .sendgridAutoSsl() or AwsTrackingEdge.cloudFront()",
  );
  requireString(where, props, "origin", true);
  requireOptionalBoolean(where, props, "allowDestroy");
  requireString(where, props, "existingRecordId", true);
  const unlisted: unknown = (props as { allowUnlistedHosts?: unknown }).allowUnlistedHosts;
  if (
    unlisted !== undefined &&
    (!Array.isArray(unlisted) || unlisted.some((host) => typeof host !== "string" || Token.isUnresolved(host)))
  ) {
    throw new TrackingDomainError(`${where}: allowUnlistedHosts must be a list of host names written out in full, got ${quote(unlisted)}`);
  }
}

/** A name given as a token, once resolved: the string, or why it cannot be checked. */
function resolvedName(run: SynthesisRun, value: string): string | { problem: string } {
  const resolved = run.resolve(value);
  if (typeof resolved !== "string") return { problem: `resolves to ${quote(resolved)}, not a string` };
  if (Token.isUnresolved(resolved) || resolved.includes("${")) {
    return {
      problem:
        `resolves to a Terraform expression (${quote(resolved)}), known only at plan time, so it cannot be checked; ` +
        `give a string, or a token that resolves to one at synthesis (a Lazy)`,
    };
  }
  return resolved;
}

/**
 * The names of a domain as they are written: a token name must resolve, at synthesis, to one
 * that passes the checks a literal passes at construction, and no two domains of the stack may
 * resolve to the same name.
 */
function checkResolvedNames(
  domain: SslTrackingDomain,
  run: SynthesisRun,
  given: {
    domainName: string;
    dnsZone: IDnsZone;
    edge: { kind: EdgeKind };
    origin: string;
    unlisted: readonly string[];
    cnameTarget: string;
  },
): void {
  const id = domain.node.id;
  const fail = (message: string): never => {
    throw new TrackingDomainError(`SslTrackingDomain ${id}: ${message}`);
  };
  const name = resolvedName(run, given.domainName);
  if (typeof name !== "string") return fail(`domainName ${name.problem}`);
  const zone = resolvedName(run, given.dnsZone.zoneName);
  const origin = resolvedName(run, given.origin);
  if (Token.isUnresolved(given.domainName) || Token.isUnresolved(given.dnsZone.zoneName) || Token.isUnresolved(given.origin)) {
    if (typeof zone !== "string") return fail(`the zoneName of its DNS zone ${zone.problem}`);
    if (typeof origin !== "string") return fail(`origin ${origin.problem}`);
    validateProps(id, name, zone, origin, given.unlisted);
  }
  const earlier = run.claim("domain name", name, domain.node.path);
  if (earlier !== undefined) {
    fail(`domainName ${quote(name)} is already served by ${earlier} in this stack; a name takes one tracking domain (one CNAME)`);
  }
  // A CNAME target that resolves at synthesis is checked; a Terraform reference (the edge's own
  // attribute, e.g. a CloudFront distribution's domain name) is known only at apply.
  const target = run.resolve(given.cnameTarget);
  if (Token.isUnresolved(given.cnameTarget) && typeof target === "string" && !target.includes("${")) {
    const problem = cnameTargetProblem(given.edge.kind, target, name, given.unlisted);
    if (problem) fail(`CNAME target ${quote(target)}: ${problem}`);
  }
}

function validateProps(id: string, domainName: string, zoneName: string, origin: string, unlisted: readonly string[]): void {
  const fail = (message: string): never => {
    throw new TrackingDomainError(`SslTrackingDomain ${id}: ${message}`);
  };
  if (!Token.isUnresolved(domainName)) {
    const problem = hostNameProblem(domainName);
    if (problem) fail(`domainName ${quote(domainName)} is not a valid host name: ${problem}`);
    const vendor = vendorZoneProblem(domainName);
    if (vendor) fail(`domainName ${quote(domainName)}: ${vendor}`);
    if (!Token.isUnresolved(zoneName)) {
      if (domainName === zoneName) {
        fail(
          `domainName ${quote(domainName)} is the apex of zone ${zoneName}; an apex cannot be a CNAME, ` +
            `so use the link host SendGrid gave you (e.g. url1234.${zoneName})`,
        );
      }
      if (!isBelowZone(domainName, zoneName)) fail(`domainName ${quote(domainName)} is not in DNS zone ${zoneName}`);
    }
  }
  if (!Token.isUnresolved(origin)) {
    const problem = hostNameProblem(origin);
    if (problem) fail(`origin ${quote(origin)} is not a valid host name: ${problem}`);
    const unknown = Token.isUnresolved(domainName) ? undefined : originProblem(origin, domainName, unlisted);
    if (unknown) fail(`origin ${quote(origin)}: ${unknown}`);
  }
}
