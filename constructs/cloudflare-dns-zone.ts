import { Construct } from "constructs";
import { TerraformResource, Token } from "cdktf";
import { DnsRecord } from "@cdktf/provider-cloudflare/lib/dns-record";
import { DnsRecordOptions, IDnsZone } from "./dns-zone";
import { hostNameProblem } from "./domain-name";
import { TrackingDomainError, quote } from "./errors";

/** Cloudflare's "automatic" TTL. */
const AUTOMATIC_TTL = 1;
const ZONE_ID = /^[0-9a-f]{32}$/;

export interface CloudflareDnsZoneProps {
  /** The zone's id: 32 lowercase hex characters, shown on the zone's overview page. */
  readonly zoneId: string;
  /** The zone's apex name, e.g. `example.com`. */
  readonly zoneName: string;
}

/**
 * An existing Cloudflare DNS zone. It does not create or manage the zone itself; it only adds
 * the records that tracking domains ask for. The stack must configure a Cloudflare provider.
 */
export class CloudflareDnsZone extends Construct implements IDnsZone {
  public readonly zoneId: string;
  public readonly zoneName: string;
  public readonly dnsProvider = "cloudflare";

  constructor(scope: Construct, id: string, props: CloudflareDnsZoneProps) {
    super(scope, id);
    if (!Token.isUnresolved(props.zoneId) && !ZONE_ID.test(props.zoneId)) {
      throw new TrackingDomainError(
        `CloudflareDnsZone ${id}: zoneId ${quote(props.zoneId)} is not a Cloudflare zone id (32 lowercase hex characters)`,
      );
    }
    const problem = Token.isUnresolved(props.zoneName) ? undefined : hostNameProblem(props.zoneName);
    if (problem) {
      throw new TrackingDomainError(`CloudflareDnsZone ${id}: zoneName ${quote(props.zoneName)} is not a valid zone name: ${problem}`);
    }
    this.zoneId = props.zoneId;
    this.zoneName = props.zoneName;
  }

  public addRecord(scope: Construct, id: string, options: DnsRecordOptions): TerraformResource {
    return new DnsRecord(scope, id, {
      zoneId: this.zoneId,
      name: options.name,
      type: options.type,
      content: options.value,
      ttl: AUTOMATIC_TTL,
      proxied: options.proxied ?? false,
      comment: options.comment,
      dependsOn: options.dependsOn,
    });
  }
}
