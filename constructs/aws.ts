/**
 * The package's AWS entry point, `cdktf-ssl-tracking-domain/aws`: everything that needs the
 * optional peer dependency `@cdktf/provider-aws` (21.x), namely the Amazon CloudFront edge and
 * the Amazon Route 53 zone. The root entry point never loads it, so a Cloudflare- or Fastly-only
 * project neither installs the AWS package nor needs it to type-check.
 *
 * `cdktf-ssl-tracking-domain/route53` stays as an alias for `Route53DnsZone` alone.
 * @module
 */
// First: names the missing package, before any AWS binding is required.
import "./aws-required";
export { AwsTrackingEdge } from "./aws-tracking-edge";
export { Route53DnsZone, type Route53DnsZoneProps } from "./route53-dns-zone";
export { CLOUDFRONT_PRICE_CLASSES, type CloudFrontEdgeOptions, type CloudFrontPriceClass } from "./cloudfront-options";
