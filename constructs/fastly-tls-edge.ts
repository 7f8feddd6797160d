import { Construct } from "constructs";
import { Annotations, ITerraformDependable, TerraformProvider, TerraformStack, Token } from "../framework";
import { IDnsZone } from "./dns-zone";
import { hostNameProblem } from "./domain-name";
import { TrackingDomainError, quote } from "./errors";
import { FastlyCertificate, FastlyCertificateAuthority, IFastlyCertificate } from "./fastly-certificate";
import { FastlyDefaultTlsConfiguration } from "./fastly-tls-configuration";
import { FastlyTrackingService } from "./fastly-tracking-service";
import { checkProvider } from "./provider";
import { requireProps, requireShape, requireString } from "./props";

/**
 * How many new Fastly services one apply can safely create. Fastly allows 1,000 non-read API
 * requests per hour per user; a new domain costs about 9 (the service: create, update, domain,
 * backend, request setting, settings, HTTP/3 off, activate; its subscription: 1) and 11 with a
 * custom certificate, so 50 leaves half the budget for retries and other users of the token.
 */
// Not exported: the warning's number is a promise to users, which __tests__/day-two/add-domain.test.ts states as written.
const FASTLY_SAFE_BATCH = 50;

/** Fastly services per stack, to warn once when a stack has more than one apply should create. */
const servicesPerStack = new WeakMap<TerraformStack, number>();

function countService(scope: Construct): void {
  const stack = TerraformStack.of(scope);
  const count = (servicesPerStack.get(stack) ?? 0) + 1;
  servicesPerStack.set(stack, count);
  if (count === FASTLY_SAFE_BATCH + 1) {
    Annotations.of(stack).addWarning(
      `Stack ${stack.node.id} has more than ${FASTLY_SAFE_BATCH} Fastly services. Fastly allows 1,000 write API requests per hour ` +
        `and a new domain costs about 9 to 11: add new Fastly domains in batches of at most ${FASTLY_SAFE_BATCH} per apply ` +
        `(domains that already exist cost none).`,
    );
  }
}

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
  /**
   * The Fastly provider that manages the domain's service and certificate, e.g. one with an
   * `alias` when a stack works with several Fastly accounts. DNS records use the zone's provider.
   * @default - the stack's default (unaliased) Fastly provider
   */
  readonly provider?: TerraformProvider;
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

    checkProvider(domainName, props.provider, "fastly");
    const { provider } = props;
    // create_before_destroy is stored in the state, so when this edge leaves the config (a switch
    // of edge) Terraform deletes it only after the CNAME has moved away, not before.
    const lifecycle = { createBeforeDestroy: true, ...(props.preventDestroy ? { preventDestroy: true } : {}) };
    this.service = new FastlyTrackingService(this, "service", {
      name: `ssl-tracking-${domainName}`,
      comment: props.comment ?? "SendGrid link tracking (cdktf-ssl-tracking-domain)",
      lifecycle,
      provider,
      // Fastly refuses to delete an active service without it; only a retiring domain may go.
      forceDestroy: props.preventDestroy ? undefined : true,
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

    countService(this);
    const certificate = props.certificate ?? FastlyCertificate.managed({ authority: props.certificateAuthority });
    this.certificateReady = certificate.bind({ scope: this, domainName, dnsZone, service: this.service, lifecycle, provider });
    this.cnameTarget = props.cnameTarget ?? FastlyDefaultTlsConfiguration.of(this, provider).cnameTarget;
  }
}
