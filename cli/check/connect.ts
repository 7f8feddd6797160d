/** Where and how the TLS and HTTP steps connect: the endpoint, the time limit, trust, and their errors. */
import { isIP } from "node:net";
import { createSecureContext, rootCertificates } from "node:tls";
import type { SecureContext } from "node:tls";
import { lookupAddresses } from "./dns";
import type { AddressFacts } from "./dns";
import type { Query } from "./dns-client";
import { formatEndpoint } from "./report";

export interface Endpoint {
  address: string;
  /** The --via host name the address came from, for messages. */
  host?: string;
}

/** A step that could not run because an earlier one found nothing to connect to. */
export class NotChecked extends Error {
  constructor(reason: string) {
    super(`not checked: ${reason}`);
    this.name = "NotChecked";
  }
}

/** A failed network step, with the system error code (ECONNREFUSED, …) when there is one. */
export class StepError extends Error {
  constructor(
    message: string,
    public readonly code?: string,
  ) {
    super(message);
    this.name = "StepError";
  }
}

/** A domain's checks end within this many times the time limit of one step (`--timeout`). */
export const DEADLINE_STEPS = 4;

/**
 * The time left for one domain. Each step gets `--timeout`, or less when the domain's deadline
 * is closer, so that a slow resolver and a long name (a CAA lookup asks once per label) cannot
 * stretch a run far beyond what `--timeout` promises.
 */
export class Deadline {
  private readonly at: number;
  constructor(
    private readonly stepMs: number,
    private readonly domain: string,
    now = Date.now(),
  ) {
    this.at = now + DEADLINE_STEPS * stepMs;
  }

  /** Why a step did not run. */
  get reason(): string {
    return `the check of ${this.domain} reached its time limit of ${DEADLINE_STEPS * this.stepMs} ms (${DEADLINE_STEPS} × --timeout)`;
  }

  /** True once the deadline has passed. */
  passed(): boolean {
    return Date.now() >= this.at;
  }

  /** The time limit of a step starting now: `--timeout` or what is left, whichever is less. Throws a `StepError` once it has passed. */
  step(): number {
    const left = this.at - Date.now();
    if (left <= 0) throw new StepError(`not checked: ${this.reason}`);
    return Math.min(this.stepMs, left);
  }
}

/** A step that got no answer within its time limit. */
export class TimeoutError extends StepError {
  constructor(message: string) {
    super(message, "ETIMEDOUT");
    this.name = "TimeoutError";
  }
}

export function describeEndpoint(endpoint: Endpoint, port: number): string {
  const at = formatEndpoint(endpoint.address, port);
  return endpoint.host ? `${at} (${endpoint.host})` : at;
}

function preferIpv4(addresses: readonly string[]): string | undefined {
  return addresses.find((address) => isIP(address) === 4) ?? addresses[0];
}

/** Where to connect: the `--via` address or host, else the domain's own address; IPv4 first. */
export async function endpointOf(
  query: Query,
  domain: string,
  facts: AddressFacts | Error,
  via: string | undefined,
): Promise<Endpoint | Error> {
  if (via !== undefined) {
    if (isIP(via) !== 0) return { address: via };
    try {
      const address = preferIpv4((await lookupAddresses(query, via)).addresses);
      if (address) return { address, host: via };
      return new NotChecked(`the --via host ${via} has no address`);
    } catch (error) {
      return new NotChecked(`the --via host ${via} could not be resolved: ${(error as Error).message}`);
    }
  }
  const address = facts instanceof Error ? undefined : preferIpv4(facts.addresses);
  if (!address) return new NotChecked(`${domain} has no address to connect to (see DNS)`);
  return { address };
}

/** Runs `start`, and fails with `message` after `ms` unless it settled; `cancel` frees its resources. */
export function withTimeout<T>(
  ms: number,
  message: string,
  start: (cancelOnTimeout: (cancel: () => void) => void) => Promise<T>,
): Promise<T> {
  let cancel: () => void = () => {};
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      cancel();
      reject(new TimeoutError(message));
    }, ms);
    start((fn) => (cancel = fn)).then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

const contexts = new Map<string, SecureContext>();

/** Node's roots plus the extra ones; built once, as loading ~150 roots per connection is slow. */
export function trustContext(extraCa: string | undefined): SecureContext {
  const key = extraCa ?? "";
  let context = contexts.get(key);
  if (!context) {
    context = createSecureContext({ ca: extraCa ? [...rootCertificates, extraCa] : [...rootCertificates] });
    contexts.set(key, context);
  }
  return context;
}
