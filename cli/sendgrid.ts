/**
 * `sendgrid`: reads the account's branded links from SendGrid's link-branding API
 * (`/v3/whitelabel/links`), so that nobody copies record values by hand. The API key comes from
 * `SENDGRID_API_KEY` only and is never printed: every message is cleaned of it before output.
 */
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import type { IncomingHttpHeaders } from "node:http";
import { parseArgs } from "node:util";
import { hostNameProblem } from "../constructs/domain-name";
import { acmeChallengeTargetProblem, customHostnameTxtProblem } from "../constructs/sendgrid-auto-ssl";
import { printable, printableLines } from "./check/printable";
import { COMMAND, processIo } from "./io";
import type { Io } from "./io";

export const DEFAULT_API_URL = "https://api.sendgrid.com";
export const EU_API_URL = "https://api.eu.sendgrid.com";
/** What SendGrid returns as an Auto SSL link host's CNAME target for global accounts. */
const AUTO_SSL_CNAME_TARGET = "click.sendgrid.net";
const GLOBAL_ORIGIN = "sendgrid.net";
/** Longer waits than this (a far-off rate-limit reset) are cut to it; the retry then tells. */
export const MAX_WAIT_MS = 60_000;
/** The first back-off without a hint from the server; it doubles with each retry. */
export const BASE_BACKOFF_MS = 500;
/** SendGrid's answers are a few KiB; a body larger than this is not one. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** The edges a classic (non-Auto SSL) link can take: the CDN edges. */
const CDN_EDGES = ["fastly", "cloudflare-proxy"] as const;

export const SENDGRID_HELP = `Usage:
  ${COMMAND} sendgrid links [options]
  ${COMMAND} sendgrid entry <link-id> [--edge fastly|cloudflare-proxy] [options]
  ${COMMAND} sendgrid validate <link-id> [options]

Reads your branded links from SendGrid's API (GET /v3/whitelabel/links). The API key comes from
the environment variable SENDGRID_API_KEY only; it needs read access to Sender Authentication
(and, for validate, write access). It is never printed.

Subcommands:
  links            Lists the account's branded links: id, link host, Auto SSL or not, valid or not.
  entry <link-id>  Prints the tracking-domains.json domain entry for the link as JSON on stdout
                   (notes go to stderr): an Auto SSL link gets edge sendgrid-auto-ssl with its
                   records; a classic link gets the CDN edge of --edge.
  validate <id>    Asks SendGrid to validate the link's DNS records and prints each record's
                   result. Exits 1 when any is not valid.

Options:
  --api-url <url>        The API's base URL. Default: ${DEFAULT_API_URL}; EU regional
                         subusers use ${EU_API_URL}. Plain http:// only to loopback.
  --on-behalf-of <user>  Act for a subuser (SendGrid's on-behalf-of header).
  --edge <edge>          entry, for a classic link: fastly (default) or cloudflare-proxy.
  --timeout <ms>         The time limit of each request. Default: 10000.
  --retries <n>          Retries after a 429 or 5xx answer or a failed connection, with
                         back-off (Retry-After and X-RateLimit-Reset are honoured). Default: 3.
  -h, --help             Print this help.

Exits 0 on success, 1 when the API fails or a record is not valid, 2 for a usage error.

Examples:
  SENDGRID_API_KEY=... npx ${COMMAND} sendgrid links
  SENDGRID_API_KEY=... npx ${COMMAND} sendgrid entry 5629083 > entry.json
  SENDGRID_API_KEY=... npx ${COMMAND} sendgrid validate 5629083 --api-url ${EU_API_URL}
`;

const OPTIONS = {
  "api-url": { type: "string" },
  "on-behalf-of": { type: "string" },
  edge: { type: "string" },
  timeout: { type: "string" },
  retries: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** Bad command-line input or environment; the message is for the user. */
export class SendgridUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SendgridUsageError";
  }
}

/** The API could not be asked, or refused; the message is for the user. */
export class SendgridApiError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "SendgridApiError";
  }
}

export interface ClientOptions {
  apiUrl: string;
  apiKey: string;
  onBehalfOf?: string;
  timeoutMs: number;
  retries: number;
  /** Waits `ms`; tests pass one that records the waits instead. */
  sleep?: (ms: number) => Promise<void>;
  /** For the rate-limit reset; default: the clock. */
  now?: () => number;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** How long to wait before the next try: the server's hint if it gave one, else exponential back-off. */
export function retryDelay(headers: IncomingHttpHeaders, attempt: number, now: number): number {
  const retryAfter = headerOf(headers, "retry-after");
  if (retryAfter !== undefined) {
    if (/^\d+$/.test(retryAfter.trim())) return Math.min(Number(retryAfter.trim()) * 1000, MAX_WAIT_MS);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.min(Math.max(date - now, 0), MAX_WAIT_MS);
  }
  const reset = headerOf(headers, "x-ratelimit-reset");
  // SendGrid's reset is a Unix time in seconds.
  if (reset !== undefined && /^\d+$/.test(reset.trim())) return Math.min(Math.max(Number(reset.trim()) * 1000 - now, 0), MAX_WAIT_MS);
  return Math.min(BASE_BACKOFF_MS * 2 ** attempt, MAX_WAIT_MS);
}

function headerOf(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A client of the link-branding API. */
export class SendgridClient {
  private readonly base: URL;

  constructor(private readonly options: ClientOptions) {
    this.base = new URL(options.apiUrl);
  }

  /** The message with the API key, should anything echo it, replaced. */
  clean(text: string): string {
    return this.options.apiKey ? text.split(this.options.apiKey).join("(the API key)") : text;
  }

  /** The parsed JSON answer of `method path`, after retries; throws `SendgridApiError`. */
  async json(method: "GET" | "POST", path: string, what: string): Promise<unknown> {
    const sleep = this.options.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    const now = this.options.now ?? Date.now;
    for (let attempt = 0; ; attempt++) {
      let answer: Answer;
      try {
        answer = await this.once(method, path);
      } catch (error) {
        if (attempt < this.options.retries) {
          await sleep(Math.min(BASE_BACKOFF_MS * 2 ** attempt, MAX_WAIT_MS));
          continue;
        }
        throw new SendgridApiError(this.clean(`${method} ${path} failed after ${attempt + 1} tries: ${(error as Error).message}`));
      }
      const retryable = answer.status === 429 || answer.status >= 500;
      if (retryable && attempt < this.options.retries) {
        await sleep(retryDelay(answer.headers, attempt, now()));
        continue;
      }
      if (answer.status >= 200 && answer.status < 300) {
        try {
          return JSON.parse(answer.body);
        } catch {
          throw new SendgridApiError(`${method} ${path} answered ${answer.status} with a body that is not JSON`, answer.status);
        }
      }
      throw new SendgridApiError(this.clean(this.refusal(answer, method, path, what, attempt + 1)), answer.status);
    }
  }

  private refusal(answer: Answer, method: string, path: string, what: string, tries: number): string {
    const said = apiErrors(answer.body);
    const detail = said ? ` (SendGrid says: ${said})` : "";
    switch (answer.status) {
      case 401:
        return `SendGrid refused the API key (401)${detail}: check SENDGRID_API_KEY`;
      case 403: {
        const subuser = this.options.onBehalfOf ? " and may act for that subuser" : "; for a subuser's links pass --on-behalf-of";
        return `the API key may not do this (403)${detail}: it needs the Sender Authentication (whitelabel) scope${subuser}`;
      }
      case 404:
        return `SendGrid has no ${what} (404)${detail}${this.options.onBehalfOf ? "" : "; if it is a subuser's, pass --on-behalf-of"}; list them with "${COMMAND} sendgrid links"`;
      case 429:
        return `SendGrid kept rate-limiting the request (429) after ${tries} tries; wait and try again`;
      default:
        return answer.status >= 500
          ? `SendGrid failed (${answer.status}) ${tries} times for ${method} ${path}${detail}; try again later`
          : `SendGrid answered ${answer.status} to ${method} ${path}${detail}`;
    }
  }

  private once(method: string, path: string): Promise<Answer> {
    const url = new URL(path, this.base);
    const send = url.protocol === "http:" ? httpRequest : httpsRequest;
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.options.apiKey}`,
      accept: "application/json",
      ...(this.options.onBehalfOf ? { "on-behalf-of": this.options.onBehalfOf } : {}),
      ...(method === "POST" ? { "content-type": "application/json", "content-length": "0" } : {}),
    };
    return new Promise<Answer>((resolve, reject) => {
      const req = send(url, { method, headers, timeout: this.options.timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY_BYTES) req.destroy(new Error(`the answer is larger than ${MAX_BODY_BYTES} bytes`));
          else chunks.push(chunk);
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      });
      req.on("timeout", () => req.destroy(new Error(`no answer within ${this.options.timeoutMs} ms`)));
      req.on("error", reject);
      req.end();
    });
  }
}

/** SendGrid's error body, `{"errors":[{"message":...}]}`, as one short line. */
function apiErrors(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { errors?: { message?: unknown }[] };
    const messages = (parsed.errors ?? []).map((e) => e?.message).filter((m): m is string => typeof m === "string");
    const line = messages.join("; ");
    return line ? printable(line.length > 300 ? `${line.slice(0, 300)}…` : line) : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// The API's shapes, as far as this command reads them.

/** One record of a link's `dns` object. */
export interface LinkRecord {
  host: string;
  type: string;
  data: string;
  valid?: boolean;
}

/** A branded link: the fields `GET /v3/whitelabel/links/{id}` documents that this command reads. */
export interface BrandedLink {
  id: number;
  domain: string;
  subdomain?: string;
  valid: boolean;
  default?: boolean;
  dns: Record<string, LinkRecord>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `value` as a branded link, or an error naming what SendGrid sent instead. */
export function asLink(value: unknown, where: string): BrandedLink {
  if (!isObject(value) || typeof value.id !== "number" || typeof value.domain !== "string" || !isObject(value.dns)) {
    throw new SendgridApiError(`${where} is not a branded link (expected id, domain and dns)`);
  }
  const dns: Record<string, LinkRecord> = {};
  for (const [key, record] of Object.entries(value.dns)) {
    if (isObject(record) && typeof record.host === "string" && typeof record.data === "string") {
      dns[key] = {
        host: record.host,
        type: String(record.type ?? ""),
        data: record.data,
        ...(typeof record.valid === "boolean" ? { valid: record.valid } : {}),
      };
    }
  }
  if (!dns.domain_cname) throw new SendgridApiError(`${where} (link ${value.id}) has no dns.domain_cname`);
  return {
    id: value.id,
    domain: value.domain,
    ...(typeof value.subdomain === "string" ? { subdomain: value.subdomain } : {}),
    valid: value.valid === true,
    ...(typeof value.default === "boolean" ? { default: value.default } : {}),
    dns,
  };
}

/**
 * Whether the link was made with Auto SSL. The API reference does not document an `auto_ssl`
 * field in its answers, so the records tell: only Auto SSL links have the challenge CNAME and TXT.
 */
export function isAutoSsl(link: BrandedLink): boolean {
  return link.dns.acme_challenge_cname !== undefined && link.dns.cf_custom_hostname_txt !== undefined;
}

/** The link host SendGrid writes into emails. */
export function linkHost(link: BrandedLink): string {
  return link.dns.domain_cname.host.toLowerCase().replace(/\.$/, "");
}

/** A TXT value as SendGrid or a DNS tool may write it, without surrounding quotes. */
function unquoted(text: string): string {
  return text.replace(/^"(.*)"$/, "$1");
}

/** The tracking-domains.json entry for `link`, and notes for the user. */
export function entryFor(link: BrandedLink, edge: (typeof CDN_EDGES)[number]): { entry: Record<string, unknown>; notes: string[] } {
  const domainName = linkHost(link);
  const badHost = hostNameProblem(domainName);
  if (badHost) throw new SendgridApiError(`link ${link.id}'s link host ${JSON.stringify(domainName)} is not a valid host name: ${badHost}`);
  const notes: string[] = [];
  const owner = link.dns.owner_cname;
  if (owner) notes.push(`${owner.host} keeps its CNAME to ${owner.data}: it is not part of the entry and must stay as SendGrid gave it.`);
  notes.push(
    `If ${domainName} already has a CNAME in the zone, add "existingRecordId" with its Cloudflare record id so the first apply takes it over.`,
  );
  if (isAutoSsl(link)) {
    const target = link.dns.domain_cname.data.toLowerCase().replace(/\.$/, "");
    const sendgrid = {
      acmeChallengeTarget: link.dns.acme_challenge_cname.data.toLowerCase().replace(/\.$/, ""),
      customHostnameTxt: unquoted(link.dns.cf_custom_hostname_txt.data),
      ...(target !== AUTO_SSL_CNAME_TARGET ? { cnameTarget: target } : {}),
    };
    // Values the config would refuse: SendGrid changed their shape, or the answer is not what it seems.
    const problems = [
      ["acmeChallengeTarget", sendgrid.acmeChallengeTarget, acmeChallengeTargetProblem(sendgrid.acmeChallengeTarget, domainName)],
      ["customHostnameTxt", sendgrid.customHostnameTxt, customHostnameTxtProblem(sendgrid.customHostnameTxt)],
    ].filter(([, , problem]) => problem !== undefined);
    for (const [key, value, problem] of problems) {
      notes.push(`WARNING: the config will refuse sendgrid.${key} ${JSON.stringify(value)}: ${problem}.`);
    }
    if (!link.valid) notes.push(`The link is not validated yet: deploy the entry, then run "${COMMAND} sendgrid validate ${link.id}".`);
    return { entry: { domainName, edge: "sendgrid-auto-ssl", sendgrid }, notes };
  }
  const origin = link.dns.domain_cname.data.toLowerCase().replace(/\.$/, "");
  notes.unshift(
    `Link ${link.id} is a classic link (no Auto SSL): only its link host ${domainName} moves to the ${edge} edge; SendGrid support must then enable SSL click tracking.`,
  );
  return { entry: { domainName, edge, ...(origin !== GLOBAL_ORIGIN ? { origin } : {}) }, notes };
}

/** JSON whose strings escape what a terminal would obey (JSON.stringify leaves C1 and bidi controls raw). */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\p{Cc}\p{Cf}\u2028\u2029]/gu,
    // The layout's own line breaks stay; inside strings JSON.stringify has escaped them already.
    (character) =>
      character === "\n"
        ? character
        : [...Array(character.length).keys()].map((i) => `\\u${character.charCodeAt(i).toString(16).padStart(4, "0")}`).join(""),
  );
}

/** The per-record results of `POST /v3/whitelabel/links/{id}/validate`. */
export function validationLines(value: unknown, id: string): { lines: string[]; valid: boolean } {
  if (!isObject(value) || !isObject(value.validation_results)) {
    throw new SendgridApiError(`the validation of link ${id} has no validation_results`);
  }
  const results = Object.entries(value.validation_results).filter(([, result]) => isObject(result)) as [string, Record<string, unknown>][];
  if (results.length === 0) throw new SendgridApiError(`the validation of link ${id} returned no record results`);
  const width = Math.max(...results.map(([name]) => name.length));
  const lines = results.map(([name, result]) => {
    const ok = result.valid === true;
    const reason = typeof result.reason === "string" && result.reason ? `  ${result.reason}` : "";
    return `  ${ok ? "PASS" : "FAIL"}  ${name.padEnd(width)}${ok ? "" : reason}`;
  });
  return { lines, valid: value.valid === true && results.every(([, result]) => result.valid === true) };
}

// ---------------------------------------------------------------------------------------------
// The command.

function integer(option: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new SendgridUsageError(`--${option} must be a whole number from ${min} to ${max}, not "${value}"`);
  }
  return number;
}

const LOOPBACK = new Set(["127.0.0.1", "[::1]", "localhost"]);

function apiUrlArgument(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SendgridUsageError(`--api-url "${text}" is not a URL`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
    throw new SendgridUsageError(
      `--api-url "${text}" must be https:// (plain http:// only to loopback): the API key travels with each request`,
    );
  }
  if (url.username || url.password || url.search || url.hash || (url.pathname !== "/" && url.pathname !== "")) {
    throw new SendgridUsageError(`--api-url "${text}" must be a base URL such as ${DEFAULT_API_URL}, without a path, query or credentials`);
  }
  return url.origin;
}

function linkId(text: string | undefined, sub: string): string {
  if (text === undefined) throw new SendgridUsageError(`sendgrid ${sub} needs a link id (see "${COMMAND} sendgrid links")`);
  if (!/^[1-9]\d{0,17}$/.test(text)) throw new SendgridUsageError(`"${text}" is not a link id (a positive whole number)`);
  return text;
}

export interface SendgridDeps {
  /** Default: the process's environment. */
  env?: NodeJS.ProcessEnv;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** `sendgrid <links|entry|validate> ...`; returns the exit code. Never throws. */
export async function runSendgrid(args: readonly string[], io: Io = processIo, deps: SendgridDeps = {}): Promise<number> {
  const env = deps.env ?? process.env;
  let client: SendgridClient | undefined;
  const usage = (message: string) => {
    io.stderr(`${COMMAND}: ${printableLines(message)}\nRun "${COMMAND} sendgrid --help" for the options.\n`);
    return 2;
  };
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new SendgridUsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ""));
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout(SENDGRID_HELP);
      return 0;
    }
    const [sub, ...rest] = positionals;
    if (sub === undefined) throw new SendgridUsageError("sendgrid needs a subcommand: links, entry <link-id> or validate <link-id>");
    if (!["links", "entry", "validate"].includes(sub)) {
      throw new SendgridUsageError(`unknown sendgrid subcommand "${sub}"; the subcommands are links, entry and validate`);
    }
    if (rest.length > (sub === "links" ? 0 : 1))
      throw new SendgridUsageError(`sendgrid ${sub} takes ${sub === "links" ? "no arguments" : "one link id"}; got ${rest.join(", ")}`);
    const id = sub === "links" ? undefined : linkId(rest[0], sub);
    if (values.edge !== undefined && sub !== "entry") throw new SendgridUsageError("--edge is for sendgrid entry");
    const edge = values.edge ?? "fastly";
    if (!(CDN_EDGES as readonly string[]).includes(edge)) {
      throw new SendgridUsageError(
        `--edge must be one of ${CDN_EDGES.join(", ")}, not "${edge}" (an Auto SSL link gets sendgrid-auto-ssl by itself)`,
      );
    }
    const onBehalfOf = values["on-behalf-of"];
    if (onBehalfOf !== undefined && (onBehalfOf.trim() === "" || /[\p{Cc}]/u.test(onBehalfOf))) {
      throw new SendgridUsageError("--on-behalf-of must be a subuser's name or id");
    }
    const apiKey = env.SENDGRID_API_KEY ?? "";
    if (apiKey.trim() === "") {
      throw new SendgridUsageError("set the environment variable SENDGRID_API_KEY to an API key (it is read from there only)");
    }
    client = new SendgridClient({
      apiUrl: values["api-url"] === undefined ? DEFAULT_API_URL : apiUrlArgument(values["api-url"]),
      apiKey: apiKey.trim(),
      ...(onBehalfOf !== undefined ? { onBehalfOf } : {}),
      timeoutMs: integer("timeout", values.timeout, 10_000, 1, 600_000),
      retries: integer("retries", values.retries, 3, 0, 10),
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
      ...(deps.now ? { now: deps.now } : {}),
    });

    if (sub === "links") {
      const answer = await client.json("GET", "/v3/whitelabel/links", "branded links");
      if (!Array.isArray(answer)) throw new SendgridApiError("GET /v3/whitelabel/links did not answer with a list");
      const links = answer.map((value, i) => asLink(value, `link ${i} of the list`));
      if (links.length === 0) {
        io.stdout("No branded links.\n");
        return 0;
      }
      const rows = [
        ["ID", "LINK HOST", "AUTO SSL", "VALID"],
        ...links.map((l) => [String(l.id), linkHost(l), isAutoSsl(l) ? "yes" : "no", l.valid ? "yes" : "no"]),
      ];
      const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
      io.stdout(
        printableLines(
          `${rows
            .map((row) =>
              row
                .map((cell, c) => cell.padEnd(widths[c]))
                .join("  ")
                .trimEnd(),
            )
            .join("\n")}\n`,
        ),
      );
      return 0;
    }
    if (sub === "entry") {
      const link = asLink(await client.json("GET", `/v3/whitelabel/links/${id}`, `branded link ${id}`), `link ${id}`);
      const { entry, notes } = entryFor(link, edge as (typeof CDN_EDGES)[number]);
      io.stdout(`${jsonForTerminal(entry)}\n`);
      io.stderr(printableLines(notes.map((note) => `note: ${note}`).join("\n") + "\n"));
      return 0;
    }
    const result = validationLines(await client.json("POST", `/v3/whitelabel/links/${id}/validate`, `branded link ${id}`), id as string);
    io.stdout(printableLines(`Link ${id}: ${result.valid ? "valid" : "NOT valid"}\n${result.lines.join("\n")}\n`));
    return result.valid ? 0 : 1;
  } catch (error) {
    const clean = (text: string) =>
      printableLines(client ? client.clean(text) : text.split(env.SENDGRID_API_KEY || "\u0000").join("(the API key)"));
    if (error instanceof SendgridUsageError) return usage(clean(error.message));
    if (error instanceof SendgridApiError) {
      io.stderr(`${COMMAND}: ${clean(error.message)}\n`);
      return 1;
    }
    io.stderr(`${COMMAND}: unexpected error: ${clean(String((error as Error)?.message ?? error))}\n`);
    return 1;
  }
}
