import { Construct } from "constructs";
import { DISABLE_STACK_TRACE_IN_METADATA, TerraformOutput, TerraformStack, TerraformVariable } from "../framework";
import { CloudflareProvider } from "../.gen/providers/cloudflare/provider";
import type { AwsProvider } from "../framework/aws/provider";
import { FastlyProvider } from "../.gen/providers/fastly/provider";
import { CloudflareDnsZone } from "../constructs/cloudflare-dns-zone";
import { IDnsZone } from "../constructs/dns-zone";
import { ExternalDnsZone } from "../constructs/external-dns-zone";
import { zoneOf } from "../constructs/domain-name";
import { SslTrackingDomain } from "../constructs/ssl-tracking-domain";
import { guardStackOutput } from "../constructs/output-scan";
import { ITrackingEdge, TrackingEdge } from "../constructs/tracking-edge";
import { FastlyCertificate, IFastlyCertificate } from "../constructs/fastly-certificate";
import { AwsBindings, awsBindings } from "./aws";
import { addBackend } from "./backend";
import type { SharedZone } from "./app";
import { DomainConfig, StackConfig, ZoneConfig } from "./config";

/** `a` before `b` by code unit, the same on every machine and locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A Terraform-safe name for a domain, also usable in an environment variable:
 * `url-1.example.com` → `url__1_example_com` (host names hold no `_`, so it is unique).
 */
export function domainSlug(domainName: string): string {
  return domainName.replace(/-/g, "__").replace(/\./g, "_");
}

/**
 * One Terraform stack of the app: the providers, the zones and one `SslTrackingDomain` per
 * configured domain. Credentials are left to the providers, which read them from the
 * environment (`FASTLY_API_KEY`, `CLOUDFLARE_API_TOKEN`, `AWS_*`), so they never reach the output.
 * Each provider is added only when the stack uses it.
 */
export class TrackingDomainsStack extends TerraformStack {
  public readonly domains: SslTrackingDomain[];
  /** The other stacks whose rulesets cover this stack's proxied hosts. */
  public readonly rulesetsOwners: string[] = [];
  /** The AWS provider in us-east-1 for CloudFront's certificates, when the stack has a CloudFront domain. */
  private readonly certificateProvider?: AwsProvider;
  /** The AWS bindings, when the stack has a Route 53 zone, a CloudFront domain or an aws block. */
  private readonly aws?: AwsBindings;

  /**
   * @param zonesOfFile the file's zones across stacks (`sharedZones`); without it, the stack sees only
   * its own domains
   */
  constructor(scope: Construct, config: StackConfig, zonesOfFile: ReadonlyMap<string, SharedZone> = new Map()) {
    super(scope, config.name);
    guardStackOutput(this);
    // Warnings would otherwise carry the JavaScript stack of their call into manifest.json: paths of
    // this machine, and lines that follow the order of the file. Set on the stack, not the app,
    // which may be a library user's with stacks of its own already.
    this.node.setContext(DISABLE_STACK_TRACE_IN_METADATA, true);
    addBackend(this, config.name, config.backend);

    if (config.zones.some((zone) => zone.provider === "cloudflare")) new CloudflareProvider(this, "cloudflare", {});
    if (config.domains.some((domain) => domain.edge === "fastly")) new FastlyProvider(this, "fastly", {});
    // Loaded only here, so that a stack without Route 53 zones or CloudFront domains never needs
    // @cdktf/provider-aws.
    const route53 = config.zones.some((zone) => zone.provider === "route53");
    const cloudfront = config.domains.some((domain) => domain.edge === "cloudfront");
    // An `aws` block keeps both AWS providers after the last Route 53 zone or CloudFront domain has
    // left: Terraform needs the aliased us-east-1 one to delete the certificates still in the state.
    const keepAws = config.aws !== undefined;
    this.aws =
      route53 || cloudfront || keepAws
        ? awsBindings(
            undefined,
            `stack ${config.name}: ${route53 ? "a zone with provider route53" : cloudfront ? "a domain with edge cloudfront" : "the aws block"}`,
          )
        : undefined;
    const aws = this.aws;
    // Region and credentials from the environment (AWS_REGION, AWS_* or OIDC) unless the config sets the region.
    if (aws) new aws.AwsProvider(this, "aws", { region: config.aws?.region });
    // CloudFront only uses certificates from us-east-1, whatever the default region.
    if (aws && (cloudfront || keepAws))
      this.certificateProvider = new aws.AwsProvider(this, "aws-us-east-1", { alias: "us_east_1", region: "us-east-1" });

    // Zones and domains in name order: the construct tree, and so the order of the warnings in the
    // manifest and of shared dependencies, does not follow the order of the file.
    const zoneConfigs = [...config.zones].sort((a, b) => byCodeUnit(a.name, b.name));
    const domainConfigs = [...config.domains].sort((a, b) => byCodeUnit(a.domainName, b.domainName));
    const zones = zoneConfigs.map((zone): IDnsZone => {
      if (zone.provider === "route53")
        return new aws!.Route53DnsZone(this, zone.name, { hostedZoneId: zone.hostedZoneId, zoneName: zone.name });
      if (zone.provider === "external") return new ExternalDnsZone(this, zone.name, { zoneName: zone.name });
      const shared = zonesOfFile.get(zone.zoneId);
      const owner = shared?.rulesetsOwner;
      const proxies = shared?.proxiedHosts.some((host) => host.stack === config.name) ?? false;
      // Another stack of the file holds the zone's rulesets (and the rules of this stack's hosts).
      const elsewhere = owner !== undefined && owner !== config.name ? owner : undefined;
      if (elsewhere && proxies) this.rulesetsOwners.push(elsewhere);
      return new CloudflareDnsZone(this, zone.name, {
        zoneId: zone.zoneId,
        zoneName: zone.name,
        manageRulesets: elsewhere ? undefined : zone.manageRulesets,
        rulesetsOwner: elsewhere && `stack ${elsewhere} of the same config file`,
        existingRulesetIds: elsewhere ? undefined : zone.existingRulesetIds,
        advancedCertificate: zone.advancedCertificate,
      });
    });

    this.domains = domainConfigs.map((domain) => {
      const dnsZone = zoneOf(domain.domainName, zones);
      if (!dnsZone) throw new Error(`${domain.domainName} is in no zone of stack ${config.name}`); // the config check refuses this first
      const zoneConfig = config.zones.find((zone) => zone.name === dnsZone.zoneName)!;
      const tracking = new SslTrackingDomain(this, domain.domainName, {
        domainName: domain.domainName,
        dnsZone,
        edge: this.edgeOf(domain, zoneConfig),
        origin: domain.origin,
        allowDestroy: domain.allowDestroy,
        existingRecordId: domain.existingRecordId,
        allowUnlistedHosts: domain.allowUnlistedHosts,
      });
      const outputId = domainSlug(domain.domainName);
      new TerraformOutput(this, `${outputId}_cname_target`, {
        value: tracking.cnameTarget,
        description: `Where ${domain.domainName} points (its CNAME target)`,
      });
      if (tracking.serviceId && domain.edge === "fastly") {
        new TerraformOutput(this, `${outputId}_fastly_service_id`, {
          value: tracking.serviceId,
          description: `The id of the Fastly service that serves ${domain.domainName}`,
        });
      }
      if (tracking.serviceId && domain.edge === "cloudfront") {
        new TerraformOutput(this, `${outputId}_cloudfront_distribution_id`, {
          value: tracking.serviceId,
          description: `The id of the CloudFront distribution that serves ${domain.domainName}`,
        });
      }
      return tracking;
    });

    // The rulesets this stack owns cover the tracking hosts of the file's other stacks too, proxied
    // or not: a host leaving (or joining) the proxy in another stack keeps its rules whichever
    // stack applies first. A host's rules go only when it leaves the file.
    for (const zone of zones) {
      if (!(zone instanceof CloudflareDnsZone)) continue;
      const shared = zonesOfFile.get(zone.zoneId);
      if (shared?.rulesetsOwner !== config.name) continue;
      for (const host of shared.trackingHosts) if (host.stack !== config.name) zone.addProxiedHost(host.domainName);
    }
  }

  private edgeOf(domain: DomainConfig, zone: ZoneConfig): ITrackingEdge {
    switch (domain.edge) {
      case "fastly":
        return TrackingEdge.fastly({ cnameTarget: domain.fastly?.cnameTarget, certificate: this.certificateOf(domain, zone) });
      case "cloudflare-proxy":
        return TrackingEdge.cloudflareProxy();
      case "sendgrid-auto-ssl":
        // The config check requires the block for this edge.
        return TrackingEdge.sendgridAutoSsl(domain.sendgrid!);
      case "cloudfront":
        // The stack loaded the AWS bindings: it has a CloudFront domain.
        return this.aws!.cloudFrontEdge({
          certificateProvider: this.certificateProvider,
          priceClass: domain.cloudfront?.priceClass,
          webAclId: domain.cloudfront?.webAclId,
        });
    }
  }

  private certificateOf(domain: DomainConfig, zone: ZoneConfig): IFastlyCertificate {
    const chosen = domain.fastly?.certificate ?? (zone.certificate === "wildcard" ? "wildcard" : "managed");
    if (chosen === "managed") return FastlyCertificate.managed({ authority: domain.fastly?.certificateAuthority });
    if (chosen === "wildcard") return FastlyCertificate.managedWildcard({ authority: zone.certificateAuthority });
    // The key is a secret: a sensitive variable, given at plan time as TF_VAR_<name>, never the config.
    const key = new TerraformVariable(this, `tls_private_key_${domainSlug(domain.domainName)}`, {
      type: "string",
      sensitive: true,
      nullable: false,
      description: `PEM private key of the custom certificate of ${domain.domainName}`,
    });
    return FastlyCertificate.custom({ certificatePem: chosen.certificatePem!, privateKey: key });
  }
}
