import { Construct } from "constructs";
import { ITerraformDependable, TerraformProvider, TerraformStack, dependable } from "../framework";
import { TlsSubscription } from "../.gen/providers/fastly/tls-subscription";
import { TlsSubscriptionValidation } from "../.gen/providers/fastly/tls-subscription-validation";
import type { FastlyCertificateAuthority } from "./fastly-certificate";
import { IDnsZone } from "./dns-zone";
import { TrackingDomainError } from "./errors";
import { claimTlsDomain } from "./fastly-tls-domains";
import { validateByDns } from "./fastly-dns-validation";
import { sharedId } from "./provider";

/**
 * The managed `*.<zone>` certificate of one zone in one stack and Fastly provider, with its DNS
 * challenge and validation; created by the first domain that asks for it and shared by the rest.
 */
export class FastlyWildcardSubscription extends Construct {
  /** The zone's shared instance in the stack of `scope` for `user.provider`, created on first use. */
  public static of(
    scope: Construct,
    zone: IDnsZone,
    authority: FastlyCertificateAuthority,
    user: { service: ITerraformDependable; preventDestroy: boolean; provider?: TerraformProvider },
  ): FastlyWildcardSubscription {
    const stack = TerraformStack.of(scope);
    const id = sharedId(`fastly-wildcard-${zone.zoneName}`, user.provider);
    const found = stack.node.tryFindChild(id);
    const shared =
      found instanceof FastlyWildcardSubscription ? found : new FastlyWildcardSubscription(stack, id, zone, authority, user.provider);
    if (shared.authority !== authority) {
      throw new TrackingDomainError(
        `*.${zone.zoneName}: the shared wildcard certificate is issued by ${shared.authority}; a domain cannot ask for ${authority}`,
      );
    }
    // Fastly secures domains that are on a service: subscribe once every user's service exists.
    shared.subscription.dependsOn = [...(shared.subscription.dependsOn ?? []), dependable(user.service)];
    // The certificate serves every domain that uses it: protected while any of them is, and
    // force-destroyable (Fastly refuses to delete it while its domains have TLS on) only when all
    // of them are retiring.
    if (user.preventDestroy) {
      shared.subscription.lifecycle = { ...shared.subscription.lifecycle, preventDestroy: true };
      shared.subscription.resetForceDestroy();
    }
    return shared;
  }

  /** The `*.<zone>` subscription. */
  public readonly subscription: TlsSubscription;
  /**
   * Exists once the wildcard certificate is issued; for a zone whose records are made by hand,
   * the subscription itself (Terraform cannot wait for those records).
   */
  public readonly validation: TlsSubscriptionValidation | TlsSubscription;

  private constructor(
    scope: Construct,
    id: string,
    zone: IDnsZone,
    /** Who issues the wildcard certificate. */
    public readonly authority: FastlyCertificateAuthority,
    provider: TerraformProvider | undefined,
  ) {
    super(scope, id);
    const wildcard = `*.${zone.zoneName}`;
    claimTlsDomain(this, wildcard, "managed wildcard subscription");
    this.subscription = new TlsSubscription(this, "tls-subscription", {
      domains: [wildcard],
      certificateAuthority: authority,
      provider,
      // Deleted after the CNAMEs that use it have moved away (see FastlyTlsEdge).
      lifecycle: { createBeforeDestroy: true },
      forceDestroy: true,
    });
    // A wildcard's challenge lives at the zone apex: _acme-challenge.<zone>.
    this.validation = validateByDns(this, zone, this.subscription, `_acme-challenge.${zone.zoneName}`);
  }
}
