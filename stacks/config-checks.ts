import { isAbsolute, resolve } from "node:path";
import { certificateProblem, certificateWarning, privateKeyIn } from "../constructs/certificate-check";
import { depthBelowZone, hostNameProblem, prefixedNameProblem, zoneOf } from "../constructs/domain-name";
import { quote, readFailure } from "../constructs/errors";
import { acmeChallengeTargetProblem, ownerCnameProblem } from "../constructs/sendgrid-auto-ssl";
import { route53ImportId } from "../constructs/route53-names";
import { backendIdentity } from "./backend";
import type { EdgeKind } from "../constructs/tracking-edge";
import { cnameTargetProblem, originProblem, vendorZoneProblem } from "../constructs/vendor-names";
import type { TrackingDomainsConfig } from "./config-schema";
import { readRegularFile } from "../constructs/read-file";

/** A certificate file larger than this is refused unread; a chain of a few certificates takes a few KiB. */
export const MAX_CERTIFICATE_BYTES = 1024 * 1024;

/*
 * Checks that span entries, which a per-field schema cannot express: one rule, one function.
 * The raw rules run on the input even where parts of it failed the schema, so that every problem
 * is reported at once; they therefore only trust fields that are strings.
 */

/** `stacks[0].domains[2].domainName` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    // A key that is not a plain name is shown quoted and escaped: it may hold ESC, a line break, anything.
    if (typeof key !== "string" || !/^[A-Za-z_$][A-Za-z0-9_$-]{0,63}$/.test(key)) return `${out}[${quote(String(key))}]`;
    return out ? `${out}.${key}` : key;
  }, "");
}

type Path = (string | number)[];
type RawObject = Record<string, unknown>;

function isObject(value: unknown): value is RawObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function arrayAt(value: unknown, key: string): unknown[] {
  return isObject(value) && Array.isArray(value[key]) ? value[key] : [];
}
function stringAt(value: unknown, key: string): string | undefined {
  return isObject(value) && typeof value[key] === "string" ? value[key] : undefined;
}
const problem = (path: Path, message: string) => `${formatPath(path)}: ${message}`;

/** A zone of a stack, as far as the raw input says. */
interface RawZone {
  readonly zoneName: string;
  readonly index: number;
  readonly raw: RawObject;
}

/** A domain with a valid name, with its stack and its zone (if it has one). */
interface RawDomain {
  readonly domainName: string;
  readonly raw: RawObject;
  readonly path: Path;
  readonly stack: number;
  readonly zones: RawZone[];
  readonly zone?: RawZone;
  readonly edge?: string;
}

function zonesOf(stack: unknown): RawZone[] {
  return arrayAt(stack, "zones").flatMap((zone, index) => {
    const zoneName = stringAt(zone, "name");
    return zoneName === undefined || !isObject(zone) ? [] : [{ zoneName, index, raw: zone }];
  });
}

function domainsOf(config: unknown): RawDomain[] {
  return arrayAt(config, "stacks").flatMap((stack, s) => {
    const zones = zonesOf(stack);
    return arrayAt(stack, "domains").flatMap((domain, d) => {
      const domainName = stringAt(domain, "domainName");
      if (domainName === undefined || hostNameProblem(domainName) || !isObject(domain)) return [];
      const path = ["stacks", s, "domains", d];
      return [{ domainName, raw: domain, path, stack: s, zones, zone: zoneOf(domainName, zones), edge: stringAt(domain, "edge") }];
    });
  });
}

function uniqueStackNames(config: unknown): string[] {
  const first = new Map<string, number>();
  return arrayAt(config, "stacks").flatMap((stack, s) => {
    const name = stringAt(stack, "name");
    if (name === undefined) return [];
    const earlier = first.get(name.toLowerCase());
    if (earlier === undefined) first.set(name.toLowerCase(), s);
    return earlier === undefined ? [] : [problem(["stacks", s, "name"], `${quote(name)} is also the name of stacks[${earlier}]`)];
  });
}

function uniqueZones(config: unknown): string[] {
  return arrayAt(config, "stacks").flatMap((stack, s) => {
    const first = new Map<string, number>();
    return arrayAt(stack, "zones").flatMap((zone, z) =>
      ["name", "zoneId", "hostedZoneId"].flatMap((key) => {
        const value = stringAt(zone, key);
        if (value === undefined) return [];
        const earlier = first.get(`${key}:${value}`);
        if (earlier === undefined) first.set(`${key}:${value}`, z);
        return earlier === undefined
          ? []
          : [problem(["stacks", s, "zones", z, key], `${quote(value)} is also the ${key} of stacks[${s}].zones[${earlier}]`)];
      }),
    );
  });
}

function uniqueDomains(config: unknown): string[] {
  const first = new Map<string, string>();
  return domainsOf(config).flatMap(({ domainName, path }) => {
    const earlier = first.get(domainName);
    if (earlier === undefined) first.set(domainName, formatPath([...path, "domainName"]));
    return earlier === undefined ? [] : [problem([...path, "domainName"], `${quote(domainName)} is already listed at ${earlier}`)];
  });
}

function domainsInTheirZones(config: unknown): string[] {
  return domainsOf(config).flatMap(({ domainName, path, zones, zone }) => {
    if (zones.some((z) => z.zoneName === domainName)) {
      return [
        problem(
          [...path, "domainName"],
          `${quote(domainName)} is a zone apex; an apex cannot be a CNAME, so use the link host SendGrid gave you (e.g. url1234.${domainName})`,
        ),
      ];
    }
    if (zone) return [];
    const listed = zones.map((z) => z.zoneName).join(", ") || "none";
    return [problem([...path, "domainName"], `${quote(domainName)} is in none of the stack's zones (${listed})`)];
  });
}

function fastlyOptionsOnlyForFastly(config: unknown): string[] {
  return domainsOf(config).flatMap(({ raw, path, edge }) =>
    raw.fastly !== undefined && edge !== undefined && edge !== "fastly"
      ? [problem([...path, "fastly"], `fastly options are set but edge is ${quote(edge)}`)]
      : [],
  );
}

/** The Auto SSL edge takes its records from the `sendgrid` block, which no other edge has. */
function sendgridOptionsForAutoSsl(config: unknown): string[] {
  return domainsOf(config).flatMap(({ domainName, raw, path, edge }) => {
    if (edge === undefined) return [];
    if (raw.sendgrid !== undefined && edge !== "sendgrid-auto-ssl") {
      return [problem([...path, "sendgrid"], `sendgrid options are set but edge is ${quote(edge)}`)];
    }
    if (edge !== "sendgrid-auto-ssl") return [];
    if (raw.sendgrid === undefined) {
      return [
        problem(
          [...path, "sendgrid"],
          `is required with edge "sendgrid-auto-ssl": the acmeChallengeTarget and customHostnameTxt SendGrid's API returned for ${domainName} ` +
            `(cdktf-ssl-tracking-domain sendgrid entry <link-id> prints them)`,
        ),
      ];
    }
    const sendgrid = isObject(raw.sendgrid) ? raw.sendgrid : {};
    const target = typeof sendgrid.acmeChallengeTarget === "string" ? sendgrid.acmeChallengeTarget : undefined;
    const why = target === undefined || hostNameProblem(target) ? undefined : acmeChallengeTargetProblem(target, domainName);
    const problems = why ? [problem([...path, "sendgrid", "acmeChallengeTarget"], `${quote(target)}: ${why}`)] : [];
    const owner = typeof sendgrid.ownerCname === "string" ? sendgrid.ownerCname : undefined;
    const ownerWhy = owner === undefined || hostNameProblem(owner) ? undefined : ownerCnameProblem(owner, domainName);
    if (ownerWhy) problems.push(problem([...path, "sendgrid", "ownerCname"], `${quote(owner)}: ${ownerWhy}`));
    const origin = stringAt(raw, "origin");
    if (origin !== undefined && origin !== "sendgrid.net" && sendgrid.cnameTarget === undefined) {
      problems.push(
        problem(
          [...path, "sendgrid", "cnameTarget"],
          `is required when origin is ${quote(origin)}: SendGrid documents the Auto SSL CNAME target (click.sendgrid.net) for global accounts only; ` +
            `give the data of the link's dns.domain_cname`,
        ),
      );
    }
    return problems;
  });
}

/** CloudFront options belong to CloudFront domains. */
function cloudfrontOptionsOnlyForCloudFront(config: unknown): string[] {
  return domainsOf(config).flatMap(({ raw, path, edge }) =>
    raw.cloudfront !== undefined && edge !== undefined && edge !== "cloudfront"
      ? [problem([...path, "cloudfront"], `cloudfront options are set but edge is ${quote(edge)}`)]
      : [],
  );
}

/** A Fastly domain's certificate choice must fit its zone and its other options. */
function certificateFitsZone(config: unknown): string[] {
  return domainsOf(config).flatMap(({ domainName, raw, path, zone, edge }) => {
    if (edge !== "fastly" || !zone) return [];
    const fastly = isObject(raw.fastly) ? raw.fastly : {};
    const usesWildcard = fastly.certificate === undefined && zone.raw.certificate === "wildcard";
    if (usesWildcard && fastly.certificateAuthority !== undefined) {
      return [
        problem(
          [...path, "fastly", "certificateAuthority"],
          `${domainName} uses the wildcard certificate of zone ${zone.zoneName}; ` +
            `set the authority on the zone, or "certificate": "managed" for a certificate of its own`,
        ),
      ];
    }
    if (usesWildcard && depthBelowZone(domainName, zone.zoneName) > 1) {
      return [
        problem(
          [...path, "domainName"],
          `${quote(domainName)} is more than one level below zone ${zone.zoneName}, ` +
            `which its wildcard certificate does not cover; set "fastly": { "certificate": "managed" } for a certificate of its own`,
        ),
      ];
    }
    if (isObject(fastly.certificate) && fastly.certificateAuthority !== undefined) {
      return [problem([...path, "fastly", "certificateAuthority"], "is set, but the domain uses a custom certificate")];
    }
    return [];
  });
}

/** Only Cloudflare can proxy a host: elsewhere, the edge has to be Fastly or CloudFront. */
function proxiedOnlyAtCloudflare(config: unknown): string[] {
  return domainsOf(config).flatMap(({ domainName, path, zone, edge }) => {
    const provider = zone?.raw.provider;
    if (edge !== "cloudflare-proxy" || typeof provider !== "string" || provider === "cloudflare") return [];
    return [
      problem(
        [...path, "edge"],
        `${quote(domainName)} is in zone ${zone!.zoneName} at ${provider}, but the cloudflare-proxy edge needs a Cloudflare zone; use "edge": "fastly" or "cloudfront"`,
      ),
    ];
  });
}

/**
 * Auto SSL's records have only their comment to tell the plan guard that they serve a live link
 * host, and Route 53 records have no comment: there, deleting them would pass the guard unseen.
 */
function autoSslNotInRoute53(config: unknown): string[] {
  return domainsOf(config).flatMap(({ domainName, path, zone, edge }) =>
    edge === "sendgrid-auto-ssl" && zone?.raw.provider === "route53"
      ? [
          problem(
            [...path, "edge"],
            `${quote(domainName)} is in Route 53 zone ${zone.zoneName}, where the plan guard cannot recognise the sendgrid-auto-ssl edge's records ` +
              `(Route 53 records have no comment to carry the tracking mark); use "edge": "fastly" or "cloudfront", or a Cloudflare zone`,
          ),
        ]
      : [],
  );
}

/** CloudFront's certificate validation waits in the apply for its record: not in an external zone. */
function cloudfrontNotExternal(config: unknown): string[] {
  return domainsOf(config).flatMap(({ domainName, path, zone, edge }) =>
    edge === "cloudfront" && zone?.raw.provider === "external"
      ? [
          problem(
            [...path, "edge"],
            `${quote(domainName)} is in zone ${zone.zoneName}, which is external (not managed by Terraform), but the cloudfront edge's ` +
              `certificate validation waits during the apply for its validation record; use "edge": "fastly" there`,
          ),
        ]
      : [],
  );
}

/** `existingRecordId` takes the form of the zone's DNS provider. */
function existingRecordIdFitsZone(config: unknown): string[] {
  return domainsOf(config).flatMap(({ domainName, raw, path, zone }) => {
    const id = raw.existingRecordId;
    if (id === undefined || !zone) return [];
    const at = [...path, "existingRecordId"];
    if (typeof id !== "string") return [problem(at, `must be a string, got ${quote(id)}`)];
    if (zone.raw.provider === "external") {
      return [problem(at, `is set, but zone ${zone.zoneName} is external (not managed by Terraform): there is nothing to adopt`)];
    }
    if (zone.raw.provider === "cloudflare" && !/^[0-9a-f]{32}$/.test(id)) {
      return [problem(at, `${quote(id)} is not a Cloudflare DNS record id (32 lowercase hex characters)`)];
    }
    const hostedZoneId = stringAt(zone.raw, "hostedZoneId");
    if (zone.raw.provider === "route53" && hostedZoneId !== undefined) {
      const expected = route53ImportId(hostedZoneId, domainName, "CNAME");
      if (id !== expected) {
        return [
          problem(
            at,
            `${quote(id)} is not the Route 53 import id of the domain's CNAME, which is ${quote(expected)} (<hostedZoneId>_<domainName>_CNAME)`,
          ),
        ];
      }
    }
    return [];
  });
}

/** Two domains writing one owner CNAME would make two records of one name (in any stacks). */
function ownerCnamesOnce(config: unknown): string[] {
  const first = new Map<string, string>();
  return domainsOf(config).flatMap(({ domainName, raw, path }) => {
    const owner = isObject(raw.sendgrid) && typeof raw.sendgrid.ownerCname === "string" ? raw.sendgrid.ownerCname.toLowerCase() : undefined;
    if (owner === undefined) return [];
    const earlier = first.get(owner);
    if (earlier === undefined) {
      first.set(owner, domainName);
      return [];
    }
    return [
      problem(
        [...path, "sendgrid", "ownerCname"],
        `${quote(owner)} is already written by ${earlier}; set it on one domain only (the record serves every link of the domain)`,
      ),
    ];
  });
}

/** Cloudflare's free Universal SSL certificate covers one level of subdomain only. */
function proxiedDomainsCovered(config: unknown): string[] {
  return domainsOf(config).flatMap(({ domainName, path, zone, edge }) =>
    edge === "cloudflare-proxy" &&
    zone &&
    zone.raw.provider === "cloudflare" &&
    depthBelowZone(domainName, zone.zoneName) > 1 &&
    zone.raw.advancedCertificate !== true
      ? [
          problem(
            [...path, "domainName"],
            `${quote(domainName)} is more than one level below zone ${zone.zoneName}, which Cloudflare's Universal SSL certificate ` +
              `does not cover; use a host one level below, or set "advancedCertificate": true on the zone if it has one`,
          ),
        ]
      : [],
  );
}

/**
 * A zone's managed wildcard certificate (its `*.<zone>` subscription and the one
 * `_acme-challenge.<zone>` record) can live in one stack only: a second would fail at apply, as
 * Cloudflare allows one CNAME per name. Sharing it across stacks would tie one stack's
 * certificate to another's applies (and move it when the first stops using it), so the config is
 * refused instead. Entry-point rulesets need no such rule: the first stack that proxies a host in
 * a zone covers every stack's hosts (see `sharedZones`).
 */
function oneWildcardStackPerZone(config: unknown): string[] {
  const first = new Map<string, { stack: number; name: string }>();
  const stackName = (s: number) => quote(stringAt(arrayAt(config, "stacks")[s], "name") ?? `stacks[${s}]`);
  return domainsOf(config).flatMap(({ domainName, raw, path, stack, zone, edge }) => {
    const fastly = isObject(raw.fastly) ? raw.fastly : {};
    if (edge !== "fastly" || !zone || fastly.certificate !== undefined || zone.raw.certificate !== "wildcard") return [];
    const owner = first.get(zone.zoneName);
    if (owner === undefined) first.set(zone.zoneName, { stack, name: domainName });
    if (owner === undefined || owner.stack === stack) return [];
    return [
      problem(
        [...path, "domainName"],
        `${domainName} would use the wildcard certificate of zone ${zone.zoneName}, which lives in stack ${stackName(owner.stack)} ` +
          `(stacks[${owner.stack}], for ${owner.name}); a zone's wildcard certificate lives in one stack, so stack ${stackName(stack)} cannot have a second: ` +
          `move the domain into stacks[${owner.stack}], or give it "fastly": { "certificate": "managed" }`,
      ),
    ];
  });
}

/**
 * Origins and CNAME targets within the vendors' documented names (or listed by name in
 * allowUnlistedHosts), never the link host itself; no link host in a vendor's own zone.
 */
function vendorNames(config: unknown): string[] {
  return domainsOf(config).flatMap(({ domainName, raw, path, edge }) => {
    const listed = Array.isArray(raw.allowUnlistedHosts) ? raw.allowUnlistedHosts.filter((host) => typeof host === "string") : [];
    const problems: string[] = [];
    const vendor = vendorZoneProblem(domainName);
    if (vendor) problems.push(problem([...path, "domainName"], `${quote(domainName)}: ${vendor}`));
    const origin = stringAt(raw, "origin");
    const originWhy = origin === undefined || hostNameProblem(origin) ? undefined : originProblem(origin, domainName, listed);
    if (originWhy) problems.push(problem([...path, "origin"], `${quote(origin)}: ${originWhy}`));
    const block = edge === "fastly" ? "fastly" : edge === "sendgrid-auto-ssl" ? "sendgrid" : undefined;
    const target = block && stringAt(raw[block], "cnameTarget");
    const targetWhy = !target || hostNameProblem(target) ? undefined : cnameTargetProblem(edge as EdgeKind, target, domainName, listed);
    if (targetWhy) problems.push(problem([...path, block!, "cnameTarget"], `${quote(target)}: ${targetWhy}`));
    return problems;
  });
}

/** The records an edge writes beside the link host (`_acme-challenge.`, `_cf-custom-hostname.`) must fit DNS's 253 characters. */
function prefixedNamesFit(config: unknown): string[] {
  return domainsOf(config).flatMap(({ domainName, raw, path, edge }) => {
    const custom = isObject(raw.fastly) && isObject(raw.fastly.certificate);
    const prefix = edge === "fastly" && !custom ? "_acme-challenge" : edge === "sendgrid-auto-ssl" ? "_cf-custom-hostname" : undefined;
    const why = prefix && prefixedNameProblem(prefix, domainName);
    return why ? [problem([...path, "domainName"], `${quote(domainName.slice(0, 40))}… (${domainName.length} characters): ${why}`)] : [];
  });
}

/** The checks on the raw input, each a rule of its own. */
const RAW_RULES = [
  uniqueStackNames,
  uniqueZones,
  uniqueDomains,
  domainsInTheirZones,
  fastlyOptionsOnlyForFastly,
  sendgridOptionsForAutoSsl,
  ownerCnamesOnce,
  cloudfrontOptionsOnlyForCloudFront,
  certificateFitsZone,
  proxiedOnlyAtCloudflare,
  cloudfrontNotExternal,
  autoSslNotInRoute53,
  existingRecordIdFitsZone,
  proxiedDomainsCovered,
  oneWildcardStackPerZone,
  vendorNames,
  prefixedNamesFit,
];

/** Every cross-entry problem of the raw input. */
export function crossCheck(config: unknown): string[] {
  return RAW_RULES.flatMap((rule) => rule(config));
}

/** Two stacks writing one state would destroy each other's resources on every deploy. */
export function sharedStates(config: TrackingDomainsConfig): string[] {
  const seen = new Map<string, number>();
  return config.stacks.flatMap((stack, s) => {
    const identity = backendIdentity(stack.backend, stack.name);
    const first = seen.get(identity);
    if (first === undefined) seen.set(identity, s);
    return first === undefined
      ? []
      : [
          problem(
            ["stacks", s, "backend"],
            `stores its state where stacks[${first}] does (${identity}); give each stack its own key, prefix or workspace`,
          ),
        ];
  });
}

/**
 * Reads each custom certificate's file into `certificatePem` and checks that it can serve its
 * domain, so that a bad certificate is a config problem, reported with the others.
 */
export function loadCertificates(config: TrackingDomainsConfig, baseDir: string): string[] {
  return config.stacks.flatMap((stack, s) =>
    stack.domains.flatMap((domain, d) => {
      const certificate = domain.fastly?.certificate;
      if (typeof certificate !== "object") return [];
      const path = ["stacks", s, "domains", d, "fastly", "certificate"];
      const keyAdvice =
        "give the certificate and its chain alone; the key goes in the sensitive variable tls_private_key_<domain> at plan time";
      if (certificate.certificateFile !== undefined) {
        const file = resolve(baseDir, certificate.certificateFile);
        try {
          certificate.certificatePem = readRegularFile(file, MAX_CERTIFICATE_BYTES);
        } catch (error) {
          // A relative name is read from the config file's folder, not the working directory: say so when it is not there.
          const missing = (error as { code?: string }).code === "ENOENT" && !isAbsolute(certificate.certificateFile);
          const where = missing ? `; a relative certificateFile is read from the config file's folder, ${baseDir}` : "";
          return [problem([...path, "certificateFile"], `cannot read ${file}: ${readFailure(error)}${where}`)];
        }
        const key = privateKeyIn(certificate.certificatePem);
        if (key) return [problem([...path, "certificateFile"], `${file} holds a private key (${key}); ${keyAdvice}`)];
      } else {
        const key = privateKeyIn(certificate.certificatePem ?? "");
        if (key) return [problem([...path, "certificatePem"], `holds a private key (${key}); ${keyAdvice}`)];
      }
      const why = certificateProblem(certificate.certificatePem ?? "", domain.domainName);
      return why ? [problem(path, `the certificate cannot serve ${domain.domainName}: ${why}`)] : [];
    }),
  );
}

/** Warnings about a config that can be deployed: custom certificates that expire soon. */
export function configWarnings(config: TrackingDomainsConfig, now: Date = new Date()): string[] {
  return config.stacks.flatMap((stack, s) =>
    stack.domains.flatMap((domain, d) => {
      const certificate = domain.fastly?.certificate;
      const warning =
        typeof certificate === "object" && certificate.certificatePem ? certificateWarning(certificate.certificatePem, now) : undefined;
      return warning ? [problem(["stacks", s, "domains", d, "fastly", "certificate"], `${domain.domainName}: ${warning}`)] : [];
    }),
  );
}
