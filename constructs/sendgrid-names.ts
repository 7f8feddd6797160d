/*
 * SendGrid's names that the Auto SSL edge and the CLI share. Apart from the construct so that the
 * CLI can read them without loading cdktf.
 */

/** Where an Auto SSL link host points, as SendGrid's API gives it for global (US) accounts. */
export const AUTO_SSL_CNAME_TARGET = "click.sendgrid.net";
/** The parent of every ACME challenge target SendGrid's API has been seen to return. */
export const AUTO_SSL_CHALLENGE_PARENT = "dcv.cloudflare.com";
/** The origin of global accounts: only there is `AUTO_SSL_CNAME_TARGET` documented. */
export const GLOBAL_ORIGIN = "sendgrid.net";
/** SendGrid's documented origins: global accounts, and EU-regional subusers. */
export const SENDGRID_ORIGINS: readonly string[] = [GLOBAL_ORIGIN, "eu.sendgrid.net"];
/** SendGrid's own zone: a link host's CNAME target from its API is expected under it. */
export const SENDGRID_ZONE = "sendgrid.net";
