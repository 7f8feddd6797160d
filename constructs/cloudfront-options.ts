import { TerraformProvider } from "../framework";

/*
 * The CloudFront edge's options, apart from its construct: this module loads nothing of
 * `@cdktf/provider-aws`, so the root entry point's declarations can name these types and still
 * type-check (with `skipLibCheck: false`) in a project without the AWS package.
 */

/** A CloudFront price class: which edge locations serve the domain (all, or the cheaper regions). */
export type CloudFrontPriceClass = "PriceClass_All" | "PriceClass_200" | "PriceClass_100";
/** Every `CloudFrontPriceClass`, in CloudFront's order: the config schema and the construct check against it. */
export const CLOUDFRONT_PRICE_CLASSES = [
  "PriceClass_All",
  "PriceClass_200",
  "PriceClass_100",
] as const satisfies readonly CloudFrontPriceClass[];

/** Options of `AwsTrackingEdge.cloudFront()` (entry point `cdktf-ssl-tracking-domain/aws`). */
export interface CloudFrontEdgeOptions {
  /**
   * An AWS provider in `us-east-1` (e.g. with `alias: "us_east_1"`) for the ACM certificate and
   * its validation: CloudFront only uses certificates from that region.
   * @default - the distribution's provider, with `region = "us-east-1"` set on the certificate and
   * its validation (a per-resource region, which needs AWS provider 6 or later)
   */
  readonly certificateProvider?: TerraformProvider;
  /**
   * The AWS provider of the distribution (a global resource: its region does not matter). DNS
   * records use the zone's provider.
   * @default - the stack's default (unaliased) AWS provider
   */
  readonly provider?: TerraformProvider;
  /**
   * Which edge locations serve the domain; a smaller class costs less per request in some regions
   * and serves viewers elsewhere from farther away.
   * @default "PriceClass_All"
   */
  readonly priceClass?: CloudFrontPriceClass;
  /**
   * The web ACL to attach: a WAFv2 web ACL's ARN (scope CLOUDFRONT). Every click then pays WAF's
   * per-request fee too.
   * @default - no web ACL
   */
  readonly webAclId?: string;
}
