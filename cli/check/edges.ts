/** The edges and certificate authorities `check` knows, as values that do not load the constructs. */
import type { FastlyCertificateAuthority } from "../../constructs/fastly-certificate";
import type { EdgeKind } from "../../constructs/tracking-edge";

// The constructs own the lists of edge kinds and Fastly CAs, but importing their values would load
// cdktf and the generated provider bindings, which nearly triples the start-up of the built CLI.
// So only their types are imported (erased at run time), and the lists here are the keys of records
// typed by them: the compiler rejects a kind or CA the constructs add or drop until it is added or
// dropped here too, and a test checks that the lists equal the constructs' own.

/** How messages name each edge. */
export const EDGE_NAMES: Record<EdgeKind, string> = {
  fastly: "Fastly",
  "cloudflare-proxy": "Cloudflare",
  cloudfront: "CloudFront",
  "sendgrid-auto-ssl": "SendGrid Auto SSL",
};

/** The constructs' `EDGE_KINDS`, in the same order. */
export const EDGE_KINDS = Object.keys(EDGE_NAMES) as readonly EdgeKind[];

/**
 * CAA issuer domains of the CAs Fastly's managed certificates can come from, keyed like the
 * config's `fastly.certificateAuthority`.
 */
export const FASTLY_CA_ISSUERS: Record<FastlyCertificateAuthority, string> = {
  "lets-encrypt": "letsencrypt.org",
  certainly: "certainly.com",
  globalsign: "globalsign.com",
};

/** The constructs' `FASTLY_CERTIFICATE_AUTHORITIES`, in the same order. */
export const FASTLY_CERTIFICATE_AUTHORITIES = Object.keys(FASTLY_CA_ISSUERS) as readonly FastlyCertificateAuthority[];

/** CAA issuer domains that allow ACM, which issues CloudFront's certificates (any of them will do). */
export const AMAZON_CA_ISSUERS = ["amazon.com", "amazontrust.com", "awstrust.com", "amazonaws.com"] as const;

/** Universal SSL picks among these CAs, and may switch at renewal. */
export const CLOUDFLARE_CA_ISSUERS = ["letsencrypt.org", "pki.goog", "ssl.com", "sectigo.com"] as const;
