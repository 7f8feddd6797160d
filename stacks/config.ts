import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ParseError, parse as parseJsonc, printParseErrorCode } from "jsonc-parser";
import { z } from "zod";
import { FASTLY_CERTIFICATE_AUTHORITIES } from "../constructs/fastly-certificate";
import { depthBelowZone, hostNameProblem, zoneOf } from "../constructs/domain-name";
import { quote } from "../constructs/errors";
import { EDGE_KINDS } from "../constructs/tracking-edge";
import { certificateProblem } from "../constructs/certificate-check";
import { backendIdentity, backendSchema } from "./backend";

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

/** For editors only (JSON Schema); `hostNameProblem` is the real check and says what is wrong. */
const HOST_NAME_PATTERN = "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$";

const hostName = z
  .string()
  .superRefine((value, ctx) => {
    const problem = hostNameProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: `${quote(value)} is not a valid host name: ${problem}` });
  })
  .meta({ pattern: HOST_NAME_PATTERN });

const zoneSchema = z.strictObject({
  name: hostName.describe("The zone's apex name, e.g. example.com."),
  provider: z.literal("cloudflare").describe("Where the zone is hosted. Only cloudflare is supported."),
  zoneId: z
    .string()
    .regex(/^[0-9a-f]{32}$/, { error: (issue) => `${quote(issue.input)} is not a Cloudflare zone id (32 lowercase hex characters)` })
    .describe("The Cloudflare zone id: 32 lowercase hex characters."),
  manageRulesets: z
    .boolean()
    .optional()
    .describe("Whether this stack emits the zone's entry-point rulesets for proxied hosts. Default: true."),
  advancedCertificate: z
    .boolean()
    .optional()
    .describe("Whether the zone has an advanced certificate covering hosts deeper than one level. Default: false."),
  certificate: z
    .literal("wildcard")
    .optional()
    .describe("wildcard: the zone's Fastly domains share one managed *.<zone> certificate. Default: one certificate per domain."),
  certificateAuthority: z
    .enum(FASTLY_CERTIFICATE_AUTHORITIES)
    .optional()
    .describe("Who issues the zone's wildcard certificate. Default: lets-encrypt."),
});

const customCertificateSchema = z
  .strictObject({
    certificateFile: z.string().min(1).optional().describe("A PEM file with the certificate and its chain, relative to the config file."),
    certificatePem: z.string().min(1).optional().describe("The certificate and its chain, PEM-encoded."),
  })
  .refine((c) => (c.certificateFile === undefined) !== (c.certificatePem === undefined), {
    error: "give exactly one of certificateFile and certificatePem",
  })
  .describe("The team's own certificate; its private key comes from the sensitive Terraform variable tls_private_key_<domain>.");

const fastlySchema = z.strictObject({
  certificate: z
    .union([z.literal("managed"), customCertificateSchema])
    .optional()
    .describe(
      "managed: a certificate of its own from certificateAuthority; or a custom certificate. Default: the zone's wildcard if it has one, else managed.",
    ),
  certificateAuthority: z
    .enum(FASTLY_CERTIFICATE_AUTHORITIES)
    .optional()
    .describe("Who issues the managed certificate. Default: lets-encrypt."),
  cnameTarget: hostName
    .optional()
    .describe("Where the domain's CNAME points. Default: the CNAME of the Fastly account's default TLS configuration."),
});

const domainSchema = z.strictObject({
  domainName: hostName.describe("The branded link host SendGrid writes into emails, e.g. url1234.example.com."),
  edge: z.enum(EDGE_KINDS).describe("The CDN that terminates TLS for the domain."),
  origin: hostName.optional().describe("The SendGrid host to forward to. Default: sendgrid.net; eu.sendgrid.net for EU subusers."),
  fastly: fastlySchema.optional().describe("Options of the Fastly edge."),
  allowDestroy: z
    .boolean()
    .optional()
    .describe("Let Terraform destroy or replace the domain's live resources, for a planned retirement. Default: false."),
  existingRecordId: z
    .string()
    .regex(/^[0-9a-f]{32}$/, { error: (issue) => `${quote(issue.input)} is not a Cloudflare DNS record id (32 lowercase hex characters)` })
    .optional()
    .describe("The Cloudflare id of the domain's existing CNAME, to import and take over on the first apply."),
});

const stackSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, {
      error: (issue) => `${quote(issue.input)} is not a valid stack name (letters, digits, "-" and "_", at most 64)`,
    })
    .describe("The stack's name; its output goes to cdktf.out/stacks/<name>/."),
  zones: z.array(zoneSchema).min(1, { error: "a stack needs at least one zone" }).describe("The DNS zones that hold this stack's domains."),
  domains: z.array(domainSchema).min(1, { error: "a stack needs at least one domain" }).describe("The tracking domains of this stack."),
  backend: backendSchema.optional(),
});

export const configSchema = z.strictObject({
  $schema: z.string().optional().describe("The JSON Schema of this file, for editors."),
  stacks: z.array(stackSchema).min(1, { error: "the config needs at least one stack" }).describe("One Terraform stack per entry."),
});

export type TrackingDomainsConfig = z.infer<typeof configSchema>;
export type StackConfig = TrackingDomainsConfig["stacks"][number];
export type DomainConfig = StackConfig["domains"][number];
export type ZoneConfig = StackConfig["zones"][number];

/**
 * Checks across entries, which a per-field schema cannot express. It runs on the raw input even
 * when parts of it failed the schema, so that every problem is reported at once; it therefore
 * only trusts fields that are strings.
 */
function crossCheck(config: unknown): string[] {
  const stacks = arrayAt(config, "stacks");
  const problems: string[] = [];
  const report = (path: (string | number)[], message: string) => problems.push(`${formatPath(path)}: ${message}`);
  const stackNames = new Map<string, number>();
  const domainPaths = new Map<string, string>();
  /** zone id → the stacks that would emit its entry-point rulesets */
  const rulesetOwners = new Map<string, { stack: number; zone: number; zoneName: string }[]>();
  stacks.forEach((stack, s) => {
    const name = stringAt(stack, "name");
    if (name !== undefined) {
      const first = stackNames.get(name.toLowerCase());
      if (first !== undefined) report(["stacks", s, "name"], `${quote(name)} is also the name of stacks[${first}]`);
      else stackNames.set(name.toLowerCase(), s);
    }
    const zoneKeys = new Map<string, number>();
    arrayAt(stack, "zones").forEach((zone, z) => {
      for (const key of ["name", "zoneId"]) {
        const value = stringAt(zone, key);
        if (value === undefined) continue;
        const first = zoneKeys.get(`${key}:${value}`);
        if (first !== undefined)
          report(["stacks", s, "zones", z, key], `${quote(value)} is also the ${key} of stacks[${s}].zones[${first}]`);
        else zoneKeys.set(`${key}:${value}`, z);
      }
    });
    const zones = arrayAt(stack, "zones").flatMap((zone, index) => {
      const zoneName = stringAt(zone, "name");
      return zoneName === undefined ? [] : [{ zoneName, index, raw: zone as Record<string, unknown>, proxied: false }];
    });
    arrayAt(stack, "domains").forEach((domain, d) => {
      const path = ["stacks", s, "domains", d];
      const domainName = stringAt(domain, "domainName");
      if (domainName === undefined || hostNameProblem(domainName)) return;
      const firstPath = domainPaths.get(domainName);
      if (firstPath) report([...path, "domainName"], `${quote(domainName)} is already listed at ${firstPath}`);
      else domainPaths.set(domainName, formatPath([...path, "domainName"]));
      if (zones.some((zone) => zone.zoneName === domainName)) {
        report(
          [...path, "domainName"],
          `${quote(domainName)} is a zone apex; an apex cannot be a CNAME, so use the link host SendGrid gave you (e.g. url1234.${domainName})`,
        );
      } else if (!zoneOf(domainName, zones)) {
        const listed = zones.map((zone) => zone.zoneName).join(", ") || "none";
        report([...path, "domainName"], `${quote(domainName)} is in none of the stack's zones (${listed})`);
      }
      const edge = stringAt(domain, "edge");
      if (isObject(domain) && domain.fastly !== undefined && edge !== undefined && edge !== "fastly") {
        report([...path, "fastly"], `fastly options are set but edge is ${quote(edge)}`);
      }
      const zone = zoneOf(domainName, zones);
      if (edge === "fastly" && zone) problems.push(...certificateChoiceProblems(domain, domainName, zone, path));
      if (edge === "cloudflare-proxy" && zone) {
        zone.proxied = true;
        if (depthBelowZone(domainName, zone.zoneName) > 1 && zone.raw.advancedCertificate !== true) {
          report(
            [...path, "domainName"],
            `${quote(domainName)} is more than one level below zone ${zone.zoneName}, which Cloudflare's Universal SSL certificate ` +
              `does not cover; use a host one level below, or set "advancedCertificate": true on the zone if it has one`,
          );
        }
      }
    });
    for (const zone of zones) {
      const zoneId = stringAt(zone.raw, "zoneId");
      if (!zone.proxied || zone.raw.manageRulesets === false || zoneId === undefined) continue;
      rulesetOwners.set(zoneId, [...(rulesetOwners.get(zoneId) ?? []), { stack: s, zone: zone.index, zoneName: zone.zoneName }]);
    }
  });
  for (const owners of rulesetOwners.values()) {
    for (const owner of owners.slice(1)) {
      report(
        ["stacks", owner.stack, "zones", owner.zone],
        `zone ${owner.zoneName} already gets its entry-point rulesets from stacks[${owners[0].stack}]; Cloudflare allows one per zone and phase, ` +
          `so set "manageRulesets": false here and add the rules printed at synthesis to the other stack's rulesets`,
      );
    }
  }
  return problems;
}

/** A Fastly domain's certificate choice must fit its zone and its other options. */
function certificateChoiceProblems(
  domain: unknown,
  domainName: string,
  zone: { zoneName: string; raw: Record<string, unknown> },
  path: (string | number)[],
): string[] {
  const fastly = isObject(domain) && isObject(domain.fastly) ? domain.fastly : {};
  const certificate = fastly.certificate;
  const where = formatPath([...path, "fastly"]);
  const usesWildcard = certificate === undefined && zone.raw.certificate === "wildcard";
  if (usesWildcard && fastly.certificateAuthority !== undefined) {
    return [
      `${where}.certificateAuthority: ${domainName} uses the wildcard certificate of zone ${zone.zoneName}; ` +
        `set the authority on the zone, or "certificate": "managed" for a certificate of its own`,
    ];
  }
  if (usesWildcard && depthBelowZone(domainName, zone.zoneName) > 1) {
    return [
      `${formatPath([...path, "domainName"])}: ${quote(domainName)} is more than one level below zone ${zone.zoneName}, ` +
        `which its wildcard certificate does not cover; set "fastly": { "certificate": "managed" } for a certificate of its own`,
    ];
  }
  if (isObject(certificate) && fastly.certificateAuthority !== undefined) {
    return [`${where}.certificateAuthority: is set, but the domain uses a custom certificate`];
  }
  return [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function arrayAt(value: unknown, key: string): unknown[] {
  return isObject(value) && Array.isArray(value[key]) ? value[key] : [];
}
function stringAt(value: unknown, key: string): string | undefined {
  return isObject(value) && typeof value[key] === "string" ? value[key] : undefined;
}

/** `stacks[0].domains[2].domainName` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
}

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
      if (discriminator && isObject(issue.input)) {
        return [`${where}: ${quote(issue.input[discriminator])} is not a known ${discriminator} (see tracking-domains.schema.json)`];
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

/** Two stacks writing one state would destroy each other's resources on every deploy. */
function sharedStates(config: TrackingDomainsConfig): string[] {
  const seen = new Map<string, number>();
  return config.stacks.flatMap((stack, s) => {
    const identity = backendIdentity(stack.backend, stack.name);
    const first = seen.get(identity);
    if (first === undefined) {
      seen.set(identity, s);
      return [];
    }
    return [
      `stacks[${s}].backend: stores its state where stacks[${first}] does (${identity}); give each stack its own key, prefix or workspace`,
    ];
  });
}

/**
 * Reads each custom certificate's file into `certificatePem` and checks that it can serve its
 * domain, so that a bad certificate is a config problem, reported with the others.
 */
function loadCertificates(config: TrackingDomainsConfig, baseDir: string): string[] {
  const problems: string[] = [];
  config.stacks.forEach((stack, s) =>
    stack.domains.forEach((domain, d) => {
      const certificate = domain.fastly?.certificate;
      if (typeof certificate !== "object") return;
      const path = formatPath(["stacks", s, "domains", d, "fastly", "certificate"]);
      if (certificate.certificateFile !== undefined) {
        const file = resolve(baseDir, certificate.certificateFile);
        try {
          certificate.certificatePem = readFileSync(file, "utf8");
        } catch (error) {
          problems.push(
            `${path}.certificateFile: cannot read ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`,
          );
          return;
        }
      }
      const problem = certificateProblem(certificate.certificatePem ?? "", domain.domainName);
      if (problem) problems.push(`${path}: the certificate cannot serve ${domain.domainName}: ${problem}`);
    }),
  );
  return problems;
}

/** Reads, parses and validates a config file. Throws a `ConfigError` for every failure. */
export function loadConfig(file: string): TrackingDomainsConfig {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new ConfigError(file, [`cannot read the config file ${path}: ${reason}`]);
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
