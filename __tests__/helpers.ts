import { Testing, TerraformStack } from "../framework";
import { CloudflareDnsZone } from "../constructs/cloudflare-dns-zone";
import { SslTrackingDomain, SslTrackingDomainProps } from "../constructs/ssl-tracking-domain";
import { TrackingEdge } from "../constructs/tracking-edge";

export const ZONE_ID = "023e105f4ecef8ad9ca31a8372d0c353";

/** A synthesized stack: the parsed `cdk.tf.json`. */
export type Synth = {
  resource?: Record<string, Record<string, Record<string, any>>>;
  data?: Record<string, Record<string, Record<string, any>>>;
  output?: Record<string, { value: string; description?: string }>;
  terraform?: Record<string, any>;
  provider?: Record<string, unknown[]>;
  moved?: { from: string; to: string }[];
};

/** Builds a stack with `build` and returns its synthesized JSON. */
export function synth(build: (stack: TerraformStack) => void): Synth {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  build(stack);
  return JSON.parse(Testing.synth(stack));
}

export function exampleZone(stack: TerraformStack, zoneName = "example.com"): CloudflareDnsZone {
  return new CloudflareDnsZone(stack, zoneName, { zoneId: ZONE_ID, zoneName });
}

/** All resources of one type, as a list of their bodies. */
export function resourcesOf(json: Synth, type: string): Record<string, any>[] {
  return Object.values(json.resource?.[type] ?? {});
}

/** The single resource of `type` whose `field` equals `value`. */
export function resourceWhere(json: Synth, type: string, field: string, value: unknown): Record<string, any> {
  const found = resourcesOf(json, type).filter((body) => body[field] === value);
  if (found.length !== 1) throw new Error(`expected one ${type} with ${field} = ${value}, found ${found.length}`);
  return found[0];
}

/** `type.logicalId` of a resource body, as Terraform addresses it in `depends_on`. */
export function addressOf(json: Synth, type: string, body: Record<string, any>): string {
  const entry = Object.entries(json.resource?.[type] ?? {}).find(([, b]) => b === body);
  if (!entry) throw new Error(`no ${type} resource with that body`);
  return `${type}.${entry[0]}`;
}

/** One tracking domain, `url1234.example.com` on Fastly unless `overrides` say otherwise, synthesized. */
export function oneDomain(overrides: Partial<SslTrackingDomainProps> = {}): Synth {
  return synth((stack) => {
    new SslTrackingDomain(stack, "url1234", {
      domainName: "url1234.example.com",
      dnsZone: exampleZone(stack),
      edge: TrackingEdge.fastly(),
      ...overrides,
    });
  });
}
