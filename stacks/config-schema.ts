import { z } from "zod";
import { FASTLY_CERTIFICATE_AUTHORITIES } from "../constructs/fastly-certificate";
import { hostNameProblem } from "../constructs/domain-name";
import { quote } from "../constructs/errors";
import { EDGE_KINDS } from "../constructs/tracking-edge";
import { backendSchema } from "./backend";

/*
 * The shape of tracking-domains.json, field by field. Checks that span entries (duplicates,
 * zones, ruleset owners) are in config-checks.ts; the JSON Schema is generated from this.
 */

/** For editors only (JSON Schema); `hostNameProblem` is the real check and says what is wrong. */
const HOST_NAME_PATTERN = "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$";

const hostName = z
  .string()
  .superRefine((value, ctx) => {
    const problem = hostNameProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: `${quote(value)} is not a valid host name: ${problem}` });
  })
  .meta({ pattern: HOST_NAME_PATTERN });

const zoneSchema = z.strictObject({
  name: hostName.describe("The zone's apex name, e.g. example.com."),
  provider: z.literal("cloudflare").describe("Where the zone is hosted. Only cloudflare is supported."),
  zoneId: z
    .string()
    .regex(/^[0-9a-f]{32}$/, { error: (issue) => `${quote(issue.input)} is not a Cloudflare zone id (32 lowercase hex characters)` })
    .describe("The Cloudflare zone id: 32 lowercase hex characters."),
  manageRulesets: z
    .boolean()
    .optional()
    .describe("Whether this stack emits the zone's entry-point rulesets for proxied hosts. Default: true."),
  advancedCertificate: z
    .boolean()
    .optional()
    .describe("Whether the zone has an advanced certificate covering hosts deeper than one level. Default: false."),
  certificate: z
    .literal("wildcard")
    .optional()
    .describe("wildcard: the zone's Fastly domains share one managed *.<zone> certificate. Default: one certificate per domain."),
  certificateAuthority: z
    .enum(FASTLY_CERTIFICATE_AUTHORITIES)
    .optional()
    .describe("Who issues the zone's wildcard certificate. Default: lets-encrypt."),
});

const customCertificateSchema = z
  .strictObject({
    certificateFile: z.string().min(1).optional().describe("A PEM file with the certificate and its chain, relative to the config file."),
    certificatePem: z.string().min(1).optional().describe("The certificate and its chain, PEM-encoded."),
  })
  .refine((c) => (c.certificateFile === undefined) !== (c.certificatePem === undefined), {
    error: "give exactly one of certificateFile and certificatePem",
  })
  .describe("The team's own certificate; its private key comes from the sensitive Terraform variable tls_private_key_<domain>.");

const fastlySchema = z.strictObject({
  certificate: z
    .union([z.literal("managed"), customCertificateSchema])
    .optional()
    .describe(
      "managed: a certificate of its own from certificateAuthority; or a custom certificate. Default: the zone's wildcard if it has one, else managed.",
    ),
  certificateAuthority: z
    .enum(FASTLY_CERTIFICATE_AUTHORITIES)
    .optional()
    .describe("Who issues the managed certificate. Default: lets-encrypt."),
  cnameTarget: hostName
    .optional()
    .describe("Where the domain's CNAME points. Default: the CNAME of the Fastly account's default TLS configuration."),
});

/** The price classes of constructs/cloudfront-edge.ts, repeated so that the schema does not load the AWS bindings; a test checks they agree. */
export const CLOUDFRONT_PRICE_CLASSES = ["PriceClass_All", "PriceClass_200", "PriceClass_100"] as const;

const cloudfrontSchema = z.strictObject({
  priceClass: z
    .enum(CLOUDFRONT_PRICE_CLASSES)
    .optional()
    .describe("Which CloudFront edge locations serve the domain. Default: PriceClass_All."),
  webAclId: z
    .string()
    .regex(/^arn:aws[a-z-]*:wafv2:us-east-1:[0-9]{12}:global\/webacl\/[A-Za-z0-9_-]+\/[0-9a-f-]+$/, {
      error: (issue) =>
        `${quote(issue.input)} is not the ARN of a WAFv2 web ACL with scope CLOUDFRONT (arn:aws:wafv2:us-east-1:<account>:global/webacl/<name>/<id>)`,
    })
    .optional()
    .describe("The ARN of a WAFv2 web ACL (scope CLOUDFRONT) to attach. Default: none."),
});

const domainSchema = z.strictObject({
  domainName: hostName.describe("The branded link host SendGrid writes into emails, e.g. url1234.example.com."),
  edge: z.enum(EDGE_KINDS).describe("The CDN that terminates TLS for the domain."),
  origin: hostName.optional().describe("The SendGrid host to forward to. Default: sendgrid.net; eu.sendgrid.net for EU subusers."),
  fastly: fastlySchema.optional().describe("Options of the Fastly edge."),
  cloudfront: cloudfrontSchema.optional().describe("Options of the CloudFront edge."),
  allowDestroy: z
    .boolean()
    .optional()
    .describe("Let Terraform destroy or replace the domain's live resources, for a planned retirement. Default: false."),
  existingRecordId: z
    .string()
    .regex(/^[0-9a-f]{32}$/, { error: (issue) => `${quote(issue.input)} is not a Cloudflare DNS record id (32 lowercase hex characters)` })
    .optional()
    .describe("The Cloudflare id of the domain's existing CNAME, to import and take over on the first apply."),
});

const stackSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, {
      error: (issue) => `${quote(issue.input)} is not a valid stack name (letters, digits, "-" and "_", at most 64)`,
    })
    // A stack's name is a key of plain objects in cdktf and constructs, where these names are taken.
    .refine((name) => !(name in Object.prototype), {
      error: (issue) => `${quote(issue.input)} is a name JavaScript reserves for every object; choose another stack name`,
    })
    .describe("The stack's name; its output goes to cdktf.out/stacks/<name>/."),
  zones: z.array(zoneSchema).min(1, { error: "a stack needs at least one zone" }).describe("The DNS zones that hold this stack's domains."),
  domains: z.array(domainSchema).min(1, { error: "a stack needs at least one domain" }).describe("The tracking domains of this stack."),
  backend: backendSchema.optional(),
});

export const configSchema = z.strictObject({
  $schema: z.string().optional().describe("The JSON Schema of this file, for editors."),
  stacks: z.array(stackSchema).min(1, { error: "the config needs at least one stack" }).describe("One Terraform stack per entry."),
});

export type TrackingDomainsConfig = z.infer<typeof configSchema>;
export type StackConfig = TrackingDomainsConfig["stacks"][number];
export type DomainConfig = StackConfig["domains"][number];
export type ZoneConfig = StackConfig["zones"][number];
