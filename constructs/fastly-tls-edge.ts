import { Construct } from "constructs";
import { ITerraformDependable, Token } from "cdktf";
import { IDnsZone } from "./dns-zone";
import { hostNameProblem } from "./domain-name";
import { TrackingDomainError, quote } from "./errors";
import { FastlyCertificate, FastlyCertificateAuthority, IFastlyCertificate } from "./fastly-certificate";
import { FastlyDefaultTlsConfiguration } from "./fastly-tls-configuration";
import { FastlyTrackingService } from "./fastly-tracking-service";
import { requireProps, requireShape, requireString } from "./props";

/** Options of `TrackingEdge.fastly()`. */
export interface FastlyEdgeOptions {
  /**
   * How the domain gets its certificate: `FastlyCertificate.managed()`, `.custom()` or
   * `.managedWildcard()`.
   * @default - a managed certificate for the domain from `certificateAuthority`
   */
  readonly certificate?: IFastlyCertificate;
  /**
   * Short form of `certificate: FastlyCertificate.managed({ authority })`; not with `certificate`.
   * @default "lets-encrypt"
   */
  readonly certificateAuthority?: FastlyCertificateAuthority;
  /**
   * Where the domain's CNAME points.
   * @default - the CNAME record of the Fastly account's default TLS configuration, read once per stack
   */
  readonly cnameTarget?: string;
}

export interface FastlyTlsEdgeProps extends FastlyEdgeOptions {
  /** The branded link host. */
  readonly domainName: string;
  /** The SendGrid host that Fastly forwards to. */
  readonly origin: string;
  /** The zone that receives the ACME challenge record. */
  readonly dnsZone: IDnsZone;
  /**
   * Refuse to destroy or replace the service and the subscription, which serve live links.
   * @default false
   */
  readonly preventDestroy?: boolean;
  /**
   * The service's comment.
   * @default - says that the service serves SendGrid tracking and who manages it
   */
  readonly comment?: string;
}

/**
 * Fastly's half of a tracking domain: a VCL service that passes every request to SendGrid over
 * TLS, and the domain's certificate.
 */
export class FastlyTlsEdge extends Construct {
  /** The VCL service that serves the domain. */
  public readonly service: FastlyTrackingService;
  /** Exists once the domain's certificate is live (a validated subscription or an activation). */
  public readonly certificateReady: ITerraformDependable;
  /** Where the domain's CNAME must point. */
  public readonly cnameTarget: string;

  constructor(scope: Construct, id: string, props: FastlyTlsEdgeProps) {
    super(scope, id);
    const { domainName, origin, dnsZone } = props;
    const where = `${domainName}: TrackingEdge.fastly()`;
    requireProps(where, props, "the edge's options");
    requireShape(
      where,
      props,
      "certificate",
      ["kind", "bind()"],
      "a certificate from FastlyCertificate.managed(), .custom() or .managedWildcard()",
      true,
    );
    requireString(where, props, "certificateAuthority", true);
    requireString(where, props, "cnameTarget", true);
    if (props.certificate && props.certificateAuthority) {
      throw new TrackingDomainError(
        `${domainName}: certificateAuthority and certificate are both set; use FastlyCertificate.managed({ authority }) alone`,
      );
    }
    const targetProblem =
      props.cnameTarget === undefined || Token.isUnresolved(props.cnameTarget) ? undefined : hostNameProblem(props.cnameTarget);
    if (targetProblem) {
      throw new TrackingDomainError(`${domainName}: cnameTarget ${quote(props.cnameTarget)} is not a valid host name: ${targetProblem}`);
    }

    const lifecycle = props.preventDestroy ? { preventDestroy: true } : undefined;
    this.service = new FastlyTrackingService(this, "service", {
      name: `ssl-tracking-${domainName}`,
      comment: props.comment ?? "SendGrid link tracking (cdktf-ssl-tracking-domain)",
      lifecycle,
      activate: true,
      domain: [{ name: domainName }],
      backend: [
        {
          name: "sendgrid",
          address: origin,
          port: 443,
          useSsl: true,
          sslCheckCert: true,
          // SNI and the certificate check use SendGrid's own name; the Host header is left as the
          // branded domain (no override_host), which is how SendGrid finds the account.
          sslCertHostname: origin,
          sslSniHostname: origin,
        },
      ],
      // Every open and click must reach SendGrid to be counted: pass, never cache. No force_ssl,
      // so plain http:// links in mail already sent keep working.
      requestSetting: [{ name: "pass-all", action: "pass", forceSsl: false }],
      defaultTtl: 0,
    });

    const certificate = props.certificate ?? FastlyCertificate.managed({ authority: props.certificateAuthority });
    this.certificateReady = certificate.bind({ scope: this, domainName, dnsZone, service: this.service, lifecycle });
    this.cnameTarget = props.cnameTarget ?? FastlyDefaultTlsConfiguration.of(this).cnameTarget;
  }
}
