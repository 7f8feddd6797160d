import forge from "node-forge";
import { EXPIRY_WARNING_DAYS, certificateProblem, certificateWarning } from "../../constructs/certificate-check";
import { createTestCa, rsaKeyPair } from "../cli/loopback";

const DAY = 24 * 60 * 60 * 1000;
const ca = createTestCa("certificate-check test CA");

/** A self-signed certificate that names `commonName` in its subject only, as old tools issued them. */
function commonNameOnly(commonName: string): string {
  const keys = rsaKeyPair();
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(keys.publicKeyPem);
  certificate.serialNumber = "01";
  certificate.validity.notBefore = new Date(Date.now() - DAY);
  certificate.validity.notAfter = new Date(Date.now() + 90 * DAY);
  certificate.setSubject([{ name: "commonName", value: commonName }]);
  certificate.setIssuer([{ name: "commonName", value: commonName }]);
  certificate.sign(forge.pki.privateKeyFromPem(keys.privateKeyPem), forge.md.sha256.create());
  return forge.pki.certificateToPem(certificate);
}

describe("certificateProblem", () => {
  test("accepts a current certificate naming the domain", () => {
    expect(certificateProblem(ca.issue({ names: ["url1.example.com"] }).certPem, "url1.example.com")).toBeUndefined();
  });

  test("accepts a one-label wildcard", () => {
    expect(certificateProblem(ca.issue({ names: ["*.example.com"] }).certPem, "url1.example.com")).toBeUndefined();
  });

  test("accepts a certificate whose other names include a partial wildcard", () => {
    expect(certificateProblem(ca.issue({ names: ["url1.example.com", "u*.example.com"] }).certPem, "url1.example.com")).toBeUndefined();
  });

  const startsIn2Days = new Date(Date.now() + 2 * DAY);
  test.each([
    ["not PEM", () => "-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----\n", /not a PEM-encoded X.509 certificate/],
    [
      "for another name",
      () => ca.issue({ names: ["other.example.com"] }).certPem,
      /does not cover url1.example.com \(it names DNS:other.example.com\)/,
    ],
    ["a wildcard two labels up", () => ca.issue({ names: ["*.example.com"] }).certPem, /does not cover a.url1.example.com/],
    [
      "expired",
      () =>
        ca.issue({
          names: ["url1.example.com", "a.url1.example.com"],
          notBefore: new Date(Date.now() - 90 * DAY),
          notAfter: new Date(Date.now() - DAY),
        }).certPem,
      /it expired on \d{4}-\d{2}-\d{2}/,
    ],
    [
      "not valid yet",
      () => ca.issue({ names: ["url1.example.com"], notBefore: startsIn2Days, notAfter: new Date(Date.now() + 90 * DAY) }).certPem,
      new RegExp(`it is not valid yet: its validity starts on ${startsIn2Days.toISOString().slice(0, 16)}`),
    ],
    [
      "named by its common name only",
      () => commonNameOnly("url1.example.com"),
      /it has no subject alternative name \(only CN=url1.example.com\); browsers ignore the common name/,
    ],
    [
      "a partial wildcard",
      () => ca.issue({ names: ["u*.example.com"] }).certPem,
      /its name "u\*.example.com" is a partial wildcard, which browsers reject/,
    ],
    [
      "a wildcard inside a name",
      () => ca.issue({ names: ["url1.*.com"] }).certPem,
      /its name "url1.\*.com" is a partial wildcard, which browsers reject/,
    ],
    [
      "bundled with its private key",
      () => {
        const issued = ca.issue({ names: ["url1.example.com"] });
        return issued.certPem + issued.keyPem;
      },
      /it holds a private key \(RSA PRIVATE KEY\)/,
    ],
  ])("refuses a certificate that is %s", (what, pem, problem) => {
    const domain =
      what === "a wildcard two labels up"
        ? "a.url1.example.com"
        : what === "a wildcard inside a name"
          ? "url1.example.com"
          : "url1.example.com";
    expect(certificateProblem(pem(), domain)).toMatch(problem);
  });
});

describe("certificateWarning", () => {
  const expiring = (days: number) =>
    ca.issue({ names: ["url1.example.com"], notAfter: new Date(Date.now() + days * DAY + 60_000) }).certPem;

  test.each([
    [10, /expires on \d{4}-\d{2}-\d{2}, in 10 days; renew it/],
    [1, /in 1 day;/],
    [EXPIRY_WARNING_DAYS - 1, new RegExp(`in ${EXPIRY_WARNING_DAYS - 1} days`)],
  ])("warns about a certificate that expires in %i days", (days, warning) => {
    expect(certificateWarning(expiring(days))).toMatch(warning);
  });

  test.each([[EXPIRY_WARNING_DAYS], [90]])("is silent for a certificate with %i days left", (days) => {
    expect(certificateWarning(expiring(days))).toBeUndefined();
  });
});

describe("certificate inputs hold CERTIFICATE blocks and whitespace, nothing else", () => {
  const pem = ca.issue({ names: ["url1.example.com"] }).certPem;
  test.each<[string, string, RegExp]>([
    ["a comment after the chain", `${pem}${ca.certPem}\n# from the CA\n`, /it holds text outside its CERTIFICATE blocks \(near line \d+\)/],
    [
      "openssl's Bag Attributes before it",
      `Bag Attributes\n    friendlyName: x\n${pem}`,
      /text outside its CERTIFICATE blocks \(near line 1\)/,
    ],
    [
      "a block of another type",
      `${pem}-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n`,
      /it holds a PEM block of type "X509 CRL"/,
    ],
    [
      "a chain block that does not parse",
      `${pem}-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n`,
      /its CERTIFICATE block 2 \(of its chain\) is not a PEM-encoded X.509 certificate/,
    ],
    ["a byte order mark", `\uFEFF${pem}`, /it holds a byte order mark/],
  ])("refuses %s", (_, text, message) => {
    expect(certificateProblem(text, "url1.example.com")).toMatch(message);
  });

  test("accepts the certificate, its chain and blank lines, with CRLF line ends", () => {
    expect(certificateProblem(`\n${pem}\n\n${ca.certPem}\n`.replace(/\r?\n/g, "\r\n"), "url1.example.com")).toBeUndefined();
  });
});
