/** The DNS client's parsing of `--resolver`, without the network. */
import { parseDnsServer } from "../../../cli/check/dns-client";

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
