import { Construct } from "constructs";
import { Annotations, DataResource, TerraformOutput, TerraformResource, TerraformStack, Token } from "../framework";
import { DnsRecordOptions, IDnsZone } from "./dns-zone";
import { hostNameProblem } from "./domain-name";
import { TrackingDomainError, quote } from "./errors";
import { requireProps, requireString } from "./props";

/** Properties of an `ExternalDnsZone`. */
export interface ExternalDnsZoneProps {
  /** The zone's apex name, e.g. `example.net`. */
  readonly zoneName: string;
}

/** A record the team creates by hand, as an `ExternalDnsZone` reports it. */
export interface ExternalDnsRecord {
  /** Fully qualified record name, without the trailing dot. */
  readonly name: string;
  /** Record type. */
  readonly type: string;
  /** The record's value: a token when it is known only after apply (see `output`). */
  readonly value: string;
  /** Whether the record must wait until the domain's certificate is issued. */
  readonly afterCertificate: boolean;
  /** The stack output that shows the record, its value resolved, after apply. */
  readonly output: string;
}

/** `_acme-challenge.url-1.example.net` → `dns_record__acme__challenge_url__1_example_net`, a valid output name. */
export function externalRecordOutputName(name: string): string {
  return `dns_record_${name.replace(/-/g, "__").replace(/\./g, "_")}`;
}

/**
 * A zone whose DNS Terraform does not manage: a registrar, an on-premise server, another team's
 * repository. It creates no DNS resources. Each record a tracking domain needs becomes a stack
 * output (`dns_record_<name>`: name, type, value, and whether it waits for the certificate) and a
 * warning at synthesis, and is kept as a `terraform_data` resource so that its value is in the
 * state. The team creates the records by hand: the ACME challenge first (Fastly validates the
 * certificate once it resolves; nothing in Terraform waits for it), then, once `check` shows the
 * certificate live, the tracking CNAME. Serves the Fastly and SendGrid Auto SSL edges; refuses the
 * Cloudflare proxy (there is no proxy) and CloudFront (its certificate validation waits in the apply).
 */
export class ExternalDnsZone extends Construct implements IDnsZone {
  /** The zone's apex name. */
  public readonly zoneName: string;
  /** Always `external`. */
  public readonly dnsProvider = "external";
  /** Always `true`: the team creates the records. */
  public readonly recordsOutsideTerraform = true;
  private readonly reported: ExternalDnsRecord[] = [];

  constructor(scope: Construct, id: string, props: ExternalDnsZoneProps) {
    super(scope, id);
    const where = `ExternalDnsZone ${id}`;
    requireProps(where, props, "zoneName");
    requireString(where, props, "zoneName");
    const problem = Token.isUnresolved(props.zoneName) ? undefined : hostNameProblem(props.zoneName);
    if (problem) throw new TrackingDomainError(`${where}: zoneName ${quote(props.zoneName)} is not a valid zone name: ${problem}`);
    this.zoneName = props.zoneName;
  }

  /** The records to create by hand, in the order they were asked for. */
  public get records(): ExternalDnsRecord[] {
    return [...this.reported];
  }

  public addRecord(scope: Construct, id: string, options: DnsRecordOptions): TerraformResource {
    if (options.proxied) {
      throw new TrackingDomainError(`${options.name}: zone ${this.zoneName} is not managed by Terraform and has no proxy`);
    }
    if (options.existingRecordId !== undefined) {
      throw new TrackingDomainError(
        `${options.name}: existingRecordId is set, but zone ${this.zoneName} is not managed by Terraform: there is nothing to adopt`,
      );
    }
    // The record's intended content, in the state; no DNS provider is involved.
    const record = new DataResource(scope, id, {
      input: { name: options.name, type: options.type, value: options.value },
      dependsOn: options.dependsOn?.length ? options.dependsOn : undefined,
    });
    const afterCertificate = (options.dependsOn?.length ?? 0) > 0;
    const output = externalRecordOutputName(options.name);
    new TerraformOutput(TerraformStack.of(this), output, {
      value: { name: options.name, type: options.type, value: options.value, after_certificate: afterCertificate },
      description: `Create by hand in ${this.zoneName}: ${options.type} ${options.name}${afterCertificate ? ", once the certificate is issued" : ""}`,
    });
    this.reported.push({ name: options.name, type: options.type, value: options.value, afterCertificate, output });
    const value = Token.isUnresolved(options.value) ? `the value in output ${output} after apply` : options.value;
    Annotations.of(this).addWarning(
      `Zone ${this.zoneName} is not managed by Terraform: create by hand ${options.type} ${options.name} → ${value}` +
        (afterCertificate ? ", after the certificate is issued (check it with `cdktf-ssl-tracking-domain check`)" : ""),
    );
    return record;
  }
}
