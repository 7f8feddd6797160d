import { Construct } from "constructs";
import { TerraformProvider, TerraformResource, Token } from "../framework";
// Deep imports only: the package's root module loads every AWS resource binding (seconds).
import { Route53Record } from "../framework/aws/route53-record";
import { DnsRecordOptions, IDnsZone, recordLifecycle } from "./dns-zone";
import { hostNameProblem } from "./domain-name";
import { TrackingDomainError, quote } from "./errors";
import { checkProvider } from "./provider";
import { requireProps, requireString } from "./props";
import { StackClaims } from "./stack-claims";
import { HOSTED_ZONE_ID, route53ImportId } from "./route53-names";

/** Hosted zone id → construct path of its zone object, per stack. */
const hostedZoneIds = new StackClaims();

/** The largest TTL Route 53 accepts. */
const MAX_TTL = 2147483647;

/** Properties of a `Route53DnsZone`. */
export interface Route53DnsZoneProps {
  /** The hosted zone's id, e.g. `Z0123456789ABCDEFGHIJ` (without `/hostedzone/`). */
  readonly hostedZoneId: string;
  /** The zone's apex name, e.g. `example.com`. */
  readonly zoneName: string;
  /**
   * The TTL of the records, in seconds. A short one lets a switch of edge take effect quickly.
   * @default 300
   */
  readonly ttl?: number;
  /**
   * The AWS provider that manages the zone's records, e.g. one with an `alias` for another
   * account or role.
   * @default - the stack's default (unaliased) AWS provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * An existing Amazon Route 53 public hosted zone. It does not create or manage the zone itself;
 * it adds the records that tracking domains ask for as `aws_route53_record`. Route 53 records have
 * no comment, so a record's `comment` is not stored. The stack must configure an AWS provider: the
 * default one, or the one given as `provider`. Route 53 has no proxy, so the zone serves Fastly
 * and CloudFront edges only.
 *
 * Import it from `cdktf-ssl-tracking-domain/route53`: it needs the optional peer dependency
 * `@cdktf/provider-aws`, which the package's main entry point never loads.
 */
export class Route53DnsZone extends Construct implements IDnsZone {
  /** The hosted zone id. */
  public readonly hostedZoneId: string;
  /** The zone's apex name. */
  public readonly zoneName: string;
  /** Always `route53`. */
  public readonly dnsProvider = "route53";
  /** The TTL of the zone's records, in seconds. */
  public readonly ttl: number;
  /** The AWS provider of the zone's records; `undefined` for the stack's default one. */
  public readonly provider?: TerraformProvider;

  constructor(scope: Construct, id: string, props: Route53DnsZoneProps) {
    super(scope, id);
    const where = `Route53DnsZone ${id}`;
    requireProps(where, props, "hostedZoneId and zoneName");
    requireString(where, props, "hostedZoneId");
    requireString(where, props, "zoneName");
    if (!Token.isUnresolved(props.hostedZoneId) && !HOSTED_ZONE_ID.test(props.hostedZoneId)) {
      throw new TrackingDomainError(
        `${where}: hostedZoneId ${quote(props.hostedZoneId)} is not a Route 53 hosted zone id ("Z" and up to 31 upper-case letters and digits, without "/hostedzone/")`,
      );
    }
    const problem = Token.isUnresolved(props.zoneName) ? undefined : hostNameProblem(props.zoneName);
    if (problem) throw new TrackingDomainError(`${where}: zoneName ${quote(props.zoneName)} is not a valid zone name: ${problem}`);
    const ttl: unknown = props.ttl;
    if (ttl !== undefined && !Token.isUnresolved(ttl) && !(Number.isInteger(ttl) && (ttl as number) >= 0 && (ttl as number) <= MAX_TTL)) {
      throw new TrackingDomainError(`${where}: ttl ${quote(ttl)} is not a TTL (a whole number of seconds, 0 to ${MAX_TTL})`);
    }
    checkProvider(where, props.provider, "aws");
    this.provider = props.provider;
    if (!Token.isUnresolved(props.hostedZoneId)) {
      // One zone object per hosted zone and stack, as for `CloudflareDnsZone`: shared, not duplicated.
      hostedZoneIds.claimOnce(
        this,
        props.hostedZoneId,
        this.node.path,
        (earlier) =>
          `${where}: hosted zone ${quote(props.hostedZoneId)} already has a zone object in this stack (${earlier}); create one Route53DnsZone per zone and share it`,
      );
    }
    this.hostedZoneId = props.hostedZoneId;
    this.zoneName = props.zoneName;
    this.ttl = props.ttl ?? 300;
  }

  public addRecord(scope: Construct, id: string, options: DnsRecordOptions): TerraformResource {
    if (options.proxied) {
      throw new TrackingDomainError(`${options.name}: Route 53 has no proxy; zone ${this.zoneName} can only hold DNS-only records`);
    }
    // Only the Auto SSL edge asks for a TXT record, and its records are known to the plan guard by
    // their comment alone, which Route 53 cannot store: deleting them would pass the guard unseen.
    if (options.type === "TXT") {
      throw new TrackingDomainError(
        `${options.name}: zone ${this.zoneName} is in Route 53, whose records have no comment for the plan guard to recognise the sendgrid-auto-ssl edge's records by; use that edge in a Cloudflare zone`,
      );
    }
    const importId = route53ImportId(this.hostedZoneId, options.name, options.type);
    const existing = options.existingRecordId;
    if (existing !== undefined && !Token.isUnresolved(existing) && !Token.isUnresolved(options.name) && existing !== importId) {
      throw new TrackingDomainError(
        `${options.name}: existingRecordId ${quote(existing)} is not the Route 53 import id of this record; it is ${quote(importId)} (<hosted zone id>_<name>_<type>)`,
      );
    }
    const record = new Route53Record(scope, id, {
      zoneId: this.hostedZoneId,
      name: options.name,
      type: options.type,
      ttl: this.ttl,
      records: [options.value],
      dependsOn: options.dependsOn?.length ? options.dependsOn : undefined,
      allowOverwrite: options.allowOverwrite || undefined,
      lifecycle: recordLifecycle(options, ["records"]),
      provider: this.provider,
    });
    if (existing !== undefined) record.importFrom(existing, this.provider);
    return record;
  }
}
