import { Construct } from "constructs";
import { ITerraformDependable, Token } from "../framework";
import { CloudflareDnsZone } from "./cloudflare-dns-zone";
import { IDnsZone } from "./dns-zone";
import { depthBelowZone } from "./domain-name";
import { TrackingDomainError } from "./errors";
import { SendgridAutoSslOptions, autoSslRecords, checkAutoSslOptions } from "./sendgrid-auto-ssl";
import { FastlyEdgeOptions, FastlyTlsEdge } from "./fastly-tls-edge";
import type { CloudFrontEdgeOptions } from "./cloudfront-options";
import { requireOptionalAws } from "./optional-aws";

/** The kinds of edge a tracking domain can have. */
export const EDGE_KINDS = ["fastly", "cloudflare-proxy", "cloudfront", "sendgrid-auto-ssl"] as const;
/** One of `EDGE_KINDS`. */
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** What an edge learns about the domain it serves. */
export interface EdgeBindContext {
  /** The tracking domain construct; edge resources are created below it. */
  readonly scope: Construct;
  /** The branded link host. */
  readonly domainName: string;
  /** The SendGrid host to forward to. */
  readonly origin: string;
  /** The zone that holds the domain's records. */
  readonly dnsZone: IDnsZone;
  /** Whether the edge's live resources (service, certificate) must refuse destroy and replace. */
  readonly preventDestroy: boolean;
  /** A note for the edge's resources that say what they are (and, when allowed, that they may go). */
  readonly comment: string;
}

/** What the tracking domain needs back from its edge to write the CNAME. */
export interface EdgeBinding {
  /** Where the domain's CNAME points. */
  readonly cnameTarget: string;
  /** Whether the DNS provider's proxy answers for the domain. */
  readonly proxied: boolean;
  /** Resources that must exist before users are sent to the domain (e.g. a validated certificate). */
  readonly dependsOn: ITerraformDependable[];
  /** The CDN service's id, where the edge has one (a Fastly service, a CloudFront distribution). */
  readonly serviceId?: string;
}

/** The CDN that terminates TLS for a tracking domain. Create one with the `TrackingEdge` factories. */
export interface ITrackingEdge {
  /** Which edge this is. */
  readonly kind: EdgeKind;
  /** Creates the edge's resources for one domain. Called once by `SslTrackingDomain`. */
  bind(context: EdgeBindContext): EdgeBinding;
}

/** Factories for the supported edges. */
export abstract class TrackingEdge {
  /**
   * Fastly terminates TLS and passes every request to SendGrid. The certificate is a managed one
   * for the domain, validated by an ACME DNS challenge record in its zone, unless `options`
   * choose another (`FastlyCertificate.custom()`, `.managedWildcard()`).
   */
  public static fastly(options: FastlyEdgeOptions = {}): ITrackingEdge {
    return {
      kind: "fastly",
      bind: ({ scope, domainName, origin, dnsZone, preventDestroy, comment }) => {
        const edge = new FastlyTlsEdge(scope, "fastly", { ...(options ?? {}), domainName, origin, dnsZone, preventDestroy, comment });
        return {
          cnameTarget: edge.cnameTarget,
          proxied: false,
          dependsOn: [edge.certificateReady],
          serviceId: edge.service.id,
        };
      },
    };
  }

  /**
   * Cloudflare's proxy terminates TLS with its own edge certificate and forwards to SendGrid: a
   * proxied CNAME to the origin, plus the zone's rules for SSL mode `full` and no caching on this
   * host. Needs a `CloudflareDnsZone`; no Fastly account is involved.
   */
  public static cloudflareProxy(): ITrackingEdge {
    return {
      kind: "cloudflare-proxy",
      bind: ({ domainName, origin, dnsZone }) => {
        // The name goes into the zone's rule expressions, grouped and measured at construction.
        if (Token.isUnresolved(domainName) || Token.isUnresolved(origin)) {
          throw new TrackingDomainError(
            `${domainName}: the cloudflare-proxy edge needs domainName and origin as strings, not tokens: the domain name goes into ` +
              `the zone's rule expressions, which must be checked and quoted when they are built`,
          );
        }
        if (!(dnsZone instanceof CloudflareDnsZone)) {
          throw new TrackingDomainError(
            `${domainName}: the cloudflare-proxy edge needs a Cloudflare DNS zone, but zone ${dnsZone.zoneName} is at ${dnsZone.dnsProvider}`,
          );
        }
        if (depthBelowZone(domainName, dnsZone.zoneName) > 1 && !dnsZone.advancedCertificate) {
          throw new TrackingDomainError(
            `${domainName}: is more than one level below zone ${dnsZone.zoneName}, which Cloudflare's Universal SSL ` +
              `certificate does not cover; use a host one level below the zone, or declare the zone's advanced certificate (advancedCertificate: true)`,
          );
        }
        // The zone makes the proxied CNAME wait for its rulesets.
        dnsZone.addProxiedHost(domainName);
        return { cnameTarget: origin, proxied: true, dependsOn: [] };
      },
    };
  }

  /**
   * Amazon CloudFront: the same edge as `AwsTrackingEdge.cloudFront()`, which the AWS entry point
   * `cdktf-ssl-tracking-domain/aws` exports beside `Route53DnsZone`. This alias loads that edge on
   * first use, so it too needs `@cdktf/provider-aws` (an optional peer dependency) when bound.
   * @deprecated Use `AwsTrackingEdge.cloudFront()` from `cdktf-ssl-tracking-domain/aws`, the entry
   * point of everything that needs `@cdktf/provider-aws`.
   */
  public static cloudFront(options: CloudFrontEdgeOptions = {}): ITrackingEdge {
    return {
      kind: "cloudfront",
      bind: (context) =>
        requireOptionalAws<typeof import("./cloudfront-edge")>("./cloudfront-edge", `${context.domainName}: the cloudfront edge`)
          .cloudFrontEdge(options)
          .bind(context),
    };
  }

  /**
   * SendGrid's own HTTPS ("Auto SSL" link branding): SendGrid obtains and serves the certificate,
   * so no CDN is involved. The link host is a DNS-only CNAME to SendGrid's click host, beside the
   * ACME challenge CNAME and the custom-hostname TXT that SendGrid's API returned for the link
   * (`acme_challenge_cname` and `cf_custom_hostname_txt` of `GET /v3/whitelabel/links/{id}`).
   */
  public static sendgridAutoSsl(options: SendgridAutoSslOptions): ITrackingEdge {
    checkAutoSslOptions("TrackingEdge.sendgridAutoSsl()", options);
    return {
      kind: "sendgrid-auto-ssl",
      bind: (context) => {
        const { cnameTarget, records } = autoSslRecords(context, options);
        // The link host moves last: SendGrid's certificate can only be issued once both records exist.
        return { cnameTarget, proxied: false, dependsOn: records };
      },
    };
  }
}
