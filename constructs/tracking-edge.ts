import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { IDnsZone } from "./dns-zone";
import { FastlyEdgeOptions, FastlyTlsEdge } from "./fastly-tls-edge";

/** What an edge learns about the domain it serves. */
export interface EdgeBindContext {
  /** The tracking domain construct; edge resources are created below it. */
  readonly scope: Construct;
  readonly domainName: string;
  readonly origin: string;
  readonly dnsZone: IDnsZone;
}

/** What the tracking domain needs back from its edge to write the CNAME. */
export interface EdgeBinding {
  /** Where the domain's CNAME points. */
  readonly cnameTarget: string;
  /** Whether the DNS provider's proxy answers for the domain. */
  readonly proxied: boolean;
  /** Resources that must exist before users are sent to the domain (e.g. a validated certificate). */
  readonly dependsOn: ITerraformDependable[];
  /** The CDN service's id, where the edge has one. */
  readonly serviceId?: string;
}

/** The CDN that terminates TLS for a tracking domain. Create one with the `TrackingEdge` factories. */
export interface ITrackingEdge {
  /** `fastly` or `cloudflare-proxy`. */
  readonly kind: string;
  /** Creates the edge's resources for one domain. Called once by `SslTrackingDomain`. */
  bind(context: EdgeBindContext): EdgeBinding;
}

/** Factories for the supported edges. */
export abstract class TrackingEdge {
  /**
   * Fastly terminates TLS with a managed certificate for the domain, validated by an ACME DNS
   * challenge record in the domain's zone, and passes every request to SendGrid.
   */
  public static fastly(options: FastlyEdgeOptions = {}): ITrackingEdge {
    return {
      kind: "fastly",
      bind: ({ scope, domainName, origin, dnsZone }) => {
        const edge = new FastlyTlsEdge(scope, "fastly", { ...options, domainName, origin, dnsZone });
        return {
          cnameTarget: edge.cnameTarget,
          proxied: false,
          dependsOn: [edge.validation],
          serviceId: edge.service.id,
        };
      },
    };
  }
}
