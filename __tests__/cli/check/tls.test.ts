/** Step 3, TLS: judging certificates, without the network. */
import type { DetailedPeerCertificate } from "node:tls";
import { judgeTls } from "../../../cli/check/tls";

test("judgeTls warns 14 days ahead and fails when not yet valid", () => {
  const now = new Date("2030-01-01T00:00:00Z");
  const certificate = (from: string, to: string) =>
    ({
      subjectaltname: "DNS:url1.example.com",
      subject: { CN: "url1.example.com" },
      issuer: { O: "Test CA" },
      valid_from: from,
      valid_to: to,
    }) as unknown as DetailedPeerCertificate;
  const judgeValidity = (from: string, to: string) =>
    judgeTls("url1.example.com", { protocol: "TLSv1.3", certificate: certificate(from, to) }, "x", now);
  const soon = judgeValidity("Dec  1 00:00:00 2029 GMT", "Jan 14 00:00:00 2030 GMT");
  expect(soon).toMatchObject({ status: "warn", message: expect.stringContaining("expires in 13 days (2030-01-14)") });
  const fine = judgeValidity("Dec  1 00:00:00 2029 GMT", "Jan 16 00:00:00 2030 GMT");
  expect(fine.status).toBe("pass");
  const early = judgeValidity("Feb  1 00:00:00 2030 GMT", "May  1 00:00:00 2030 GMT");
  expect(early).toMatchObject({ status: "fail", message: expect.stringContaining("not valid before 2030-02-01") });
});

test("judgeTls recognises SendGrid's own certificate", () => {
  const certificate = {
    subjectaltname: "DNS:sendgrid.net, DNS:*.sendgrid.net",
    subject: { CN: "sendgrid.net" },
    issuer: { O: "Some CA" },
    valid_from: "Jan  1 00:00:00 2029 GMT",
    valid_to: "Jan  1 00:00:00 2031 GMT",
  } as unknown as DetailedPeerCertificate;
  const result = judgeTls("url1.example.com", { protocol: "TLSv1.3", certificate }, "192.0.2.1:443", new Date("2030-01-01T00:00:00Z"));
  expect(result).toEqual({
    name: "TLS",
    status: "fail",
    message:
      "192.0.2.1:443 presents a certificate for sendgrid.net, *.sendgrid.net, not url1.example.com: that is SendGrid's own certificate, so the connection reached SendGrid, not the CDN",
  });
});

test("judgeTls, before the managed certificate is issued, points at its challenge record wherever the zone is", () => {
  const certificate = {
    subjectaltname: "DNS:other.test",
    subject: { CN: "other.test" },
    issuer: { O: "Some CA" },
    valid_from: "Jan  1 00:00:00 2029 GMT",
    valid_to: "Jan  1 00:00:00 2031 GMT",
  } as unknown as DetailedPeerCertificate;
  const result = judgeTls("url1.example.net", { protocol: "TLSv1.3", certificate }, "192.0.2.1:443", new Date("2030-01-01T00:00:00Z"));
  expect(result.status).toBe("fail");
  expect(result.message).toContain(
    "it is issued once _acme-challenge.url1.example.net (or _acme-challenge.<zone> for a wildcard) resolves",
  );
  expect(result.message).toContain("which the stack creates in a Cloudflare or Route 53 zone");
  expect(result.message).toContain("in an external zone, you create from the stack's dns_record_ output");
});
