/**
 * The package's Amazon Route 53 entry point, `cdktf-ssl-tracking-domain/route53`: the zone that
 * keeps a tracking domain's records in a Route 53 hosted zone. It needs the optional peer
 * dependency `@cdktf/provider-aws` (21.x); the main entry point never loads it, so a
 * Cloudflare-only project neither installs nor loads the AWS bindings.
 * @module
 */
// First: names the missing package, before any AWS binding is required.
import "./aws-required";
export { Route53DnsZone, type Route53DnsZoneProps } from "./route53-dns-zone";
