// A module of its own, without zod: the package root's declarations name this class, and must
// type-check in a consumer project (skipLibCheck false, no esModuleInterop).
/** A config that cannot be deployed. `problems` holds one line per problem, each naming its path. */
export class ConfigError extends Error {
  constructor(
    public readonly source: string,
    public readonly problems: string[],
  ) {
    super(`${source}: ${problems.length === 1 ? "1 problem" : `${problems.length} problems`}\n  ${problems.join("\n  ")}`);
    this.name = "ConfigError";
  }
}
