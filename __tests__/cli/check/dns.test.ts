/** Step 1, DNS: recognising the edge and judging, without the network. */
import { judgeDns, recognise } from "../../../cli/check/dns";

test("recognise names SendGrid before a CDN", () => {
  expect(recognise(["sendgrid.net"], ["167.89.1.1"])).toEqual({ kind: "sendgrid", host: "sendgrid.net" });
  expect(recognise(["eu.sendgrid.net"], [])).toEqual({ kind: "sendgrid", host: "eu.sendgrid.net" });
  expect(recognise(["j.sni.global.fastly.net"], ["151.101.1.57"])).toEqual({ kind: "fastly", host: "j.sni.global.fastly.net" });
  expect(recognise([], ["104.16.0.1", "2606:4700::1"])).toEqual({ kind: "cloudflare-proxy" });
  expect(recognise([], ["104.16.0.1", "192.0.2.1"])).toEqual({ kind: "unknown" });
  expect(recognise(["notfastly.net"], [])).toEqual({ kind: "unknown" });
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

describe("CloudFront", () => {
  test("a cloudfront.net name in the chain is recognised", () => {
    expect(recognise(["d111111abcdef8.cloudfront.net"], ["13.32.0.1"])).toEqual({
      kind: "cloudfront",
      host: "d111111abcdef8.cloudfront.net",
    });
    expect(recognise(["cloudfront.net.example.org"], [])).toEqual({ kind: "unknown" });
  });

  test("a CNAME to another distribution than the configured one warns", () => {
    const result = judgeDns(
      "url1.example.com",
      { chain: ["d222222abcdef8.cloudfront.net"], addresses: ["13.32.0.1"], nxdomain: false },
      { edge: "cloudfront", cnameTarget: "d111111abcdef8.cloudfront.net" },
    );
    expect(result).toMatchObject({
      status: "warn",
      message: expect.stringContaining("a CloudFront host but not the configured d111111abcdef8.cloudfront.net"),
    });
  });

  test("a CNAME to another alias of the distribution warns: the link host's own CNAME must name it", () => {
    const result = judgeDns(
      "url1.example.com",
      { chain: ["links.example.com", "d111111abcdef8.cloudfront.net"], addresses: ["13.32.0.1"], nxdomain: false },
      { edge: "cloudfront" },
    );
    expect(result).toMatchObject({
      status: "warn",
      message: expect.stringContaining("should name the distribution (d111111abcdef8.cloudfront.net)"),
    });
  });

  test("a link host still at SendGrid is told where the CNAME goes", () => {
    const result = judgeDns(
      "url1.example.com",
      { chain: ["sendgrid.net"], addresses: ["167.89.1.1"], nxdomain: false },
      { edge: "cloudfront" },
    );
    expect(result).toMatchObject({
      status: "fail",
      message: expect.stringContaining("point the CNAME (not an alias record) at the distribution's domain name"),
    });
  });
});
