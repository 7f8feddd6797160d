import { IConstruct } from "constructs";
import { TrackingDomainError } from "./errors";
import { StackClaims } from "./stack-claims";

/** TLS domain → what secures it, per stack. */
const tlsDomains = new StackClaims();

/**
 * Records that `tlsDomain` is secured by `how` in the stack of `scope`. Fastly rejects a domain
 * that has both a subscription and an activation, so a second claim is refused.
 */
export function claimTlsDomain(scope: IConstruct, tlsDomain: string, how: string): void {
  const existing = tlsDomains.claim(scope, tlsDomain, how);
  if (existing !== undefined) {
    throw new TrackingDomainError(
      `${tlsDomain}: already has a Fastly ${existing} in this stack; a domain takes one certificate, and Fastly rejects a subscription combined with an activation`,
    );
  }
}
