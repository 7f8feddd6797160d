/** The pure parts of `check`: parsing and judging, without the network. */
import type { DetailedPeerCertificate } from "node:tls";
import { isCloudflareAddress, rangeSet } from "../../cli/cidr";
import { caaPolicy, judgeCaa, judgeDns, judgeHttp, judgeTls, parseDnsServer, recognise, selfAndParents } from "../../cli/check";
import type { HttpFacts } from "../../cli/check";

describe("parseDnsServer", () => {
  test.each([
    ["1.1.1.1", { address: "1.1.1.1", port: 53 }],
    ["127.0.0.1:5353", { address: "127.0.0.1", port: 5353 }],
    ["::1", { address: "::1", port: 53 }],
    ["[::1]:5353", { address: "::1", port: 5353 }],
    ["[::1]", { address: "::1", port: 53 }],
  ])("%s", (text, expected) => {
    expect(parseDnsServer(text)).toEqual(expected);
  });

  test.each(["dns.google", "1.1.1.1:0", "1.1.1.1:70000", "", "1.1.1"])("rejects %p", (text) => {
    expect(parseDnsServer(text)).toBeUndefined();
  });
});

describe("Cloudflare ranges", () => {
  test.each(["104.16.0.1", "172.67.1.1", "162.159.200.1", "2606:4700::6810:1", "2a06:98c1::1"])("%s is Cloudflare", (address) => {
    expect(isCloudflareAddress(address)).toBe(true);
  });
  test.each(["151.101.1.57", "127.0.0.1", "2a04:4e42::1", "not an ip"])("%s is not", (address) => {
    expect(isCloudflareAddress(address)).toBe(false);
  });
  test("rejects a malformed range", () => {
    expect(() => rangeSet(["10.0.0.0"])).toThrow("not a CIDR range");
  });
});

test("selfAndParents walks up to the top-level domain", () => {
  expect(selfAndParents("url1.mail.example.com")).toEqual(["url1.mail.example.com", "mail.example.com", "example.com", "com"]);
});

test("recognise names SendGrid before a CDN", () => {
  expect(recognise(["sendgrid.net"], ["167.89.1.1"])).toEqual({ kind: "sendgrid", host: "sendgrid.net" });
  expect(recognise(["eu.sendgrid.net"], [])).toEqual({ kind: "sendgrid", host: "eu.sendgrid.net" });
  expect(recognise(["j.sni.global.fastly.net"], ["151.101.1.57"])).toEqual({ kind: "fastly", host: "j.sni.global.fastly.net" });
  expect(recognise([], ["104.16.0.1", "2606:4700::1"])).toEqual({ kind: "cloudflare-proxy" });
  expect(recognise([], ["104.16.0.1", "192.0.2.1"])).toEqual({ kind: "unknown" });
  expect(recognise(["notfastly.net"], [])).toEqual({ kind: "unknown" });
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
});

test("judgeDns points at the configured CNAME target", () => {
  const result = judgeDns(
    "url1.example.com",
    { chain: ["x.fastly.net"], addresses: ["151.101.1.57"], nxdomain: false },
    { edge: "fastly", cnameTarget: "j.sni.global.fastly.net" },
  );
  expect(result.status).toBe("warn");
  expect(result.message).toContain("not the configured j.sni.global.fastly.net");
});

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
  const soon = judgeTls(
    "url1.example.com",
    { protocol: "TLSv1.3", certificate: certificate("Dec  1 00:00:00 2029 GMT", "Jan 14 00:00:00 2030 GMT") },
    "x",
    now,
  );
  expect(soon).toMatchObject({ status: "warn", message: expect.stringContaining("expires in 13 days (2030-01-14)") });
  const fine = judgeTls(
    "url1.example.com",
    { protocol: "TLSv1.3", certificate: certificate("Dec  1 00:00:00 2029 GMT", "Jan 16 00:00:00 2030 GMT") },
    "x",
    now,
  );
  expect(fine.status).toBe("pass");
  const early = judgeTls(
    "url1.example.com",
    { protocol: "TLSv1.3", certificate: certificate("Feb  1 00:00:00 2030 GMT", "May  1 00:00:00 2030 GMT") },
    "x",
    now,
  );
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
    expect(result).toMatchObject({ status: "warn", message: expect.stringContaining("without a CDN's headers (X-Served-By or CF-Ray)") });
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
