/**
 * The JSON Schema of `check --json`, for monitors that read the report (a cron job, a Kubernetes
 * CronJob, a synthetic runner). Generated from the zod schema below, which the tests hold real
 * reports to, so the published schema cannot drift from what `check` prints. Only the schema's
 * generator and the tests load zod; `check` itself does not.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { EDGE_KINDS } from "./edges";
import type { CertificateExpiry, CheckResult, DomainReport, Drift } from "./report";
import type { RunCounts, checkDocument } from "./output";
import type { RunnerCheck } from "./runner";

/** Where the published schema lives. */
export const REPORT_SCHEMA_FILE = resolve(__dirname, "..", "..", "check-report.schema.json");

const status = z.enum(["pass", "warn", "fail"]);

const checkSchema = z.strictObject({
  name: z.string().describe("The check: DNS, CAA, TLS, HTTPS, HTTP, and with --config Drift."),
  status: status.describe("pass, warn (read it, it does not fail the run) or fail."),
  message: z.string().describe("One line: what was found and, unless it passed, what to do."),
});

const certificateSchema = z.strictObject({
  notAfter: z.string().describe("When the served certificate expires: ISO 8601, UTC."),
  daysLeft: z.number().int().describe("Whole days left, rounded down; negative once expired."),
});

const driftSchema = z.strictObject({
  field: z
    .enum(["edge", "proxied", "cname", "acme-challenge", "custom-hostname-txt", "owner-cname"])
    .describe(
      "What differs: the edge kind, the proxied state, the CNAME target, the _acme-challenge record (of a managed Fastly certificate, or SendGrid Auto SSL's challenge CNAME), Auto SSL's _cf-custom-hostname TXT record, or the owner CNAME the file has the Auto SSL edge write (sendgrid.ownerCname).",
    ),
  config: z.string().describe("What the config file says."),
  dns: z.string().describe("What DNS says."),
});

const domainSchema = z.strictObject({
  domain: z.string().describe("The domain checked."),
  edge: z
    .enum(EDGE_KINDS)
    .optional()
    .describe("The edge checked against: given, from the config, or recognised from DNS; absent when none."),
  via: z.string().optional().describe("The --via host or address connected to instead of the domain's own address."),
  status: status.describe("The worst status of the domain's checks."),
  checks: z.array(checkSchema).describe("One entry per check, in a fixed order."),
  certificate: certificateSchema.optional().describe("The certificate the edge served; absent when no TLS handshake succeeded."),
  drift: z
    .array(driftSchema)
    .optional()
    .describe("With --config: every difference between the file and DNS (empty when none); absent without --config."),
});

const runnerSchema = z.strictObject({
  status: z
    .enum(["pass", "fail"])
    .describe(
      "pass: the runner's resolver answered the control query (the address of sendgrid.net) and a connection to that address opened. fail: it could not check (exit code 3).",
    ),
  message: z.string().describe("What was probed and what answered, or why the run could not judge."),
});

const count = (what: string) => z.number().int().min(0).describe(what);

const countsSchema = z.strictObject({
  domains: count("Every domain asked for: pass + warn + fail + notChecked."),
  pass: count("Domains whose checks all passed."),
  warn: count("Domains with a warning and no failure."),
  fail: count("Domains with a failed check."),
  notChecked: count("Domains not checked because the runner could not check before the run."),
});

export const reportSchema = z.strictObject({
  status: z
    .enum(["pass", "warn", "fail", "could-not-check"])
    .describe(
      "The worst status of all domains (fail: exit code 1), or could-not-check when the runner's resolver or network was down (exit code 3): then the domains' results say nothing about them.",
    ),
  verdict: z.string().describe("What the report means for the next step, in one bounded sentence."),
  resolver: z.string().optional().describe("The DNS server asked, address:port."),
  runner: runnerSchema.describe("Whether the machine running check could judge the domains at all."),
  counts: countsSchema.describe("How many domains ended with each status."),
  domains: z
    .array(domainSchema)
    .describe(
      "One entry per domain, in the order of the command line or the config file; empty when the runner could not check before the run.",
    ),
});

// The compiler holds the schema to the report's types: a field added to one and not the other fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agrees: [
  Same<z.infer<typeof checkSchema>, CheckResult>,
  Same<z.infer<typeof certificateSchema>, CertificateExpiry>,
  Same<z.infer<typeof driftSchema>, Drift>,
  Same<z.infer<typeof domainSchema>, DomainReport>,
  Same<z.infer<typeof runnerSchema>, RunnerCheck>,
  Same<z.infer<typeof countsSchema>, RunCounts>,
  Same<z.infer<typeof reportSchema>, ReturnType<typeof checkDocument>>,
] = [true, true, true, true, true, true, true];
void agrees;

/** The report's JSON Schema as published. */
export function reportJsonSchema(): string {
  const { $schema, ...generated } = z.toJSONSchema(reportSchema);
  const schema = {
    $schema,
    title: "cdktf-ssl-tracking-domain check --json report",
    description:
      "The report `cdktf-ssl-tracking-domain check --json` prints. Exit codes: 0 when no check failed (warnings included), 1 when a check failed (status fail), 2 for a usage or config error (then nothing is printed on stdout), 3 when it could not check (status could-not-check: the runner's resolver did not answer the control query or its network was down; also an unexpected error, with nothing on stdout).",
    ...generated,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(REPORT_SCHEMA_FILE, reportJsonSchema());
  console.log(`wrote ${REPORT_SCHEMA_FILE}`);
}
