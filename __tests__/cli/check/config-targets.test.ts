import { acmeChallengeName } from "../../../cli/check/config-targets";

describe("acmeChallengeName", () => {
  const zones = [{ name: "example.com" }, { name: "wild.example.com", certificate: "wildcard" }];
  test.each<[string, object, string | undefined]>([
    ["a managed certificate by default", { domainName: "url1.example.com", edge: "fastly" }, "_acme-challenge.url1.example.com"],
    [
      "an explicit managed certificate",
      { domainName: "url1.example.com", edge: "fastly", fastly: { certificate: "managed" } },
      "_acme-challenge.url1.example.com",
    ],
    ["the zone's shared wildcard certificate", { domainName: "url1.wild.example.com", edge: "fastly" }, "_acme-challenge.wild.example.com"],
    [
      "a managed certificate of its own in a wildcard zone",
      { domainName: "url1.wild.example.com", edge: "fastly", fastly: { certificate: "managed" } },
      "_acme-challenge.url1.wild.example.com",
    ],
    [
      "a custom certificate",
      { domainName: "url1.example.com", edge: "fastly", fastly: { certificate: { certificatePem: "x" } } },
      undefined,
    ],
    ["the Cloudflare proxy", { domainName: "url1.example.com", edge: "cloudflare-proxy" }, undefined],
  ])("%s", (_case, domain, expected) => {
    expect(acmeChallengeName(domain as never, zones)).toBe(expected);
  });
});
