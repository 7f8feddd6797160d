import { IConstruct } from "constructs";
import { TerraformStack } from "cdktf";
import { TrackingDomainError } from "./errors";

/** TLS domain → what secures it, per stack. */
const claims = new WeakMap<TerraformStack, Map<string, string>>();

/**
 * Records that `tlsDomain` is secured by `how` in the stack of `scope`. Fastly rejects a domain
 * that has both a subscription and an activation, so a second claim is refused.
 */
export function claimTlsDomain(scope: IConstruct, tlsDomain: string, how: string): void {
  const stack = TerraformStack.of(scope);
  const stackClaims = claims.get(stack) ?? new Map<string, string>();
  claims.set(stack, stackClaims);
  const existing = stackClaims.get(tlsDomain);
  if (existing !== undefined) {
    throw new TrackingDomainError(
      `${tlsDomain}: already has a Fastly ${existing} in this stack; a domain takes one certificate, and Fastly rejects a subscription combined with an activation`,
    );
  }
  stackClaims.set(tlsDomain, how);
}
