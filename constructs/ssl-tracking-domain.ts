import { Construct } from "constructs";
import { Annotations, TerraformResource, Token } from "../framework";
import { IDnsZone } from "./dns-zone";
import { hostNameProblem, isBelowZone, notALinkHostReason } from "./domain-name";
import { TrackingDomainError, quote } from "./errors";
import { checkStackFramework } from "./framework-check";
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
  /** The CDN service's id, where the edge has one (a Fastly service, a CloudFront distribution). */
  public readonly serviceId?: string;

  constructor(scope: Construct, id: string, props: SslTrackingDomainProps) {
    super(scope, id);
    checkStackFramework(this, `SslTrackingDomain ${id}`);
    checkProps(`SslTrackingDomain ${id}`, props);
    const { domainName, dnsZone } = props;
    const origin = props.origin ?? DEFAULT_ORIGIN;
    validateProps(id, domainName, dnsZone.zoneName, origin);
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
    "an edge from TrackingEdge.fastly(), TrackingEdge.cloudflareProxy() or TrackingEdge.cloudFront()",
  );
  requireString(where, props, "origin", true);
  requireOptionalBoolean(where, props, "allowDestroy");
  requireString(where, props, "existingRecordId", true);
}

function validateProps(id: string, domainName: string, zoneName: string, origin: string): void {
  const fail = (message: string): never => {
    throw new TrackingDomainError(`SslTrackingDomain ${id}: ${message}`);
  };
  if (!Token.isUnresolved(domainName)) {
    const problem = hostNameProblem(domainName);
    if (problem) fail(`domainName ${quote(domainName)} is not a valid host name: ${problem}`);
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
  }
}
