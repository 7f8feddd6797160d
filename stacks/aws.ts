import type { AwsProvider } from "../framework/aws/provider";
import type { Route53DnsZone } from "../constructs/route53-dns-zone";
import { TrackingDomainError } from "../constructs/errors";
import { FRAMEWORK } from "../framework/select";

/** What a stack with a Route 53 zone or a CloudFront domain needs from `@cdktf/provider-aws`. */
export interface AwsBindings {
  readonly AwsProvider: typeof AwsProvider;
  readonly Route53DnsZone: typeof Route53DnsZone;
}

let loaded: AwsBindings | undefined;

/**
 * The AWS bindings, loaded on first use: `@cdktf/provider-aws` is an optional peer dependency, so
 * an app whose stacks have no Route 53 zone neither needs it installed nor pays for loading it.
 * `load` is for tests, to stand for a project where it is missing; `why` says, in the error, what
 * needs the package.
 */
export function awsBindings(load: (id: string) => unknown = require, why = "a zone has provider route53"): AwsBindings {
  if (loaded && load === require) return loaded;
  try {
    const bindings: AwsBindings = {
      AwsProvider: (load("../framework/aws/provider") as typeof import("../framework/aws/provider")).AwsProvider,
      Route53DnsZone: (load("../constructs/route53-dns-zone") as typeof import("../constructs/route53-dns-zone")).Route53DnsZone,
    };
    if (load === require) loaded = bindings;
    return bindings;
  } catch (error) {
    const aws = FRAMEWORK.aws;
    if ((error as { code?: string }).code === "MODULE_NOT_FOUND" && String((error as Error).message).includes(aws.package)) {
      throw new TrackingDomainError(
        `${why}, which needs the package ${aws.package} (${aws.range}): npm install --save-dev ${aws.package}@${aws.range}`,
      );
    }
    throw error;
  }
}
