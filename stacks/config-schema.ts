import { z } from "zod";
import { CLOUDFRONT_PRICE_CLASSES } from "../constructs/cloudfront-options";
import { FASTLY_CERTIFICATE_AUTHORITIES } from "../constructs/fastly-certificate";
import { hostNameProblem } from "../constructs/domain-name";
import { quote } from "../constructs/errors";
import { HOSTED_ZONE_ID } from "../constructs/route53-names";
import { EDGE_KINDS } from "../constructs/tracking-edge";
import { customHostnameTxtProblem } from "../constructs/sendgrid-auto-ssl";
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

/** What every zone has, whoever hosts it: its name and the Fastly wildcard certificate options. */
const zoneCommon = {
  name: hostName.describe("The zone's apex name, e.g. example.com."),
  certificate: z
    .literal("wildcard")
    .optional()
    .describe("wildcard: the zone's Fastly domains share one managed *.<zone> certificate. Default: one certificate per domain."),
  certificateAuthority: z
    .enum(FASTLY_CERTIFICATE_AUTHORITIES)
    .optional()
    .describe("Who issues the zone's wildcard certificate. Default: lets-encrypt."),
};

const rulesetId = z
  .string()
  .regex(/^[0-9a-f]{32}$/, { error: (issue) => `${quote(issue.input)} is not a Cloudflare ruleset id (32 lowercase hex characters)` })
  .describe("A Cloudflare ruleset id: 32 lowercase hex characters.");

const cloudflareZoneSchema = z.strictObject({
  ...zoneCommon,
  provider: z.literal("cloudflare").describe("Where the zone is hosted: cloudflare, route53 (Amazon Route 53) or external."),
  zoneId: z
    .string()
    .regex(/^[0-9a-f]{32}$/, { error: (issue) => `${quote(issue.input)} is not a Cloudflare zone id (32 lowercase hex characters)` })
    .describe("The Cloudflare zone id: 32 lowercase hex characters."),
  manageRulesets: z
    .boolean()
    .optional()
    .describe(
      "Whether this stack emits the zone's entry-point rulesets for proxied hosts. Default: true when only this stack lists the zone; a zone listed by several stacks needs exactly one stack to set true.",
    ),
  existingRulesetIds: z
    .strictObject({
      http_config_settings: rulesetId.optional(),
      http_request_cache_settings: rulesetId.optional(),
    })
    .optional()
    .describe(
      "The ids of the zone's existing entry-point rulesets, by phase: the first apply imports them instead of creating new ones (a hand-over from another stack, or rulesets made in the dashboard).",
    ),
  advancedCertificate: z
    .boolean()
    .optional()
    .describe("Whether the zone has an advanced certificate covering hosts deeper than one level. Default: false."),
});

const route53ZoneSchema = z.strictObject({
  ...zoneCommon,
  provider: z.literal("route53").describe("Where the zone is hosted: route53 for Amazon Route 53 (Fastly and CloudFront edges)."),
  hostedZoneId: z
    .string()
    .regex(HOSTED_ZONE_ID, {
      error: (issue) =>
        `${quote(issue.input)} is not a Route 53 hosted zone id ("Z" and up to 31 upper-case letters and digits, without "/hostedzone/")`,
    })
    .describe("The Route 53 hosted zone id, e.g. Z0123456789ABCDEFGHIJ."),
});

const externalZoneSchema = z.strictObject({
  ...zoneCommon,
  provider: z
    .literal("external")
    .describe("Where the zone is hosted: external for DNS that Terraform does not manage; the records become outputs to create by hand."),
});

const zoneSchema = z.discriminatedUnion("provider", [cloudflareZoneSchema, route53ZoneSchema, externalZoneSchema]);

/** AWS provider settings of a stack with a Route 53 zone; credentials always come from the environment. */
const awsSchema = z
  .strictObject({
    region: z
      .string()
      .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, { error: (issue) => `${quote(issue.input)} is not an AWS region (e.g. us-east-1)` })
      .optional()
      .describe(
        "The AWS provider's region. Route 53 and CloudFront are global, but the provider needs one (CloudFront's certificates always go to us-east-1). Default: AWS_REGION from the environment.",
      ),
  })
  .describe(
    "Settings of the stack's AWS providers, used when it has a Route 53 zone or a CloudFront domain. While the block is present the stack keeps them (with the us-east-1 one for CloudFront's certificates) even without such a zone or domain: keep it until the apply that removes the last one.",
  );

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

const sendgridSchema = z.strictObject({
  acmeChallengeTarget: hostName.describe(
    "The target of the CNAME _acme-challenge.<domain>: the data of the link's dns.acme_challenge_cname in SendGrid's API.",
  ),
  customHostnameTxt: z
    .string()
    .superRefine((value, ctx) => {
      const problem = customHostnameTxtProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: `${quote(value)}: ${problem}` });
    })
    .describe(
      "The token of the TXT record _cf-custom-hostname.<domain>: the data of the link's dns.cf_custom_hostname_txt, without quotes.",
    ),
  cnameTarget: hostName
    .optional()
    .describe("Where the domain's CNAME points: the data of the link's dns.domain_cname. Default: click.sendgrid.net."),
  ownerCname: hostName
    .optional()
    .describe(
      "Also write the owner CNAME: this name (the host of the link's dns.owner_cname, <user id>.<domain>) pointing at the origin. Only when it does not exist yet (sendgrid entry tells); one domain per name. Default: not written.",
    ),
});

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
  sendgrid: sendgridSchema
    .optional()
    .describe("The records of SendGrid's Auto SSL link branding, from its API; required with edge sendgrid-auto-ssl."),
  cloudfront: cloudfrontSchema.optional().describe("Options of the CloudFront edge."),
  allowDestroy: z
    .boolean()
    .optional()
    .describe("Let Terraform destroy or replace the domain's live resources, for a planned retirement. Default: false."),
  allowUnlistedHosts: z
    .array(hostName)
    .max(10)
    .optional()
    .describe(
      "Hosts outside the vendors' documented names that origin or a cnameTarget may name, each in full: exceptions accepted by name. Default: none (origin is sendgrid.net or eu.sendgrid.net; a CNAME target is under fastly.net, cloudfront.net or sendgrid.net).",
    ),
  existingRecordId: z
    .string()
    .optional()
    .describe(
      "The id of the domain's existing CNAME, to import and take over on the first apply: at Cloudflare, 32 lowercase hex characters; at Route 53, <hostedZoneId>_<domainName>_CNAME.",
    ),
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
  aws: awsSchema.optional(),
});

export const configSchema = z.strictObject({
  $schema: z.string().optional().describe("The JSON Schema of this file, for editors."),
  stacks: z.array(stackSchema).min(1, { error: "the config needs at least one stack" }).describe("One Terraform stack per entry."),
});

export type TrackingDomainsConfig = z.infer<typeof configSchema>;
export type StackConfig = TrackingDomainsConfig["stacks"][number];
export type DomainConfig = StackConfig["domains"][number];
export type ZoneConfig = StackConfig["zones"][number];
