/**
 * The records of SendGrid's Auto SSL link branding, beside the link host: the ACME challenge
 * CNAME `_acme-challenge.<host>` and the custom-hostname TXT `_cf-custom-hostname.<host>`.
 * Without them SendGrid cannot obtain (or renew) the host's certificate.
 */
import type { Answer } from "dns-packet";
import { AUTO_SSL_CHALLENGE_PARENT as CHALLENGE_PARENT } from "../../constructs/sendgrid-names";
import { DnsError, sameName, stringData } from "./dns-client";
import type { Query } from "./dns-client";
import { resultFor } from "./report";
import type { CheckResult } from "./report";

export { AUTO_SSL_CNAME_TARGET } from "../../constructs/sendgrid-names";

/** The values the config gave, if any. */
export interface AutoSslExpectation {
  acmeChallengeTarget?: string;
  customHostnameTxt?: string;
}

export interface AutoSslFacts {
  /** The CNAME targets at the challenge name. */
  challenge: string[] | Error;
  /** The TXT strings at the custom-hostname name, each record's strings joined. */
  txt: string[] | Error;
}

export const challengeName = (domain: string) => `_acme-challenge.${domain}`;
export const txtName = (domain: string) => `_cf-custom-hostname.${domain}`;

/** A TXT record's character strings, joined as one value. */
export function txtValue(answer: Answer): string | undefined {
  if (answer.type !== "TXT") return undefined;
  const data: unknown = answer.data;
  const parts = Array.isArray(data) ? data : [data];
  return parts.map((part) => (Buffer.isBuffer(part) ? part.toString("utf8") : String(part))).join("");
}

async function recordsAt(query: Query, name: string, type: "CNAME" | "TXT"): Promise<string[]> {
  const packet = await query(name, type);
  const rcode = (packet.flags ?? 0) & 0xf;
  // NXDOMAIN: the name has no records at all, which is what "missing" means here.
  if (rcode !== 0 && rcode !== 3) throw new DnsError(`the resolver answered RCODE ${rcode} to the ${type} query for ${name}`);
  return (packet.answers ?? [])
    .filter((answer) => answer.type === type && sameName(answer.name, name))
    .flatMap((answer) => (type === "TXT" ? (txtValue(answer) ?? []) : (stringData(answer)?.replace(/\.$/, "").toLowerCase() ?? [])));
}

async function settled<T>(promise: Promise<T>): Promise<T | Error> {
  try {
    return await promise;
  } catch (error) {
    return error instanceof Error ? error : new DnsError(String(error));
  }
}

export async function lookupAutoSsl(query: Query, domain: string): Promise<AutoSslFacts> {
  const [challenge, txt] = await Promise.all([
    settled(recordsAt(query, challengeName(domain), "CNAME")),
    settled(recordsAt(query, txtName(domain), "TXT")),
  ]);
  return { challenge, txt };
}

export function judgeAutoSsl(domain: string, facts: AutoSslFacts, expect: AutoSslExpectation): CheckResult {
  const result = resultFor("Auto SSL records");
  const challenge = challengeName(domain);
  const txt = txtName(domain);
  const problems: string[] = [];
  if (facts.challenge instanceof Error) problems.push(`the challenge CNAME could not be read: ${facts.challenge.message}`);
  else if (facts.challenge.length === 0) {
    problems.push(
      `${challenge} has no CNAME: add it, pointing at ${expect.acmeChallengeTarget ?? "the acme_challenge_cname data SendGrid gave"}`,
    );
  } else if (expect.acmeChallengeTarget && !facts.challenge.includes(expect.acmeChallengeTarget)) {
    problems.push(`${challenge} points at ${facts.challenge.join(", ")}, not the configured ${expect.acmeChallengeTarget}`);
  } else if (!expect.acmeChallengeTarget && !facts.challenge.every((target) => target.endsWith(`.${CHALLENGE_PARENT}`))) {
    problems.push(`${challenge} points at ${facts.challenge.join(", ")}, which is not under ${CHALLENGE_PARENT} as SendGrid's targets are`);
  }
  if (facts.txt instanceof Error) problems.push(`the TXT record could not be read: ${facts.txt.message}`);
  else if (facts.txt.length === 0) {
    problems.push(`${txt} has no TXT record: add it with ${expect.customHostnameTxt ?? "the cf_custom_hostname_txt token SendGrid gave"}`);
  } else if (expect.customHostnameTxt && !facts.txt.includes(expect.customHostnameTxt)) {
    problems.push(`${txt} holds ${facts.txt.map((t) => JSON.stringify(t)).join(", ")}, not the configured ${expect.customHostnameTxt}`);
  }
  if (problems.length > 0) return result("fail", `${problems.join("; ")}; without both, SendGrid cannot issue or renew the certificate`);
  const configured = expect.acmeChallengeTarget && expect.customHostnameTxt ? ", as configured" : "";
  return result("pass", `${challenge} points at ${(facts.challenge as string[]).join(", ")} and ${txt} holds the token${configured}`);
}
