/**
 * Real servers on 127.0.0.1 for the `check` tests: a DNS server that answers from a fixed zone,
 * HTTPS and HTTP servers whose answers depend on the Host header, and a throwaway CA.
 * Nothing here touches the internet.
 */
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createSocket } from "node:dgram";
import type { Socket } from "node:dgram";
import { createServer as createHttpServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo, Socket as NetSocket } from "node:net";
import { createServer as createTcpServer } from "node:net";
import { createSecureContext } from "node:tls";
import type { SecureContext } from "node:tls";
import { RECURSION_AVAILABLE, TRUNCATED_RESPONSE, decode, encode } from "dns-packet";
import type { Answer, CaaData } from "dns-packet";
import forge from "node-forge";

// ---------------------------------------------------------------------------------------------
// DNS.

export type ZoneRecord = { type: "A" | "AAAA" | "CNAME" | "TXT"; data: string } | { type: "CAA"; data: CaaData };
/** Owner name → its records. Names not listed do not exist (NXDOMAIN). */
export type Zone = Record<string, ZoneRecord[]>;

export interface DnsServerHandle {
  port: number;
  close(): Promise<void>;
}

const NOERROR = 0;
const NXDOMAIN = 3;

/** Answers like a recursive resolver: the CNAME chain and then the records at its end. */
export function answer(zone: Zone, name: string, type: string): { rcode: number; answers: Answer[] } {
  const answers: Answer[] = [];
  let current = name.toLowerCase();
  for (let hop = 0; hop < 10; hop++) {
    const records = zone[current];
    if (!records) return { rcode: NXDOMAIN, answers };
    const owner = current;
    const toAnswer = (record: ZoneRecord) => ({ ...record, name: owner, ttl: 60 }) as Answer;
    const matching = records.filter((record) => record.type === type);
    if (matching.length > 0) return { rcode: NOERROR, answers: [...answers, ...matching.map(toAnswer)] };
    const alias = records.find((record) => record.type === "CNAME");
    if (!alias || alias.type !== "CNAME") return { rcode: NOERROR, answers };
    answers.push(toAnswer(alias));
    current = alias.data;
  }
  return { rcode: NOERROR, answers };
}

function bind(socket: Socket): Promise<number> {
  return new Promise((resolve) => socket.bind(0, "127.0.0.1", () => resolve(socket.address().port)));
}

function closer(socket: Socket): () => Promise<void> {
  return () => new Promise((resolve) => socket.close(() => resolve()));
}

export interface DnsServerOptions {
  /** Answer each query this much later, like a slow resolver. */
  delayMs?: number;
  /** Answer UDP with the TC (truncated) flag and no records; the full answer only over TCP. */
  truncateUdp?: boolean;
  /** Also answer over TCP, on the same port. Default: when `truncateUdp` is set. */
  tcp?: boolean;
}

function respond(zone: Zone, message: Buffer, truncated: boolean): Buffer | undefined {
  const query = decode(message);
  const question = query.questions?.[0];
  if (!question) return undefined;
  const { rcode, answers } = answer(zone, question.name, question.type);
  const flags = RECURSION_AVAILABLE | rcode | (truncated ? TRUNCATED_RESPONSE : 0);
  return encode({ type: "response", id: query.id, flags, questions: [question], answers: truncated ? [] : answers });
}

export async function startDnsServer(zone: Zone, options: DnsServerOptions = {}): Promise<DnsServerHandle> {
  const { delayMs = 0, truncateUdp = false, tcp = truncateUdp } = options;
  let closed = false;
  // A delayed answer may come due after the test closed the server.
  const later = (run: () => void) => (delayMs > 0 ? setTimeout(() => closed || run(), delayMs) : run());
  const socket = createSocket("udp4");
  socket.on("message", (message, remote) => {
    const response = respond(zone, message, truncateUdp);
    if (response) later(() => socket.send(response, remote.port, remote.address));
  });
  const port = await bind(socket);
  const closeUdp = closer(socket);
  if (!tcp) {
    return {
      port,
      close: () => {
        closed = true;
        return closeUdp();
      },
    };
  }
  // RFC 7766: over TCP, each message is preceded by its length in two bytes.
  const connections = new Set<NetSocket>();
  const server = createTcpServer((connection) => {
    connections.add(connection);
    connection.on("close", () => connections.delete(connection));
    connection.on("error", () => {});
    let received = Buffer.alloc(0);
    connection.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      while (received.length >= 2 && received.length >= 2 + received.readUInt16BE(0)) {
        const message = received.subarray(2, 2 + received.readUInt16BE(0));
        received = received.subarray(2 + message.length);
        const response = respond(zone, message, false);
        if (!response) continue;
        const prefix = Buffer.alloc(2);
        prefix.writeUInt16BE(response.length);
        later(() => connection.write(Buffer.concat([prefix, response])));
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    port,
    close: async () => {
      closed = true;
      connections.forEach((connection) => connection.destroy());
      await Promise.all([closeUdp(), new Promise<void>((resolve) => server.close(() => resolve()))]);
    },
  };
}

/** A resolver that reads every query and never answers. */
export async function startSilentDnsServer(): Promise<DnsServerHandle> {
  const socket = createSocket("udp4");
  socket.on("message", () => {});
  return { port: await bind(socket), close: closer(socket) };
}

// ---------------------------------------------------------------------------------------------
// A throwaway CA.

export interface KeyPair {
  privateKeyPem: string;
  publicKeyPem: string;
}

export function rsaKeyPair(): KeyPair {
  // Node's native generator: forge's pure-JS one takes seconds for 2048 bits.
  const { privateKey, publicKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  return { privateKeyPem: privateKey, publicKeyPem: publicKey };
}

export interface IssuedCertificate {
  certPem: string;
  keyPem: string;
}

export interface LeafOptions {
  names: string[];
  notBefore?: Date;
  notAfter?: Date;
}

export interface TestCa {
  certPem: string;
  issue(options: LeafOptions): IssuedCertificate;
}

const DAY = 24 * 60 * 60 * 1000;

function serialNumber(): string {
  // A leading 01 keeps the DER integer positive.
  return `01${randomBytes(8).toString("hex")}`;
}

/** The base64 lines of a PEM block, without its BEGIN and END lines: a key as it could leak without its armour. */
export function pemBody(pem: string): string {
  return pem
    .split("\n")
    .filter((line) => line && !line.startsWith("-----"))
    .join("\n");
}

/** A self-signed root that signs leaf certificates; all leaves share one key to keep tests fast. */
export function createTestCa(commonName: string, leafKey: KeyPair = rsaKeyPair()): TestCa {
  const caKey = rsaKeyPair();
  const signingKey = forge.pki.privateKeyFromPem(caKey.privateKeyPem);
  const subject = [
    { name: "commonName", value: commonName },
    { name: "organizationName", value: "cdktf-ssl-tracking-domain tests" },
  ];
  const root = forge.pki.createCertificate();
  root.publicKey = forge.pki.publicKeyFromPem(caKey.publicKeyPem);
  root.serialNumber = serialNumber();
  root.validity.notBefore = new Date(Date.now() - DAY);
  root.validity.notAfter = new Date(Date.now() + 3650 * DAY);
  root.setSubject(subject);
  root.setIssuer(subject);
  root.setExtensions([
    { name: "basicConstraints", cA: true, critical: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
    { name: "subjectKeyIdentifier" },
  ]);
  root.sign(signingKey, forge.md.sha256.create());

  return {
    certPem: forge.pki.certificateToPem(root),
    issue({ names, notBefore = new Date(Date.now() - DAY), notAfter = new Date(Date.now() + 90 * DAY) }) {
      const leaf = forge.pki.createCertificate();
      leaf.publicKey = forge.pki.publicKeyFromPem(leafKey.publicKeyPem);
      leaf.serialNumber = serialNumber();
      leaf.validity.notBefore = notBefore;
      leaf.validity.notAfter = notAfter;
      leaf.setSubject([{ name: "commonName", value: names[0] }]);
      leaf.setIssuer(subject);
      leaf.setExtensions([
        { name: "basicConstraints", cA: false },
        { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
        { name: "extKeyUsage", serverAuth: true },
        { name: "subjectAltName", altNames: names.map((value) => ({ type: 2, value })) },
      ]);
      leaf.sign(signingKey, forge.md.sha256.create());
      return { certPem: forge.pki.certificateToPem(leaf), keyPem: leafKey.privateKeyPem };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// HTTPS and HTTP.

/** How the "origin behind the CDN" answers one host. */
export type Handler = (request: IncomingMessage, response: ServerResponse, count: number) => void;

export interface WebServers {
  httpsPort: number;
  httpPort: number;
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/**
 * One HTTPS server that picks the certificate by SNI and one HTTP server; both answer by Host.
 * `count` is how many requests that host got on that server before, to let a cache warm up.
 */
export async function startWebServers(
  certificates: Record<string, IssuedCertificate>,
  fallback: IssuedCertificate,
  handlers: Record<string, Handler>,
  defaultHandler: Handler,
): Promise<WebServers> {
  const contexts = new Map<string, SecureContext>(
    Object.entries(certificates).map(([name, issued]) => [name, createSecureContext({ key: issued.keyPem, cert: issued.certPem })]),
  );
  const route = () => {
    const counts = new Map<string, number>();
    return (request: IncomingMessage, response: ServerResponse) => {
      const host = (request.headers.host ?? "").replace(/:\d+$/, "");
      const count = counts.get(host) ?? 0;
      counts.set(host, count + 1);
      (handlers[host] ?? defaultHandler)(request, response, count);
    };
  };
  const https = createHttpsServer(
    {
      key: fallback.keyPem,
      cert: fallback.certPem,
      SNICallback: (servername, done) => done(null, contexts.get(servername)),
    },
    route(),
  );
  const http = createHttpServer(route());
  const [httpsPort, httpPort] = await Promise.all([listen(https), listen(http)]);
  return { httpsPort, httpPort, close: async () => void (await Promise.all([stop(https), stop(http)])) };
}

/** A loopback port that refuses connections: bound once, then released. */
export async function closedPort(): Promise<number> {
  const server = createTcpServer();
  const port = await new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// Answers as a CDN in front of SendGrid would give them.

export const FASTLY_HEADERS = { via: "1.1 varnish", "x-served-by": "cache-lo-test1", "x-cache": "MISS" };
export const CLOUDFRONT_HEADERS = {
  via: "1.1 5f1d4f3a0c2b6e8d9a7b1c3e5f7a9b0c.cloudfront.net (CloudFront)",
  "x-cache": "Miss from cloudfront",
  "x-amz-cf-pop": "TST50-C1",
  "x-amz-cf-id": "Yc0iSkCzVqTn2u4vW6xZ8aB0cD2eF4gH6iJ8kL0mN2oP4qR6sT8uVw==",
};
export const CLOUDFLARE_HEADERS = { server: "cloudflare", "cf-ray": "8f00000000000000-TST", "cf-cache-status": "DYNAMIC" };

/** SendGrid's click redirect, through a CDN that adds `headers`. */
export function redirect(headers: Record<string, string>): Handler {
  return (_request, response) => {
    response.writeHead(302, { ...headers, location: "https://example.org/landing" });
    response.end();
  };
}

/**
 * A resolver that dies midway: it relays the first `answerFirst` queries to `upstreamPort` and
 * then reads every query and never answers, like a resolver that crashed during a run.
 */
export async function startFlakyDnsServer(upstreamPort: number, answerFirst: number): Promise<DnsServerHandle & { answered(): number }> {
  const socket = createSocket("udp4");
  let answered = 0;
  const pending = new Set<Socket>();
  socket.on("message", (message, remote) => {
    if (answered >= answerFirst) return;
    answered++;
    const relay = createSocket("udp4");
    pending.add(relay);
    const done = () => {
      if (pending.delete(relay)) relay.close();
    };
    relay.on("message", (reply) => {
      socket.send(reply, remote.port, remote.address);
      done();
    });
    relay.on("error", done);
    relay.send(message, upstreamPort, "127.0.0.1");
  });
  const port = await bind(socket);
  const closeSocket = closer(socket);
  return {
    port,
    answered: () => answered,
    close: () => {
      [...pending].forEach((relay) => relay.close());
      pending.clear();
      return closeSocket();
    },
  };
}
