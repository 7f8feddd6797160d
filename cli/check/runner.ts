/**
 * Whether the machine running `check` can judge anything at all. A dead resolver or a runner
 * without a network fails every domain's DNS or TLS step exactly like a broken domain would; a
 * monitor must not open a "domains failing" issue for an outage on its own side.
 *
 * The rule: the runner can check when its resolver answers a control query (the addresses of
 * SendGrid's own host, `sendgrid.net`, which every tracking domain leads to and which must always
 * resolve) and a TCP connection to one of those addresses opens on the HTTPS port, each within
 * `--timeout`. A domain whose own DNS times out while the control answers is a broken domain.
 */
import { connect as tcpConnect } from "node:net";
import { DnsError, dnsQuery, resolveFollowing, stringData } from "./dns-client";
import type { DnsServer } from "./dns-client";
import { formatEndpoint } from "./report";

/** The name of the control query: SendGrid's own host. */
export const CONTROL_NAME = "sendgrid.net";

export interface RunnerCheck {
  /** pass: the runner can check; fail: it cannot, so the domains' results say nothing (exit code 3). */
  status: "pass" | "fail";
  /** One line: what was probed and what answered, or why the run could not judge. */
  message: string;
}

export interface RunnerOptions {
  resolver: DnsServer;
  httpsPort: number;
  timeoutMs: number;
  /** The control name; default `CONTROL_NAME`. Tests of a loopback world may name their own. */
  controlName?: string;
}

function tcpOpens(address: string, port: number, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = tcpConnect({ host: address, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no connection within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.once("connect", () => {
      clearTimeout(timer);
      socket.destroy();
      resolve();
    });
    socket.once("error", (error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(error);
    });
  });
}

/** Asks the resolver the control query, then opens a connection to the answer. Never throws. */
export async function probeRunner(options: RunnerOptions): Promise<RunnerCheck> {
  const name = options.controlName ?? CONTROL_NAME;
  const resolver = formatEndpoint(options.resolver.address, options.resolver.port);
  let addresses: string[];
  try {
    const query = (asked: string, type: "A" | "AAAA" | "CAA" | "CNAME" | "TXT") =>
      dnsQuery(options.resolver, asked, type, options.timeoutMs);
    const { records } = await resolveFollowing(query, name, "A");
    addresses = records.flatMap((record) => stringData(record) ?? []);
  } catch (error) {
    const reason = error instanceof DnsError ? error.message : String((error as Error)?.message ?? error);
    return { status: "fail", message: `the resolver ${resolver} did not answer the control query (A ${name}): ${reason}` };
  }
  if (addresses.length === 0) {
    return {
      status: "fail",
      message: `the resolver ${resolver} gave no address for the control name ${name}, which always has one`,
    };
  }
  const address = addresses[0];
  try {
    await tcpOpens(address, options.httpsPort, options.timeoutMs);
  } catch (error) {
    const where = formatEndpoint(address, options.httpsPort);
    return {
      status: "fail",
      message: `no connection to ${name} at ${where}: ${String((error as Error)?.message ?? error)}; the runner's network looks down`,
    };
  }
  return {
    status: "pass",
    message: `the resolver ${resolver} answered the control query (${name} is ${address}) and ${formatEndpoint(address, options.httpsPort)} accepted a connection`,
  };
}
