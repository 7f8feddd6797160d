import { Token } from "../framework";
import { hostNameProblem } from "./domain-name";
import { TrackingDomainError, quote } from "./errors";

/**
 * The zone-level rules a Cloudflare-proxied tracking host needs, as plain data: the zone turns
 * them into its entry-point rulesets, or into a warning for whoever owns those rulesets.
 */

/** The entry-point phases a proxied tracking host needs a rule in. */
export const PROXY_PHASES = ["http_config_settings", "http_request_cache_settings"] as const;
/** One of `PROXY_PHASES`. */
export type ProxyPhase = (typeof PROXY_PHASES)[number];

/**
 * Rules per zone and phase on Cloudflare's smallest plan (Free): configuration rules and cache
 * rules each allow 10 there, more on paid plans.
 */
export const SMALLEST_PLAN_RULES_PER_PHASE = 10;

/**
 * The warning for a zone whose proxied hosts need more rules in one phase than the smallest plan
 * allows, or `undefined`: a pure rule, so the zone can run it on the hosts it has at synthesis.
 */
export function ruleCountWarning(zoneName: string, hosts: readonly string[]): string | undefined {
  const rules = proxyRules(hosts).filter((rule) => rule.phase === PROXY_PHASES[0]).length;
  if (rules <= SMALLEST_PLAN_RULES_PER_PHASE) return undefined;
  return (
    `Zone ${zoneName} needs ${rules} rules in each of the phases ${PROXY_PHASES.join(" and ")} for its ${new Set(hosts).size} proxied hosts; ` +
    `Cloudflare's Free plan allows ${SMALLEST_PLAN_RULES_PER_PHASE} per phase, so the apply fails on a zone of that plan: check the zone's plan, ` +
    `or move hosts to another zone or edge`
  );
}

/** Cloudflare's limit on the length of one rule expression, in characters. */
export const MAX_EXPRESSION_LENGTH = 4096;

/** A rule of one entry-point phase. */
export interface ProxyRule {
  /** The entry-point phase whose ruleset holds the rule. */
  readonly phase: ProxyPhase;
  /** Stable rule reference, so an added host updates the rule instead of replacing it. */
  readonly ref: string;
  /** The rule's description, as shown in the Cloudflare dashboard. */
  readonly description: string;
  /** The rule's action in its phase. */
  readonly action: "set_config" | "set_cache_settings";
  /** The action's parameters: SSL mode `full`, or caching off. */
  readonly actionParameters: {
    /** The SSL mode towards the origin. */
    readonly ssl?: "full";
    /** Whether responses may be cached. */
    readonly cache?: false;
  };
  /** The rule's filter: the hosts it matches, at most `MAX_EXPRESSION_LENGTH` characters. */
  readonly expression: string;
  /** The hosts the rule matches, sorted. */
  readonly hosts: readonly string[];
}

/** `(http.host in {"a.example.com" "b.example.com"})`, hosts sorted so output is deterministic. */
export function hostExpression(hosts: readonly string[]): string {
  // Only checked host names reach an expression: a token or a quote could widen the rule to other hosts.
  const unsafe = hosts.find((host) => Token.isUnresolved(host) || hostNameProblem(host) !== undefined);
  if (unsafe !== undefined) throw new TrackingDomainError(`rule expression: host ${quote(unsafe)} is not a literal, valid host name`);
  const sorted = [...new Set(hosts)].sort();
  return `(http.host in {${sorted.map((host) => JSON.stringify(host)).join(" ")}})`;
}

/** FNV-1a (32 bit) of a host: a stable, well-spread number for picking its group. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The group (of `groups`, a power of two) that `host` belongs to. */
export function hostGroup(host: string, groups: number): number {
  return fnv1a(host) % groups;
}

const fits = (hosts: readonly string[], maxLength: number) => hostExpression(hosts).length <= maxLength;

/**
 * The hosts split into groups whose expressions each fit in `maxLength` characters, as
 * `{ index, of, hosts }`; empty groups are left out. One group while every host fits. Beyond that,
 * a host's group is a hash of its name modulo the fewest groups (a power of two) that fit, so
 * adding a host changes its own group's rule only, until the number of groups doubles.
 */
export function hostGroups(
  hosts: readonly string[],
  maxLength: number = MAX_EXPRESSION_LENGTH,
): { index: number; of: number; hosts: string[] }[] {
  const unique = [...new Set(hosts)].sort();
  if (unique.length === 0) return [];
  if (fits(unique, maxLength)) return [{ index: 0, of: 1, hosts: unique }];
  for (let of = 2; of <= 1 << 16; of *= 2) {
    const groups = Array.from({ length: of }, () => [] as string[]);
    for (const host of unique) groups[hostGroup(host, of)].push(host);
    if (groups.every((group) => fits(group, maxLength))) {
      return groups.flatMap((group, index) => (group.length ? [{ index, of, hosts: group }] : []));
    }
  }
  // Unreachable for real host names (a group this large would need thousands of hash
  // collisions); packing the sorted hosts in order still fits every expression.
  const packed: string[][] = [[]];
  for (const host of unique) {
    if (!fits([...packed[packed.length - 1], host], maxLength)) packed.push([]);
    packed[packed.length - 1].push(host);
  }
  return packed.map((group, index) => ({ index, of: packed.length, hosts: group }));
}

/**
 * SSL mode `full`, not `strict`: SendGrid's certificate names *.sendgrid.net, not the branded
 * host, so a strict check would answer 526. Caching off, so every open and click reaches SendGrid.
 * Rules sorted by phase, then by group; a single group keeps the unnumbered refs that one rule per
 * phase has always had.
 */
export function proxyRules(hosts: readonly string[], maxLength: number = MAX_EXPRESSION_LENGTH): ProxyRule[] {
  const groups = hostGroups(hosts, maxLength);
  const part = (index: number, of: number) =>
    of === 1 ? { ref: "", text: "" } : { ref: `_${index + 1}_of_${of}`, text: ` (part ${index + 1} of ${of})` };
  const rules = (make: (hosts: string[], ref: string, text: string) => ProxyRule) =>
    groups.map(({ index, of, hosts: group }) => make(group, part(index, of).ref, part(index, of).text));
  return [
    ...rules((group, ref, text) => ({
      phase: "http_config_settings",
      ref: `sendgrid_tracking_ssl_full${ref}`,
      description: `SendGrid link tracking: SSL full to the origin${text}`,
      action: "set_config",
      actionParameters: { ssl: "full" },
      expression: hostExpression(group),
      hosts: group,
    })),
    ...rules((group, ref, text) => ({
      phase: "http_request_cache_settings",
      ref: `sendgrid_tracking_no_cache${ref}`,
      description: `SendGrid link tracking: never cache${text}`,
      action: "set_cache_settings",
      actionParameters: { cache: false },
      expression: hostExpression(group),
      hosts: group,
    })),
  ];
}

/** The rules of each phase for `hosts`: what the zone's entry-point rulesets must hold. */
export function proxyRulesByPhase(hosts: readonly string[]): Record<ProxyPhase, ProxyRule[]> {
  const rules = proxyRules(hosts);
  return Object.fromEntries(PROXY_PHASES.map((phase) => [phase, rules.filter((rule) => rule.phase === phase)])) as Record<
    ProxyPhase,
    ProxyRule[]
  >;
}
