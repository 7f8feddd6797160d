/**
 * Pure helpers for DNS host names. They return a reason instead of throwing so that the
 * construct and the config loader can each phrase the error for their own audience.
 */

import { escapedJson } from "./errors";

const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const MAX_LABEL = 63;
const MAX_NAME = 253;

/**
 * Why `name` is not a fully qualified host name of at least two labels, or `undefined` when it is.
 * Names must be lowercase and written without the trailing root dot, as the CDN and DNS APIs
 * compare them literally.
 */
export function hostNameProblem(name: string): string | undefined {
  if (name.length === 0) return "it is empty";
  if (name !== name.trim() || /\s/.test(name)) return "it contains whitespace";
  if (name.endsWith(".")) return "it ends with a dot; write it without the trailing root dot";
  if (name.length > MAX_NAME) return `it is ${name.length} characters long; the limit is ${MAX_NAME}`;
  if (name !== name.toLowerCase()) return "it has uppercase letters; write it in lowercase";
  const labels = name.split(".");
  if (labels.length < 2) return "it has a single label; a host name needs a parent domain";
  for (const label of labels) {
    if (label.length === 0) return "it has an empty label (two dots in a row, or a leading dot)";
    if (label.length > MAX_LABEL) {
      return `its label ${escapedJson(label.slice(0, 12))!.slice(0, -1)}…" is ${label.length} characters long; the limit is ${MAX_LABEL}`;
    }
    if (!LABEL.test(label)) {
      return `its label ${escapedJson(label.length > 63 ? `${label.slice(0, 63)}…` : label)} may only hold a-z, 0-9 and inner hyphens`;
    }
  }
  if (/^[0-9]+$/.test(labels[labels.length - 1])) return "it looks like an IP address, not a host name";
  return undefined;
}

/**
 * Why the record `<prefix>.<name>` (e.g. `_acme-challenge.<name>`) cannot exist, or `undefined`:
 * a name that is valid alone can be too long once prefixed, and the apply would fail half way.
 */
export function prefixedNameProblem(prefix: string, name: string): string | undefined {
  const full = `${prefix}.${name}`;
  if (full.length <= MAX_NAME) return undefined;
  return `its record ${prefix}.<name> would be ${full.length} characters long; DNS allows ${MAX_NAME}, so the name may have at most ${MAX_NAME - prefix.length - 1}`;
}

/** True when `name` lies strictly below `zoneName` (the zone apex itself does not count). */
export function isBelowZone(name: string, zoneName: string): boolean {
  return name.endsWith(`.${zoneName}`);
}

/** How many labels `name` has below `zoneName`: 1 for `url1.example.com` in `example.com`. */
export function depthBelowZone(name: string, zoneName: string): number {
  if (!isBelowZone(name, zoneName)) return 0;
  return name.slice(0, -(zoneName.length + 1)).split(".").length;
}

/** Anything with a zone apex name. */
export interface NamedZone {
  /** The zone's apex name, e.g. `example.com`. */
  readonly zoneName: string;
}

/**
 * The zone a domain belongs to: the longest zone name it lies below, or `undefined`.
 * `url1.mail.example.com` belongs to `mail.example.com` when both it and `example.com` are listed.
 */
export function zoneOf<T extends NamedZone>(name: string, zones: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const zone of zones) {
    if (isBelowZone(name, zone.zoneName) && (!best || zone.zoneName.length > best.zoneName.length)) best = zone;
  }
  return best;
}

/**
 * Why `name` looks like one of SendGrid's other records rather than a link host, or `undefined`.
 * Those must keep pointing at SendGrid: moving them to a CDN breaks domain verification or mail.
 */
export function notALinkHostReason(name: string): string | undefined {
  const first = name.split(".")[0];
  if (/^\d+$/.test(first)) return "it looks like SendGrid's account-id CNAME (<id>.<domain>), which must keep pointing at sendgrid.net";
  if (/^em\d+$/.test(first)) return "it looks like SendGrid's sending-domain CNAME (emNNNN.<domain>), which must keep pointing at SendGrid";
  return undefined;
}
