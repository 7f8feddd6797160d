import { CloudflareDnsZone } from "../../constructs/cloudflare-dns-zone";
import { resourcesOf, synth, ZONE_ID } from "../helpers";

describe("CloudflareDnsZone", () => {
  test("adds records in the caller's scope with the zone id and automatic TTL", () => {
    const json = synth((stack) => {
      const zone = new CloudflareDnsZone(stack, "zone", { zoneId: ZONE_ID, zoneName: "example.com" });
      zone.addRecord(stack, "rec", { name: "a.example.com", type: "CNAME", value: "b.example.net" });
    });
    expect(resourcesOf(json, "cloudflare_dns_record")).toEqual([
      expect.objectContaining({ zone_id: ZONE_ID, name: "a.example.com", type: "CNAME", content: "b.example.net", ttl: 1, proxied: false }),
    ]);
  });

  test.each([
    ["too short", "023e105f4ecef8ad9ca31a8372d0c35"],
    ["uppercase", "023E105F4ECEF8AD9CA31A8372D0C353"],
    ["not hex", "023e105f4ecef8ad9ca31a8372d0c35z"],
  ])("refuses a zone id that is %s", (_, zoneId) => {
    expect(() => synth((stack) => new CloudflareDnsZone(stack, "zone", { zoneId, zoneName: "example.com" }))).toThrow(
      `CloudflareDnsZone zone: zoneId "${zoneId}" is not a Cloudflare zone id (32 lowercase hex characters)`,
    );
  });

  test("refuses a bad zone name", () => {
    expect(() => synth((stack) => new CloudflareDnsZone(stack, "zone", { zoneId: ZONE_ID, zoneName: "example.com." }))).toThrow(
      /zoneName "example.com." is not a valid zone name/,
    );
  });

  describe("existingRulesetIds (issue 21: adopting the entry-point rulesets instead of a second one, error 20217)", () => {
    const proxiedZone = (props: Record<string, unknown>) =>
      synth((stack) => {
        const zone = new CloudflareDnsZone(stack, "zone", { zoneId: ZONE_ID, zoneName: "example.com", ...props });
        zone.addProxiedHost("url1.example.com");
      });

    test("imports each given ruleset by Cloudflare's import id and leaves the other phase to be created", () => {
      const json = proxiedZone({ existingRulesetIds: { http_config_settings: "a".repeat(32) } });
      const [config] = Object.keys(json.resource!.cloudflare_ruleset).filter((name) => name.includes("http_config_settings"));
      expect((json as any).import).toEqual([{ to: `cloudflare_ruleset.${config}`, id: `zones/${ZONE_ID}/${"a".repeat(32)}` }]);
    });

    test.each<[string, unknown, string]>([
      ["not an object", "abc", 'existingRulesetIds "abc" is not an object of ruleset ids by phase'],
      [
        "an unknown phase",
        { http_request_firewall_custom: "a".repeat(32) },
        'existingRulesetIds has the phase "http_request_firewall_custom"',
      ],
      [
        "a bad id",
        { http_config_settings: "A".repeat(32) },
        `existingRulesetIds.http_config_settings "${"A".repeat(32)}" is not a Cloudflare ruleset id`,
      ],
      ["an id of the wrong type", { http_config_settings: 7 }, "existingRulesetIds.http_config_settings 7 is not a Cloudflare ruleset id"],
    ])("refuses %s, naming the field and the value", (_, existingRulesetIds, message) => {
      expect(() => proxiedZone({ existingRulesetIds })).toThrow(`CloudflareDnsZone zone: ${message}`);
    });

    test("refuses to adopt rulesets in a zone that does not manage them", () => {
      expect(() => proxiedZone({ manageRulesets: false, existingRulesetIds: { http_config_settings: "a".repeat(32) } })).toThrow(
        "CloudflareDnsZone zone: existingRulesetIds adopts rulesets, but this zone does not manage its rulesets (manageRulesets is false)",
      );
    });
  });

  test("a zone that does not manage its rulesets forgets them (removed, destroy = false) rather than deleting them", () => {
    const managed = synth((stack) =>
      new CloudflareDnsZone(stack, "zone", { zoneId: ZONE_ID, zoneName: "example.com" }).addProxiedHost("u.example.com"),
    );
    const handedOver = synth((stack) =>
      new CloudflareDnsZone(stack, "zone", { zoneId: ZONE_ID, zoneName: "example.com", manageRulesets: false }).addProxiedHost(
        "u.example.com",
      ),
    );
    expect(handedOver.resource?.cloudflare_ruleset).toBeUndefined();
    expect((handedOver as any).removed).toEqual(
      Object.keys(managed.resource!.cloudflare_ruleset).map((name) => ({
        from: `cloudflare_ruleset.${name}`,
        lifecycle: { destroy: false },
      })),
    );
  });
});
