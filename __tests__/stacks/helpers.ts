import { ConfigError, parseConfig } from "../../stacks/config";

/** The problems `parseConfig` reports for `data`; fails the test when it reports none. */
export function configProblems(data: unknown, baseDir?: string): string[] {
  try {
    parseConfig(data, "config", baseDir);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}
