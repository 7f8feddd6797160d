import { SENDGRID_ORIGINS, SENDGRID_ZONE } from "./sendgrid-names";
import type { EdgeKind } from "./tracking-edge";

export { SENDGRID_ORIGINS } from "./sendgrid-names";

/*
 * The vendors' documented names, so that a typosquat (`sendgird.net`), a look-alike
 * (`sendgrid.net.attacker.example`) or a link host pointing at itself is refused as origin or
 * CNAME target, and a link host is not placed under a vendor's own zone.
 */

/**
 * The domain under which each edge's vendor documents its CNAME targets: Fastly's TLS
 * configurations (`<x>.sni.global.fastly.net`, `dualstack.<x>...`, `<name>.global.ssl.fastly.net`),
 * CloudFront's distributions (`<id>.cloudfront.net`), SendGrid's Auto SSL link branding
 * (`click.sendgrid.net` for global accounts); a Cloudflare-proxied host points at its origin.
 */
export const CNAME_TARGET_DOMAINS: Readonly<Record<EdgeKind, readonly string[]>> = {
  fastly: ["fastly.net"],
  cloudfront: ["cloudfront.net"],
  "sendgrid-auto-ssl": [SENDGRID_ZONE],
  "cloudflare-proxy": SENDGRID_ORIGINS,
};

/** The vendors' own zones: a link host there is not the customer's to point anywhere. */
export const VENDOR_ZONES: readonly string[] = [
  "sendgrid.net",
  "sendgrid.com",
  "fastly.net",
  "fastlylb.net",
  "cloudfront.net",
  "cloudflare.net",
  "cloudflare.com",
  "amazonaws.com",
];

const atOrBelow = (name: string, zone: string) => name === zone || name.endsWith(`.${zone}`);

/** The opt-out's advice, named in every refusal. */
const OPT_OUT = "if the vendor really gave you this host, list it in allowUnlistedHosts to accept it by name";

/** Why `origin` cannot be the origin of `domainName`, or `undefined`. */
export function originProblem(origin: string, domainName: string, allowUnlistedHosts: readonly string[] = []): string | undefined {
  if (origin === domainName) return "it is the link host itself, which would forward every request to itself";
  if (SENDGRID_ORIGINS.includes(origin) || allowUnlistedHosts.includes(origin)) return undefined;
  return `it is not one of SendGrid's origins (${SENDGRID_ORIGINS.join(", ")}); ${OPT_OUT}`;
}

/** Why `target` cannot be the CNAME target of `domainName` on `edge`, or `undefined`. */
export function cnameTargetProblem(
  edge: EdgeKind,
  target: string,
  domainName: string,
  allowUnlistedHosts: readonly string[] = [],
): string | undefined {
  if (target === domainName) return "it is the link host itself: a CNAME to itself resolves nowhere";
  const domains = CNAME_TARGET_DOMAINS[edge];
  if (domains.some((domain) => atOrBelow(target, domain)) || allowUnlistedHosts.includes(target)) return undefined;
  return `it is not under the ${edge} edge's documented domain${domains.length > 1 ? "s" : ""} (${domains.join(", ")}); ${OPT_OUT}`;
}

/** Why `domainName` cannot be a link host because it lies in a vendor's own zone, or `undefined`. */
export function vendorZoneProblem(domainName: string): string | undefined {
  const zone = VENDOR_ZONES.find((vendor) => atOrBelow(domainName, vendor));
  return zone
    ? `it is under ${zone}, a vendor's own zone; a link host is a name in your domain that SendGrid gave you (e.g. url1234.example.com)`
    : undefined;
}
