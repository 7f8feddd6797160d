import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import forge from "node-forge";
import { certificateProblem } from "../../constructs/certificate-check";

/* Customer certificates that browsers refuse are refused before they are uploaded. */

const DAY = 24 * 60 * 60 * 1000;

interface Options {
  bits?: number;
  digest?: "sha1" | "sha256";
  extKeyUsage?: Record<string, boolean> | null;
  days?: number;
}

/** A self-signed certificate for url1.example.com with the given weaknesses. */
function certificate({ bits = 2048, digest = "sha256", extKeyUsage = { serverAuth: true }, days = 90 }: Options): string {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", {
    modulusLength: bits,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  cert.serialNumber = "01";
  cert.validity.notBefore = new Date(Date.now() - DAY);
  cert.validity.notAfter = new Date(Date.now() - DAY + days * DAY);
  cert.setSubject([{ name: "commonName", value: "url1.example.com" }]);
  cert.setIssuer([{ name: "commonName", value: "baseline test" }]);
  cert.setExtensions([
    ...(extKeyUsage ? [{ name: "extKeyUsage", ...extKeyUsage }] : []),
    { name: "subjectAltName", altNames: [{ type: 2, value: "url1.example.com" }] },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(privateKey), digest === "sha1" ? forge.md.sha1.create() : forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

/** An EC certificate on `curve`, made by openssl (forge has no EC). */
function ecCertificate(curve: string): string {
  const dir = mkdtempSync(join(tmpdir(), "baseline-"));
  execFileSync("openssl", ["ecparam", "-name", curve, "-genkey", "-noout", "-out", join(dir, "key.pem")]);
  execFileSync("openssl", [
    "req",
    "-new",
    "-x509",
    "-key",
    join(dir, "key.pem"),
    "-out",
    join(dir, "cert.pem"),
    "-days",
    "90",
    "-subj",
    "/CN=url1.example.com",
    "-addext",
    "subjectAltName=DNS:url1.example.com",
  ]);
  writeFileSync(join(dir, "key.pem"), "");
  return readFileSync(join(dir, "cert.pem"), "utf8");
}

test.each<[string, () => string, RegExp]>([
  ["an RSA-1024 key", () => certificate({ bits: 1024 }), /its RSA key has 1024 bits; browsers require at least 2048/],
  ["a SHA-1 signature", () => certificate({ digest: "sha1" }), /it is signed with sha1WithRSAEncryption; browsers refuse SHA-1/],
  [
    "an EKU of clientAuth only",
    () => certificate({ extKeyUsage: { clientAuth: true } }),
    /its extended key usage \(1.3.6.1.5.5.7.3.2\) does not include serverAuth/,
  ],
  [
    "a validity of 400 days",
    () => certificate({ days: 400 }),
    /it is valid for 400 days .*; browsers refuse certificates valid for more than 398 days/,
  ],
  ["an EC key on P-521", () => ecCertificate("secp521r1"), /its EC key is on secp521r1; browsers accept P-256 and P-384/],
])("refuses a certificate with %s", (_, make, message) => {
  expect(certificateProblem(make(), "url1.example.com")).toMatch(message);
});

test.each<[string, () => string]>([
  ["RSA-2048, SHA-256, serverAuth, 90 days", () => certificate({})],
  ["no EKU at all", () => certificate({ extKeyUsage: null })],
  ["398 days", () => certificate({ days: 398 })],
  ["an EC key on P-256", () => ecCertificate("prime256v1")],
  ["an EC key on P-384", () => ecCertificate("secp384r1")],
])("accepts a certificate with %s", (_, make) => {
  expect(certificateProblem(make(), "url1.example.com")).toBeUndefined();
});
