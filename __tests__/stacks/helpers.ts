import { ConfigError, parseConfig } from "../../stacks/config";

/** The problems of the ConfigError that `run` throws; fails the test when it throws none. */
export function configErrorProblems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

/** The problems `parseConfig` reports for `data`; fails the test when it reports none. */
export function configProblems(data: unknown, baseDir?: string): string[] {
  return configErrorProblems(() => parseConfig(data, "config", baseDir));
}
