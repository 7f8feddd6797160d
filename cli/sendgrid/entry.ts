/** `sendgrid entry <link-id>`: the tracking-domains.json entry of one branded link. */
import { hostNameProblem } from "../../constructs/domain-name";
import { acmeChallengeTargetProblem, customHostnameTxtProblem } from "../../constructs/sendgrid-auto-ssl";
import { printableLines } from "../check/printable";
import { COMMAND } from "../io";
import { SendgridApiError } from "./client";
import type { SendgridClient } from "./client";
import { asLink, isAutoSsl, linkHost } from "./links";
import type { BrandedLink } from "./links";

/** What SendGrid returns as an Auto SSL link host's CNAME target for global accounts. */
const AUTO_SSL_CNAME_TARGET = "click.sendgrid.net";
const GLOBAL_ORIGIN = "sendgrid.net";
/** The edges a classic (non-Auto SSL) link can take: the CDN edges. */
export const CDN_EDGES = ["fastly", "cloudflare-proxy"] as const;
export type CdnEdge = (typeof CDN_EDGES)[number];

/** A TXT value as SendGrid or a DNS tool may write it, without surrounding quotes. */
function unquoted(text: string): string {
  return text.replace(/^"(.*)"$/, "$1");
}

/** The tracking-domains.json entry for `link`, and notes for the user. */
export function entryFor(link: BrandedLink, edge: CdnEdge): { entry: Record<string, unknown>; notes: string[] } {
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

/** `sendgrid entry <id>`: the entry as JSON on stdout, notes on stderr. */
export async function entryCommand(
  client: SendgridClient,
  id: string,
  edge: CdnEdge,
  io: { stdout: (text: string) => void; stderr: (text: string) => void },
): Promise<number> {
  const link = asLink(await client.json("GET", `/v3/whitelabel/links/${id}`, `branded link ${id}`), `link ${id}`);
  const { entry, notes } = entryFor(link, edge);
  io.stdout(`${jsonForTerminal(entry)}\n`);
  io.stderr(printableLines(notes.map((note) => `note: ${note}`).join("\n") + "\n"));
  return 0;
}
