import { certificateProblem } from "../../constructs/certificate-check";
import { createTestCa } from "../cli/loopback";

const DAY = 24 * 60 * 60 * 1000;
const ca = createTestCa("certificate-check test CA");

describe("certificateProblem", () => {
  test("accepts a current certificate naming the domain", () => {
    expect(certificateProblem(ca.issue({ names: ["url1.example.com"] }).certPem, "url1.example.com")).toBeUndefined();
  });

  test("accepts a one-label wildcard", () => {
    expect(certificateProblem(ca.issue({ names: ["*.example.com"] }).certPem, "url1.example.com")).toBeUndefined();
  });

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
  ])("refuses a certificate that is %s", (what, pem, problem) => {
    const domain = what === "a wildcard two labels up" ? "a.url1.example.com" : "url1.example.com";
    expect(certificateProblem(pem(), domain)).toMatch(problem);
  });
});
