import { ConfigError, loadConfig } from "./stacks/config";
import { buildApp } from "./stacks/app";
import { TrackingDomainError } from "./constructs/errors";

/** The file with the domains to deploy: `TRACKING_DOMAINS_CONFIG`, or the bundled example. */
const configFile = process.env.TRACKING_DOMAINS_CONFIG || "tracking-domains.json";

try {
  const config = loadConfig(configFile);
  // No printing of configWarnings here: the constructs record the same warnings as annotations,
  // which `cdktf synth` prints, so they would show twice.
  buildApp(config).synth();
} catch (error) {
  // Our own errors are for users: print the message, not a stack trace.
  if (error instanceof ConfigError || error instanceof TrackingDomainError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
