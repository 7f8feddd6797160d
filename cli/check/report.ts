/** What every step of `check` shares: statuses, check lines, reports, and how messages write an address. */
import { isIP } from "node:net";
import type { EdgeKind } from "../../constructs/tracking-edge";

export type Status = "pass" | "warn" | "fail";

export interface CheckResult {
  name: string;
  status: Status;
  /** One line: what was found and, unless it passed, what to do. */
  message: string;
}

/** The served certificate's expiry. */
export interface CertificateExpiry {
  /** ISO 8601, UTC. */
  notAfter: string;
  /** Whole days left, rounded down; negative once expired. */
  daysLeft: number;
}

/** A difference between the config file and what DNS answers, in `--config` mode. */
export interface Drift {
  /** What differs: the edge kind, the proxied state, the CNAME target, the ACME challenge record, or Auto SSL's TXT record or owner CNAME. */
  field: "edge" | "proxied" | "cname" | "acme-challenge" | "custom-hostname-txt" | "owner-cname";
  /** What the config file says. */
  config: string;
  /** What DNS says. */
  dns: string;
}

export interface DomainReport {
  domain: string;
  /** The edge that was checked against: given, or recognised; undefined when neither. */
  edge?: EdgeKind;
  via?: string;
  status: Status;
  checks: CheckResult[];
  /** The certificate the edge served; absent when no TLS handshake succeeded. */
  certificate?: CertificateExpiry;
  /** With `--config`: every difference from the file, also summed up by the Drift check; empty when none. */
  drift?: Drift[];
}

export interface Report {
  status: Status;
  domains: DomainReport[];
}

/** How many domains ended with each status: what a monitor graphs and a summary line shows. */
export interface StatusCounts {
  /** Every domain checked. */
  domains: number;
  pass: number;
  warn: number;
  fail: number;
}

export function countStatuses(domains: readonly { status: Status }[]): StatusCounts {
  const counts: StatusCounts = { domains: domains.length, pass: 0, warn: 0, fail: 0 };
  for (const domain of domains) counts[domain.status]++;
  return counts;
}

const STATUS_RANK: Record<Status, number> = { pass: 0, warn: 1, fail: 2 };

export function worstStatus(statuses: readonly Status[]): Status {
  return statuses.reduce<Status>((worst, status) => (STATUS_RANK[status] > STATUS_RANK[worst] ? status : worst), "pass");
}

/** Makes the check lines of the step `name`. */
export function resultFor(name: string): (status: Status, message: string) => CheckResult {
  return (status, message) => ({ name, status, message });
}

/** `address:port`, with an IPv6 address in brackets. */
export function formatEndpoint(address: string, port: number): string {
  return isIP(address) === 6 ? `[${address}]:${port}` : `${address}:${port}`;
}
