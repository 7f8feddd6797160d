import { X509Certificate } from "node:crypto";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Certificates expiring within this many days are accepted, with a warning. */
export const EXPIRY_WARNING_DAYS = 30;

/*
 * Any armour line of a private key: `BEGIN PRIVATE KEY`, `BEGIN RSA|EC|DSA|ENCRYPTED|OPENSSH
 * PRIVATE KEY`, `BEGIN PGP PRIVATE KEY BLOCK`, SSH2's `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----`,
 * in any case and with any number of dashes; and PuTTY's key files, which have no armour.
 */
const KEY_ARMOUR = /-{2,}\s*BEGIN\s+([A-Z0-9 ]*?PRIVATE\s+KEY[A-Z0-9 ]*?)\s*-{2,}/i;
const PUTTY_KEY = /PuTTY-User-Key-File-\d+\s*:/i;

/**
 * The kind of private key that `text` holds (e.g. `RSA PRIVATE KEY`), or `undefined` when it
 * holds none. Certificate inputs are public and end up in the synthesized output, so a key there
 * would be published; the caller refuses it, naming this kind but never the key.
 */
export function privateKeyIn(text: string): string | undefined {
  const armour = KEY_ARMOUR.exec(text);
  if (armour) return armour[1].replace(/\s+/g, " ").toUpperCase();
  return PUTTY_KEY.test(text) ? "PuTTY private key" : undefined;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Why a DNS name of a certificate is a wildcard browsers reject (`u*.example.com`), or `undefined`. */
function wildcardProblem(name: string): string | undefined {
  if (!name.includes("*")) return undefined;
  const [first, ...rest] = name.split(".");
  if (first === "*" && !rest.some((label) => label.includes("*"))) return undefined;
  return `its name ${JSON.stringify(name)} is a partial wildcard, which browsers reject; a wildcard must be a whole first label (*.example.com)`;
}

/**
 * Why a customer certificate cannot serve `domainName`, or `undefined` when it can: it must
 * parse as PEM, hold no private key, name the domain in its subject alternative names (browsers
 * ignore the common name) directly or by a whole-label wildcard, and be valid now.
 */
export function certificateProblem(pem: string, domainName: string, now: Date = new Date()): string | undefined {
  const key = privateKeyIn(pem);
  if (key) return `it holds a private key (${key}); give the certificate and its chain alone`;
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(pem);
  } catch {
    return "it is not a PEM-encoded X.509 certificate";
  }
  const dnsNames = (certificate.subjectAltName ?? "")
    .split(/,\s*/)
    .filter((entry) => entry.startsWith("DNS:"))
    .map((entry) => entry.slice(4));
  if (dnsNames.length === 0 && certificate.subjectAltName) {
    return `it lists no DNS name in its subject alternative names (${certificate.subjectAltName}), so browsers match it to no host name`;
  }
  if (dnsNames.length === 0) {
    return `it has no subject alternative name (only ${certificate.subject.replace(/\n/g, ", ")}); browsers ignore the common name, so it must list ${domainName} as a DNS name`;
  }
  // subject: "never" so that a common name is never taken for a host name.
  if (certificate.checkHost(domainName, { subject: "never", wildcards: true, partialWildcards: false }) === undefined) {
    const partial = dnsNames.map(wildcardProblem).find((problem) => problem !== undefined);
    return partial ?? `it does not cover ${domainName} (it names ${certificate.subjectAltName})`;
  }
  const starts = new Date(certificate.validFrom);
  if (starts.getTime() > now.getTime()) return `it is not valid yet: its validity starts on ${starts.toISOString()}`;
  const expires = new Date(certificate.validTo);
  if (expires.getTime() <= now.getTime()) return `it expired on ${day(expires)}`;
  return undefined;
}

/**
 * A warning for a certificate that `certificateProblem` accepts but that expires within
 * `EXPIRY_WARNING_DAYS`, or `undefined`.
 */
export function certificateWarning(pem: string, now: Date = new Date()): string | undefined {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(pem);
  } catch {
    return undefined;
  }
  const expires = new Date(certificate.validTo);
  const left = Math.floor((expires.getTime() - now.getTime()) / DAY_MS);
  if (left >= EXPIRY_WARNING_DAYS || left < 0) return undefined;
  return `the certificate expires on ${day(expires)}, in ${left} day${left === 1 ? "" : "s"}; renew it and upload the new one before then`;
}
