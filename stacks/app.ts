import { App, DISABLE_STACK_TRACE_IN_METADATA } from "cdktf";
import { TrackingDomainsConfig } from "./config";
import { TrackingDomainsStack, byCodeUnit } from "./tracking-domains-stack";

/**
 * Builds the app: one stack per entry of `stacks`, in name order, so that the output (the
 * manifest too) does not depend on the order of the file.
 */
export function buildApp(config: TrackingDomainsConfig, app: App = new App()): App {
  // Warnings would otherwise carry the JavaScript stack of their call into manifest.json: paths of
  // this machine, and lines that follow the order of the file.
  app.node.setContext(DISABLE_STACK_TRACE_IN_METADATA, true);
  for (const stack of [...config.stacks].sort((a, b) => byCodeUnit(a.name, b.name))) new TrackingDomainsStack(app, stack);
  return app;
}
