import { App } from "../framework";
import { zoneOf } from "../constructs/domain-name";
import { TrackingDomainError, quote } from "../constructs/errors";
import { ConfigError, TrackingDomainsConfig } from "./config";
import { TrackingDomainsStack, byCodeUnit } from "./tracking-domains-stack";

/** A Cloudflare zone as the whole file sees it, across its stacks. */
export interface SharedZone {
  /** The stack that emits the zone's entry-point rulesets, if any stack does. */
  readonly rulesetsOwner?: string;
  /** Every host of the file proxied in the zone, with the stack that lists it. */
  readonly proxiedHosts: readonly { readonly domainName: string; readonly stack: string }[];
  /**
   * Every tracking host of the file in the zone, whatever its edge, with its stack: the owner's
   * rules cover the other stacks' hosts even when they are not proxied (yet, or any more), so
   * that no order in which the stacks apply leaves a proxied host without its rules.
   */
  readonly trackingHosts: readonly { readonly domainName: string; readonly stack: string }[];
  /** The stacks that list the zone. */
  readonly stacks: readonly string[];
}

/** The file's stacks in name order, so that nothing the app writes follows the order of the file. */
function stacksByName(config: TrackingDomainsConfig): TrackingDomainsConfig["stacks"] {
  return [...config.stacks].sort((a, b) => byCodeUnit(a.name, b.name));
}

interface ZoneEntry {
  readonly stack: string;
  readonly path: string;
  readonly manageRulesets?: boolean;
}

/**
 * Who holds a zone's entry-point rulesets. A zone listed by one stack: that stack, unless it sets
 * `"manageRulesets": false`. A zone listed by several stacks: the one stack that declares
 * `"manageRulesets": true`, never one derived from names, so that adding, removing or renaming a
 * stack never moves the rulesets (a move is a hand-over: docs/day-two.md). Returns a problem when
 * a proxied host needs an owner that no stack, or more than one, declares.
 */
function ownerOf(zoneName: string, entries: readonly ZoneEntry[], proxies: boolean): { owner?: string; problem?: string } {
  if (entries.length === 1) return { owner: entries[0].manageRulesets === false ? undefined : entries[0].stack };
  const declared = entries.filter((entry) => entry.manageRulesets === true);
  const names = entries.map((entry) => quote(entry.stack)).join(", ");
  if (declared.length > 1) {
    return {
      problem:
        `${declared.map((entry) => entry.path).join(" and ")}: zone ${zoneName} is listed by stacks ${names}, and more than one ` +
        `declares "manageRulesets": true; Cloudflare allows one entry-point ruleset per zone and phase, so exactly one stack holds them`,
    };
  }
  if (declared.length === 1) return { owner: declared[0].stack };
  if (!proxies || entries.every((entry) => entry.manageRulesets === false)) return {};
  return {
    problem:
      `${entries.filter((entry) => entry.manageRulesets === undefined)[0].path}: zone ${zoneName} is listed by stacks ${names} and proxies a host, ` +
      `but no stack declares that it holds the zone's entry-point rulesets; set "manageRulesets": true on the zone in the stack that holds ` +
      `them today (the one that proxied a host there first), and false or nothing in the others. Moving them to another stack is a hand-over (docs/day-two.md)`,
  };
}

/**
 * Each zone id's rulesets owner and hosts, over every stack of the file. Cloudflare allows one
 * entry-point ruleset per zone and phase, so one stack holds the rules of every host (`ownerOf`).
 * Throws a `ConfigError` when a zone's owner is not declared where it must be.
 */
export function sharedZones(config: TrackingDomainsConfig): Map<string, SharedZone> {
  const zones = new Map<
    string,
    {
      zoneName: string;
      entries: ZoneEntry[];
      proxiedHosts: SharedZone["proxiedHosts"][number][];
      trackingHosts: SharedZone["trackingHosts"][number][];
    }
  >();
  for (const stack of stacksByName(config)) {
    const s = config.stacks.indexOf(stack);
    stack.zones.forEach((zone, z) => {
      if (zone.provider !== "cloudflare") return;
      const shared = zones.get(zone.zoneId) ?? { zoneName: zone.name, entries: [], proxiedHosts: [], trackingHosts: [] };
      zones.set(zone.zoneId, shared);
      shared.entries.push({ stack: stack.name, path: `stacks[${s}].zones[${z}].manageRulesets`, manageRulesets: zone.manageRulesets });
    });
    for (const domain of stack.domains) {
      const zone = zoneOf(
        domain.domainName,
        stack.zones.map((z) => ({ ...z, zoneName: z.name })),
      );
      // Only Cloudflare zones have rulesets; the config check refuses a proxied host elsewhere.
      if (zone?.provider !== "cloudflare") continue;
      const shared = zones.get(zone.zoneId)!;
      shared.trackingHosts.push({ domainName: domain.domainName, stack: stack.name });
      if (domain.edge === "cloudflare-proxy") shared.proxiedHosts.push({ domainName: domain.domainName, stack: stack.name });
    }
  }
  const problems: string[] = [];
  const result = new Map<string, SharedZone>();
  for (const [zoneId, shared] of [...zones].sort(([a], [b]) => byCodeUnit(a, b))) {
    const { owner, problem } = ownerOf(shared.zoneName, shared.entries, shared.proxiedHosts.length > 0);
    if (problem) problems.push(problem);
    result.set(zoneId, {
      rulesetsOwner: owner,
      proxiedHosts: shared.proxiedHosts,
      trackingHosts: shared.trackingHosts,
      stacks: shared.entries.map((entry) => entry.stack),
    });
  }
  if (problems.length > 0) throw new ConfigError("config", problems);
  return result;
}

/**
 * Builds the app: one stack per entry of `stacks`, in name order, so that the output (the
 * manifest too) does not depend on the order of the file. A stack whose proxied hosts are covered
 * by another stack's rulesets depends on that stack, so `cdktf deploy` (and the deploy workflow,
 * which follows the manifest) applies the rules first.
 */
export function buildApp(config: TrackingDomainsConfig, app: App = new App()): App {
  const zones = sharedZones(config);
  const stacks = new Map(stacksByName(config).map((stack) => [stack.name, new TrackingDomainsStack(app, stack, zones)]));
  for (const [name, stack] of stacks) {
    for (const owner of stack.rulesetsOwners) {
      if (owner === name) continue;
      try {
        stack.addDependency(stacks.get(owner)!);
      } catch {
        // Each stack would wait for the other's rulesets: no deploy order exists.
        throw new TrackingDomainError(
          `stacks ${name} and ${owner} each hold the entry-point rulesets of a zone in which the other proxies a host, so neither can be ` +
            `deployed first; let one of them own the rulesets of both zones (set "manageRulesets": true on its zones and false on the other's)`,
        );
      }
    }
  }
  return app;
}
