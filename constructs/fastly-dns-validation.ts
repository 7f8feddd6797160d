import { Construct, IConstruct } from "constructs";
import { Token } from "../framework";
import { TlsSubscription } from "../.gen/providers/fastly/tls-subscription";
import { TlsSubscriptionValidation } from "../.gen/providers/fastly/tls-subscription-validation";
import { IDnsZone } from "./dns-zone";
import { takeOverRecord } from "./record-takeover";

/**
 * Validates a managed subscription by ACME DNS challenge: the CNAME `challengeName` in `zone`
 * (ids `acme-challenge` and `tls-validation` in `scope`), and the validation that waits for it;
 * for a zone whose records are made by hand, only the subscription, which is what is returned.
 * The record's value comes from the subscription's `managed_dns_challenges`, picked by name with
 * a filtered `for` expression, which cdktf has no builder for; the string token keeps the
 * reference, and so the dependency, intact. Host names hold no quote or `${`, so
 * `JSON.stringify` makes a safe HCL literal.
 */
export function validateByDns(
  scope: Construct,
  zone: IDnsZone,
  subscription: TlsSubscription,
  challengeName: string,
  /** Where another edge of the domain keeps a record of the same name, to take over (`takeOverRecord`). */
  previous?: { scope: IConstruct; ids: string[] },
): TlsSubscriptionValidation | TlsSubscription {
  const value = Token.asString(
    `\${[for x in ${subscription.fqn}.managed_dns_challenges : x.record_value if x.record_name == ${JSON.stringify(challengeName)}][0]}`,
  );
  const challenge = zone.addRecord(scope, "acme-challenge", {
    name: challengeName,
    type: "CNAME",
    value,
    comment: "ACME challenge for Fastly TLS (cdktf-ssl-tracking-domain)",
    createBeforeDestroy: true,
  });
  if (previous) takeOverRecord(challenge, previous.scope, ...previous.ids);
  // A record made by hand after the apply that reports it: a validation in that apply would wait
  // (45 minutes) for it in vain. Fastly validates once the record resolves; `check` proves it.
  if (zone.recordsOutsideTerraform) return subscription;
  // create_before_destroy on both, as on the subscription: when the edge leaves the config they
  // are deleted only after the domain's CNAME no longer waits for them.
  return new TlsSubscriptionValidation(scope, "tls-validation", {
    subscriptionId: subscription.id,
    dependsOn: [challenge],
    lifecycle: { createBeforeDestroy: true },
    // The subscription's provider: the validation must ask the account that holds it.
    provider: subscription.provider,
  });
}
