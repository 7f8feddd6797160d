/**
 * The owner CNAME of link branding: `<user id>.<domain>` CNAME `sendgrid.net` (the link's
 * `dns.owner_cname`). SendGrid validates the branding through it; on a domain the account never
 * branded before, it does not exist until someone creates it. `check` and `sendgrid audit` call
 * `checkOwnerCname` with their own DNS query function.
 */
import { lookupCname } from "../check/dns-client";
import type { Query } from "../check/dns-client";
import type { CheckResult } from "../check/report";

/** The check's name in reports. */
export const OWNER_CNAME_CHECK = "Owner CNAME";

/** What DNS said at the owner name: its CNAME target, none, or why it could not be read. */
export type OwnerCnameFacts = { target?: string; nxdomain: boolean } | Error;

export async function lookupOwnerCname(query: Query, name: string): Promise<OwnerCnameFacts> {
  try {
    return await lookupCname(query, name);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Pure: pass when `name` is a CNAME for `target`, else fail saying what to create or fix. */
export function judgeOwnerCname(name: string, target: string, facts: OwnerCnameFacts): CheckResult {
  const result = (status: CheckResult["status"], message: string): CheckResult => ({ name: OWNER_CNAME_CHECK, status, message });
  const expected = target.toLowerCase().replace(/\.$/, "");
  if (facts instanceof Error) return result("fail", `the CNAME of ${name} could not be read: ${facts.message}`);
  if (facts.target === undefined) {
    const what = facts.nxdomain ? "does not exist" : "has no CNAME";
    return result(
      "fail",
      `${name} ${what}: create the CNAME ${name} → ${expected} (set sendgrid.ownerCname on an Auto SSL domain to have the edge write it); SendGrid cannot validate the link branding without it`,
    );
  }
  if (facts.target !== expected) {
    return result("fail", `${name} is a CNAME for ${facts.target}, not ${expected} as SendGrid gave it: point it at ${expected}`);
  }
  return result("pass", `${name} is a CNAME for ${expected}`);
}

export async function checkOwnerCname(query: Query, name: string, target: string): Promise<CheckResult> {
  return judgeOwnerCname(name, target, await lookupOwnerCname(query, name));
}
