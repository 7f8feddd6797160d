import { App, DISABLE_STACK_TRACE_IN_METADATA } from "../framework";
import { zoneOf } from "../constructs/domain-name";
import { TrackingDomainError } from "../constructs/errors";
import { TrackingDomainsConfig } from "./config";
import { TrackingDomainsStack, byCodeUnit } from "./tracking-domains-stack";

/** A Cloudflare zone as the whole file sees it, across its stacks. */
export interface SharedZone {
  /** The stack that emits the zone's entry-point rulesets, if any stack does. */
  readonly rulesetsOwner?: string;
  /** Every host of the file proxied in the zone, with the stack that lists it. */
  readonly proxiedHosts: readonly { readonly domainName: string; readonly stack: string }[];
}

/** The file's stacks in name order, so that nothing the app writes follows the order of the file. */
function stacksByName(config: TrackingDomainsConfig): TrackingDomainsConfig["stacks"] {
  return [...config.stacks].sort((a, b) => byCodeUnit(a.name, b.name));
}

/**
 * Each zone id's rulesets owner and proxied hosts, over every stack of the file. Cloudflare allows
 * one entry-point ruleset per zone and phase, so one stack holds the rules of every host: the
 * first stack, in name order, that proxies a host in the zone and manages its rulesets.
 */
export function sharedZones(config: TrackingDomainsConfig): Map<string, SharedZone> {
  const zones = new Map<string, { rulesetsOwner?: string; proxiedHosts: { domainName: string; stack: string }[] }>();
  for (const stack of stacksByName(config)) {
    for (const domain of stack.domains) {
      const zone =
        domain.edge === "cloudflare-proxy"
          ? zoneOf(
              domain.domainName,
              stack.zones.map((z) => ({ ...z, zoneName: z.name })),
            )
          : undefined;
      // Only Cloudflare zones have rulesets; the config check refuses a proxied host elsewhere.
      if (zone?.provider !== "cloudflare") continue;
      const shared = zones.get(zone.zoneId) ?? { proxiedHosts: [] };
      zones.set(zone.zoneId, shared);
      shared.proxiedHosts.push({ domainName: domain.domainName, stack: stack.name });
      if (shared.rulesetsOwner === undefined && zone.manageRulesets !== false) shared.rulesetsOwner = stack.name;
    }
  }
  return zones;
}

/**
 * Builds the app: one stack per entry of `stacks`, in name order, so that the output (the
 * manifest too) does not depend on the order of the file. A stack whose proxied hosts are covered
 * by another stack's rulesets depends on that stack, so `cdktf deploy` applies the rules first.
 */
export function buildApp(config: TrackingDomainsConfig, app: App = new App()): App {
  // Warnings would otherwise carry the JavaScript stack of their call into manifest.json: paths of
  // this machine, and lines that follow the order of the file.
  app.node.setContext(DISABLE_STACK_TRACE_IN_METADATA, true);
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
            `deployed first; let one of them own the rulesets of both zones (set "manageRulesets": false on the other's zones)`,
        );
      }
    }
  }
  return app;
}
