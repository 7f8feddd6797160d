import { privateKeyIn } from "./certificate-check";

/** What `quote` prints for a value that holds a private key: messages end up in logs. */
export const HIDDEN_KEY = "(a value holding a private key, not shown)";

/** A token's marker in a string (`${TfToken[TOKEN.29]}`, `#{TfToken[...]}`): meaningless to a reader. */
const TOKEN_MARKER = /[$#]\{TfToken\[[^\]]*\]\}/g;

/** `text` with every token marker written as "(a token)". */
export function withoutTokens(text: string): string {
  return text.replace(TOKEN_MARKER, "(a token)");
}

/**
 * An input that cannot be deployed. The message names the field and the value; callers print
 * the message alone, since a stack trace says nothing more to the user. Tokens in it read
 * "(a token)", since their placeholder text means nothing before synthesis.
 */
export class TrackingDomainError extends Error {
  constructor(message: string) {
    super(withoutTokens(message));
    this.name = "TrackingDomainError";
  }
}

/** Strings longer than this are cut in messages: a whole 7 MB value would bury the message. */
export const MAX_QUOTED = 120;
/** Strings longer than this are not searched for keys nor shown: their length is all a message says. */
const MAX_SHOWN_SOURCE = 1024 * 1024;

/**
 * JSON text of `value` with every character outside printable ASCII escaped (`\u043e` for a
 * Cyrillic o that looks like a Latin one, `\u001b` for ESC): a message shows what the value holds,
 * and a terminal or a CI log cannot be steered by it (no escape sequence, no line that starts a
 * GitHub Actions `::error` command).
 */
export function escapedJson(value: unknown): string | undefined {
  const json = JSON.stringify(value);
  return json?.replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** `"text"`, escaped, cut after `MAX_QUOTED` characters with the length said. */
function quoteString(text: string): string {
  if (text.length > MAX_SHOWN_SOURCE) return `(a string of ${text.length} characters, not shown)`;
  if (privateKeyIn(text)) return HIDDEN_KEY;
  if (text.length <= MAX_QUOTED) return withoutTokens(escapedJson(text)!);
  return `${withoutTokens(escapedJson(text.slice(0, MAX_QUOTED))!.slice(0, -1))}…" (${text.length} characters)`;
}

/**
 * `"value"` for messages, keeping whitespace and control characters visible and escaping
 * everything outside printable ASCII. A value that is not JSON (a construct, a function, a cycle)
 * is described by its kind instead, one that holds a private key is not shown at all, and a long
 * one is cut.
 */
export function quote(value: unknown): string {
  if (typeof value === "string") return quoteString(value);
  if (typeof value === "number" && !Number.isFinite(value)) {
    return Number.isNaN(value) ? "NaN" : `${value < 0 ? "-" : ""}a number too large for a double (read as ${value})`;
  }
  if (value === undefined || typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") {
    return describeValue(value);
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== null && prototype !== Object.prototype) return describeValue(value);
  }
  try {
    const json = escapedJson(value);
    if (json === undefined) return describeValue(value);
    if (json.length > MAX_SHOWN_SOURCE) return `(${describeValue(value)} of ${json.length} characters as JSON, not shown)`;
    if (privateKeyIn(json)) return HIDDEN_KEY;
    return withoutTokens(json.length > 200 ? `${json.slice(0, 200)}…` : json);
  } catch {
    return describeValue(value);
  }
}

/** The kind of `value` without its content ("a string", "a CloudflareDnsZone"), for values that may be secret. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") {
    const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name;
    return name && name !== "Object" ? `a ${name}` : "an object";
  }
  return /^[aeiou]/.test(typeof value) ? `an ${typeof value}` : `a ${typeof value}`;
}

/** Why a file could not be read, in words: "no such file" rather than an ENOENT dump. */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "it is a directory, not a file";
  return (error as Error | undefined)?.message ?? String(error);
}
