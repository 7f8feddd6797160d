/**
 * `sendgrid`: reads the account's branded links from SendGrid's link-branding API
 * (`/v3/whitelabel/links`), so that nobody copies record values by hand. The API key comes from
 * `SENDGRID_API_KEY` only and is never printed: every message is cleaned of it before output.
 * One module per subcommand; the client and the argument checks are shared.
 */
import { parseArgs } from "node:util";
import { printableLines } from "../check/printable";
import { COMMAND, processIo } from "../io";
import type { Io } from "../io";
import { DEFAULT_API_URL, EU_API_URL, SendgridApiError, SendgridClient, SendgridUsageError } from "./client";
import { CDN_EDGES, ZONE_PROVIDERS, entryCommand } from "./entry";
import type { CdnEdge } from "./entry";
import { linksCommand } from "./links";
import { audit, auditExitCode, formatAudit } from "./audit";
import { AUDIT_ONLY, parseAuditOptions } from "./audit-options";
import { UsageError, integer, oneOf, parseArgsUsageError, resolverOption } from "../options";
import { configDomains } from "./audit-config";
import { jsonForTerminal } from "./json";
import { MIN_KEY_LENGTH, redactor } from "./redact";
import { validateCommand } from "./validate";

export {
  BASE_BACKOFF_MS,
  DEFAULT_API_URL,
  EU_API_URL,
  MAX_WAIT_MS,
  SendgridApiError,
  SendgridClient,
  SendgridUsageError,
  retryDelay,
} from "./client";
export type { ClientOptions } from "./client";
export { asLink, isAutoSsl, linkHost } from "./links";
export type { BrandedLink, LinkRecord } from "./links";
export { cnameTargetProblem, entryFor } from "./entry";
export { jsonForTerminal } from "./json";
export { validationLines } from "./validate";

export const SENDGRID_HELP = `Usage:
  ${COMMAND} sendgrid links [--json] [options]
  ${COMMAND} sendgrid entry <link-id> [--edge fastly|cloudflare-proxy|cloudfront] [options]
  ${COMMAND} sendgrid validate <link-id> [options]
  ${COMMAND} sendgrid audit [--on-behalf-of <user> | --all-subusers] [--config FILE] [--json] [options]

Reads your branded links from SendGrid's API (GET /v3/whitelabel/links). The API key comes from
the environment variable SENDGRID_API_KEY only; it needs read access to Sender Authentication
(and, for validate, write access). It is never printed.

Subcommands:
  links            Lists the account's branded links: id, link host, Auto SSL or not, valid or not
                   (with --json, a JSON list with each link's DNS records).
  entry <link-id>  Prints the tracking-domains.json domain entry for the link as JSON on stdout
                   (notes go to stderr): an Auto SSL link gets edge sendgrid-auto-ssl with its
                   records; a classic link gets the CDN edge of --edge.
  validate <id>    Asks SendGrid to validate the link's DNS records and prints each record's
                   result. Exits 1 when any is not valid.
  audit            Whether the account (or each subuser) is ready for SendGrid to turn SSL click
                   tracking on. SendGrid turns it on per account or subuser, never per link: then
                   every branded link of that account gets https:// links. So every link is
                   checked end to end like "${COMMAND} check" does (DNS, CAA, certificate,
                   HTTPS, http:// kept, no caching), plus its owner CNAME and SendGrid's
                   validation; every link that would break is named. Run it before asking
                   SendGrid support, and again after adding or moving any branded link.
                   Exits 0 only when every audited account is ready, 1 when a link would break,
                   3 when an account's links could not be read.

Options:
  --api-url <url>        The API's base URL. Default: ${DEFAULT_API_URL}; EU regional
                         subusers use ${EU_API_URL}. Plain http:// only to loopback.
  --on-behalf-of <user>  Act for a subuser (SendGrid's on-behalf-of header).
  --edge <edge>          entry, for a classic link: fastly (default), cloudflare-proxy or cloudfront.
  --zone-provider <p>    entry: the provider of the link host's zone in the config (cloudflare,
                         route53 or external), for the note on taking over its existing CNAME.
  --json                 links, audit: print JSON instead of text (audit's JSON Schema:
                         sendgrid-audit.schema.json).
  --all-subusers         audit: the account and every (enabled) subuser, each judged on its own.
  --config <file>        audit: also report which links are missing from this config and which
                         of its domains SendGrid does not list for the audited accounts.
  --resolver <ip[:port]> entry, audit: the DNS server to ask (entry looks up the owner CNAME).
                         Default: the system's first.
  --ca-file <file>       audit: extra trusted root certificates (PEM).
  --https-port <n>       audit: the HTTPS port to check. Default: 443.
  --http-port <n>        audit: the plain HTTP port to check. Default: 80.
  --check-timeout <ms>   audit: the time limit of one network step of a link's checks. Default: 5000.
  --concurrency <n>      audit: how many link hosts are checked at the same time. Default: 8.
  --timeout <ms>         The time limit of each request. Default: 10000.
  --retries <n>          Retries after a 429 or 5xx answer or a failed connection, with
                         back-off (Retry-After and X-RateLimit-Reset are honoured). Default: 3.
  -h, --help             Print this help.

Exits 0 on success, 1 when the API fails or a record is not valid, 2 for a usage error
(audit: see above).

Examples:
  SENDGRID_API_KEY=... npx --no-install ${COMMAND} sendgrid links
  SENDGRID_API_KEY=... npx --no-install ${COMMAND} sendgrid entry 5629083 > entry.json
  SENDGRID_API_KEY=... npx --no-install ${COMMAND} sendgrid validate 5629083 --api-url ${EU_API_URL}
  SENDGRID_API_KEY=... npx --no-install ${COMMAND} sendgrid audit --all-subusers --config tracking-domains.json
`;

const SUBCOMMANDS = ["links", "entry", "validate", "audit"];

const OPTIONS = {
  "api-url": { type: "string" },
  "on-behalf-of": { type: "string" },
  edge: { type: "string" },
  "zone-provider": { type: "string" },
  json: { type: "boolean" },
  "all-subusers": { type: "boolean" },
  config: { type: "string" },
  resolver: { type: "string" },
  "ca-file": { type: "string" },
  "https-port": { type: "string" },
  "http-port": { type: "string" },
  "check-timeout": { type: "string" },
  concurrency: { type: "string" },
  timeout: { type: "string" },
  retries: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

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

/** Visible ASCII: what an HTTP header value can carry as is. */
const HEADER_SAFE = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/** Refuses a key that cannot be SendGrid's: one the API would refuse anyway, after retries. Never quotes it. */
function checkApiKey(key: string): void {
  if (key.length < MIN_KEY_LENGTH) {
    throw new SendgridUsageError(
      `SENDGRID_API_KEY is ${key.length} character${key.length === 1 ? "" : "s"} long; SendGrid's API keys are about 69 (SG.<id>.<secret>): is it the right variable?`,
    );
  }
  const bad = [...key].findIndex((character) => !/^[\x21-\x7e]$/.test(character));
  if (bad !== -1) {
    throw new SendgridUsageError(
      `SENDGRID_API_KEY holds a character that cannot be sent in an HTTP header (at position ${bad + 1}); copy the key again`,
    );
  }
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
      throw parseArgsUsageError(error);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout(SENDGRID_HELP);
      return 0;
    }
    const [sub, ...rest] = positionals;
    if (sub === undefined) throw new SendgridUsageError("sendgrid needs a subcommand: links, entry <link-id>, validate <link-id> or audit");
    if (!SUBCOMMANDS.includes(sub)) {
      throw new SendgridUsageError(`unknown sendgrid subcommand "${sub}"; the subcommands are ${SUBCOMMANDS.join(", ")}`);
    }
    const listing = sub === "links" || sub === "audit";
    if (rest.length > (listing ? 0 : 1))
      throw new SendgridUsageError(`sendgrid ${sub} takes ${listing ? "no arguments" : "one link id"}; got ${rest.join(", ")}`);
    const id = listing ? undefined : linkId(rest[0], sub);
    const auditOnly = AUDIT_ONLY.find((option) => values[option] !== undefined);
    if (auditOnly && sub !== "audit") throw new SendgridUsageError(`--${auditOnly} is for sendgrid audit`);
    if (values.resolver !== undefined && sub !== "audit" && sub !== "entry")
      throw new SendgridUsageError("--resolver is for sendgrid entry and audit");
    if (values.edge !== undefined && sub !== "entry") throw new SendgridUsageError("--edge is for sendgrid entry");
    if (values["zone-provider"] !== undefined && sub !== "entry") throw new SendgridUsageError("--zone-provider is for sendgrid entry");
    if (values.json && sub !== "links" && sub !== "audit")
      throw new SendgridUsageError(`--json is for sendgrid links and audit, not ${sub}`);
    const auditCommand = sub === "audit" ? parseAuditOptions(values) : undefined;
    const config = auditCommand?.config === undefined ? undefined : await configDomains(auditCommand.config);
    const zoneProvider =
      values["zone-provider"] === undefined ? undefined : oneOf("zone-provider", values["zone-provider"], ZONE_PROVIDERS);
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
    const apiKey = (env.SENDGRID_API_KEY ?? "").trim();
    if (apiKey === "") {
      throw new SendgridUsageError("set the environment variable SENDGRID_API_KEY to an API key (it is read from there only)");
    }
    checkApiKey(apiKey);
    if (onBehalfOf !== undefined && !HEADER_SAFE.test(onBehalfOf)) {
      throw new SendgridUsageError("--on-behalf-of holds a character that cannot be sent in an HTTP header; give the subuser's name or id");
    }
    const clientOptions = {
      apiUrl: values["api-url"] === undefined ? DEFAULT_API_URL : apiUrlArgument(values["api-url"]),
      apiKey,
      timeoutMs: integer("timeout", values.timeout, 10_000, 1, 600_000),
      retries: integer("retries", values.retries, 3, 0, 10),
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
      ...(deps.now ? { now: deps.now } : {}),
    };
    client = new SendgridClient({ ...clientOptions, ...(onBehalfOf !== undefined ? { onBehalfOf } : {}) });

    if (auditCommand) {
      let report;
      try {
        report = await audit({
          clientFor: (subuser) => new SendgridClient({ ...clientOptions, ...(subuser !== undefined ? { onBehalfOf: subuser } : {}) }),
          ...(onBehalfOf !== undefined ? { onBehalfOf } : {}),
          allSubusers: auditCommand.allSubusers,
          check: auditCommand.check,
          ...(config ? { config } : {}),
        });
      } catch (error) {
        // Nothing was judged: not "a link would break" (1), but "could not audit" (3).
        if (!(error instanceof SendgridApiError)) throw error;
        io.stderr(`${COMMAND}: ${printableLines(client.clean(error.message))}\n`);
        return 3;
      }
      const clean = (text: string) => (client as SendgridClient).clean(text);
      io.stdout(clean(auditCommand.json ? `${jsonForTerminal(report)}\n` : printableLines(formatAudit(report))));
      return auditExitCode(report);
    }

    // What SendGrid answered is printed: cleaned of the key like every message, should it echo it.
    const cleaner = client;
    const cleanIo = { stdout: (text: string) => io.stdout(cleaner.clean(text)), stderr: (text: string) => io.stderr(cleaner.clean(text)) };
    if (sub === "links") return await linksCommand(client, cleanIo.stdout, values.json === true);
    if (sub === "entry") {
      const dns = { resolver: resolverOption(values.resolver), timeoutMs: clientOptions.timeoutMs };
      return await entryCommand(client, id as string, edge as CdnEdge, zoneProvider, dns, cleanIo);
    }
    return await validateCommand(client, id as string, cleanIo.stdout);
  } catch (error) {
    // A key too short to be one is refused without being redacted: "e" would garble every message.
    const key = (env.SENDGRID_API_KEY ?? "").trim();
    const clean = (text: string) => printableLines(client ? client.clean(text) : key.length >= MIN_KEY_LENGTH ? redactor(key)(text) : text);
    // SendgridUsageError is one, as are the shared option checks' errors.
    if (error instanceof UsageError) return usage(clean(error.message));
    if (error instanceof SendgridApiError) {
      io.stderr(`${COMMAND}: ${clean(error.message)}\n`);
      return 1;
    }
    io.stderr(`${COMMAND}: unexpected error: ${clean(String((error as Error)?.message ?? error))}\n`);
    return 1;
  }
}
