import { createHash } from "node:crypto";
import { zoneOf } from "../constructs/domain-name";
import type { DomainConfig, TrackingDomainsConfig, ZoneConfig } from "../stacks/config";

/** How many zones the generated domains are spread over, at most. */
export const BENCH_ZONES = 10;

export interface BenchConfigOptions {
  /** How many zones to spread the domains over (fewer when there are fewer domains). Default 10. */
  readonly zones?: number;
  /** The stack's name. Default `bench`. */
  readonly stackName?: string;
}

/** The name of the generated zone `index`: under the reserved `.example` TLD (RFC 2606). */
export function benchZoneName(index: number): string {
  return `bench-zone-${index}.example`;
}

/** A stable, valid Cloudflare zone id (32 lowercase hex) for a zone name. */
export function benchZoneId(zoneName: string): string {
  return createHash("md5").update(zoneName).digest("hex");
}

/**
 * A config of one stack with `domains` tracking domains: even-numbered domains on Fastly, odd
 * ones proxied by Cloudflare (so half and half, the extra one on Fastly when the count is odd).
 * Domains are dealt to zones in pairs, so every zone with two or more domains holds both edges and
 * gets its two rulesets; a zone is only listed when it holds a domain. Every domain is one level
 * below its zone, as a proxied host must be. Pure and deterministic: the same input gives the
 * same config.
 */
export function generateConfig(domains: number, options: BenchConfigOptions = {}): TrackingDomainsConfig {
  if (!Number.isInteger(domains) || domains < 1) throw new RangeError(`domains must be a positive integer, got ${domains}`);
  const zoneCount = options.zones ?? BENCH_ZONES;
  if (!Number.isInteger(zoneCount) || zoneCount < 1) throw new RangeError(`zones must be a positive integer, got ${zoneCount}`);
  const pairs = Math.ceil(domains / 2);
  const zones: ZoneConfig[] = Array.from({ length: Math.min(zoneCount, pairs) }, (_, z) => {
    const name = benchZoneName(z);
    return { name, provider: "cloudflare", zoneId: benchZoneId(name) };
  });
  const domainList: DomainConfig[] = Array.from({ length: domains }, (_, i) => {
    const zone = zones[Math.floor(i / 2) % zones.length];
    const domainName = `url${10000 + i}.${zone.name}`;
    return i % 2 === 0
      ? { domainName, edge: "fastly", fastly: { certificateAuthority: "lets-encrypt" } }
      : { domainName, edge: "cloudflare-proxy" };
  });
  return { stacks: [{ name: options.stackName ?? "bench", zones, domains: domainList }] };
}

/** What a generated config holds, for the benchmark's expectations. */
export interface ConfigShape {
  readonly stacks: number;
  readonly domains: number;
  readonly fastly: number;
  readonly proxied: number;
  readonly cloudfront: number;
  readonly zones: number;
  /** Zones holding a proxied domain and managing their rulesets: each gets two rulesets. */
  readonly zonesWithProxied: number;
}

/** Counts what a (validated) config holds. */
export function describeConfig(config: TrackingDomainsConfig): ConfigShape {
  let domains = 0;
  let fastly = 0;
  let proxied = 0;
  let cloudfront = 0;
  let zones = 0;
  let zonesWithProxied = 0;
  for (const stack of config.stacks) {
    domains += stack.domains.length;
    fastly += stack.domains.filter((d) => d.edge === "fastly").length;
    proxied += stack.domains.filter((d) => d.edge === "cloudflare-proxy").length;
    cloudfront += stack.domains.filter((d) => d.edge === "cloudfront").length;
    zones += stack.zones.length;
    const zoneList = stack.zones.map((zone) => ({
      zoneName: zone.name,
      manageRulesets: zone.provider === "cloudflare" && zone.manageRulesets !== false,
    }));
    const proxiedZones = new Set(stack.domains.filter((d) => d.edge === "cloudflare-proxy").map((d) => zoneOf(d.domainName, zoneList)));
    zonesWithProxied += zoneList.filter((zone) => zone.manageRulesets && proxiedZones.has(zone)).length;
  }
  return { stacks: config.stacks.length, domains, fastly, proxied, cloudfront, zones, zonesWithProxied };
}
