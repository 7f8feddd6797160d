/**
 * The options of `sendgrid audit` beyond the API's: which accounts, the config, and how to reach
 * the link hosts; and the number and resolver options the other subcommands share.
 */
import { X509Certificate } from "node:crypto";
import { FileReadError, readRegularFile } from "../../constructs/read-file";
import { DEFAULT_CONCURRENCY, defaultResolver, parseDnsServer } from "../check";
import type { CheckOptions } from "../check";
import type { DnsServer } from "../check/dns-client";
import { SendgridUsageError } from "./client";

/** A CA bundle of every public root is about 250 KiB. */
const MAX_CA_FILE_BYTES = 1024 * 1024;
const MAX_CONCURRENCY = 64;

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

/** A whole-number option within bounds, or its default; shared by every subcommand. */
export function integer(option: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new SendgridUsageError(`--${option} must be a whole number from ${min} to ${max}, not "${value}"`);
  }
  return number;
}

function readCaFile(file: string): string {
  let text: string;
  try {
    text = readRegularFile(file, MAX_CA_FILE_BYTES);
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    throw new SendgridUsageError(`--ca-file ${file} cannot be read: ${error.message}`);
  }
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new SendgridUsageError(`--ca-file ${file} holds no PEM certificate`);
  for (const block of blocks) {
    try {
      new X509Certificate(block);
    } catch (error) {
      throw new SendgridUsageError(`--ca-file ${file} holds a certificate that cannot be read: ${(error as Error).message}`);
    }
  }
  return blocks.join("\n");
}

/** The --resolver server, or the system's first; undefined when there is none. */
export function resolverOption(text: string | undefined): DnsServer | undefined {
  const resolver = text === undefined ? defaultResolver() : parseDnsServer(text);
  if (text !== undefined && !resolver) {
    throw new SendgridUsageError(
      `--resolver must be an IP address with an optional port (1.1.1.1, 127.0.0.1:5353, [::1]:53), not "${text}"`,
    );
  }
  return resolver;
}

export function parseAuditOptions(values: AuditValues): AuditCommand {
  if (values["all-subusers"] && values["on-behalf-of"] !== undefined) {
    throw new SendgridUsageError("give either --on-behalf-of (one subuser) or --all-subusers (the account and every subuser), not both");
  }
  const resolver = resolverOption(values.resolver);
  if (!resolver) throw new SendgridUsageError("the system has no DNS server configured; pass --resolver");
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
