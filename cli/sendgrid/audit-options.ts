/**
 * The options of `sendgrid audit` beyond the API's: which accounts, the config, and how to reach
 * the link hosts (their shared checks are in ../options).
 */
import { MAX_CONCURRENCY, integer, readCaFile, requiredResolver } from "../options";
import { DEFAULT_CONCURRENCY } from "../check";
import type { CheckOptions } from "../check";
import { SendgridUsageError } from "./client";

/** The raw option values `sendgrid audit` reads; the parser's names. */
export interface AuditValues {
  "on-behalf-of"?: string;
  "all-subusers"?: boolean;
  config?: string;
  json?: boolean;
  resolver?: string;
  "ca-file"?: string;
  "https-port"?: string;
  "http-port"?: string;
  "check-timeout"?: string;
  concurrency?: string;
}

/** The options only `audit` takes: refused on the other subcommands. */
export const AUDIT_ONLY = ["all-subusers", "config", "ca-file", "https-port", "http-port", "check-timeout", "concurrency"] as const;

export interface AuditCommand {
  /** Every subuser too (else the account of the key, or the --on-behalf-of subuser, only). */
  allSubusers: boolean;
  config?: string;
  json: boolean;
  check: CheckOptions;
}

export function parseAuditOptions(values: AuditValues): AuditCommand {
  if (values["all-subusers"] && values["on-behalf-of"] !== undefined) {
    throw new SendgridUsageError("give either --on-behalf-of (one subuser) or --all-subusers (the account and every subuser), not both");
  }
  const resolver = requiredResolver(values.resolver);
  return {
    allSubusers: values["all-subusers"] === true,
    ...(values.config !== undefined ? { config: values.config } : {}),
    json: values.json === true,
    check: {
      resolver,
      ...(values["ca-file"] !== undefined ? { extraCa: readCaFile(values["ca-file"]) } : {}),
      httpsPort: integer("https-port", values["https-port"], 443, 1, 65535),
      httpPort: integer("http-port", values["http-port"], 80, 1, 65535),
      timeoutMs: integer("check-timeout", values["check-timeout"], 5000, 1, 600_000),
      concurrency: integer("concurrency", values.concurrency, DEFAULT_CONCURRENCY, 1, MAX_CONCURRENCY),
    },
  };
}
