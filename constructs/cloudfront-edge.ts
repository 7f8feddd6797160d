import { Construct } from "constructs";
import { Fn, ITerraformDependable, Token } from "../framework";
import { AcmCertificate } from "../framework/aws/acm-certificate";
import { AcmCertificateValidation } from "../framework/aws/acm-certificate-validation";
import { CloudfrontDistribution } from "../framework/aws/cloudfront-distribution";
import { IDnsZone } from "./dns-zone";
import type { ITrackingEdge } from "./tracking-edge";
import { TrackingDomainError, quote } from "./errors";
import { checkProvider } from "./provider";
import { requireProps, requireString } from "./props";
import { CLOUDFRONT_PRICE_CLASSES, CloudFrontEdgeOptions } from "./cloudfront-options";

export { CLOUDFRONT_PRICE_CLASSES, type CloudFrontEdgeOptions, type CloudFrontPriceClass } from "./cloudfront-options";

/*
 * This module loads `@cdktf/provider-aws`, an optional peer dependency: it is reached only
 * through the AWS entry point (`./aws`), which the root entry point requires on first use, so
 * that a Cloudflare- or Fastly-only user neither installs nor loads the AWS bindings.
 */

/** CloudFront only uses ACM certificates from this region, whatever the stack's default region. */
export const CLOUDFRONT_CERTIFICATE_REGION = "us-east-1";
/** The managed cache policy `CachingDisabled`: TTL 0, nothing in the cache key, so nothing is cached. */
export const CACHING_DISABLED_POLICY_ID = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
/** The managed origin request policy `AllViewer`: every viewer header (Host too), query string and cookie. */
export const ALL_VIEWER_ORIGIN_REQUEST_POLICY_ID = "216adef6-5c7f-47e4-b989-5492eafa07d3";
/** Every method CloudFront can pass on; clicks are GETs, but nothing a link may send is refused. */
export const CLOUDFRONT_ALLOWED_METHODS = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"] as const;
/** The minimum TLS version viewers must offer: CloudFront's recommended policy for SNI. */
export const CLOUDFRONT_MINIMUM_PROTOCOL = "TLSv1.2_2021";
/** CloudFront refuses a longer distribution comment. */
const MAX_COMMENT = 128;
const ORIGIN_ID = "sendgrid";

export interface CloudFrontEdgeProps extends CloudFrontEdgeOptions {
  /** The branded link host. */
  readonly domainName: string;
  /** The SendGrid host that CloudFront forwards to. */
  readonly origin: string;
  /** The zone that receives the certificate's validation record. */
  readonly dnsZone: IDnsZone;
  /**
   * Refuse to destroy or replace the distribution and the certificate, which serve live links.
   * @default false
   */
  readonly preventDestroy?: boolean;
  /**
   * The distribution's comment (at most 128 characters).
   * @default - says that the distribution serves SendGrid tracking and who manages it
   */
  readonly comment?: string;
}

/**
 * CloudFront's half of a tracking domain: a DNS-validated ACM certificate for the domain in
 * `us-east-1`, and a distribution that passes every request to SendGrid, uncached.
 */
export class CloudFrontEdge extends Construct {
  /** The domain's certificate. */
  public readonly certificate: AcmCertificate;
  /** Exists once the certificate is issued. */
  public readonly certificateValidation: AcmCertificateValidation;
  /** The distribution that serves the domain. */
  public readonly distribution: CloudfrontDistribution;
  /** Where the domain's CNAME must point: the distribution's `*.cloudfront.net` name. */
  public readonly cnameTarget: string;
  /** Exists once the certificate is issued and the distribution deployed with it. */
  public readonly ready: ITerraformDependable[];

  constructor(scope: Construct, id: string, props: CloudFrontEdgeProps) {
    super(scope, id);
    const { domainName, origin, dnsZone } = props;
    const where = `${domainName}: AwsTrackingEdge.cloudFront()`;
    requireProps(where, props, "the edge's options");
    requireString(where, props, "priceClass", true);
    requireString(where, props, "webAclId", true);
    if (props.priceClass !== undefined && !(CLOUDFRONT_PRICE_CLASSES as readonly string[]).includes(props.priceClass)) {
      throw new TrackingDomainError(
        `${where}: priceClass ${quote(props.priceClass)} is not one of ${CLOUDFRONT_PRICE_CLASSES.map((c) => quote(c)).join(", ")}`,
      );
    }
    if (props.webAclId !== undefined && props.webAclId.trim() === "") {
      throw new TrackingDomainError(`${where}: webAclId ${quote(props.webAclId)} is empty; leave it out for no web ACL`);
    }
    const comment = props.comment ?? "SendGrid link tracking (cdktf-ssl-tracking-domain)";
    if (!Token.isUnresolved(comment) && comment.length > MAX_COMMENT) {
      throw new TrackingDomainError(`${where}: comment is ${comment.length} characters long; CloudFront allows ${MAX_COMMENT}`);
    }
    if (dnsZone.recordsOutsideTerraform) {
      // The certificate's validation would wait in the apply for a record made by hand after it.
      throw new TrackingDomainError(
        `${where}: zone ${dnsZone.zoneName} is not managed by Terraform (${dnsZone.dnsProvider}), but the CloudFront edge's certificate ` +
          `validation waits during the apply for its validation record, and the distribution for the certificate; use the fastly edge there`,
      );
    }
    checkProvider(domainName, props.provider, "aws");
    checkProvider(domainName, props.certificateProvider, "aws");
    // Read by shape, not instanceof: checkProvider made sure it is an AWS provider, of either framework's bindings.
    const certificateRegion = (props.certificateProvider as { readonly region?: string } | undefined)?.region;
    if (certificateRegion !== undefined && !Token.isUnresolved(certificateRegion) && certificateRegion !== CLOUDFRONT_CERTIFICATE_REGION) {
      throw new TrackingDomainError(
        `${where}: certificateProvider ${props.certificateProvider!.node.path} is in region ${quote(certificateRegion)}; ` +
          `CloudFront only uses certificates from ${CLOUDFRONT_CERTIFICATE_REGION}`,
      );
    }

    // As for Fastly: create_before_destroy is kept in the state, so when this edge leaves the
    // config (a switch of edge) Terraform deletes it only after the CNAME has moved away.
    const lifecycle = { createBeforeDestroy: true, ...(props.preventDestroy ? { preventDestroy: true } : {}) };
    // Without a provider of its own, the certificate names its region (AWS provider 6).
    const certificateAt = props.certificateProvider
      ? { provider: props.certificateProvider }
      : { provider: props.provider, region: CLOUDFRONT_CERTIFICATE_REGION };

    this.certificate = new AcmCertificate(this, "certificate", {
      domainName,
      validationMethod: "DNS",
      lifecycle,
      tags: { Name: domainName, "managed-by": "cdktf-ssl-tracking-domain" },
      ...certificateAt,
    });
    // One name, so one validation option; it is a set, read through tolist. ACM writes names with
    // the root dot, which zones take without.
    const option = this.certificate.domainValidationOptions.get(0);
    const validationRecord = dnsZone.addRecord(this, "acm-validation", {
      name: Fn.trimsuffix(option.resourceRecordName, "."),
      type: "CNAME",
      value: Fn.trimsuffix(option.resourceRecordValue, "."),
      comment: "ACM certificate validation for CloudFront (cdktf-ssl-tracking-domain)",
      // ACM checks this record again at each renewal, so it stays as long as the certificate.
      createBeforeDestroy: true,
      // ACM asks for one validation record per domain and account, whichever certificate: a new
      // certificate of the domain (a replacement, or a retry after ACM's 72-hour timeout) keeps
      // this record, rather than replacing it, which Route 53 refuses (the record set exists) or,
      // with allow_overwrite, does by deleting the shared record set with the old resource.
      keepNameAndValue: true,
      // A leftover record of an earlier certificate of the domain is taken over, not refused.
      allowOverwrite: true,
    });
    this.certificateValidation = new AcmCertificateValidation(this, "certificate-validation", {
      certificateArn: this.certificate.arn,
      dependsOn: [validationRecord],
      lifecycle: { createBeforeDestroy: true },
      ...certificateAt,
    });

    this.distribution = new CloudfrontDistribution(this, "distribution", {
      enabled: true,
      isIpv6Enabled: true,
      comment,
      aliases: [domainName],
      priceClass: props.priceClass ?? "PriceClass_All",
      webAclId: props.webAclId,
      // The CNAME is written only once every edge location serves the domain.
      waitForDeployment: true,
      origin: [
        {
          originId: ORIGIN_ID,
          // CloudFront checks SendGrid's certificate against this name (docs/edges.md: "How CloudFront
          // checks SendGrid's certificate"), so it is SendGrid's own host, never the branded one.
          domainName: origin,
          customOriginConfig: {
            httpPort: 80,
            httpsPort: 443,
            originProtocolPolicy: "https-only",
            originSslProtocols: ["TLSv1.2"],
          },
        },
      ],
      defaultCacheBehavior: {
        targetOriginId: ORIGIN_ID,
        // Never a redirect: links in mail sent before SSL tracking are http:// and must keep working.
        viewerProtocolPolicy: "allow-all",
        allowedMethods: [...CLOUDFRONT_ALLOWED_METHODS],
        cachedMethods: ["GET", "HEAD"],
        // Every open and click must reach SendGrid to be counted.
        cachePolicyId: CACHING_DISABLED_POLICY_ID,
        // Host stays the branded domain, which is how SendGrid finds the account.
        originRequestPolicyId: ALL_VIEWER_ORIGIN_REQUEST_POLICY_ID,
        compress: false,
      },
      restrictions: { geoRestriction: { restrictionType: "none" } },
      viewerCertificate: {
        // The validation's ARN, not the certificate's: the distribution waits for issuance.
        acmCertificateArn: this.certificateValidation.certificateArn,
        sslSupportMethod: "sni-only",
        minimumProtocolVersion: CLOUDFRONT_MINIMUM_PROTOCOL,
      },
      lifecycle,
      provider: props.provider,
    });
    this.cnameTarget = this.distribution.domainName;
    this.ready = [this.certificateValidation, this.distribution];
  }
}

/**
 * The CloudFront edge of `AwsTrackingEdge.cloudFront()` (and of the root entry point's
 * deprecated `TrackingEdge.cloudFront()`): the construct id `cloudfront` below the domain is a
 * Terraform address, so both keep it.
 */
export function cloudFrontEdge(options: CloudFrontEdgeOptions = {}): ITrackingEdge {
  return {
    kind: "cloudfront",
    bind: ({ scope, domainName, origin, dnsZone, preventDestroy, comment }) => {
      const edge = new CloudFrontEdge(scope, "cloudfront", { ...(options ?? {}), domainName, origin, dnsZone, preventDestroy, comment });
      return {
        cnameTarget: edge.cnameTarget,
        proxied: false,
        // The CNAME moves only once the certificate is issued and the distribution serves it.
        dependsOn: edge.ready,
        serviceId: edge.distribution.id,
      };
    },
  };
}
