/**
 * The package's public API: the constructs and their props, the edge and certificate factories,
 * what it takes to implement another DNS zone, edge or certificate, the error they throw, and the
 * JSON-config app as a library (load and validate a tracking-domains.json, add its stacks to an
 * `App` of your own). Everything else (name checks, the Fastly edge's own constructs, the plan
 * guard's marks) is internal: the app, the CLI and the tests import it from its module, so it
 * can change freely.
 *
 * Nothing here needs `@cdktf/provider-aws`, not even to type-check: the CloudFront edge and the
 * Route 53 zone are in the AWS entry point, `cdktf-ssl-tracking-domain/aws`. (`Route53DnsZone`
 * and `AwsTrackingEdge` imported from here are stand-ins that fail with that hint.)
 *
 * The package also exports `FastlyProvider` and `FastlyProviderConfig`, the generated binding of
 * the `fastly/fastly` Terraform provider (`~> 9.5`), and `CloudflareProvider` and
 * `CloudflareProviderConfig`, that of `cloudflare/cloudflare` (5.14.0), whose arguments the
 * Terraform registry documents. They extend the classes of the app's framework, cdktf or cdktn.
 * @module
 */
export { SslTrackingDomain, type SslTrackingDomainProps } from "./ssl-tracking-domain";
export { TrackingEdge, EDGE_KINDS, type EdgeKind, type ITrackingEdge, type EdgeBindContext, type EdgeBinding } from "./tracking-edge";
export type { IDnsZone, DnsRecordOptions } from "./dns-zone";
export { CloudflareDnsZone, type CloudflareDnsZoneProps, type ExistingRulesetIds } from "./cloudflare-dns-zone";
export { ExternalDnsZone, type ExternalDnsZoneProps, type ExternalDnsRecord } from "./external-dns-zone";
export { MAX_EXPRESSION_LENGTH, PROXY_PHASES, type ProxyPhase, type ProxyRule } from "./cloudflare-proxy-rules";
export type { FastlyEdgeOptions } from "./fastly-tls-edge";
export type { SendgridAutoSslOptions } from "./sendgrid-auto-ssl";
// Types only, from a module that loads nothing of AWS: the edge itself is in the AWS entry point.
export type { CloudFrontEdgeOptions, CloudFrontPriceClass } from "./cloudfront-options";
export { Route53DnsZone, AwsTrackingEdge, type ImportFromAwsEntryPoint } from "./aws-stubs";
export { TrackingDomainsFile } from "../stacks/library";
export { ConfigError } from "../stacks/config-error";
export {
  FastlyCertificate,
  FASTLY_CERTIFICATE_AUTHORITIES,
  type FastlyCertificateAuthority,
  type IFastlyCertificate,
  type FastlyCertificateContext,
  type ManagedCertificateOptions,
  type CustomCertificateOptions,
} from "./fastly-certificate";
export { TrackingDomainError } from "./errors";
// Generated code: left out of the API docs (typedoc.json), described in the module comment above.
export { FastlyProvider, type FastlyProviderConfig } from "../.gen/providers/fastly/provider";
// The Cloudflare provider's binding, generated like Fastly's, for apps on either framework (there
// is no prebuilt one for cdktn).
export { CloudflareProvider, type CloudflareProviderConfig } from "../.gen/providers/cloudflare/provider";
