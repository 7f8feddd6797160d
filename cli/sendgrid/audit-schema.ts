/**
 * The JSON Schema of `sendgrid audit --json`, for whoever automates the question "may we ask
 * SendGrid to turn SSL click tracking on?". Generated from the zod schema below, which the tests
 * hold real reports to; only the generator and the tests load zod.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import type { CheckResult } from "../check/report";
import type { AccountAudit, AuditReport, Coverage, LinkAudit } from "./audit";

/** Where the published schema lives. */
export const AUDIT_SCHEMA_FILE = resolve(__dirname, "..", "..", "sendgrid-audit.schema.json");

const status = z.enum(["pass", "warn", "fail"]);
const accountStatus = z.enum(["ready", "not-ready", "not-audited"]);

const checkSchema = z.strictObject({
  name: z
    .string()
    .describe("The check: check's DNS, CAA, TLS, HTTPS, HTTP (and Auto SSL records), then Owner CNAME and SendGrid validation."),
  status: status.describe("pass, warn (read it; it does not make the account not ready) or fail."),
  message: z.string().describe("One line: what was found and, unless it passed, what to do."),
});

const linkSchema = z.strictObject({
  id: z.number().int().describe("SendGrid's id of the branded link."),
  linkHost: z.string().describe("The host SendGrid writes into emails' links."),
  autoSsl: z.boolean().describe("Whether the link was made with SendGrid's Auto SSL."),
  valid: z.boolean().describe("Whether SendGrid's last validation of the link's records passed."),
  edge: z
    .enum(["fastly", "cloudflare-proxy", "cloudfront", "sendgrid-auto-ssl"])
    .optional()
    .describe("The edge checked against: Auto SSL, the config's, or recognised from DNS; absent when none."),
  status: status.describe("The worst of the link's checks; fail: the link would break once SSL click tracking is on."),
  checks: z.array(checkSchema).describe("One entry per check."),
});

const accountSchema = z.strictObject({
  account: z.string().describe("\"(account)\" for the API key's own account, else the subuser's name."),
  subuser: z.boolean().describe("Whether the account is a subuser."),
  status: accountStatus.describe("ready: no link would break; not-ready: at least one would; not-audited: its links could not be read."),
  error: z.string().optional().describe("Why the account's links could not be read (status not-audited)."),
  links: z.array(linkSchema).describe("Every branded link of the account, in SendGrid's order."),
});

const coverageSchema = z.strictObject({
  config: z.string().describe("The --config file."),
  linksNotInConfig: z
    .array(z.strictObject({ account: z.string(), id: z.number().int(), linkHost: z.string() }))
    .describe("Branded links of the audited accounts whose link host no stack of the config names."),
  configDomainsUnknown: z.array(z.string()).describe("Config domains that are a link host of none of the audited accounts."),
});

export const auditSchema = z.strictObject({
  status: accountStatus.describe("not-ready when any account is; else not-audited when any account is; else ready."),
  verdict: z.string().describe("What the report means for the next step, in one sentence."),
  accounts: z.array(accountSchema).describe("The key's account (or the --on-behalf-of subuser), then with --all-subusers every subuser."),
  coverage: coverageSchema.optional().describe("With --config: the links and domains that only one side knows."),
});

// The compiler holds the schema to the report's types: a field added to one and not the other fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agrees: [
  Same<z.infer<typeof checkSchema>, CheckResult>,
  Same<z.infer<typeof linkSchema>, LinkAudit>,
  Same<z.infer<typeof accountSchema>, AccountAudit>,
  Same<z.infer<typeof coverageSchema>, Coverage>,
  Same<z.infer<typeof auditSchema>, AuditReport>,
] = [true, true, true, true, true];
void agrees;

/** The report's JSON Schema as published. */
export function auditJsonSchema(): string {
  const { $schema, ...generated } = z.toJSONSchema(auditSchema);
  const schema = {
    $schema,
    title: "cdktf-ssl-tracking-domain sendgrid audit --json report",
    description:
      "The report `cdktf-ssl-tracking-domain sendgrid audit --json` prints. SendGrid turns SSL click tracking on per account or subuser; an account is ready when none of its branded links would break. Exit codes: 0 when every audited account is ready, 1 when a link would break (status not-ready), 2 for a usage or config error, 3 when an account's links could not be read and none would break (status not-audited), or the API failed before any account was read (then nothing is printed on stdout for 2 and for that case).",
    ...generated,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(AUDIT_SCHEMA_FILE, auditJsonSchema());
  console.log(`wrote ${AUDIT_SCHEMA_FILE}`);
}
