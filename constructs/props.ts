import { TrackingDomainError, quote } from "./errors";

/*
 * Checks of props given by JavaScript callers or by `any`: a missing or mistyped prop is named,
 * with its value, instead of surfacing as a TypeError deep in the construct.
 */

/** `props` as an object, or an error naming what `where` got instead. */
export function requireProps(where: string, props: unknown, required: string): object {
  if (typeof props !== "object" || props === null || Array.isArray(props)) {
    throw new TrackingDomainError(`${where}: props must be an object with ${required}, got ${quote(props)}`);
  }
  return props;
}

/** Fails unless `props[key]` is a string (or absent, when `optional`). */
export function requireString(where: string, props: object, key: string, optional = false): void {
  const value: unknown = (props as Record<string, unknown>)[key];
  if (typeof value === "string" || (optional && value === undefined)) return;
  const what = optional ? "must be a string when given" : value === undefined ? "is required (a string)" : "must be a string";
  throw new TrackingDomainError(`${where}: ${key} ${what}, got ${quote(value)}`);
}

/** Fails unless `props[key]` is a boolean or absent. */
export function requireOptionalBoolean(where: string, props: object, key: string): void {
  const value: unknown = (props as Record<string, unknown>)[key];
  if (value === undefined || typeof value === "boolean") return;
  throw new TrackingDomainError(`${where}: ${key} must be true or false when given, got ${quote(value)}`);
}

/**
 * Fails unless `props[key]` is an object with each of `members` (a member ending in `()` must be
 * a function, any other a string): `what` says what to pass instead.
 */
export function requireShape(where: string, props: object, key: string, members: string[], what: string, optional = false): void {
  const value: unknown = (props as Record<string, unknown>)[key];
  if (optional && value === undefined) return;
  const fits =
    typeof value === "object" &&
    value !== null &&
    members.every((member) => {
      const field: unknown = (value as Record<string, unknown>)[member.replace("()", "")];
      return member.endsWith("()") ? typeof field === "function" : typeof field === "string";
    });
  if (!fits) {
    throw new TrackingDomainError(
      `${where}: ${key} ${value === undefined ? "is required" : "is not valid"}: expected ${what}, got ${quote(value)}`,
    );
  }
}
