import { App } from "cdktf";
import { TrackingDomainsConfig } from "./config";
import { TrackingDomainsStack } from "./tracking-domains-stack";

/** Builds the app: one stack per entry of `stacks`. */
export function buildApp(config: TrackingDomainsConfig, app: App = new App()): App {
  for (const stack of config.stacks) new TrackingDomainsStack(app, stack);
  return app;
}
