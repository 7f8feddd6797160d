import { Construct } from "constructs";
import { TerraformResource, Token } from "cdktf";
import { ServiceVcl } from "../.gen/providers/fastly/service-vcl";
import { TlsSubscription } from "../.gen/providers/fastly/tls-subscription";
import { TlsSubscriptionValidation } from "../.gen/providers/fastly/tls-subscription-validation";
import { IDnsZone } from "./dns-zone";
import { hostNameProblem } from "./domain-name";
import { TrackingDomainError, quote } from "./errors";
import { FastlyDefaultTlsConfiguration } from "./fastly-tls-configuration";
import { firstWhere, hclString } from "./hcl";

/** Certificate authorities that Fastly's managed TLS subscriptions can use. */
export const FASTLY_CERTIFICATE_AUTHORITIES = ["lets-encrypt", "certainly", "globalsign"] as const;
export type FastlyCertificateAuthority = (typeof FASTLY_CERTIFICATE_AUTHORITIES)[number];

/** Options of `TrackingEdge.fastly()`. */
export interface FastlyEdgeOptions {
  /**
   * Who issues the managed certificate. A CAA record on the domain or a parent must allow it.
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
 * TLS, a managed certificate for the domain, and its DNS validation.
 */
export class FastlyTlsEdge extends Construct {
  public readonly service: ServiceVcl;
  public readonly subscription: TlsSubscription;
  public readonly challengeRecord: TerraformResource;
  public readonly validation: TlsSubscriptionValidation;
  /** Where the domain's CNAME must point. */
  public readonly cnameTarget: string;

  constructor(scope: Construct, id: string, props: FastlyTlsEdgeProps) {
    super(scope, id);
    const { domainName, origin } = props;
    const certificateAuthority = props.certificateAuthority ?? "lets-encrypt";
    if (!FASTLY_CERTIFICATE_AUTHORITIES.includes(certificateAuthority)) {
      throw new TrackingDomainError(
        `${domainName}: certificateAuthority ${quote(certificateAuthority)} is not one of ${FASTLY_CERTIFICATE_AUTHORITIES.join(", ")}`,
      );
    }
    const targetProblem =
      props.cnameTarget === undefined || Token.isUnresolved(props.cnameTarget) ? undefined : hostNameProblem(props.cnameTarget);
    if (targetProblem) {
      throw new TrackingDomainError(`${domainName}: cnameTarget ${quote(props.cnameTarget)} is not a valid host name: ${targetProblem}`);
    }

    const lifecycle = props.preventDestroy ? { preventDestroy: true } : undefined;
    this.service = new ServiceVcl(this, "service", {
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

    // Fastly only issues certificates for domains that are already on a service.
    this.subscription = new TlsSubscription(this, "tls-subscription", {
      domains: [domainName],
      certificateAuthority,
      dependsOn: [this.service],
      lifecycle,
    });

    const challengeName = `_acme-challenge.${domainName}`;
    this.challengeRecord = props.dnsZone.addRecord(this, "acme-challenge", {
      name: challengeName,
      type: "CNAME",
      value: firstWhere(
        `${this.subscription.fqn}.managed_dns_challenges`,
        "record_value",
        `x.record_name == ${hclString(challengeName)}`,
      ),
      comment: "ACME challenge for Fastly TLS (cdktf-ssl-tracking-domain)",
    });

    this.validation = new TlsSubscriptionValidation(this, "tls-validation", {
      subscriptionId: this.subscription.id,
      dependsOn: [this.challengeRecord],
    });

    this.cnameTarget = props.cnameTarget ?? FastlyDefaultTlsConfiguration.of(this).cnameTarget;
  }
}
