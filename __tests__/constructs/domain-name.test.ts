import { depthBelowZone, hostNameProblem, isBelowZone, notALinkHostReason, zoneOf } from "../../constructs/domain-name";
import { ZONE_ID, oneDomain } from "../helpers";
import { configProblems } from "../stacks/helpers";

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

describe("names an edge writes beside the link host", () => {
  /** A valid host name of exactly `length` characters in example.com. */
  const longName = (length: number) => {
    const labels: string[] = [];
    let body = length - ".example.com".length;
    for (; body > 63; body -= 64) labels.push("a".repeat(63));
    labels.push("a".repeat(body));
    return `${labels.join(".")}.example.com`;
  };

  test("the helper makes valid names of the length asked", () => {
    for (const length of [237, 238, 253]) {
      expect(longName(length)).toHaveLength(length);
      expect(hostNameProblem(longName(length))).toBeUndefined();
    }
  });

  test.each<[number, string, string, RegExp]>([
    [
      238,
      "fastly",
      "_acme-challenge",
      /a managed certificate cannot be validated: its record _acme-challenge.<name> would be 254 characters long; DNS allows 253/,
    ],
    [253, "fastly", "_acme-challenge", /would be 269 characters long/],
  ])("a %i-character %s domain is refused (library)", (length, _, __, message) => {
    expect(() => oneDomain({ domainName: longName(length) })).toThrow(message);
  });

  test("a 237-character Fastly domain still fits", () => {
    expect(() => oneDomain({ domainName: longName(237) })).not.toThrow();
  });

  test.each([
    ["fastly", {}],
    [
      "sendgrid-auto-ssl",
      { sendgrid: { acmeChallengeTarget: "x.dcv.cloudflare.com", customHostnameTxt: "06231e2e-5d7c-40c0-9b4a-ee31c2a8e98b" } },
    ],
  ])("the config refuses a 253-character %s domain, naming the record", (edge, extra) => {
    const domainName = longName(253);
    expect(
      configProblems({
        stacks: [
          {
            name: "p",
            zones: [{ name: "example.com", provider: "cloudflare", zoneId: ZONE_ID }],
            domains: [{ domainName, edge, ...extra }],
          },
        ],
      }),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^stacks\[0\]\.domains\[0\]\.domainName: "a{40}"… \(253 characters\): its record _(acme-challenge|cf-custom-hostname)\.<name> would be/,
        ),
      ]),
    );
  });
});
