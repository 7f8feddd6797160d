/**
 * A stand-in for SendGrid's link-branding API on 127.0.0.1, answering in the shapes its reference
 * and its Auto SSL support article document. Nothing here touches the internet.
 */
import { createServer } from "node:http";
import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { startDnsServer } from "./loopback";
import type { DnsServerHandle, Zone } from "./loopback";

export const API_KEY = "SG.test-key.0123456789abcdefghijklmnopqrstuvwxyz";

/** An Auto SSL link, as `POST /v3/whitelabel/links` with `"auto_ssl": true` returns it. */
export const AUTO_SSL_LINK = {
  id: 5629083,
  user_id: 8119916,
  domain: "example.com",
  subdomain: "url3629",
  username: "tester",
  valid: false,
  default: false,
  legacy: false,
  dns: {
    domain_cname: { valid: false, type: "cname", host: "url3629.example.com", data: "click.sendgrid.net" },
    owner_cname: { valid: false, type: "cname", host: "8119916.example.com", data: "sendgrid.net" },
    acme_challenge_cname: {
      valid: false,
      type: "cname",
      host: "_acme-challenge.url3629.example.com",
      data: "url3629.example.com.4a767ed83ff78982.dcv.cloudflare.com",
    },
    cf_custom_hostname_txt: {
      valid: false,
      type: "txt",
      host: "_cf-custom-hostname.url3629.example.com",
      data: "06231e2e-5d7c-40c0-9b4a-ee31c2a8e98b",
    },
  },
};

/** A classic link of an EU subuser. */
export const CLASSIC_LINK = {
  id: 77,
  user_id: 8119916,
  domain: "example.org",
  subdomain: "url1234",
  username: "tester",
  valid: true,
  default: true,
  legacy: false,
  dns: {
    domain_cname: { valid: true, type: "cname", host: "url1234.example.org", data: "eu.sendgrid.net" },
    owner_cname: { valid: true, type: "cname", host: "8119916.example.org", data: "eu.sendgrid.net" },
  },
};

export interface Scripted {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Never answer this request. */
  hang?: boolean;
}

export interface FakeApi {
  url: string;
  /** Every request, in order. */
  requests: { method: string; path: string; headers: IncomingHttpHeaders }[];
  /** Answers given before the routes, one per request, in order. */
  script: Scripted[];
  close(): Promise<void>;
}

const errors = (message: string) => ({ errors: [{ field: null, message }] });

/** Links per `on-behalf-of` value ("" for the parent account); validation answers per link id. */
export async function startFakeApi(
  links: Record<string, unknown[]> = { "": [AUTO_SSL_LINK, CLASSIC_LINK] },
  validations: Record<string, unknown> = {},
): Promise<FakeApi> {
  const api: FakeApi = { url: "", requests: [], script: [], close: async () => undefined };
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };
  const server = createServer((req, res) => {
    const path = req.url ?? "";
    api.requests.push({ method: req.method ?? "", path, headers: req.headers });
    req.resume();
    const scripted = api.script.shift();
    if (scripted?.hang) return;
    if (scripted) return send(res, scripted.status, scripted.body ?? {}, scripted.headers);
    if (req.headers.authorization !== `Bearer ${API_KEY}`) return send(res, 401, errors("authorization required"));
    const subuser = String(req.headers["on-behalf-of"] ?? "");
    // The parent's subusers: every key of `links` but "", in pages of limit/offset.
    const subusers = /^\/v3\/subusers\?limit=(\d+)&offset=(\d+)$/.exec(path);
    if (req.method === "GET" && subusers && subuser === "") {
      const names = Object.keys(links).filter((name) => name !== "");
      const page = names.slice(Number(subusers[2]), Number(subusers[2]) + Number(subusers[1]));
      return send(
        res,
        200,
        page.map((username, i) => ({ id: 1000 + i, username, email: `${username}@example.test`, disabled: false })),
      );
    }
    const own = links[subuser];
    if (!own) return send(res, 403, errors("access forbidden"));
    if (req.method === "GET" && path === "/v3/whitelabel/links") return send(res, 200, own);
    const match = /^\/v3\/whitelabel\/links\/(\d+)(\/validate)?$/.exec(path);
    const link = match && own.find((l) => String((l as { id: number }).id) === match[1]);
    if (!match || !link) return send(res, 404, errors("resource not found"));
    if (req.method === "GET" && !match[2]) return send(res, 200, link);
    if (req.method === "POST" && match[2]) return send(res, 200, validations[match[1]] ?? errors("no validation scripted"));
    return send(res, 405, errors("method not allowed"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  api.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return api;
}

/** Runs `sendgrid <args>` in process, with waits recorded instead of slept; the key must never show. */
export async function runSendgridCli(
  args: string[],
  env: NodeJS.ProcessEnv = { SENDGRID_API_KEY: API_KEY },
): Promise<{ code: number; out: string; err: string; waits: number[] }> {
  const { runSendgrid } = await import("../../cli/sendgrid");
  let out = "";
  let err = "";
  const waits: number[] = [];
  const code = await runSendgrid(
    args,
    { stdout: (text) => void (out += text), stderr: (text) => void (err += text) },
    { env, sleep: async (ms) => void waits.push(ms), now: () => 1_700_000_000_000 },
  );
  if (env.SENDGRID_API_KEY && env.SENDGRID_API_KEY.length > 8 && (out + err).includes(env.SENDGRID_API_KEY)) {
    throw new Error("the API key reached the output");
  }
  return { code, out, err, waits };
}

/** A loopback resolver where both fixture links' owner CNAMEs exist, as on a domain branded before. */
export async function startOwnerDns(zone: Zone = OWNER_ZONE): Promise<DnsServerHandle> {
  return startDnsServer(zone);
}

export const OWNER_ZONE: Zone = {
  "8119916.example.com": [{ type: "CNAME", data: "sendgrid.net" }],
  "8119916.example.org": [{ type: "CNAME", data: "eu.sendgrid.net" }],
};
