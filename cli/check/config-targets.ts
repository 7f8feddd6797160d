/**
 * `check --config`: the domains of a tracking-domains.json as check targets, with what the file
 * says about each one's DNS (for the Drift check). The config is read loosely: the edge is a string,
 * so that new edges and options pass through.
 */
import { zoneOf } from "../../constructs/domain-name";
import type { FastlyCertificateAuthority } from "../../constructs/fastly-certificate";
import { GLOBAL_ORIGIN } from "../../constructs/sendgrid-names";
import type { EdgeKind } from "../../constructs/tracking-edge";
import { UsageError } from "../options";
import { EDGE_KINDS, FASTLY_CERTIFICATE_AUTHORITIES } from "./edges";
import type { CheckTarget, ConfigExpectation } from "./index";

/** A config error lists every problem; a terminal needs the first few. */
const MAX_PROBLEMS_SHOWN = 20;

/** Why the config could not be loaded, in a bounded number of lines. */
export function configFailure(file: string, error: unknown): string {
  const { name, message, problems } = (typeof error === "object" && error !== null ? error : {}) as {
    name?: unknown;
    message?: unknown;
    problems?: unknown;
  };
  if (name === "ConfigError" && Array.isArray(problems) && problems.length > MAX_PROBLEMS_SHOWN) {
    const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map(String);
    return `${file}: ${problems.length} problems\n  ${shown.join("\n  ")}\n  … and ${problems.length - MAX_PROBLEMS_SHOWN} more`;
  }
  if (name === "ConfigError" && typeof message === "string") return message;
  // The parser or the schema library overflowed its stack on deeply nested or enormous input.
  if (name === "RangeError") return `${file}: cannot be loaded: it is nested too deeply or too large to check`;
  return `${file}: cannot be loaded: ${typeof message === "string" ? message : String(error)}`;
}

/** The loosely read parts of a config domain: other edges and options may come and go. */
interface ConfigDomain {
  domainName: string;
  edge: string;
  origin?: string;
  fastly?: { certificate?: unknown; certificateAuthority?: string; cnameTarget?: string };
  sendgrid?: { acmeChallengeTarget: string; customHostnameTxt: string; cnameTarget?: string; ownerCname?: string };
}

interface ConfigZone {
  name: string;
  certificate?: string;
  certificateAuthority?: string;
}

/** SendGrid's US origin, the default of a domain's `origin` (as in the constructs). */
const DEFAULT_ORIGIN = GLOBAL_ORIGIN;

/**
 * The `_acme-challenge` CNAME a managed Fastly certificate renews through: the domain's own, or
 * the zone apex's for the zone's shared wildcard certificate. None for a custom certificate.
 */
export function acmeChallengeName(domain: ConfigDomain, zones: readonly ConfigZone[]): string | undefined {
  if (domain.edge !== "fastly") return undefined;
  const certificate = domain.fastly?.certificate;
  if (certificate !== undefined && certificate !== "managed") return undefined;
  const zone = wildcardZoneOf(domain, zones);
  if (zone) return `_acme-challenge.${zone.name}`;
  return `_acme-challenge.${domain.domainName}`;
}

/** The zone whose shared wildcard certificate serves a Fastly domain, if one does: the longest listed zone it is below, as the app picks it. */
export function wildcardZoneOf(domain: ConfigDomain, zones: readonly ConfigZone[]): ConfigZone | undefined {
  if (domain.edge !== "fastly" || domain.fastly?.certificate !== undefined) return undefined;
  const zone = zoneOf(
    domain.domainName,
    zones.map((candidate) => ({ ...candidate, zoneName: candidate.name })),
  );
  return zone?.certificate === "wildcard" ? zone : undefined;
}

/** What the file says about one domain's DNS, for the Drift check. */
export function configExpectation(domain: ConfigDomain, zones: readonly ConfigZone[]): ConfigExpectation {
  const acmeChallenge = acmeChallengeName(domain, zones);
  const autoSsl = domain.edge === "sendgrid-auto-ssl" ? domain.sendgrid : undefined;
  return {
    edge: domain.edge,
    origin: domain.origin ?? DEFAULT_ORIGIN,
    ...(domain.edge === "fastly" && domain.fastly?.cnameTarget ? { cnameTarget: domain.fastly.cnameTarget } : {}),
    ...(autoSsl?.cnameTarget ? { cnameTarget: autoSsl.cnameTarget } : {}),
    ...(acmeChallenge ? { acmeChallenge } : {}),
    ...(autoSsl
      ? {
          autoSsl: {
            acmeChallengeTarget: autoSsl.acmeChallengeTarget,
            customHostnameTxt: autoSsl.customHostnameTxt,
            // The fourth record, when the file has the edge write it (sendgrid.ownerCname).
            ...(typeof autoSsl.ownerCname === "string" ? { ownerCname: autoSsl.ownerCname } : {}),
          },
        }
      : {}),
  };
}

/** Config domains as check targets. The edge is read as a string so that new edges pass through. */
export async function targetsFromConfig(file: string): Promise<CheckTarget[]> {
  // Loaded only here: the config module pulls in the constructs, which a plain check does not need.
  const { loadConfig } = await import("../../stacks/config");
  let config: { stacks: { zones: unknown[]; domains: unknown[] }[] };
  try {
    config = loadConfig(file);
  } catch (error) {
    throw new UsageError(configFailure(file, error));
  }
  return config.stacks.flatMap((stack) =>
    stack.domains.map((entry) => {
      const domain = entry as ConfigDomain;
      const edge = (EDGE_KINDS as readonly string[]).includes(domain.edge) ? (domain.edge as EdgeKind) : undefined;
      const zones = (stack.zones ?? []) as ConfigZone[];
      // A domain served by its zone's wildcard certificate: that certificate's CA and CAA decide.
      const wildcard = wildcardZoneOf(domain, zones);
      const ca = wildcard ? (wildcard.certificateAuthority ?? "lets-encrypt") : domain.fastly?.certificateAuthority;
      return {
        domain: domain.domainName,
        ...(edge ? { edge } : {}),
        ...(wildcard ? { wildcardZone: wildcard.name } : {}),
        ...(ca && (FASTLY_CERTIFICATE_AUTHORITIES as readonly string[]).includes(ca)
          ? { certificateAuthority: ca as FastlyCertificateAuthority }
          : {}),
        ...(domain.fastly?.cnameTarget ? { cnameTarget: domain.fastly.cnameTarget } : {}),
        config: configExpectation(domain, zones),
        ...(domain.sendgrid?.cnameTarget ? { cnameTarget: domain.sendgrid.cnameTarget } : {}),
        ...(domain.sendgrid
          ? { autoSsl: { acmeChallengeTarget: domain.sendgrid.acmeChallengeTarget, customHostnameTxt: domain.sendgrid.customHostnameTxt } }
          : {}),
        ...(domain.sendgrid?.ownerCname
          ? { ownerCname: { name: domain.sendgrid.ownerCname, target: domain.origin ?? DEFAULT_ORIGIN } }
          : {}),
      };
    }),
  );
}
