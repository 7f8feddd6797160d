// A module of its own, without zod: the package root's declarations name this class, and must
// type-check in a consumer project (skipLibCheck false, no esModuleInterop).
/** A config that cannot be deployed. `problems` holds one line per problem, each naming its path. */
export class ConfigError extends Error {
  /** The config file, or the name given for config data. */
  public readonly source: string;
  /** One line per problem, each starting with its path in the config (`stacks[0].zones[0].zoneId: …`). */
  public readonly problems: string[];

  constructor(source: string, problems: string[]) {
    super(`${source}: ${problems.length === 1 ? "1 problem" : `${problems.length} problems`}\n  ${problems.join("\n  ")}`);
    this.name = "ConfigError";
    this.source = source;
    this.problems = problems;
  }
}
