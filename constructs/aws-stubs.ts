import { TrackingDomainError } from "./errors";

/*
 * Root-entry-point names for what lives in the AWS entry point. Importing them from the root
 * compiles (so the mistake is caught where it is made, not as a missing export), but any use
 * fails to type-check with the hint as the expected type, and throws the hint at run time.
 */

/** The hint a root import of an AWS construct gets, as a type: TypeScript prints it in the error. */
export type ImportFromAwsEntryPoint<Name extends string> =
  `${Name} is exported by "cdktf-ssl-tracking-domain/aws" (it needs @cdktf/provider-aws on cdktf, @cdktn/provider-aws on cdktn), not by the root entry point`;

function moved<Name extends string>(name: Name): new (hint: ImportFromAwsEntryPoint<Name>, ...rest: unknown[]) => never {
  return class {
    constructor() {
      throw new TrackingDomainError(
        `${name} is exported by "cdktf-ssl-tracking-domain/aws" (it needs @cdktf/provider-aws on cdktf, @cdktn/provider-aws on cdktn), not by the root entry point: ` +
          `import { ${name} } from "cdktf-ssl-tracking-domain/aws"`,
      );
    }
  } as never;
}

/**
 * Not here: `import { Route53DnsZone } from "cdktf-ssl-tracking-domain/aws"`. This stand-in only
 * fails, with that hint, in the type check and at run time.
 * @deprecated Import `Route53DnsZone` from `cdktf-ssl-tracking-domain/aws`.
 */
export const Route53DnsZone: {
  /** Fails: the type check with the hint as the expected type, and at run time with a `TrackingDomainError`. */
  new (hint: ImportFromAwsEntryPoint<"Route53DnsZone">, ...rest: unknown[]): never;
} = moved("Route53DnsZone");

/**
 * Not here: `import { AwsTrackingEdge } from "cdktf-ssl-tracking-domain/aws"`. This stand-in only
 * fails, with that hint, in the type check and at run time.
 * @deprecated Import `AwsTrackingEdge` from `cdktf-ssl-tracking-domain/aws`.
 */
export const AwsTrackingEdge: {
  /** Fails: the type check with the hint as the expected type, and at run time with a `TrackingDomainError`. */
  new (hint: ImportFromAwsEntryPoint<"AwsTrackingEdge">, ...rest: unknown[]): never;
} = moved("AwsTrackingEdge");
