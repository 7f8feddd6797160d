import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ParseError, parse as parseJsonc, printParseErrorCode } from "jsonc-parser";
import { z } from "zod";
import { quote, readFailure } from "../constructs/errors";
import { crossCheck, formatPath, loadCertificates, sharedStates } from "./config-checks";
import { configSchema, type TrackingDomainsConfig } from "./config-schema";

export { formatPath } from "./config-checks";
export { configSchema } from "./config-schema";
export type { DomainConfig, StackConfig, TrackingDomainsConfig, ZoneConfig } from "./config-schema";

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

/** One line per zod issue, in the same form as the cross-entry problems. */
function formatIssue(issue: z.core.$ZodIssue): string[] {
  const where = formatPath(issue.path) || "(top level)";
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => `${where}: unknown key ${quote(key)}`);
    case "invalid_type":
      if (issue.input === undefined) return [`${where}: is required (${issue.expected})`];
      return [`${where}: expected ${issue.expected}, got ${quote(issue.input)}`];
    case "invalid_value":
      return [`${where}: ${quote(issue.input)} is not one of ${issue.values.map((v) => quote(v)).join(", ")}`];
    case "invalid_union": {
      // Report the branch the input was meant for: the one that got past its type check.
      const meant = issue.errors.filter(
        (branch) => !branch.every((i) => i.path.length === 0 && (i.code === "invalid_type" || i.code === "invalid_value")),
      );
      if (meant.length === 1) return meant[0].flatMap((i) => formatIssue({ ...i, path: [...issue.path, ...i.path] } as z.core.$ZodIssue));
      const discriminator = (issue as { discriminator?: string }).discriminator;
      const input = issue.input as Record<string, unknown> | undefined;
      if (discriminator && typeof input === "object" && input !== null) {
        return [`${where}: ${quote(input[discriminator])} is not a known ${discriminator} (see tracking-domains.schema.json)`];
      }
      return [`${where}: ${quote(issue.input)} is none of the allowed forms (see tracking-domains.schema.json)`];
    }
    default:
      return [`${where}: ${issue.message}`];
  }
}

/** Validates parsed JSON. Throws a `ConfigError` listing every problem. */
export function parseConfig(data: unknown, source = "config", baseDir = process.cwd()): TrackingDomainsConfig {
  const result = configSchema.safeParse(data, { reportInput: true });
  const problems = [...(result.success ? [] : result.error.issues.flatMap(formatIssue)), ...crossCheck(data)];
  if (result.success) problems.push(...loadCertificates(result.data, baseDir), ...sharedStates(result.data));
  if (!result.success || problems.length > 0) throw new ConfigError(source, problems);
  return result.data;
}

/** Reads, parses and validates a config file. Throws a `ConfigError` for every failure. */
export function loadConfig(file: string): TrackingDomainsConfig {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(file, [`cannot read the config file ${path}: ${readFailure(error)}`]);
  }
  const errors: ParseError[] = [];
  const data: unknown = parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0) {
    throw new ConfigError(
      file,
      errors.map((error) => {
        const { line, column } = lineAndColumn(text, error.offset);
        return `not valid JSON at line ${line}, column ${column}: ${printParseErrorCode(error.error)}`;
      }),
    );
  }
  return parseConfig(data, file, dirname(path));
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
