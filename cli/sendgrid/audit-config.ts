/** The config file as `sendgrid audit --config` reads it: each domain's name and edge. */
import { SendgridUsageError } from "./client";
import type { ConfigDomains } from "./audit";

/** A config error lists every problem; a terminal needs the first few. */
const MAX_PROBLEMS_SHOWN = 20;

export async function configDomains(file: string): Promise<ConfigDomains> {
  // Loaded only here: the config module pulls in the constructs.
  const { loadConfig } = await import("../../stacks/config");
  let config: { stacks: { domains: unknown[] }[] };
  try {
    config = loadConfig(file);
  } catch (error) {
    const { message, problems } = (typeof error === "object" && error !== null ? error : {}) as { message?: unknown; problems?: unknown };
    if (Array.isArray(problems) && problems.length > MAX_PROBLEMS_SHOWN) {
      const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map(String);
      throw new SendgridUsageError(
        `${file}: ${problems.length} problems\n  ${shown.join("\n  ")}\n  … and ${problems.length - MAX_PROBLEMS_SHOWN} more`,
      );
    }
    throw new SendgridUsageError(typeof message === "string" ? message : `${file}: cannot be loaded: ${String(error)}`);
  }
  const edges = new Map<string, string>();
  for (const stack of config.stacks) {
    for (const domain of stack.domains as { domainName: string; edge: string }[]) edges.set(domain.domainName, domain.edge);
  }
  return { file, edges };
}
