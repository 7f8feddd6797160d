/** The DNS client of `check`: asks one server directly, so that `--resolver` means exactly that server. */
import { randomInt } from "node:crypto";
import { createSocket } from "node:dgram";
import { getServers } from "node:dns";
import { connect as tcpConnect, isIP } from "node:net";
import { RECURSION_DESIRED, TRUNCATED_RESPONSE, decode, encode } from "dns-packet";
import type { Answer, DecodedPacket } from "dns-packet";
import { formatEndpoint } from "./report";

export interface DnsServer {
  address: string;
  port: number;
}

/** Parses `ip`, `ip:port`, `[ipv6]:port` or a bare IPv6 address; undefined when it is none. */
export function parseDnsServer(text: string): DnsServer | undefined {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  const hostPort = /^([^:]+):(\d+)$/.exec(text);
  const [address, port] = bracketed ? [bracketed[1], bracketed[2]] : hostPort ? [hostPort[1], hostPort[2]] : [text, undefined];
  if (isIP(address) === 0) return undefined;
  const number = port === undefined ? 53 : Number(port);
  if (!Number.isInteger(number) || number < 1 || number > 65535) return undefined;
  return { address, port: number };
}

/** Without `--resolver`: the first server the system is configured with, if any. */
export function defaultResolver(): DnsServer | undefined {
  return getServers()
    .map(parseDnsServer)
    .find((parsed) => parsed !== undefined);
}

/** A DNS failure; the message is for the user. */
export class DnsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DnsError";
  }
}

export type QueryType = "A" | "AAAA" | "CAA" | "CNAME" | "TXT";
/** Asks one question; `check` binds it to the server and time limit. */
export type Query = (name: string, type: QueryType) => Promise<DecodedPacket>;

/** The message of one query, with a random id. */
function queryMessage(name: string, type: QueryType): { id: number; message: Buffer } {
  const id = randomInt(0, 0x10000);
  const message = encode({
    type: "query",
    id,
    flags: RECURSION_DESIRED,
    questions: [{ type, name }],
    // A large EDNS buffer keeps CAA sets and long alias chains from being truncated.
    additionals: [
      { type: "OPT", name: ".", udpPayloadSize: 4096, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] },
    ],
  });
  return { id, message };
}

/**
 * One query: over UDP, and again over TCP when the answer comes back truncated (the TC flag),
 * as RFC 7766 asks: a truncated answer may lack records, and a CAA set read from one would
 * look empty. Rejects with a `DnsError`; never waits longer than `timeoutMs` in all.
 */
export async function dnsQuery(server: DnsServer, name: string, type: QueryType, timeoutMs: number): Promise<DecodedPacket> {
  const started = Date.now();
  const packet = await udpQuery(server, name, type, timeoutMs);
  if (((packet.flags ?? 0) & TRUNCATED_RESPONSE) === 0) return packet;
  const left = timeoutMs - (Date.now() - started);
  const where = formatEndpoint(server.address, server.port);
  if (left <= 0)
    throw new DnsError(`the ${type} answer for ${name} from ${where} was truncated, and no time was left to ask again over TCP`);
  try {
    return await tcpQuery(server, name, type, left);
  } catch (error) {
    throw new DnsError(
      `the ${type} answer for ${name} from ${where} was truncated, and asking again over TCP failed: ${(error as Error).message}`,
    );
  }
}

/** One query over UDP. Rejects with a `DnsError` on timeout, never waits longer than `timeoutMs`. */
export function udpQuery(server: DnsServer, name: string, type: QueryType, timeoutMs: number): Promise<DecodedPacket> {
  const { id, message } = queryMessage(name, type);
  const where = formatEndpoint(server.address, server.port);
  return new Promise((resolve, reject) => {
    const socket = createSocket(isIP(server.address) === 6 ? "udp6" : "udp4");
    let done = false;
    const finish = (error: Error | undefined, packet?: DecodedPacket) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(resend);
      socket.close();
      if (error) reject(error);
      else resolve(packet as DecodedPacket);
    };
    const send = () => socket.send(message, server.port, server.address);
    const timer = setTimeout(
      () => finish(new DnsError(`the ${type} query for ${name} to ${where} timed out after ${timeoutMs} ms`)),
      timeoutMs,
    );
    // UDP may lose the datagram; one resend halfway still fits within the time limit.
    const resend = setTimeout(send, timeoutMs / 2);
    socket.on("error", (error) => finish(new DnsError(`the ${type} query for ${name} to ${where} failed: ${error.message}`)));
    socket.on("message", (buffer) => {
      let packet: DecodedPacket;
      try {
        packet = decode(buffer);
      } catch {
        return; // not a DNS message; keep waiting for the real answer
      }
      if (packet.id === id && packet.type === "response") finish(undefined, packet);
    });
    send();
  });
}

/** One query over TCP (RFC 7766): each message is preceded by its length in two bytes. */
export function tcpQuery(server: DnsServer, name: string, type: QueryType, timeoutMs: number): Promise<DecodedPacket> {
  const { id, message } = queryMessage(name, type);
  const where = formatEndpoint(server.address, server.port);
  return new Promise((resolve, reject) => {
    const socket = tcpConnect({ host: server.address, port: server.port });
    let received = Buffer.alloc(0);
    let done = false;
    const finish = (error: Error | undefined, packet?: DecodedPacket) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      if (error) reject(error);
      else resolve(packet as DecodedPacket);
    };
    const timer = setTimeout(
      () => finish(new DnsError(`the ${type} query for ${name} to ${where} over TCP timed out after ${timeoutMs} ms`)),
      timeoutMs,
    );
    socket.on("error", (error) => finish(new DnsError(`the ${type} query for ${name} to ${where} over TCP failed: ${error.message}`)));
    socket.on("end", () => finish(new DnsError(`the ${type} query for ${name} to ${where} over TCP ended without an answer`)));
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      // Skip answers to other ids; keep reading until a whole message for this one arrived.
      while (received.length >= 2) {
        const length = received.readUInt16BE(0);
        if (received.length < 2 + length) return;
        const body = received.subarray(2, 2 + length);
        received = received.subarray(2 + length);
        let packet: DecodedPacket;
        try {
          packet = decode(body);
        } catch {
          continue;
        }
        if (packet.id === id && packet.type === "response") return finish(undefined, packet);
      }
    });
    const prefix = Buffer.alloc(2);
    prefix.writeUInt16BE(message.length);
    socket.write(Buffer.concat([prefix, message]));
  });
}

const RCODES = ["NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED"];

function rcodeOf(packet: DecodedPacket): string {
  const code = (packet.flags ?? 0) & 0xf;
  return RCODES[code] ?? `RCODE ${code}`;
}

/** The data of an A, AAAA or CNAME record. */
export function stringData(answer: Answer): string | undefined {
  return "data" in answer && typeof answer.data === "string" ? answer.data : undefined;
}

export function sameName(a: string, b: string): boolean {
  return a.replace(/\.$/, "").toLowerCase() === b.replace(/\.$/, "").toLowerCase();
}

/** The records of one type at `name` after its aliases, and the alias chain that led there. */
export interface Resolution<T> {
  chain: string[];
  records: T[];
  /** The name (or the end of its chain) does not exist. */
  nxdomain: boolean;
}

const MAX_CHAIN = 12;

/**
 * Looks `name` up and follows CNAMEs like a stub resolver: first within one answer (recursive
 * resolvers send the whole chain), then by asking for a target the answer left out.
 */
export async function resolveFollowing(query: Query, name: string, type: "A" | "AAAA" | "CAA"): Promise<Resolution<Answer>> {
  const chain: string[] = [];
  let current = name;
  for (let asked = 0; asked < MAX_CHAIN; asked++) {
    const packet = await query(current, type);
    const answers = packet.answers ?? [];
    const before = current;
    for (;;) {
      const records = answers.filter((answer) => answer.type === type && sameName(answer.name, current));
      if (records.length > 0) return { chain, records, nxdomain: false };
      const alias = answers.find((answer) => answer.type === "CNAME" && sameName(answer.name, current));
      const target = alias && stringData(alias);
      if (!target) break;
      current = target.replace(/\.$/, "").toLowerCase();
      if (chain.includes(current) || chain.length >= MAX_CHAIN)
        throw new DnsError(`the CNAME chain of ${name} loops or is too long: ${chain.join(" → ")}`);
      chain.push(current);
    }
    const rcode = rcodeOf(packet);
    if (rcode === "NXDOMAIN") return { chain, records: [], nxdomain: true };
    if (rcode !== "NOERROR") throw new DnsError(`the resolver answered ${rcode} to the ${type} query for ${current}`);
    if (current === before) return { chain, records: [], nxdomain: false };
  }
  throw new DnsError(`the CNAME chain of ${name} is too long: ${chain.join(" → ")}`);
}

/** The CNAME record at `name` itself (no following): undefined `target` when there is none. */
export async function lookupCname(query: Query, name: string): Promise<{ target?: string; nxdomain: boolean }> {
  const packet = await query(name, "CNAME");
  const record = (packet.answers ?? []).find((answer) => answer.type === "CNAME" && sameName(answer.name, name));
  const target = record && stringData(record);
  if (target) return { target: target.replace(/\.$/, "").toLowerCase(), nxdomain: false };
  const rcode = rcodeOf(packet);
  if (rcode === "NXDOMAIN") return { nxdomain: true };
  if (rcode !== "NOERROR") throw new DnsError(`the resolver answered ${rcode} to the CNAME query for ${name}`);
  return { nxdomain: false };
}
