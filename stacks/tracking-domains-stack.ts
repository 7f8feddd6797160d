import { Construct } from "constructs";
import { LocalBackend, TerraformOutput, TerraformStack } from "cdktf";
import { CloudflareProvider } from "@cdktf/provider-cloudflare/lib/provider";
import { FastlyProvider } from "../.gen/providers/fastly/provider";
import { CloudflareDnsZone } from "../constructs/cloudflare-dns-zone";
import { zoneOf } from "../constructs/domain-name";
import { SslTrackingDomain } from "../constructs/ssl-tracking-domain";
import { ITrackingEdge, TrackingEdge } from "../constructs/tracking-edge";
import { DomainConfig, StackConfig } from "./config";

/**
 * One Terraform stack of the app: the providers, the zones and one `SslTrackingDomain` per
 * configured domain. Credentials are left to the providers, which read them from the
 * environment (`FASTLY_API_KEY`, `CLOUDFLARE_API_TOKEN`), so they never reach the output.
 */
export class TrackingDomainsStack extends TerraformStack {
  public readonly domains: SslTrackingDomain[];

  constructor(scope: Construct, config: StackConfig) {
    super(scope, config.name);
    // A relative state path, so the output holds no path of the machine that synthesized it.
    new LocalBackend(this, { path: `terraform.${config.name}.tfstate` });

    new CloudflareProvider(this, "cloudflare", {});
    if (config.domains.some((domain) => domain.edge === "fastly")) new FastlyProvider(this, "fastly", {});

    const zones = config.zones.map(
      (zone) =>
        new CloudflareDnsZone(this, zone.name, {
          zoneId: zone.zoneId,
          zoneName: zone.name,
          manageRulesets: zone.manageRulesets,
          advancedCertificate: zone.advancedCertificate,
        }),
    );

    this.domains = config.domains.map((domain) => {
      const dnsZone = zoneOf(domain.domainName, zones);
      if (!dnsZone) throw new Error(`${domain.domainName} is in no zone of stack ${config.name}`); // the config check refuses this first
      const tracking = new SslTrackingDomain(this, domain.domainName, {
        domainName: domain.domainName,
        dnsZone,
        edge: edgeOf(domain),
        origin: domain.origin,
        allowDestroy: domain.allowDestroy,
        existingRecordId: domain.existingRecordId,
      });
      const outputId = domain.domainName.replace(/\./g, "_");
      new TerraformOutput(this, `${outputId}_cname_target`, {
        value: tracking.cnameTarget,
        description: `Where ${domain.domainName} points (its CNAME target)`,
      });
      if (tracking.serviceId) {
        new TerraformOutput(this, `${outputId}_fastly_service_id`, {
          value: tracking.serviceId,
          description: `The id of the Fastly service that serves ${domain.domainName}`,
        });
      }
      return tracking;
    });
  }
}

function edgeOf(domain: DomainConfig): ITrackingEdge {
  switch (domain.edge) {
    case "fastly":
      return TrackingEdge.fastly(domain.fastly);
    case "cloudflare-proxy":
      return TrackingEdge.cloudflareProxy();
  }
}
