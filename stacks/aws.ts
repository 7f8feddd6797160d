import type { AwsProvider } from "../framework/aws/provider";
import type { Route53DnsZone } from "../constructs/route53-dns-zone";
import type { cloudFrontEdge } from "../constructs/cloudfront-edge";
import { requireOptionalAws } from "../constructs/optional-aws";

/** What a stack with a Route 53 zone or a CloudFront domain needs from `@cdktf/provider-aws`. */
export interface AwsBindings {
  readonly AwsProvider: typeof AwsProvider;
  readonly Route53DnsZone: typeof Route53DnsZone;
  /** The CloudFront edge, loaded on first call: its module loads the ACM and CloudFront bindings. */
  readonly cloudFrontEdge: typeof cloudFrontEdge;
}

/**
 * The AWS bindings, loaded on first use through the library's one optional-AWS loader:
 * `@cdktf/provider-aws` is an optional peer dependency, so an app whose stacks have no Route 53
 * zone and no CloudFront domain neither needs it installed nor pays for loading it. `what` says,
 * in the error, what needs the package; `load` is for tests, to stand for a project without it.
 */
export function awsBindings(load?: (id: string) => unknown, what = "a zone with provider route53"): AwsBindings {
  // Module ids are resolved from constructs/, where the loader is.
  const provider = requireOptionalAws<typeof import("../framework/aws/provider")>("../framework/aws/provider", what, load);
  const zone = requireOptionalAws<typeof import("../constructs/route53-dns-zone")>("./route53-dns-zone", what, load);
  return {
    AwsProvider: provider.AwsProvider,
    Route53DnsZone: zone.Route53DnsZone,
    cloudFrontEdge: (options) =>
      requireOptionalAws<typeof import("../constructs/cloudfront-edge")>("./cloudfront-edge", what, load).cloudFrontEdge(options),
  };
}
