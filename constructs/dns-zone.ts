import { Construct, IConstruct } from "constructs";
import { ITerraformDependable, TerraformResource, TerraformResourceLifecycle } from "../framework";

/** A DNS record that a tracking domain asks its zone for. */
export interface DnsRecordOptions {
  /** Fully qualified record name, without the trailing dot (`url1234.example.com`). */
  readonly name: string;
  /**
   * Record type: CNAMEs for every edge, and a TXT for SendGrid's Auto SSL (the custom hostname
   * ownership token).
   */
  readonly type: "CNAME" | "TXT";
  /**
   * A CNAME's target host name (may be a token resolved at apply time), or a TXT's text, unquoted:
   * the zone writes it in its provider's form.
   */
  readonly value: string;
  /**
   * Whether the DNS provider's own proxy answers for the name (Cloudflare's orange cloud).
   * @default false - DNS only: the name resolves straight to `value`
   */
  readonly proxied?: boolean;
  /**
   * Resources that must exist before the record is created.
   * @default - none beyond the references in `value`
   */
  readonly dependsOn?: ITerraformDependable[];
  /**
   * A note stored with the record where the provider supports one.
   * @default - no comment
   */
  readonly comment?: string;
  /**
   * Refuse to destroy or replace the record (Terraform `lifecycle.prevent_destroy`).
   * @default false
   */
  readonly preventDestroy?: boolean;
  /**
   * Terraform `lifecycle.create_before_destroy`: when the record leaves the config, it is deleted
   * only after the resources that depended on it have been updated.
   * @default false
   */
  readonly createBeforeDestroy?: boolean;
  /**
   * The provider's id of a record that already exists with this name: the first apply imports it
   * and takes it over instead of failing on a duplicate.
   * @default - a new record is created
   */
  readonly existingRecordId?: string;
  /**
   * Route 53: create the record even when a record set of that name and type exists, taking it
   * over (Route 53's UPSERT; `allow_overwrite`). For records that several owners may write with
   * the same value, like ACM's one validation record per domain and account.
   * @default false - an existing record set makes the create fail
   */
  readonly allowOverwrite?: boolean;
  /**
   * Keep the record's name and value as created when the planned ones change or are not known
   * until apply (Terraform `ignore_changes`): for a record whose value stays the same across
   * replacements of what asked for it, like ACM's validation record for a new certificate of the
   * same domain, so that it is never replaced (and the record set deleted with the old one).
   * @default false - a changed name replaces the record, a changed value updates it
   */
  readonly keepNameAndValue?: boolean;
}

/**
 * Where a tracking domain's DNS records live. Implement it to support another DNS provider;
 * `SslTrackingDomain` only talks to this interface.
 */
export interface IDnsZone extends IConstruct {
  /** The zone's apex name, e.g. `example.com`. */
  readonly zoneName: string;
  /** Short name of the DNS provider (`cloudflare`), used in messages and by edges that need one. */
  readonly dnsProvider: string;
  /**
   * Whether the zone's records are created by hand, outside Terraform (`ExternalDnsZone`): its
   * `addRecord` only reports them, so no resource may wait in Terraform for one to resolve.
   * @default false - the records are Terraform resources
   */
  readonly recordsOutsideTerraform?: boolean;
  /**
   * Creates a record in this zone. The record is created in `scope`, so that its construct path
   * (and Terraform address) belongs to the tracking domain that asked for it.
   */
  addRecord(scope: Construct, id: string, options: DnsRecordOptions): TerraformResource;
}

/** The Terraform lifecycle a zone gives a record: only the flags its options ask for, or none. */
export function recordLifecycle(options: DnsRecordOptions, valueAttributes: string[] = []): TerraformResourceLifecycle | undefined {
  if (!options.preventDestroy && !options.createBeforeDestroy && !options.keepNameAndValue) return undefined;
  return {
    ...(options.createBeforeDestroy ? { createBeforeDestroy: true } : {}),
    ...(options.preventDestroy ? { preventDestroy: true } : {}),
    ...(options.keepNameAndValue ? { ignoreChanges: ["name", ...valueAttributes] } : {}),
  };
}
