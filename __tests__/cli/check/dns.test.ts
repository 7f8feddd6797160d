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
