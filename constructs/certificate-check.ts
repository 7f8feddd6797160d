import { X509Certificate } from "node:crypto";
import { keyMaterialIn } from "./key-material";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Certificates expiring within this many days are accepted, with a warning. */
export const EXPIRY_WARNING_DAYS = 30;
/** The longest validity browsers accept for a certificate issued since September 2020. */
export const MAX_VALIDITY_DAYS = 398;
/** The smallest RSA key browsers accept. */
export const MIN_RSA_BITS = 2048;
/** The elliptic curves browsers accept for a server certificate's key. */
const BROWSER_CURVES: Record<string, string> = { prime256v1: "P-256", secp384r1: "P-384" };
/** Signature algorithms browsers refuse: SHA-1 and older (DER of their OIDs → name). */
const WEAK_SIGNATURES: Record<string, string> = {
  "06092a864886f70d010105": "sha1WithRSAEncryption",
  "06092a864886f70d010104": "md5WithRSAEncryption",
  "06092a864886f70d010102": "md2WithRSAEncryption",
  "06072a8648ce3d0401": "ecdsa-with-SHA1",
  "06072a8648ce380403": "dsa-with-SHA1",
  "06052b0e03021d": "sha1WithRSASignature",
};
const SERVER_AUTH = "1.3.6.1.5.5.7.3.1";

/**
 * The kind of private key that `text` holds in any encoding (e.g. `RSA PRIVATE KEY`), or
 * `undefined` when it holds none. Certificate inputs are public and end up in the synthesized
 * output, so a key there would be published; the caller refuses it, naming this kind but never the key.
 */
export function privateKeyIn(text: string): string | undefined {
  return keyMaterialIn(text);
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** One `CERTIFICATE` block: armour lines on their own lines, base64 between. */
const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[ \t]*\r?\n([A-Za-z0-9+/=\s]+?)-----END CERTIFICATE-----/g;
/** Any armour line, to name a block of another type. */
const ANY_ARMOUR = /-----BEGIN ([^-\r\n]{1,40})-----/;

/**
 * The `CERTIFICATE` blocks of a certificate input, or why it holds something else. A certificate
 * input holds those blocks and whitespace, nothing else: Fastly uploads every byte of it, and a
 * parser reads the first block only, so anything after it would be published unread.
 */
export function certificateBlocks(pem: string): { blocks: string[] } | { problem: string } {
  const key = privateKeyIn(pem);
  if (key) return { problem: `it holds a private key (${key}); give the certificate and its chain alone` };
  if (pem.includes("\uFEFF"))
    return { problem: "it holds a byte order mark (U+FEFF, e.g. a UTF-8 BOM); save it as plain ASCII PEM without a BOM" };
  if (pem.includes("\u0000") || pem.includes("\uFFFD")) {
    return { problem: "it holds NUL bytes or bytes that are not UTF-8 (UTF-16 text, or binary DER?); give PEM text in ASCII" };
  }
  const blocks: string[] = [];
  // Each block is blanked to its line breaks, so that what is left keeps its line numbers.
  const rest = pem.replace(CERTIFICATE_BLOCK, (block) => {
    blocks.push(block);
    return block.replace(/[^\n]/g, "");
  });
  if (blocks.length === 0) return { problem: "it is not a PEM-encoded X.509 certificate (it holds no -----BEGIN CERTIFICATE----- block)" };
  const extra = rest.search(/\S/);
  if (extra !== -1) {
    const line = rest.slice(0, extra).split("\n").length;
    const other = ANY_ARMOUR.exec(rest);
    const what = other
      ? `a PEM block of type ${JSON.stringify(other[1].replace(/[^\x20-\x7e]/g, "?"))}`
      : `text outside its CERTIFICATE blocks (near line ${line})`;
    return {
      problem: `it holds ${what}; a certificate input holds CERTIFICATE PEM blocks (the certificate, then its chain) and whitespace, nothing else`,
    };
  }
  return { blocks };
}

/** Reads a DER header at `offset`: where its content starts and ends. */
function derAt(bytes: Buffer, offset: number): { start: number; end: number } | undefined {
  if (offset + 2 > bytes.length) return undefined;
  let length = bytes[offset + 1];
  let start = offset + 2;
  if (length & 0x80) {
    const size = length & 0x7f;
    if (size === 0 || size > 4) return undefined;
    length = 0;
    for (let i = 0; i < size; i++) length = length * 256 + bytes[start + i];
    start += size;
  }
  return start + length <= bytes.length ? { start, end: start + length } : undefined;
}

/** The name of a weak (SHA-1 or older) signature algorithm of `certificate`, or `undefined`. */
function weakSignature(certificate: X509Certificate): string | undefined {
  const der = certificate.raw;
  const outer = derAt(der, 0);
  const tbs = outer && derAt(der, outer.start);
  const algorithm = tbs && derAt(der, tbs.end);
  if (!algorithm) return undefined;
  const oid = derAt(der, algorithm.start);
  if (!oid) return undefined;
  return WEAK_SIGNATURES[der.subarray(algorithm.start, oid.end).toString("hex")];
}

/**
 * Why browsers would refuse `certificate` as a server certificate whatever its names, or
 * `undefined`: its key (RSA of at least 2048 bits, or EC on P-256 or P-384), its signature (not
 * SHA-1), its extended key usage (serverAuth, when it lists any) and its validity (at most 398 days).
 */
export function browserBaselineProblem(certificate: X509Certificate): string | undefined {
  const key = certificate.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === "rsa" || key.asymmetricKeyType === "rsa-pss") {
    const bits = details.modulusLength ?? 0;
    if (bits < MIN_RSA_BITS) return `its RSA key has ${bits} bits; browsers require at least ${MIN_RSA_BITS}`;
  } else if (key.asymmetricKeyType === "ec") {
    const curve = details.namedCurve ?? "an unnamed curve";
    if (!BROWSER_CURVES[curve]) return `its EC key is on ${curve}; browsers accept P-256 and P-384`;
  } else {
    return `its key is ${key.asymmetricKeyType ?? "of an unknown type"}; browsers accept RSA (2048 bits or more) and EC (P-256, P-384) keys`;
  }
  const weak = weakSignature(certificate);
  if (weak) return `it is signed with ${weak}; browsers refuse SHA-1 and older signatures, so have it reissued with SHA-256`;
  const usages = certificate.keyUsage;
  if (usages !== undefined && !usages.includes(SERVER_AUTH)) {
    return `its extended key usage (${usages.join(", ")}) does not include serverAuth (${SERVER_AUTH}), so browsers refuse it for a web server`;
  }
  const days = (new Date(certificate.validTo).getTime() - new Date(certificate.validFrom).getTime()) / DAY_MS;
  if (days > MAX_VALIDITY_DAYS) {
    return `it is valid for ${Math.floor(days)} days (${day(new Date(certificate.validFrom))} to ${day(new Date(certificate.validTo))}); browsers refuse certificates valid for more than ${MAX_VALIDITY_DAYS} days`;
  }
  return undefined;
}

/** Why a DNS name of a certificate is a wildcard browsers reject (`u*.example.com`), or `undefined`. */
function wildcardProblem(name: string): string | undefined {
  if (!name.includes("*")) return undefined;
  const [first, ...rest] = name.split(".");
  if (first === "*" && !rest.some((label) => label.includes("*"))) return undefined;
  return `its name ${JSON.stringify(name)} is a partial wildcard, which browsers reject; a wildcard must be a whole first label (*.example.com)`;
}

/**
 * Why a customer certificate cannot serve `domainName`, or `undefined` when it can: it must hold
 * CERTIFICATE PEM blocks alone (no private key in any encoding, nothing else), each must parse,
 * and the first (the server's) must name the domain in its subject alternative names (browsers
 * ignore the common name) directly or by a whole-label wildcard, meet the browsers' baseline
 * (`browserBaselineProblem`) and be valid now.
 */
export function certificateProblem(pem: string, domainName: string, now: Date = new Date()): string | undefined {
  const found = certificateBlocks(pem);
  if ("problem" in found) return found.problem;
  const parsed: X509Certificate[] = [];
  for (const [index, block] of found.blocks.entries()) {
    try {
      parsed.push(new X509Certificate(block));
    } catch {
      return index === 0
        ? "it is not a PEM-encoded X.509 certificate"
        : `its CERTIFICATE block ${index + 1} (of its chain) is not a PEM-encoded X.509 certificate`;
    }
  }
  const certificate = parsed[0];
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
  const baseline = browserBaselineProblem(certificate);
  if (baseline) return baseline;
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
