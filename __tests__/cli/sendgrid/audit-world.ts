/**
 * A loopback world for `sendgrid audit`: a DNS zone, a CDN-like web server and SendGrid's API,
 * with an account whose links are behind Fastly, on SendGrid Auto SSL, or still on sendgrid.net.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FASTLY_HEADERS, createTestCa, redirect, startDnsServer, startWebServers } from "../loopback";
import type { Handler, IssuedCertificate, Zone } from "../loopback";
import { startFakeApi } from "../sendgrid-api";
import type { FakeApi } from "../sendgrid-api";

export const FASTLY = "t.sni.global.fastly.net";
export const USER_ID = 8119916;
export const HOSTS = {
  fastly: "url1.alpha.test",
  /** Left on sendgrid.net unless the world puts it behind Fastly. */
  straggler: "url2.alpha.test",
  autoSsl: "url3.beta.test",
  subuser: "url4.gamma.test",
} as const;
const TOKEN = "06231e2e-5d7c-40c0-9b4a-ee31c2a8e98b";
const challengeTarget = (host: string) => `${host}.4a767ed83ff78982.dcv.cloudflare.com`;
const ownerOf = (host: string) => `${USER_ID}.${host.split(".").slice(1).join(".")}`;

let nextId = 100;
let sharedCa: ReturnType<typeof createTestCa> | undefined;

export function classicLink(host: string, valid = true) {
  return {
    id: nextId++,
    user_id: USER_ID,
    domain: host.split(".").slice(1).join("."),
    subdomain: host.split(".")[0],
    valid,
    default: false,
    dns: {
      domain_cname: { valid, type: "cname", host, data: "sendgrid.net" },
      owner_cname: { valid, type: "cname", host: ownerOf(host), data: "sendgrid.net" },
    },
  };
}

export function autoSslLink(host: string) {
  const link = classicLink(host);
  return {
    ...link,
    dns: {
      domain_cname: { ...link.dns.domain_cname, data: "click.sendgrid.net" },
      owner_cname: link.dns.owner_cname,
      acme_challenge_cname: { valid: true, type: "cname", host: `_acme-challenge.${host}`, data: challengeTarget(host) },
      cf_custom_hostname_txt: { valid: true, type: "txt", host: `_cf-custom-hostname.${host}`, data: TOKEN },
    },
  };
}

export interface WorldOptions {
  /** Where the straggler's CNAME points. Default: sendgrid.net (it would break). */
  straggler?: "sendgrid.net" | "fastly";
  /** Names left out of the zone. */
  without?: string[];
}

export interface AuditWorld {
  api: FakeApi;
  links: { parent: ReturnType<typeof classicLink>[]; sub1: ReturnType<typeof classicLink>[] };
  /** The options that reach the world, API key aside. */
  args: string[];
  dir: string;
  close(): Promise<void>;
}

export async function startAuditWorld(options: WorldOptions = {}): Promise<AuditWorld> {
  const cname = (data: string) => ({ type: "CNAME" as const, data });
  const zone: Zone = {
    [FASTLY]: [{ type: "A", data: "127.0.0.1" }],
    "sendgrid.net": [{ type: "A", data: "127.0.0.1" }],
    "click.sendgrid.net": [{ type: "A", data: "127.0.0.1" }],
    [HOSTS.fastly]: [cname(FASTLY)],
    [HOSTS.straggler]: [cname(options.straggler === "fastly" ? FASTLY : "sendgrid.net")],
    [HOSTS.autoSsl]: [cname("click.sendgrid.net")],
    [`_acme-challenge.${HOSTS.autoSsl}`]: [cname(challengeTarget(HOSTS.autoSsl))],
    [`_cf-custom-hostname.${HOSTS.autoSsl}`]: [{ type: "TXT", data: TOKEN }],
    [HOSTS.subuser]: [cname(FASTLY)],
    [ownerOf(HOSTS.fastly)]: [cname("sendgrid.net")],
    [ownerOf(HOSTS.autoSsl)]: [cname("sendgrid.net")],
    [ownerOf(HOSTS.subuser)]: [cname("sendgrid.net")],
  };
  for (const name of options.without ?? []) delete zone[name];
  // One CA for every world of a test file: its keys take a second or two to make.
  sharedCa ??= createTestCa("sendgrid audit test root");
  const ca = sharedCa;
  const certificates: Record<string, IssuedCertificate> = {};
  for (const host of Object.values(HOSTS)) certificates[host] = ca.issue({ names: [host] });
  const handlers: Record<string, Handler> = { [HOSTS.autoSsl]: redirect({ server: "nginx" }) };
  const links = {
    parent: [classicLink(HOSTS.fastly), classicLink(HOSTS.straggler), autoSslLink(HOSTS.autoSsl)],
    sub1: [classicLink(HOSTS.subuser)],
  };
  const [dns, web, api] = await Promise.all([
    startDnsServer(zone),
    startWebServers(certificates, ca.issue({ names: ["default.test"] }), handlers, redirect(FASTLY_HEADERS)),
    startFakeApi({ "": links.parent, sub1: links.sub1 }),
  ]);
  const dir = mkdtempSync(join(tmpdir(), "audit-test-"));
  const caFile = join(dir, "ca.pem");
  writeFileSync(caFile, ca.certPem);
  return {
    api,
    links,
    dir,
    args: [
      "--api-url",
      api.url,
      "--resolver",
      `127.0.0.1:${dns.port}`,
      "--ca-file",
      caFile,
      "--https-port",
      String(web.httpsPort),
      "--http-port",
      String(web.httpPort),
      "--check-timeout",
      "2000",
    ],
    close: async () => {
      await Promise.all([dns.close(), web.close(), api.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
