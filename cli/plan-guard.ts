import { ALLOW_DESTROY_MARK, TRACKING_COMMENT_MARK } from "../constructs/ssl-tracking-domain";
import { printable } from "./check/printable";
import { FileReadError, readRegularFile, textEncodingProblem } from "../constructs/read-file";

/**
 * Terraform forgets `prevent_destroy` when a resource leaves the config, so removing a domain
 * from the file would still delete its live record. This guard reads a plan (`terraform show
 * -json`) and refuses deletes and replacements of live tracking resources, recognised by the
 * comment they carry in state, unless that comment marks them as allowed to go. Route 53 records
 * have no comment: a Route 53 CNAME is a tracking CNAME when its name is a domain of a live
 * tracking Fastly service or CloudFront distribution in the same plan (a full plan lists every resource of the state, no-op
 * ones too), and it carries that service's mark. Only the
 * current state counts (the `before` side): a plan that sets the mark cannot also use it, so
 * retiring a domain takes two applies.
 */

export type GuardedResource =
  | "tracking CNAME"
  | "Auto SSL record"
  | "Fastly service"
  | "CloudFront distribution"
  | "TLS subscription"
  | "TLS activation"
  | "ACM certificate";

/** The comment of every record of an Auto SSL domain names its edge (see `SslTrackingDomain`). */
const AUTO_SSL_COMMENT = "via sendgrid-auto-ssl";
/** The names of an Auto SSL domain's own records, before its link host. */
const AUTO_SSL_PREFIXES = ["_acme-challenge.", "_cf-custom-hostname."];

/** One planned delete or replace of a live tracking resource. */
export interface GuardFinding {
  /** The domain or domains the resource serves, for messages. */
  readonly domain: string;
  readonly address: string;
  readonly what: GuardedResource;
  readonly action: "delete" | "replace";
  /** Every domain it serves carries the allow-destroy mark in the current state. */
  readonly allowed: boolean;
  /** Not allowed, but the plan itself sets the mark: it has to be applied on its own first. */
  readonly markedInPlan?: boolean;
}

/** A resource's attributes as the plan shows them: provider-specific, so only narrowed on use. */
type ResourceState = Record<string, unknown>;

/** The parts of Terraform's JSON plan format the guard reads, once checked. */
interface ResourceChange {
  /** `resource_changes[i]`, for messages. */
  at: string;
  address: string;
  type: string;
  actions: string[];
  before: ResourceState | null;
  after: ResourceState | null;
}

/** The input is not a plan the guard can read; the message is one line for the user. */
export class PlanFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanFormatError";
  }
}

/** Plans of stacks with hundreds of domains stay well below this. */
export const MAX_PLAN_BYTES = 256 * 1024 * 1024;

const EXPECTED = "expected the output of `terraform show -json <planfile>`";

/** The parsed JSON of a plan file. Throws `PlanFormatError` when it cannot be read or parsed. */
export function loadPlan(file: string): unknown {
  let text: string;
  try {
    text = readRegularFile(file, MAX_PLAN_BYTES);
  } catch (error) {
    if (error instanceof FileReadError) throw new PlanFormatError(`cannot be read: ${error.message}`);
    throw error;
  }
  const encoding = textEncodingProblem(text);
  if (encoding) throw new PlanFormatError(`is not a plan file as terraform show -json writes it: ${encoding}`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PlanFormatError(`is not JSON (${printable((error as Error).message)}); ${EXPECTED}`);
  }
}

/** What a planned change does to an existing object, or `undefined` when it survives. */
export function destructiveAction(actions: readonly string[]): "delete" | "replace" | undefined {
  if (!actions.includes("delete")) return undefined;
  return actions.includes("create") ? "replace" : "delete";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value as a message shows it: its kind, and a short, printable excerpt. */
function describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "missing";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value);
  return `the ${typeof value} ${printable(text.length > 40 ? `${text.slice(0, 40)}…` : text)}`;
}

function fail(reason: string): never {
  throw new PlanFormatError(reason);
}

function optionalState(value: unknown, where: string): ResourceState | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) fail(`${where} is ${describe(value)}, not an object or null`);
  return value;
}

/** Checks the shape of one entry of `resource_changes`, as far as the guard reads it. */
function readChange(entry: unknown, at: string): ResourceChange {
  if (!isObject(entry)) fail(`${at} is ${describe(entry)}, not an object`);
  if (typeof entry.type !== "string") fail(`${at}.type is ${describe(entry.type)}, not a string`);
  if (typeof entry.address !== "string") fail(`${at}.address is ${describe(entry.address)}, not a string`);
  const change = entry.change;
  if (!isObject(change)) fail(`${at}.change is ${describe(change)}, not an object`);
  const actions = change.actions;
  if (!Array.isArray(actions) || !actions.every((action) => typeof action === "string")) {
    fail(`${at}.change.actions is ${describe(actions)}, not an array of strings`);
  }
  return {
    at,
    address: entry.address,
    type: entry.type,
    actions,
    before: optionalState(change.before, `${at}.change.before`),
    after: optionalState(change.after, `${at}.change.after`),
  };
}

/** The resource changes of a plan. Throws `PlanFormatError` for anything that is not a plan. */
export function readPlan(plan: unknown): ResourceChange[] {
  if (!isObject(plan)) fail(`not a Terraform plan: the file holds ${describe(plan)}, not a JSON object; ${EXPECTED}`);
  if (!("format_version" in plan)) fail(`not a Terraform plan: it has no format_version; ${EXPECTED}`);
  if (!("planned_values" in plan)) {
    if ("values" in plan) {
      fail(`a Terraform state, not a plan (it has values but no planned_values); ${EXPECTED} of a saved plan`);
    }
    fail(`not a Terraform plan: it has no planned_values; ${EXPECTED}`);
  }
  const changes = plan.resource_changes;
  if (changes === undefined) return [];
  if (!Array.isArray(changes)) fail(`not a Terraform plan: resource_changes is ${describe(changes)}, not an array`);
  return changes.map((entry, index) => readChange(entry, `resource_changes[${index}]`));
}

function commentOf(state: ResourceState | null): string {
  return typeof state?.comment === "string" ? state.comment : "";
}

/** The domains a live tracking CNAME or Fastly service serves, recognised by its comment. */
function trackedDomains(change: ResourceChange, state: ResourceState | null): { domains: string[]; what: GuardedResource } | undefined {
  return trackedIn(change, state, (reason) => fail(`${change.at}.change.before${reason}`));
}

/**
 * The same for the planned side, which only tells whether the plan sets the mark: values known
 * only after apply may be missing there, so what cannot be read is skipped rather than refused.
 */
function plannedDomains(change: ResourceChange): string[] {
  return trackedIn(change, change.after, () => undefined)?.domains ?? [];
}

function trackedIn(
  change: ResourceChange,
  state: ResourceState | null,
  malformed: (reason: string) => undefined,
): { domains: string[]; what: GuardedResource } | undefined {
  if (!state || !commentOf(state).includes(TRACKING_COMMENT_MARK)) return undefined;
  if (change.type === "cloudflare_dns_record") {
    if (state.type !== "CNAME" && state.type !== "TXT") return undefined;
    if (typeof state.name !== "string") return malformed(`.name is ${describe(state.name)}, not a string`);
    // Without its challenge CNAME and TXT, SendGrid cannot renew an Auto SSL link's certificate.
    const prefix = AUTO_SSL_PREFIXES.find((p) => (state.name as string).startsWith(p));
    if (prefix && commentOf(state).includes(AUTO_SSL_COMMENT))
      return { domains: [state.name.slice(prefix.length)], what: "Auto SSL record" };
    // Any other validation record (`_acme-challenge.<domain>` for Fastly, `_<hash>.<domain>` for
    // ACM) is not a link host: host names have no "_", so no tracking CNAME starts with one.
    if (state.name.startsWith("_") || state.type !== "CNAME") return undefined;
    return { domains: [state.name], what: "tracking CNAME" };
  }
  if (change.type === "fastly_service_vcl") {
    const entries = state.domain ?? [];
    if (!Array.isArray(entries)) return malformed(`.domain is ${describe(entries)}, not an array`);
    const bad = entries.findIndex((entry) => !isObject(entry) || typeof entry.name !== "string");
    if (bad >= 0) return malformed(`.domain[${bad}] is not an object with a name`);
    const names = entries.map((entry) => (entry as { name: string }).name);
    return { domains: names.length > 0 ? names : [String(state.name)], what: "Fastly service" };
  }
  if (change.type === "aws_cloudfront_distribution") {
    const aliases = state.aliases ?? [];
    if (!Array.isArray(aliases) || !aliases.every((alias) => typeof alias === "string")) {
      return malformed(`.aliases is ${describe(aliases)}, not a list of domain names`);
    }
    return { domains: aliases.length > 0 ? aliases : [String(state.id)], what: "CloudFront distribution" };
  }
  return undefined;
}

/** A DNS name as Route 53 may store it (any case, perhaps with the trailing dot), for comparison. */
function normalName(name: string): string {
  return name.toLowerCase().replace(/\.$/, "");
}

/**
 * The domain a Route 53 CNAME serves when it is a tracking CNAME: its name is a domain of a live
 * tracking Fastly service or CloudFront distribution (`served`, lower case). Other records of the
 * zone (an ACM validation record among them) are not the guard's.
 */
function route53Tracked(change: ResourceChange, state: ResourceState, served: ReadonlySet<string>): string | undefined {
  if (change.type !== "aws_route53_record" || state.type !== "CNAME") return undefined;
  if (typeof state.name !== "string") fail(`${change.at}.change.before.name is ${describe(state.name)}, not a string`);
  const name = normalName(state.name);
  return served.has(name) ? name : undefined;
}

/**
 * The domains a Fastly TLS subscription or activation, or an ACM certificate, covers; undefined for
 * other resources. An ACM certificate carries no comment, so it counts only when it covers a
 * tracked domain (`onlyTracked`): a stack may hold other certificates.
 */
function tlsDomains(
  change: ResourceChange,
  state: ResourceState,
): { domains: string[]; what: GuardedResource; onlyTracked?: boolean } | undefined {
  const where = `${change.at}.change.before`;
  if (change.type === "fastly_tls_subscription") {
    const domains = state.domains;
    if (!Array.isArray(domains) || domains.length === 0 || !domains.every((domain) => typeof domain === "string")) {
      fail(`${where}.domains is ${describe(domains)}, not a list of domain names`);
    }
    return { domains, what: "TLS subscription" };
  }
  if (change.type === "fastly_tls_activation") {
    if (typeof state.domain !== "string") fail(`${where}.domain is ${describe(state.domain)}, not a domain name`);
    return { domains: [state.domain], what: "TLS activation" };
  }
  if (change.type === "aws_acm_certificate") {
    if (typeof state.domain_name !== "string") fail(`${where}.domain_name is ${describe(state.domain_name)}, not a domain name`);
    const alternatives = state.subject_alternative_names ?? [];
    if (!Array.isArray(alternatives) || !alternatives.every((name) => typeof name === "string")) {
      fail(`${where}.subject_alternative_names is ${describe(alternatives)}, not a list of domain names`);
    }
    return { domains: [...new Set([state.domain_name, ...alternatives])], what: "ACM certificate", onlyTracked: true };
  }
  return undefined;
}

interface Marks {
  /** The current state of a tracking resource of the domain carries the allow-destroy mark. */
  before: boolean;
  /** The plan sets the mark on one. */
  after: boolean;
}

/** A wildcard `*.zone` covers the tracked domains one label below the zone. */
function covered(name: string, tracked: Iterable<string>): string[] {
  if (!name.startsWith("*.")) return [name];
  const zone = name.slice(2).toLowerCase();
  return [...tracked].filter((domain) => {
    const lower = domain.toLowerCase();
    return lower.endsWith(`.${zone}`) && !lower.slice(0, -zone.length - 1).includes(".");
  });
}

/** Every planned delete or replace of a live tracking resource, allowed or not. */
export function guardPlan(plan: unknown): GuardFinding[] {
  const changes = readPlan(plan);
  // The marks of every tracking domain in the plan, no-op entries included: a certificate's
  // fate follows the mark on its domain's CNAME or service.
  const marks = new Map<string, Marks>();
  const mark = (domain: string) => {
    const key = domain.toLowerCase();
    const found = marks.get(key) ?? { before: false, after: false };
    marks.set(key, found);
    return found;
  };
  // The domains of live tracking Fastly services and CloudFront distributions: the names a Route 53
  // tracking CNAME can have.
  const edgeDomains = new Set<string>();
  for (const change of changes) {
    const tracked = trackedDomains(change, change.before);
    for (const domain of tracked?.domains ?? []) {
      mark(domain).before ||= commentOf(change.before).includes(ALLOW_DESTROY_MARK);
      if (tracked?.what === "Fastly service" || tracked?.what === "CloudFront distribution") edgeDomains.add(normalName(domain));
    }
    for (const domain of plannedDomains(change)) mark(domain).after ||= commentOf(change.after).includes(ALLOW_DESTROY_MARK);
  }

  const findings: GuardFinding[] = [];
  for (const change of changes) {
    const action = destructiveAction(change.actions);
    if (!action || !change.before) continue;
    const tracked = trackedDomains(change, change.before);
    if (tracked) {
      const allowed = commentOf(change.before).includes(ALLOW_DESTROY_MARK);
      const markedInPlan = !allowed && commentOf(change.after).includes(ALLOW_DESTROY_MARK);
      findings.push(finding(change, tracked.what, tracked.domains, action, allowed, markedInPlan));
      continue;
    }
    const record = route53Tracked(change, change.before, edgeDomains);
    if (record) {
      // No comment of its own: the record goes with its service's mark.
      const allowed = marks.get(record)?.before === true;
      const markedInPlan = !allowed && marks.get(record)?.after === true;
      findings.push(finding(change, "tracking CNAME", [record], action, allowed, markedInPlan));
      continue;
    }
    const tls = tlsDomains(change, change.before);
    if (!tls) continue;
    const served = tls.domains.flatMap((name) => covered(name, marks.keys()));
    if (tls.onlyTracked && !served.some((domain) => marks.has(domain.toLowerCase()))) continue;
    const allowed = served.length > 0 && served.every((domain) => marks.get(domain.toLowerCase())?.before === true);
    const markedInPlan = !allowed && served.length > 0 && served.every((domain) => marks.get(domain.toLowerCase())?.after === true);
    const names = tls.domains.map((name) => {
      const under = name.startsWith("*.") ? covered(name, marks.keys()) : [];
      return under.length > 0 ? `${name} (${under.join(", ")})` : name;
    });
    findings.push(finding(change, tls.what, names, action, allowed, markedInPlan));
  }
  return findings;
}

function finding(
  change: ResourceChange,
  what: GuardedResource,
  domains: string[],
  action: "delete" | "replace",
  allowed: boolean,
  markedInPlan: boolean,
): GuardFinding {
  return { domain: domains.join(", "), address: change.address, what, action, allowed, ...(markedInPlan ? { markedInPlan } : {}) };
}

/** The guard's report: one line per finding. */
export function describeFinding(finding: GuardFinding): string {
  const verb = finding.action === "delete" ? "deletes" : "replaces";
  const subject = `the plan ${verb} the ${finding.what} of ${printable(finding.domain)} (${printable(finding.address)})`;
  if (finding.allowed) return `allowed: ${subject}; it is marked allowDestroy`;
  const harm =
    finding.what === "TLS subscription" || finding.what === "TLS activation" || finding.what === "ACM certificate"
      ? "HTTPS links in mail already sent would fail until a new certificate is issued and active"
      : finding.what === "Auto SSL record"
        ? "SendGrid could no longer prove the host for its certificate, and HTTPS links in mail already sent would fail once it expires"
        : "every link in mail already sent would break";
  const advice = finding.markedInPlan
    ? `This plan sets "allowDestroy" itself, which does not count: apply that change alone first, then plan this one again.`
    : `For a planned retirement or a change of certificate authority, set "allowDestroy": true on the domain and deploy that first.`;
  return `BLOCKED: ${subject}; ${harm}. ${advice}`;
}
