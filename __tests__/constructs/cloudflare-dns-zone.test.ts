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
});
