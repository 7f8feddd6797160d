import { TerraformProvider } from "../framework";
import { TrackingDomainError } from "./errors";

/**
 * Refuses a `provider` prop that configures another provider than `expected` (`fastly`,
 * `cloudflare`): Terraform would only reject it at plan time, naming neither the prop nor the domain.
 */
export function checkProvider(owner: string, provider: TerraformProvider | undefined, expected: string): void {
  if (provider !== undefined && provider.terraformResourceType !== expected) {
    throw new TrackingDomainError(
      `${owner}: provider is a ${provider.terraformResourceType} provider (${provider.node.path}); it must be a ${expected} provider`,
    );
  }
}

/**
 * The id of a construct shared per stack and provider: `base` for the default (unaliased)
 * provider, so stacks written before the `provider` prop keep their Terraform addresses, and
 * `<base>-<alias>` for an aliased one.
 */
export function sharedId(base: string, provider: TerraformProvider | undefined): string {
  const alias = provider?.alias;
  return alias === undefined ? base : `${base}-${alias}`;
}
