import { Construct } from "constructs";
import { TerraformResource, Token } from "cdktf";
import { IDnsZone } from "./dns-zone";
import { hostNameProblem, isBelowZone } from "./domain-name";
import { TrackingDomainError, quote } from "./errors";
import { ITrackingEdge } from "./tracking-edge";

/** SendGrid's link-tracking origin for US-hosted accounts. */
export const DEFAULT_ORIGIN = "sendgrid.net";

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
}

/**
 * HTTPS click and open tracking for one SendGrid link-branded domain: the edge that terminates
 * TLS and forwards to SendGrid, and the CNAME that sends the domain to that edge.
 */
export class SslTrackingDomain extends Construct {
  public readonly domainName: string;
  public readonly origin: string;
  /** `fastly` or `cloudflare-proxy`. */
  public readonly edgeKind: string;
  /** Where the domain's CNAME points (a token resolved at apply time for Fastly). */
  public readonly cnameTarget: string;
  /** The CNAME record of the domain. */
  public readonly cnameRecord: TerraformResource;
  /** The CDN service's id, where the edge has one (Fastly). */
  public readonly serviceId?: string;

  constructor(scope: Construct, id: string, props: SslTrackingDomainProps) {
    super(scope, id);
    const { domainName, dnsZone } = props;
    const origin = props.origin ?? DEFAULT_ORIGIN;
    validateProps(id, domainName, dnsZone.zoneName, origin);

    this.domainName = domainName;
    this.origin = origin;
    this.edgeKind = props.edge.kind;

    const binding = props.edge.bind({ scope: this, domainName, origin, dnsZone });
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
      comment: `SendGrid link tracking via ${props.edge.kind} (cdktf-ssl-tracking-domain)`,
    });
  }
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
