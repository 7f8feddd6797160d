/** The API's shapes, as far as the `sendgrid` subcommands read them, and `sendgrid links`. */
import { printable, printableLines } from "../check/printable";
import { jsonForTerminal } from "./json";
import { SendgridApiError } from "./client";
import type { SendgridClient } from "./client";

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

export function isObject(value: unknown): value is Record<string, unknown> {
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

/** A DNS name as SendGrid's API gives it (any case, perhaps with the root dot), as the config and DNS answers write it. */
export function dnsName(text: string): string {
  return text.toLowerCase().replace(/\.$/, "");
}

/** A TXT value as SendGrid or a DNS tool may write it, without surrounding quotes. */
export function unquoted(text: string): string {
  return text.replace(/^"(.*)"$/, "$1");
}

/** The link host SendGrid writes into emails. */
export function linkHost(link: BrandedLink): string {
  return dnsName(link.dns.domain_cname.host);
}

/** Every branded link of the account (or of the subuser the client acts for). */
export async function listLinks(client: SendgridClient): Promise<BrandedLink[]> {
  const answer = await client.json("GET", "/v3/whitelabel/links", "branded links");
  if (!Array.isArray(answer)) throw new SendgridApiError("GET /v3/whitelabel/links did not answer with a list");
  return answer.map((value, i) => asLink(value, `link ${i} of the list`));
}

/** A link as `sendgrid links --json` shows it. */
export function linkSummary(link: BrandedLink): Record<string, unknown> {
  return {
    id: link.id,
    linkHost: linkHost(link),
    autoSsl: isAutoSsl(link),
    valid: link.valid,
    ...(link.default !== undefined ? { default: link.default } : {}),
    dns: link.dns,
  };
}

/** `sendgrid links`: a table of the links, or with `json` a JSON list. */
export async function linksCommand(client: SendgridClient, stdout: (text: string) => void, json = false): Promise<number> {
  const links = await listLinks(client);
  if (json) {
    stdout(`${jsonForTerminal(links.map(linkSummary))}\n`);
    return 0;
  }
  if (links.length === 0) {
    stdout("No branded links.\n");
    return 0;
  }
  const rows = [
    ["ID", "LINK HOST", "AUTO SSL", "VALID"],
    ...links.map((l) => [String(l.id), printable(linkHost(l)), isAutoSsl(l) ? "yes" : "no", l.valid ? "yes" : "no"]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  stdout(
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
