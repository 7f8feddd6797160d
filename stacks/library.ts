import { App, TerraformStack } from "cdktf";
import { TrackingDomainError, quote } from "../constructs/errors";
import { buildApp } from "./app";
import { TrackingDomainsConfig } from "./config";

/**
 * Adds the stacks of a tracking-domains.json (from `loadTrackingDomainsConfig()`) to an `App` of
 * your own, beside your own stacks: what the `synth` command does, with `app.synth()` left to
 * you. One stack per entry of `stacks`, named as in the file and added in name order; a stack
 * whose proxied hosts are covered by another's rulesets depends on it. Returns the added stacks.
 * Throws a `TrackingDomainError` when the stacks cannot be built (e.g. a name already taken).
 */
export function addTrackingDomainsStacks(app: App, config: TrackingDomainsConfig): TerraformStack[] {
  for (const stack of config.stacks) {
    if (app.node.tryFindChild(stack.name)) {
      throw new TrackingDomainError(`stacks: the app already has a construct named ${quote(stack.name)}; rename the config's stack or yours`);
    }
  }
  const before = new Set(app.node.children);
  buildApp(config, app);
  return app.node.children.filter((child): child is TerraformStack => !before.has(child) && child instanceof TerraformStack);
}
