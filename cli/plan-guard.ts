import { ALLOW_DESTROY_MARK, TRACKING_COMMENT_MARK } from "../constructs/ssl-tracking-domain";

/**
 * Terraform forgets `prevent_destroy` when a resource leaves the config, so removing a domain
 * from the file would still delete its live record. This guard reads a plan (`terraform show
 * -json`) and refuses deletes and replacements of live tracking resources, recognised by the
 * comment they carry in state, unless that comment marks them as allowed to go.
 */

/** One planned delete or replace of a live tracking resource. */
export interface GuardFinding {
  readonly domain: string;
  readonly address: string;
  readonly what: "tracking CNAME" | "Fastly service";
  readonly action: "delete" | "replace";
  /** The domain was marked `allowDestroy` (its comment carries the mark). */
  readonly allowed: boolean;
}

/** A resource's attributes as the plan shows them: provider-specific, so only narrowed on use. */
type ResourceState = Record<string, unknown>;

/** The parts of Terraform's JSON plan format the guard reads. */
interface ResourceChange {
  address?: string;
  type?: string;
  change?: { actions?: string[]; before?: ResourceState | null; after?: ResourceState | null };
}

export class PlanFormatError extends Error {}

/** What a planned change does to an existing object, or `undefined` when it survives. */
export function destructiveAction(actions: readonly string[]): "delete" | "replace" | undefined {
  if (!actions.includes("delete")) return undefined;
  return actions.includes("create") ? "replace" : "delete";
}

/** The tracking domain a resource serves, when it is a live tracking CNAME or Fastly service. */
function trackedDomain(type: string, state: ResourceState): { domain: string; what: GuardFinding["what"] } | undefined {
  const comment = typeof state.comment === "string" ? state.comment : "";
  if (!comment.includes(TRACKING_COMMENT_MARK)) return undefined;
  if (
    type === "cloudflare_dns_record" &&
    state.type === "CNAME" &&
    typeof state.name === "string" &&
    !state.name.startsWith("_acme-challenge.")
  ) {
    return { domain: state.name, what: "tracking CNAME" };
  }
  if (type === "fastly_service_vcl") {
    const names = Array.isArray(state.domain)
      ? state.domain.map((d: { name?: unknown }) => d.name).filter((n) => typeof n === "string")
      : [];
    return { domain: names.join(", ") || String(state.name), what: "Fastly service" };
  }
  return undefined;
}

/** Every planned delete or replace of a live tracking resource, allowed or not. */
export function guardPlan(plan: unknown): GuardFinding[] {
  if (typeof plan !== "object" || plan === null || !("format_version" in plan)) {
    throw new PlanFormatError("not a Terraform plan in JSON form (expected the output of `terraform show -json <planfile>`)");
  }
  const changes = (plan as { resource_changes?: ResourceChange[] }).resource_changes ?? [];
  const findings: GuardFinding[] = [];
  for (const change of changes) {
    const action = destructiveAction(change.change?.actions ?? []);
    const before = change.change?.before;
    if (!action || !before || !change.type) continue;
    const tracked = trackedDomain(change.type, before);
    if (!tracked) continue;
    const comments = [before.comment, change.change?.after?.comment].filter((c): c is string => typeof c === "string");
    findings.push({
      ...tracked,
      address: change.address ?? change.type,
      action,
      allowed: comments.some((comment) => comment.includes(ALLOW_DESTROY_MARK)),
    });
  }
  return findings;
}

/** The guard's report: one line per finding. */
export function describeFinding(finding: GuardFinding): string {
  const verb = finding.action === "delete" ? "deletes" : "replaces";
  if (finding.allowed)
    return `allowed: the plan ${verb} the ${finding.what} of ${finding.domain} (${finding.address}); it is marked allowDestroy`;
  return (
    `BLOCKED: the plan ${verb} the ${finding.what} of ${finding.domain} (${finding.address}); every link in mail already sent ` +
    `would break. For a planned retirement, set "allowDestroy": true on the domain and deploy that first.`
  );
}
