/**
 * The option checks that more than one command shares (`check`, `sendgrid`): bad input ends as a
 * `UsageError` naming the option and its value, which the command prints with a pointer to its help.
 */
import { X509Certificate } from "node:crypto";
import { FileReadError, readRegularFile } from "../constructs/read-file";
import { defaultResolver, parseDnsServer } from "./check/dns-client";
import type { DnsServer } from "./check/dns-client";

/** A CA bundle of every public root is about 250 KiB. */
export const MAX_CA_FILE_BYTES = 1024 * 1024;

/** More domains at once would mostly make them time each other out. */
export const MAX_CONCURRENCY = 64;

/** Bad command-line input; the message is for the user. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** A `parseArgs` error's message for the user: it explains itself well; only its advice on "--" for positionals is out of place. */
export function parseArgsProblem(error: unknown): string {
  return (error as Error).message.replace(/\. To specify a positional argument.*$/s, "");
}

/** A `parseArgs` error as a usage error. */
export function parseArgsUsageError(error: unknown): UsageError {
  return new UsageError(parseArgsProblem(error));
}

/** An option that takes one of a few words. */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${option} must be one of ${allowed.join(", ")}, not "${value}"`);
  }
  return value as T;
}

/** A whole-number option within bounds, or its default. */
export function integer(option: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new UsageError(`--${option} must be a whole number from ${min} to ${max}, not "${value}"`);
  }
  return number;
}

/** The PEM certificates of a --ca-file, each one readable; a regular file of at most `MAX_CA_FILE_BYTES`. */
export function readCaFile(file: string): string {
  let text: string;
  try {
    text = readRegularFile(file, MAX_CA_FILE_BYTES);
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    throw new UsageError(`--ca-file ${file} cannot be read: ${error.message}`);
  }
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new UsageError(`--ca-file ${file} holds no PEM certificate`);
  for (const block of blocks) {
    try {
      new X509Certificate(block);
    } catch (error) {
      throw new UsageError(`--ca-file ${file} holds a certificate that cannot be read: ${(error as Error).message}`);
    }
  }
  return blocks.join("\n");
}

/** The --resolver server, or the system's first; undefined when there is none. */
export function resolverOption(text: string | undefined): DnsServer | undefined {
  const resolver = text === undefined ? defaultResolver() : parseDnsServer(text);
  if (text !== undefined && !resolver) {
    throw new UsageError(`--resolver must be an IP address with an optional port (1.1.1.1, 127.0.0.1:5353, [::1]:53), not "${text}"`);
  }
  return resolver;
}

/** The --resolver server, or the system's first; a usage error when the system has none. */
export function requiredResolver(text: string | undefined): DnsServer {
  const resolver = resolverOption(text);
  if (!resolver) throw new UsageError("the system has no DNS server configured; pass --resolver");
  return resolver;
}
