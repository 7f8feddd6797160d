import { App, TerraformStack } from "../framework";
import { TrackingDomainError, quote } from "../constructs/errors";
import { buildApp } from "./app";
import { configWarnings, loadConfig, parseConfig } from "./config";
import type { TrackingDomainsConfig } from "./config";

/**
 * A tracking-domains.json, loaded and validated: the JSON-config app as a library, so that a
 * team can add the file's stacks to an `App` of its own, beside stacks of its own. This is what
 * the `synth` command does, with `app.synth()` left to the caller.
 *
 * ```ts
 * const app = new App();
 * TrackingDomainsFile.load("tracking-domains.json").addStacks(app);
 * app.synth();
 * ```
 */
export class TrackingDomainsFile {
  /**
   * Reads and validates a config file; files it names (`certificateFile`) are read relative to
   * its folder. Throws a `ConfigError` listing every problem, each with its path.
   */
  public static load(file: string): TrackingDomainsFile {
    return new TrackingDomainsFile(file, loadConfig(file));
  }

  /**
   * Validates config data from elsewhere (e.g. generated, or read from another format).
   * Throws a `ConfigError` listing every problem, each with its path.
   * @param source the name for messages
   * @param baseDir the folder that relative `certificateFile` names are read from
   */
  public static fromData(data: unknown, source = "config", baseDir = process.cwd()): TrackingDomainsFile {
    return new TrackingDomainsFile(source, parseConfig(data, source, baseDir));
  }

  /** The file, or the source name given to `fromData`. */
  public readonly source: string;
  /** The names of the file's stacks, in name order: the ids `addStacks` gives them. */
  public readonly stackNames: readonly string[];
  /** Every domain of the file, in name order. */
  public readonly domainNames: readonly string[];
  /** What the file allows but should not stay so (e.g. a certificate that expires soon), one line each. */
  public readonly warnings: readonly string[];
  private readonly config: TrackingDomainsConfig;

  private constructor(source: string, config: TrackingDomainsConfig) {
    this.source = source;
    this.config = config;
    this.stackNames = config.stacks.map((stack) => stack.name).sort();
    this.domainNames = config.stacks.flatMap((stack) => stack.domains.map((domain) => domain.domainName)).sort();
    this.warnings = configWarnings(config);
  }

  /**
   * Adds one stack per entry of the file's `stacks` to `app`, named as in the file and added in
   * name order; a stack whose proxied hosts are covered by another's rulesets depends on it.
   * Returns the added stacks. Throws a `TrackingDomainError` when `app` already has a construct
   * of one of their names, before anything is added.
   */
  public addStacks(app: App): TerraformStack[] {
    for (const name of this.stackNames) {
      if (app.node.tryFindChild(name)) {
        throw new TrackingDomainError(`stacks: the app already has a construct named ${quote(name)}; rename the config's stack or yours`);
      }
    }
    const before = new Set(app.node.children);
    buildApp(this.config, app);
    return app.node.children.filter((child): child is TerraformStack => !before.has(child) && child instanceof TerraformStack);
  }
}
