import { IConstruct } from "constructs";
import { TerraformStack } from "../framework";
import { TrackingDomainError } from "./errors";

/**
 * Names that may be taken once per stack (a zone id, a domain name, a TLS domain), each with who
 * holds it: a second claim returns the first holder, so the caller can refuse it in its own words.
 */
export class StackClaims {
  private readonly byStack = new WeakMap<TerraformStack, Map<string, string>>();

  /** Records `holder` for `key` in the stack of `scope`; returns the earlier holder, if any, instead. */
  public claim(scope: IConstruct, key: string, holder: string): string | undefined {
    const stack = TerraformStack.of(scope);
    const claimed = this.byStack.get(stack) ?? new Map<string, string>();
    this.byStack.set(stack, claimed);
    const earlier = claimed.get(key);
    if (earlier === undefined) claimed.set(key, holder);
    return earlier;
  }

  /** `claim`, refusing a second claim with the message `refusal` gives for the earlier holder. */
  public claimOnce(scope: IConstruct, key: string, holder: string, refusal: (earlier: string) => string): void {
    const earlier = this.claim(scope, key, holder);
    if (earlier !== undefined) throw new TrackingDomainError(refusal(earlier));
  }
}
