/**
 * An input that cannot be deployed. The message names the field and the value; callers print
 * the message alone, since a stack trace says nothing more to the user.
 */
export class TrackingDomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TrackingDomainError";
  }
}

/** `"value"` for messages, keeping whitespace and control characters visible. */
export function quote(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** Why a file could not be read, in words: "no such file" rather than an ENOENT dump. */
export function readFailure(error: unknown): string {
  return (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
}
