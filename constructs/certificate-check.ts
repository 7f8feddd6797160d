import { X509Certificate } from "node:crypto";

/**
 * Why a customer certificate cannot serve `domainName`, or `undefined` when it can: it must
 * parse as PEM, name the domain (directly or by a one-label wildcard) and not have expired.
 */
export function certificateProblem(pem: string, domainName: string, now: Date = new Date()): string | undefined {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(pem);
  } catch {
    return "it is not a PEM-encoded X.509 certificate";
  }
  if (certificate.checkHost(domainName) === undefined) {
    return `it does not cover ${domainName} (it names ${certificate.subjectAltName ?? certificate.subject})`;
  }
  const expires = new Date(certificate.validTo);
  if (expires.getTime() <= now.getTime()) return `it expired on ${expires.toISOString().slice(0, 10)}`;
  return undefined;
}
