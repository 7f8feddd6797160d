import type { ITrackingEdge } from "./tracking-edge";
import { cloudFrontEdge } from "./cloudfront-edge";
import type { CloudFrontEdgeOptions } from "./cloudfront-options";

/** Factories for the edges that run on AWS; the others are on `TrackingEdge` in the root entry point. */
export abstract class AwsTrackingEdge {
  /**
   * Amazon CloudFront terminates TLS with a DNS-validated ACM certificate for the domain (in
   * `us-east-1`, its validation record written in the domain's zone) and passes every request to
   * SendGrid, uncached, with the viewer's Host header. Needs an AWS provider in the stack, and a
   * zone that Terraform manages (Cloudflare or Route 53).
   */
  public static cloudFront(options: CloudFrontEdgeOptions = {}): ITrackingEdge {
    return cloudFrontEdge(options);
  }
}
