import { Construct } from "constructs";
import {
  Annotations,
  ITerraformDependable,
  Lazy,
  TerraformProvider,
  TerraformResource,
  TerraformResourceLifecycle,
  TerraformStack,
  TerraformVariable,
  Token,
} from "../framework";
import { isTerraformVariable } from "./framework-check";
import { TlsActivation } from "../.gen/providers/fastly/tls-activation";
import { TlsCertificate } from "../.gen/providers/fastly/tls-certificate";
import { TlsPrivateKey } from "../.gen/providers/fastly/tls-private-key";
import { TlsSubscription } from "../.gen/providers/fastly/tls-subscription";
import { certificateBlocks, certificateProblem, certificateWarning, privateKeyIn } from "./certificate-check";
import { IDnsZone } from "./dns-zone";
import { depthBelowZone, prefixedNameProblem } from "./domain-name";
import { TrackingDomainError, describeValue, quote } from "./errors";
import { claimTlsDomain } from "./fastly-tls-domains";
import { FastlyWildcardSubscription } from "./fastly-wildcard-subscription";
import { validateByDns } from "./fastly-dns-validation";
import { CHALLENGE_RECORD_PATHS } from "./record-takeover";

/** Certificate authorities that Fastly's managed TLS subscriptions can use. */
export const FASTLY_CERTIFICATE_AUTHORITIES = ["lets-encrypt", "certainly", "globalsign"] as const;
/** One of `FASTLY_CERTIFICATE_AUTHORITIES`. */
export type FastlyCertificateAuthority = (typeof FASTLY_CERTIFICATE_AUTHORITIES)[number];

/** What a certificate needs to know about the domain it secures. */
export interface FastlyCertificateContext {
  /** The domain's Fastly edge construct; per-domain certificate resources go below it. */
  readonly scope: Construct;
  /** The domain to secure. */
  readonly domainName: string;
  /** The zone that receives any ACME challenge record. */
  readonly dnsZone: IDnsZone;
  /** The service that serves the domain: Fastly only secures domains that are on a service. */
  readonly service: TerraformResource;
  /**
   * The lifecycle of resources that live links depend on: `prevent_destroy` unless the domain may
   * be retired, and `create_before_destroy`, so that they are deleted only after what uses them.
   */
  readonly lifecycle?: TerraformResourceLifecycle;
  /**
   * The Fastly provider for the certificate's resources.
   * @default - the stack's default (unaliased) Fastly provider
   */
  readonly provider?: TerraformProvider;
}

/** How a Fastly domain gets its certificate. Create one with the `FastlyCertificate` factories. */
export interface IFastlyCertificate {
  /** `managed`, `custom` or `managed-wildcard`. */
  readonly kind: string;
  /** Creates (or joins) the certificate resources; returns what must exist before DNS moves. */
  bind(context: FastlyCertificateContext): ITerraformDependable;
}

/** Options of a Fastly-managed certificate. */
export interface ManagedCertificateOptions {
  /**
   * Who issues the certificate. A CAA record on the domain or a parent must allow it.
   * @default "lets-encrypt"
   */
  readonly authority?: FastlyCertificateAuthority;
}

/** A team's own certificate and key. */
export interface CustomCertificateOptions {
  /**
   * The certificate, PEM-encoded, with its intermediates and nothing else: a private key in it is
   * refused. When it is a literal it is checked at synthesis: it must parse, name the domain in a
   * subject alternative name and be valid now; synthesis warns when it expires within 30 days.
   */
  readonly certificatePem: string;
  /**
   * The private key: a `TerraformVariable` declared with `sensitive: true` and no default, whose
   * value is given at plan time (`TF_VAR_<name>`). A variable rather than a string, so that no
   * expression of a literal key (a `Lazy`, an `Fn.join`) can reach the synthesized output.
   */
  readonly privateKey: TerraformVariable;
}

/** Why `key` cannot carry a private key safely, or `undefined`. Never quotes the value: it may be a key. */
function privateKeyProblem(key: unknown, scope: Construct): string | undefined {
  if (!isTerraformVariable(key)) {
    return `privateKey must be a TerraformVariable declared with sensitive: true, got ${describeValue(key)}`;
  }
  if (key.sensitive !== true) {
    return `privateKey (variable ${key.node.path}) is not sensitive; declare it with sensitive: true so Terraform never prints the key`;
  }
  if (key.default !== undefined) {
    return `privateKey (variable ${key.node.path}) has a default, which would be written into cdk.tf.json; give the key at plan time (TF_VAR_<name>) instead`;
  }
  // From another stack, the key would travel through that stack's outputs and state.
  if (TerraformStack.of(key) !== TerraformStack.of(scope)) {
    return `privateKey (variable ${key.node.path}) belongs to another stack; declare it in the stack of the domain`;
  }
  return undefined;
}

/**
 * The key's reference as the resource gets it. The variable is checked again at synthesis, as
 * written then: an override (`addOverride("default", key)`) would otherwise put the key in the output.
 */
function checkedKeyReference(privateKey: TerraformVariable, domainName: string): string {
  return Lazy.stringValue({
    produce: () => {
      const body = (privateKey.toTerraform() as { variable: Record<string, Record<string, unknown>> }).variable[
        privateKey.friendlyUniqueId
      ];
      if (body?.default !== undefined || body?.sensitive !== true) {
        throw new TrackingDomainError(
          `${domainName}: privateKey (variable ${privateKey.node.path}) is overridden to ${body?.sensitive !== true ? "not be sensitive" : "have a default"}; it must stay sensitive, without a default`,
        );
      }
      return privateKey.stringValue;
    },
  });
}

/**
 * The certificate body as the resource gets it. A token is checked once resolved, at synthesis,
 * so that a key cannot ride into the output inside an expression (`Fn.join`, `Lazy`).
 */
function checkedCertificateBody(certificatePem: string, domainName: string): string {
  if (!Token.isUnresolved(certificatePem)) return certificatePem;
  return Lazy.stringValue({
    produce: (context) => {
      const resolved: unknown = context.resolve(certificatePem);
      const text = typeof resolved === "string" ? resolved : (JSON.stringify(resolved) ?? "");
      const key = privateKeyIn(text);
      if (key)
        throw new TrackingDomainError(
          `${domainName}: certificatePem holds a private key (${key}); give the certificate and its chain alone`,
        );
      // A Terraform expression (a variable, file()) is only known at plan time; anything else must be certificates alone.
      const blocks = Token.isUnresolved(text) || /\$\{/.test(text) ? undefined : certificateBlocks(text);
      if (blocks && "problem" in blocks)
        throw new TrackingDomainError(`${domainName}: certificatePem, as resolved at synthesis: ${blocks.problem}`);
      return certificatePem;
    },
  });
}

function checkAuthority(domainName: string, authority: string): FastlyCertificateAuthority {
  if (!(FASTLY_CERTIFICATE_AUTHORITIES as readonly string[]).includes(authority)) {
    throw new TrackingDomainError(
      `${domainName}: certificateAuthority ${quote(authority)} is not one of ${FASTLY_CERTIFICATE_AUTHORITIES.join(", ")}`,
    );
  }
  return authority as FastlyCertificateAuthority;
}

/** Factories for the certificates a Fastly edge can use. */
export abstract class FastlyCertificate {
  /**
   * A certificate for this domain alone, issued and renewed by Fastly (`fastly_tls_subscription`),
   * validated by an ACME DNS challenge record in the domain's zone.
   */
  public static managed(options: ManagedCertificateOptions = {}): IFastlyCertificate {
    return {
      kind: "managed",
      bind: ({ scope, domainName, dnsZone, service, lifecycle, provider }) => {
        const certificateAuthority = checkAuthority(domainName, options?.authority ?? "lets-encrypt");
        const tooLong = Token.isUnresolved(domainName) ? undefined : prefixedNameProblem("_acme-challenge", domainName);
        if (tooLong) throw new TrackingDomainError(`${domainName}: a managed certificate cannot be validated: ${tooLong}`);
        claimTlsDomain(scope, domainName, "managed subscription");
        // Fastly only issues certificates for domains that are already on a service.
        const subscription = new TlsSubscription(scope, "tls-subscription", {
          domains: [domainName],
          certificateAuthority,
          dependsOn: [service],
          lifecycle,
          provider,
          // Fastly refuses to delete a subscription whose domains have TLS on; only a retiring domain may go.
          forceDestroy: lifecycle?.preventDestroy ? undefined : true,
        });
        // `scope` is the domain's Fastly edge; an Auto SSL edge kept the record below the domain.
        return validateByDns(scope, dnsZone, subscription, `_acme-challenge.${domainName}`, {
          scope: scope.node.scope!,
          ids: [...CHALLENGE_RECORD_PATHS.sendgridAutoSsl],
        });
      },
    };
  }

  /**
   * The team's own certificate and key, uploaded to Fastly (`fastly_tls_private_key`,
   * `fastly_tls_certificate`) and activated for the domain (`fastly_tls_activation`).
   */
  public static custom(options: CustomCertificateOptions): IFastlyCertificate {
    return {
      kind: "custom",
      bind: ({ scope, domainName, service, lifecycle, provider }) => {
        const keyProblem = privateKeyProblem((options as Partial<CustomCertificateOptions> | undefined)?.privateKey, scope);
        if (keyProblem) throw new TrackingDomainError(`${domainName}: ${keyProblem}`);
        const { certificatePem, privateKey } = options;
        if (typeof certificatePem !== "string") {
          throw new TrackingDomainError(`${domainName}: certificatePem must be a PEM string, got ${describeValue(certificatePem)}`);
        }
        if (!Token.isUnresolved(certificatePem)) {
          const problem = certificateProblem(certificatePem, domainName);
          if (problem) throw new TrackingDomainError(`${domainName}: certificatePem cannot serve the domain: ${problem}`);
          const warning = certificateWarning(certificatePem);
          if (warning) Annotations.of(scope).addWarning(`${domainName}: ${warning}`);
        }
        claimTlsDomain(scope, domainName, "custom certificate activation");
        // A rotation: the new key (key_pem forces a new one) and certificate are uploaded first, the
        // activation moves to the new certificate in place, and the old ones go last (Fastly refuses
        // to delete a key a certificate still uses). No prevent_destroy: the activation, service and
        // CNAME are what keep links alive, and they are protected.
        const rotate = { createBeforeDestroy: true };
        const key = new TlsPrivateKey(scope, "tls-private-key", {
          name: `tracking-${domainName}`,
          keyPem: checkedKeyReference(privateKey, domainName),
          lifecycle: rotate,
          provider,
        });
        // Fastly matches an uploaded certificate to a key it already holds.
        const certificate = new TlsCertificate(scope, "tls-certificate", {
          name: `tracking-${domainName}`,
          certificateBody: checkedCertificateBody(certificatePem, domainName),
          dependsOn: [key],
          lifecycle: rotate,
          provider,
        });
        return new TlsActivation(scope, "tls-activation", {
          certificateId: certificate.id,
          domain: domainName,
          dependsOn: [service],
          lifecycle,
          provider,
        });
      },
    };
  }

  /**
   * One managed certificate for `*.<zone>`, shared by every Fastly domain directly under the zone
   * that uses it: one subscription and one DNS challenge per zone and stack instead of one per
   * domain. A wildcard covers one label, so deeper domains are refused.
   */
  public static managedWildcard(options: ManagedCertificateOptions = {}): IFastlyCertificate {
    return {
      kind: "managed-wildcard",
      bind: ({ domainName, dnsZone, scope, service, lifecycle, provider }) => {
        const authority = checkAuthority(domainName, options?.authority ?? "lets-encrypt");
        if (depthBelowZone(domainName, dnsZone.zoneName) !== 1) {
          throw new TrackingDomainError(
            `${domainName}: a wildcard certificate for *.${dnsZone.zoneName} covers one label only; ` +
              `give this domain its own certificate (FastlyCertificate.managed(), or "certificate": "managed" in the config)`,
          );
        }
        return FastlyWildcardSubscription.of(scope, dnsZone, authority, {
          service,
          preventDestroy: lifecycle?.preventDestroy === true,
          provider,
        }).validation;
      },
    };
  }
}
