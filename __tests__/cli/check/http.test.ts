/** Step 4, HTTPS and HTTP: judging answers, without the network. */
import { judgeHttp } from "../../../cli/check/http";
import type { HttpFacts } from "../../../cli/check/http";

describe("judgeHttp", () => {
  const facts = (status: number, headers: Record<string, string>, body = ""): HttpFacts => ({ status, statusMessage: "", headers, body });

  test("Fastly's X-Cache lists one entry per POP; a HIT in any of them counts", () => {
    const result = judgeHttp("https", "u.example.com", [facts(302, { via: "1.1 varnish", "x-cache": "MISS, HIT" })], "x", "fastly");
    expect(result).toMatchObject({ status: "fail", message: expect.stringContaining("X-Cache: MISS, HIT") });
  });

  test("cf-cache-status HIT fails, DYNAMIC passes", () => {
    const hit = judgeHttp("https", "u.example.com", [facts(302, { "cf-ray": "1", "cf-cache-status": "HIT" })], "x", "cloudflare-proxy");
    expect(hit).toMatchObject({ status: "fail", message: expect.stringContaining("cf-cache-status: HIT") });
    const dynamic = judgeHttp(
      "https",
      "u.example.com",
      [facts(302, { "cf-ray": "1", "cf-cache-status": "DYNAMIC" })],
      "x",
      "cloudflare-proxy",
    );
    expect(dynamic.status).toBe("pass");
  });

  test("Fastly's unknown-domain page says the service is missing, not the backend", () => {
    const page = facts(500, { via: "1.1 varnish", "x-served-by": "cache-ams1" }, "Fastly error: unknown domain: u.example.com.");
    const result = judgeHttp("https", "u.example.com", [page], "x", "fastly");
    expect(result).toMatchObject({ status: "fail", message: expect.stringContaining("no active Fastly service has u.example.com yet") });
  });

  test("an answer through an unrecognised edge names the headers it looked for", () => {
    const result = judgeHttp("https", "u.example.com", [facts(200, {})], "x", undefined);
    expect(result).toMatchObject({
      status: "warn",
      message: expect.stringContaining("without a CDN's headers (X-Served-By, CF-Ray or X-Amz-Cf-Id)"),
    });
  });

  describe("CloudFront", () => {
    const cf = (xCache: string) => ({ via: "1.1 abc.cloudfront.net (CloudFront)", "x-amz-cf-id": "id", "x-cache": xCache });

    test.each([
      ["Hit from cloudfront", "fail"],
      ["RefreshHit from cloudfront", "fail"],
      ["Miss from cloudfront", "pass"],
    ])("X-Cache %s → %s", (xCache, status) => {
      const result = judgeHttp("https", "u.example.com", [facts(302, cf(xCache))], "x", "cloudfront");
      expect(result.status).toBe(status);
      if (status === "pass") expect(result.message).toBe("x answered 302 through CloudFront, not from its cache");
    });

    test.each([
      [403, "the domain is not an alternate domain name of any enabled distribution, or a web ACL blocked the request"],
      [502, "CloudFront could not complete TLS with SendGrid"],
      [504, "SendGrid did not answer CloudFront in time"],
      [599, "CloudFront answered with its own error page"],
    ])("its own %i page is explained", (status, reason) => {
      const result = judgeHttp("https", "u.example.com", [facts(status, cf("Error from cloudfront"))], "x", "cloudfront");
      expect(result).toMatchObject({
        status: "fail",
        message: expect.stringContaining(`CloudFront answered ${status} (X-Cache: Error from cloudfront): ${reason}`),
      });
    });

    test("a 502 from SendGrid itself, passed through (X-Cache: Miss), is not taken for CloudFront's", () => {
      const result = judgeHttp("https", "u.example.com", [facts(502, cf("Miss from cloudfront"))], "x", "cloudfront");
      expect(result).toMatchObject({ status: "warn", message: expect.stringContaining("through CloudFront: not a CDN error page") });
    });
  });

  test("a 5xx that is not a CDN error page warns", () => {
    const result = judgeHttp("https", "u.example.com", [facts(502, { via: "1.1 varnish" })], "x", "fastly");
    expect(result).toMatchObject({ status: "warn", message: expect.stringContaining("not a CDN error page") });
  });

  test("an answer without CDN headers warns", () => {
    const result = judgeHttp("http", "u.example.com", [facts(200, { server: "nginx" })], "x", "fastly");
    expect(result).toMatchObject({ status: "warn", message: expect.stringContaining("without Fastly's headers") });
  });
});
