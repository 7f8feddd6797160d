import { ALLOW_DESTROY_MARK, TRACKING_COMMENT_MARK } from "../constructs/ssl-tracking-domain";
import { printable } from "./check/printable";
import { FileReadError, readRegularFile, textEncodingProblem } from "../constructs/read-file";
import { depthBelowZone } from "../constructs/domain-name";

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
  | "Auto SSL owner CNAME"
  | "Fastly service"
  | "CloudFront distribution"
  | "TLS subscription"
  | "TLS activation"
  | "ACM certificate"
  | "certificate validation record"
  | "zone rulesets";

/** The comment of every record of an Auto SSL domain names its edge (see `SslTrackingDomain`). */
const AUTO_SSL_COMMENT = "via sendgrid-auto-ssl";
/** The address of an Auto SSL owner CNAME (construct id `auto-ssl-owner`, a contract): `<user id>.<domain>`, not a link host. */
const AUTO_SSL_OWNER_ADDRESS = /_auto-ssl-owner_[0-9A-F]{8}$/;
/** The names of an Auto SSL domain's own records, before its link host. */
const AUTO_SSL_PREFIXES = ["_acme-challenge.", "_cf-custom-hostname."];

/** One planned delete or replace of a live tracking resource. */
export interface GuardFinding {
  /** The domain or domains the resource serves, for messages. */
  readonly domain: string;
  readonly address: string;
  readonly what: GuardedResource;
  /** `update`: changed in place so that it no longer serves the domain. */
  readonly action: "delete" | "replace" | "update";
  /** Every domain it serves carries the allow-destroy mark in the current state. */
  readonly allowed: boolean;
  /** Not allowed, but the plan itself sets the mark: it has to be applied on its own first. */
  readonly markedInPlan?: boolean;
  /**
   * A replacement that cannot apply: the new object is created before the old one is deleted and
   * claims the same domain, which Fastly and CloudFront refuse. Blocks even when allowed.
   */
  readonly collides?: boolean;
  /** Why the guard cannot tell whether a live link breaks: it blocks rather than pass blindly. */
  readonly unsure?: string;
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

/**
 * The state of each resource before the plan's refresh, by address: `prior_state` and the `before`
 * of `resource_drift`. A mark edited away in the dashboard survives only there.
 */
function priorStates(plan: Record<string, unknown>): Map<string, ResourceState> {
  const states = new Map<string, ResourceState>();
  const walk = (module: unknown): void => {
    if (!isObject(module)) return;
    for (const resource of Array.isArray(module.resources) ? module.resources : []) {
      if (isObject(resource) && typeof resource.address === "string" && isObject(resource.values))
        states.set(resource.address, resource.values);
    }
    for (const child of Array.isArray(module.child_modules) ? module.child_modules : []) walk(child);
  };
  const prior = plan.prior_state;
  if (isObject(prior) && isObject(prior.values)) walk(prior.values.root_module);
  for (const drift of Array.isArray(plan.resource_drift) ? plan.resource_drift : []) {
    if (isObject(drift) && typeof drift.address === "string" && isObject(drift.change) && isObject(drift.change.before)) {
      states.set(drift.address, drift.change.before);
    }
  }
  return states;
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

/**
 * The domains a live tracking CNAME or Fastly service serves, recognised by its comment: in the
 * refreshed state, or else in the state before the refresh (`prior`), when the mark was edited away.
 */
function trackedDomains(
  change: ResourceChange,
  state: ResourceState | null,
  prior?: ResourceState,
): { domains: string[]; what: GuardedResource; state: ResourceState } | undefined {
  const found = trackedIn(change, state, (reason) => fail(`${change.at}.change.before${reason}`));
  if (found) return { ...found, state: state! };
  const earlier = prior && trackedIn(change, prior, () => undefined);
  return earlier && { ...earlier, state: prior };
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
    // Its name has no "_" either, but it is no link host: every link of its domain is validated through it.
    if (commentOf(state).includes(AUTO_SSL_COMMENT) && AUTO_SSL_OWNER_ADDRESS.test(change.address))
      return { domains: [state.name], what: "Auto SSL owner CNAME" };
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
  // A Cloudflare record whose mark is gone from every side of the plan (edited in the dashboard,
  // then accepted by a refresh-only apply) is judged the same way.
  if ((change.type !== "aws_route53_record" && change.type !== "cloudflare_dns_record") || state.type !== "CNAME") return undefined;
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
  return [...tracked].filter((domain) => depthBelowZone(domain.toLowerCase(), zone) === 1);
}

/** Host names a CNAME points at when an edge serves it: a delete of one cannot be waved through unseen. */
const EDGE_TARGET = /(\.fastly\.net|\.cloudfront\.net|(^|\.)sendgrid\.net)\.?$/i;

/** The addresses of this package's Fastly services and CloudFront distributions (construct ids "service", "distribution"). */
const EDGE_ADDRESS = /_(fastly_service|cloudfront_distribution)_[0-9A-F]{8}$/;

/** The prefix of a Fastly certificate's ACME challenge record. */
const ACME_PREFIX = "_acme-challenge.";

/** The Fastly ACME challenge a record is, as the domain it proves, or `undefined`. */
function acmeChallengeOf(change: ResourceChange, state: ResourceState): string | undefined {
  if (state.type !== "CNAME" || typeof state.name !== "string" || !state.name.toLowerCase().startsWith(ACME_PREFIX)) return undefined;
  if (change.type === "cloudflare_dns_record" && commentOf(state).includes(TRACKING_COMMENT_MARK))
    return state.name.slice(ACME_PREFIX.length);
  if (change.type === "aws_route53_record") return normalName(state.name).slice(ACME_PREFIX.length);
  return undefined;
}

/** The hosts a ruleset's rules name (`http.host in {...}`), lower case. */
function rulesetHosts(state: ResourceState): string[] {
  const rules = Array.isArray(state.rules) ? state.rules : [];
  return rules.flatMap((rule) =>
    isObject(rule) && typeof rule.expression === "string"
      ? [...rule.expression.matchAll(/"([^"\\]+)"/g)].map((m) => m[1].toLowerCase())
      : [],
  );
}

/** The domains a tracked resource serves on the planned side, or `undefined` when it cannot be read there. */
function servedAfter(change: ResourceChange): string[] | undefined {
  const after = change.after;
  // Values known only after apply are missing from the planned side: then it cannot be judged here.
  const known = { cloudflare_dns_record: "name", fastly_service_vcl: "domain", aws_cloudfront_distribution: "aliases" }[change.type];
  if (!after || known === undefined || after[known] === undefined || after[known] === null) return undefined;
  const found = trackedIn(change, { ...change.after, comment: TRACKING_COMMENT_MARK }, () => undefined);
  return found?.domains.map((domain) => domain.toLowerCase());
}

/** Every planned delete, replace or host-dropping update of a live tracking resource, allowed or not. */
export function guardPlan(plan: unknown): GuardFinding[] {
  const changes = readPlan(plan);
  const prior = priorStates(plan as Record<string, unknown>);
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
  // tracking CNAME can have. `servedByAny`: the domains of any service or distribution in the plan.
  const edgeDomains = new Set<string>();
  const servedByAny = new Set<string>();
  // Hosts whose Cloudflare record stays proxied after the plan, and every record name in it.
  const staysProxied = new Set<string>();
  const recordNames = new Set<string>();
  // Zones with at least one record in the plan: a full plan of a stack lists every record it holds.
  const recordZones = new Set<unknown>();
  for (const change of changes) {
    const tracked = trackedDomains(change, change.before, prior.get(change.address));
    for (const domain of tracked?.domains ?? []) {
      mark(domain).before ||= commentOf(tracked!.state).includes(ALLOW_DESTROY_MARK);
      if (tracked?.what === "Fastly service" || tracked?.what === "CloudFront distribution") edgeDomains.add(normalName(domain));
    }
    for (const domain of plannedDomains(change)) mark(domain).after ||= commentOf(change.after).includes(ALLOW_DESTROY_MARK);
    if (change.type === "fastly_service_vcl" || change.type === "aws_cloudfront_distribution") {
      for (const state of [change.before, change.after]) {
        const found = state && trackedIn(change, { ...state, comment: TRACKING_COMMENT_MARK }, () => undefined);
        for (const domain of found?.domains ?? []) servedByAny.add(normalName(domain));
      }
    }
    if (change.type === "cloudflare_dns_record") {
      for (const state of [change.before, change.after]) if (typeof state?.name === "string") recordNames.add(normalName(state.name));
      recordZones.add((change.before ?? change.after)?.zone_id);
      if (change.after?.proxied === true && typeof change.after.name === "string") staysProxied.add(normalName(change.after.name));
    }
  }
  const allMarked = (domains: string[], side: keyof Marks) =>
    domains.length > 0 && domains.every((domain) => marks.get(domain.toLowerCase())?.[side] === true);

  const findings: GuardFinding[] = [];
  for (const change of changes) {
    const action = destructiveAction(change.actions);
    if (!change.before) continue;
    const tracked = trackedDomains(change, change.before, prior.get(change.address));
    if (!action) {
      // An in-place update that stops serving a live domain breaks its links as a delete would.
      const after = tracked && change.actions.includes("update") ? servedAfter(change) : undefined;
      const dropped = after ? tracked!.domains.filter((domain) => !after.includes(domain.toLowerCase())) : [];
      if (dropped.length > 0) {
        const allowed = allMarked(dropped, "before");
        findings.push(finding(change, tracked!.what, dropped, "update", allowed, !allowed && allMarked(dropped, "after")));
      }
      continue;
    }
    if (tracked) {
      const allowed = commentOf(tracked.state).includes(ALLOW_DESTROY_MARK);
      const markedInPlan = !allowed && commentOf(change.after).includes(ALLOW_DESTROY_MARK);
      // create_before_destroy: the new service or distribution asks for the domain the old one still holds.
      const collides =
        action === "replace" &&
        change.actions[0] === "create" &&
        (tracked.what === "Fastly service" || tracked.what === "CloudFront distribution");
      findings.push({
        ...finding(change, tracked.what, tracked.domains, action, allowed, markedInPlan),
        ...(collides ? { collides } : {}),
      });
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
    const challenge = acmeChallengeOf(change, change.before);
    if (challenge !== undefined) {
      // A Route 53 record has no comment: one whose domain a service of the plan serves untracked is not ours.
      if (change.type === "aws_route53_record" && servedByAny.has(normalName(challenge)) && !marks.has(normalName(challenge))) continue;
      // Without it Fastly cannot renew the certificate. A zone's challenge serves its wildcard.
      const served = marks.has(challenge.toLowerCase()) ? [challenge] : covered(`*.${challenge}`, marks.keys());
      const allowed = allMarked(served, "before");
      findings.push({
        ...finding(change, "certificate validation record", [challenge], action, allowed, !allowed && allMarked(served, "after")),
        ...(served.length === 0 ? { unsure: "the plan shows no tracking domain it proves, so the guard cannot tell which it serves" } : {}),
      });
      continue;
    }
    const dnsRecord = change.type === "aws_route53_record" || change.type === "cloudflare_dns_record";
    if (dnsRecord && change.before.type === "CNAME" && typeof change.before.name === "string") {
      const name = normalName(change.before.name);
      const records = Array.isArray(change.before.records) ? change.before.records : [change.before.content];
      // A CNAME to an edge that no service or distribution of the plan explains, e.g. in a
      // `-target` plan: it may be a live tracking CNAME, so it is never a confident pass.
      // The address tells this package's CNAMEs (construct id "cname", which never changes) from a neighbour's.
      const ours = /_cname_[0-9A-F]{8}$/.test(change.address);
      const explained = change.type === "aws_route53_record" && servedByAny.has(name);
      if (ours && !name.startsWith("_") && !explained && records.some((r) => typeof r === "string" && EDGE_TARGET.test(r))) {
        findings.push({
          ...finding(change, "tracking CNAME", [name], action, false, false),
          unsure:
            change.type === "aws_route53_record"
              ? "it points at an edge, and the plan lists no service or distribution that tells whether it is a live tracking domain (a -target plan?)"
              : "it points at an edge and carries no tracking mark anywhere in the plan (its comment edited in the dashboard, then refreshed?), so the guard cannot tell whether it is a live tracking domain",
        });
      }
      continue;
    }
    if (change.type === "cloudflare_ruleset") {
      // The rules a proxied host needs: deleting them while it stays proxied loses SSL full and no-cache.
      const hosts = [...new Set(rulesetHosts(change.before))];
      const replaced = changes.some(
        (other) =>
          other !== change &&
          other.type === "cloudflare_ruleset" &&
          other.after?.phase === change.before!.phase &&
          other.after?.zone_id === change.before!.zone_id,
      );
      if (action === "replace" || replaced) continue;
      const stranded = hosts.filter((host) => staysProxied.has(host));
      // Hosts of other stacks (the holder covers them) are never in this plan; only a plan with no
      // record of the zone at all (e.g. -target) leaves the guard unable to tell.
      const blind = !recordZones.has(change.before.zone_id);
      const unknown = blind ? hosts.filter((host) => !recordNames.has(host) && marks.get(host)?.before !== true) : [];
      if (stranded.length === 0 && unknown.length === 0) continue;
      findings.push({
        ...finding(change, "zone rulesets", stranded.length > 0 ? stranded : unknown, action, false, false),
        ...(stranded.length === 0
          ? { unsure: "the plan does not show the records of the hosts its rules serve, so the guard cannot tell that none stays proxied" }
          : {}),
      });
      continue;
    }
    // This package's service or distribution (its address ends in the construct id, which never
    // changes) with no mark on any side of the plan: it may serve live links, so never a confident pass.
    if (EDGE_ADDRESS.test(change.address) && (change.type === "fastly_service_vcl" || change.type === "aws_cloudfront_distribution")) {
      const found = trackedIn(change, { ...change.before, comment: TRACKING_COMMENT_MARK }, () => undefined);
      findings.push({
        ...finding(change, found?.what ?? "Fastly service", found?.domains ?? [change.address], action, false, false),
        unsure:
          "it carries no tracking mark anywhere in the plan (its comment edited in the dashboard, then refreshed?), so the guard cannot tell whether it serves live links",
      });
      continue;
    }
    const tls = tlsDomains(change, change.before);
    if (!tls) continue;
    const served = tls.domains.flatMap((name) => covered(name, marks.keys()));
    const ours = isObject(change.before.tags) && change.before.tags["managed-by"] === "cdktf-ssl-tracking-domain";
    if (tls.onlyTracked && !served.some((domain) => marks.has(domain.toLowerCase()))) {
      // A certificate this package made, deleted with no domain of the plan to judge it by.
      if (ours) {
        findings.push({
          ...finding(change, tls.what, tls.domains, action, false, false),
          unsure: "the plan lists no CNAME, service or distribution of its domain, so the guard cannot tell whether it is live",
        });
      }
      continue;
    }
    const allowed = allMarked(served, "before");
    const markedInPlan = !allowed && allMarked(served, "after");
    const names = tls.domains.map((name) => {
      const under = name.startsWith("*.") ? covered(name, marks.keys()) : [];
      return under.length > 0 ? `${name} (${under.join(", ")})` : name;
    });
    findings.push(finding(change, tls.what, names, action, allowed, markedInPlan));
  }
  return findings;
}

/** Whether a finding stops the plan: not allowed, unsure, or a replacement that cannot apply. */
export function blocks(finding: GuardFinding): boolean {
  return !finding.allowed || finding.unsure !== undefined || finding.collides === true;
}

function finding(
  change: ResourceChange,
  what: GuardedResource,
  domains: string[],
  action: GuardFinding["action"],
  allowed: boolean,
  markedInPlan: boolean,
): GuardFinding {
  return { domain: domains.join(", "), address: change.address, what, action, allowed, ...(markedInPlan ? { markedInPlan } : {}) };
}

/** Where docs/day-two.md says how to recover a service or distribution that must be replaced. */
export const RECOVERY_DOC = "docs/day-two.md#recover-a-tainted-service-or-distribution";

/** The guard's report: one line per finding. */
export function describeFinding(finding: GuardFinding): string {
  const verb = finding.action === "delete" ? "deletes" : finding.action === "replace" ? "replaces" : "updates";
  const object =
    finding.action === "update" ? `so that it no longer serves ${printable(finding.domain)}` : `of ${printable(finding.domain)}`;
  const subject = `the plan ${verb} the ${finding.what} ${object} (${printable(finding.address)})`;
  if (finding.collides) {
    return (
      `BLOCKED: ${subject}, and it cannot apply: the new ${finding.what} is created before the old one is deleted and asks for the same domain, ` +
      `which ${finding.what === "Fastly service" ? "Fastly refuses (already taken by service)" : "CloudFront refuses (CNAMEAlreadyExists)"}. ` +
      `Recover as ${RECOVERY_DOC} says.`
    );
  }
  if (finding.unsure)
    return `BLOCKED: ${subject}; ${printable(finding.unsure)}. Plan every resource of the stack (no -target) and run the guard on that plan.`;
  if (finding.allowed) return `allowed: ${subject}; it is marked allowDestroy`;
  const harm =
    finding.what === "TLS subscription" || finding.what === "TLS activation" || finding.what === "ACM certificate"
      ? "HTTPS links in mail already sent would fail until a new certificate is issued and active"
      : finding.what === "Auto SSL record"
        ? "SendGrid could no longer prove the host for its certificate, and HTTPS links in mail already sent would fail once it expires"
        : finding.what === "Auto SSL owner CNAME"
          ? "SendGrid validates the link branding of every link of that domain through it"
          : finding.what === "certificate validation record"
            ? "Fastly could no longer renew the certificate, and HTTPS links in mail already sent would fail once it expires"
            : finding.what === "zone rulesets"
              ? "the proxied hosts would lose SSL full and no-cache while they stay proxied (526 errors, cached clicks)"
              : "every link in mail already sent would break";
  const advice = finding.markedInPlan
    ? `This plan sets "allowDestroy" itself, which does not count: apply that change alone first, then plan this one again.`
    : finding.what === "zone rulesets"
      ? `Hand the rulesets over instead (docs/day-two.md#change-the-stack-that-holds-a-zones-rulesets), move the hosts off the proxy first, or set "manageRulesets": false so that they are forgotten, not deleted.`
      : finding.what === "Auto SSL owner CNAME"
        ? `To keep the record but no longer manage it, remove it from the state instead (terraform state rm ${finding.address}, docs/sendgrid.md); to delete it, set "allowDestroy": true on the domain and deploy that first.`
        : `For a planned retirement or a change of certificate authority, set "allowDestroy": true on the domain and deploy that first.`;
  return `BLOCKED: ${subject}; ${harm}. ${advice}`;
}
