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

/**
 * `"value"` for messages, keeping whitespace and control characters visible. A value that is not
 * JSON (a construct, a function, a cycle) is described by its kind instead, and one that holds a
 * private key is not shown at all.
 */
export function quote(value: unknown): string {
  if (typeof value === "string") return privateKeyIn(value) ? HIDDEN_KEY : withoutTokens(JSON.stringify(value));
  if (value === undefined || typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") {
    return describeValue(value);
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== null && prototype !== Object.prototype) return describeValue(value);
  }
  try {
    const json = JSON.stringify(value);
    if (json !== undefined && privateKeyIn(json)) return HIDDEN_KEY;
    return json === undefined ? describeValue(value) : withoutTokens(json.length > 200 ? `${json.slice(0, 200)}…` : json);
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
