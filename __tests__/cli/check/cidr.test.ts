/** Cloudflare's address ranges. */
import { isCloudflareAddress, rangeSet } from "../../../cli/check/cidr";

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
