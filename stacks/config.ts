import { dirname, resolve } from "node:path";
import { z } from "zod";
import { quote, readFailure } from "../constructs/errors";
import { crossCheck, formatPath, loadCertificates, sharedStates } from "./config-checks";
import { configSchema, type TrackingDomainsConfig } from "./config-schema";
import { capProblems, dataProblems, parseJsonText } from "./json-text";
import { readRegularFile } from "../constructs/read-file";
import { ConfigError } from "./config-error";

/** A config file larger than this is refused unread: 10,000 domains take about 1.5 MiB. */
export const MAX_CONFIG_BYTES = 8 * 1024 * 1024;
/** Limits on the lists of a config, checked before the schema walks them. */
export const MAX_STACKS = 100;
export const MAX_ZONES_PER_STACK = 1000;
export const MAX_DOMAINS = 10000;
/** At most this many problems are listed; the rest are counted. */
const MAX_PROBLEMS = 100;

/** Lists longer than the limits: refused before validation, which would take long and list as many problems. */
function sizeProblems(data: unknown): string[] {
  const list = (value: unknown, key: string): unknown[] => {
    const found = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
    return Array.isArray(found) ? found : [];
  };
  const stacks = list(data, "stacks");
  if (stacks.length > MAX_STACKS) return [`stacks: has ${stacks.length} entries; the limit is ${MAX_STACKS}`];
  const problems = stacks.flatMap((stack, s) =>
    list(stack, "zones").length > MAX_ZONES_PER_STACK
      ? [`stacks[${s}].zones: has ${list(stack, "zones").length} entries; the limit is ${MAX_ZONES_PER_STACK}`]
      : [],
  );
  const domains = stacks.reduce<number>((sum, stack) => sum + list(stack, "domains").length, 0);
  if (domains > MAX_DOMAINS) problems.push(`stacks[].domains: the file has ${domains} domains; the limit is ${MAX_DOMAINS}`);
  return problems;
}

export { configWarnings, formatPath } from "./config-checks";
export { ConfigError } from "./config-error";
export { configSchema } from "./config-schema";
export type { DomainConfig, StackConfig, TrackingDomainsConfig, ZoneConfig } from "./config-schema";

/** Where to find a required value that the user may not know by heart, by its key. */
const WHERE_TO_FIND: Readonly<Record<string, string>> = {
  zoneId:
    "the Cloudflare dashboard shows it on the zone's Overview page, under API (Zone ID), and the API lists it: GET /client/v4/zones?name=<zone>",
  hostedZoneId:
    "aws route53 list-hosted-zones-by-name --dns-name <zone> prints it (without the /hostedzone/ prefix), as does the Route 53 console",
  acmeChallengeTarget:
    'run "cdktf-ssl-tracking-domain sendgrid entry <link-id>", which prints the entry with the values from SendGrid\'s API',
  customHostnameTxt:
    'run "cdktf-ssl-tracking-domain sendgrid entry <link-id>", which prints the entry with the values from SendGrid\'s API',
};

/** " (where to find it)" for a missing value whose key has a hint. */
function whereToFind(path: readonly PropertyKey[]): string {
  const key = path[path.length - 1];
  return typeof key === "string" && key in WHERE_TO_FIND ? `; ${WHERE_TO_FIND[key]}` : "";
}

/** One line per zod issue, in the same form as the cross-entry problems. */
function formatIssue(issue: z.core.$ZodIssue): string[] {
  const where = formatPath(issue.path) || "(top level)";
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => `${where}: unknown key ${quote(key)}`);
    case "invalid_type":
      if (issue.input === undefined) return [`${where}: is required (${issue.expected})${whereToFind(issue.path)}`];
      return [`${where}: expected ${issue.expected}, got ${quote(issue.input)}`];
    case "invalid_value":
      if (issue.input === undefined) return [`${where}: is required (one of ${issue.values.map((v) => quote(v)).join(", ")})`];
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
  const structure = dataProblems(data);
  if (structure.length > 0) throw new ConfigError(source, structure);
  return validate(data, source, baseDir);
}

/** `parseConfig` for data from `parseJsonText`, whose structure is already checked. */
function validate(data: unknown, source: string, baseDir: string): TrackingDomainsConfig {
  const sizes = sizeProblems(data);
  if (sizes.length > 0) throw new ConfigError(source, sizes);
  const result = configSchema.safeParse(data, { reportInput: true });
  const problems = [...(result.success ? [] : result.error.issues.flatMap(formatIssue)), ...crossCheck(data)];
  if (result.success) problems.push(...loadCertificates(result.data, baseDir), ...sharedStates(result.data));
  if (!result.success || problems.length > 0) throw new ConfigError(source, capProblems(problems, MAX_PROBLEMS));
  return result.data;
}

/** Reads, parses and validates a config file. Throws a `ConfigError` for every failure. */
export function loadConfig(file: string): TrackingDomainsConfig {
  const path = resolve(file);
  let text: string;
  try {
    text = readRegularFile(path, MAX_CONFIG_BYTES);
  } catch (error) {
    throw new ConfigError(file, [`cannot read the config file ${path}: ${readFailure(error)}`]);
  }
  const { value, problems } = parseJsonText(text);
  if (problems.length > 0) throw new ConfigError(file, problems);
  return validate(value, file, dirname(path));
}
