/** Step 2, CAA: the policy and its judgement, without the network. */
import { caaPolicy, judgeCaa, selfAndParents } from "../../../cli/check/caa";

test("selfAndParents walks up to the top-level domain", () => {
  expect(selfAndParents("url1.mail.example.com")).toEqual(["url1.mail.example.com", "mail.example.com", "example.com", "com"]);
});

describe("caaPolicy", () => {
  const caa = (tag: "issue" | "issuewild" | "iodef", value: string, flags = 0) => ({ tag, value, flags });

  test("reads issuer domains and ignores parameters", () => {
    expect(caaPolicy([caa("issue", "LetsEncrypt.org; validationmethods=dns-01"), caa("issue", "pki.goog")])).toEqual({
      restricted: true,
      issuers: ["letsencrypt.org", "pki.goog"],
    });
  });

  test('issue ";" allows no CA at all', () => {
    expect(caaPolicy([caa("issue", ";")])).toEqual({ restricted: true, issuers: [] });
  });

  test("a set with only iodef or issuewild does not restrict a normal certificate", () => {
    expect(caaPolicy([caa("iodef", "mailto:a@example.com"), caa("issuewild", "pki.goog")]).restricted).toBe(false);
  });

  test("wildcard certificates use issuewild, falling back to issue", () => {
    expect(caaPolicy([caa("issue", "letsencrypt.org"), caa("issuewild", "pki.goog")], true).issuers).toEqual(["pki.goog"]);
    expect(caaPolicy([caa("issue", "letsencrypt.org")], true).issuers).toEqual(["letsencrypt.org"]);
  });

  test("an unknown critical property forbids issuance", () => {
    const records = [caa("issue", "letsencrypt.org"), { tag: "tbs", value: "x", flags: 128 } as never];
    expect(caaPolicy(records).criticalUnknown).toBe("tbs");
    const result = judgeCaa("url1.example.com", { owner: "example.com", records }, "fastly");
    expect(result.status).toBe("fail");
    expect(result.message).toContain('critical "tbs" property');
  });
});

describe("judgeCaa", () => {
  const records = [{ tag: "issue" as const, value: ";" }];

  test('issue ";" fails for every edge and says so', () => {
    const result = judgeCaa("url1.example.com", { owner: "example.com", records }, "fastly", "globalsign");
    expect(result).toEqual({
      name: "CAA",
      status: "fail",
      message: expect.stringContaining("example.com allows no CA at all, not globalsign.com"),
    });
    expect(judgeCaa("url1.example.com", { owner: "example.com", records }, "cloudflare-proxy").status).toBe("fail");
  });

  test("an unknown edge with a restricting set warns and asks for --edge", () => {
    const result = judgeCaa("url1.example.com", { owner: "example.com", records: [{ tag: "issue", value: "letsencrypt.org" }] }, undefined);
    expect(result.status).toBe("warn");
    expect(result.message).toContain("pass --edge");
  });

  test.each([
    ["amazon.com", "pass"],
    ["amazontrust.com", "pass"],
    ["awstrust.com", "pass"],
    ["amazonaws.com", "pass"],
    ["letsencrypt.org", "fail"],
  ])("for CloudFront, a set allowing only %s: %s", (issuer, status) => {
    const result = judgeCaa("url1.example.com", { owner: "example.com", records: [{ tag: "issue", value: issuer }] }, "cloudfront");
    expect(result.status).toBe(status);
    if (status === "fail") expect(result.message).toContain("so ACM cannot issue the distribution's certificate");
  });
});
