import { depthBelowZone, hostNameProblem, isBelowZone, notALinkHostReason, zoneOf } from "../../constructs/domain-name";

describe("hostNameProblem", () => {
  test.each(["url1234.example.com", "a.b", "em-1.mail.example.co.uk", `${"a".repeat(63)}.example.com`])("accepts %s", (name) => {
    expect(hostNameProblem(name)).toBeUndefined();
  });

  test.each([
    ["", /empty/],
    ["exa mple.com", /whitespace/],
    [" url1.example.com", /whitespace/],
    ["url1.example.com.", /trailing root dot/],
    ["URL1.example.com", /lowercase/],
    ["localhost", /single label/],
    ["a..example.com", /empty label/],
    [".example.com", /empty label/],
    [`${"a".repeat(64)}.example.com`, /64 characters long; the limit is 63/],
    [`${"abcdefghi.".repeat(26)}com`, /263 characters long; the limit is 253/],
    ["-url.example.com", /inner hyphens/],
    ["url_1.example.com", /inner hyphens/],
    ["*.example.com", /inner hyphens/],
    ["10.0.0.1", /IP address/],
  ])("refuses %j", (name, reason) => {
    expect(hostNameProblem(name)).toMatch(reason);
  });
});

describe("zones", () => {
  test("isBelowZone is strict and label-aligned", () => {
    expect(isBelowZone("url1.example.com", "example.com")).toBe(true);
    expect(isBelowZone("example.com", "example.com")).toBe(false);
    expect(isBelowZone("url1.myexample.com", "example.com")).toBe(false);
  });

  test("depthBelowZone counts labels under the zone", () => {
    expect(depthBelowZone("url1.example.com", "example.com")).toBe(1);
    expect(depthBelowZone("a.b.example.com", "example.com")).toBe(2);
    expect(depthBelowZone("other.org", "example.com")).toBe(0);
  });

  test("zoneOf picks the longest zone the name lies below", () => {
    const zones = [{ zoneName: "example.com" }, { zoneName: "mail.example.com" }, { zoneName: "ample.com" }];
    expect(zoneOf("url1.mail.example.com", zones)?.zoneName).toBe("mail.example.com");
    expect(zoneOf("url1.example.com", zones)?.zoneName).toBe("example.com");
    expect(zoneOf("url1.example.org", zones)).toBeUndefined();
  });
});

describe("notALinkHostReason", () => {
  test.each(["url1234.example.com", "links.example.com", "email.example.com", "url1.em5.example.com"])(
    "accepts the link host %s",
    (name) => {
      expect(notALinkHostReason(name)).toBeUndefined();
    },
  );

  test.each([
    ["12345.example.com", /account-id CNAME/],
    ["em1234.example.com", /sending-domain CNAME/],
  ])("recognises %s as another SendGrid record", (name, reason) => {
    expect(notALinkHostReason(name)).toMatch(reason);
  });
});
