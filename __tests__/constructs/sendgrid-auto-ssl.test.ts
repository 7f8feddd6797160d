import { Testing } from "../../framework";
import { txtContent } from "../../constructs/cloudflare-dns-zone";
import { TrackingDomainError } from "../../constructs/errors";
import { acmeChallengeTargetProblem, customHostnameTxtProblem } from "../../constructs/sendgrid-auto-ssl";
import { SslTrackingDomain } from "../../constructs/ssl-tracking-domain";
import { SendgridAutoSslOptions } from "../../constructs/sendgrid-auto-ssl";
import { TrackingEdge } from "../../constructs/tracking-edge";
import { buildApp } from "../../stacks/app";
import { parseConfig } from "../../stacks/config";
import { configProblems } from "../stacks/helpers";
import { addressOf, exampleZone, oneDomain, resourceWhere, resourcesOf, synth, Synth, ZONE_ID } from "../helpers";

const TARGET = "url1234.example.com.4a767ed83ff78982.dcv.cloudflare.com";
const TOKEN = "06231e2e-5d7c-40c0-9b4a-ee31c2a8e98b";
const OPTIONS: SendgridAutoSslOptions = { acmeChallengeTarget: TARGET, customHostnameTxt: TOKEN };

describe("an Auto SSL domain", () => {
  const json = oneDomain({ edge: TrackingEdge.sendgridAutoSsl(OPTIONS) });
  const records = resourcesOf(json, "cloudflare_dns_record");
  const link = resourceWhere(json, "cloudflare_dns_record", "name", "url1234.example.com");
  const challenge = resourceWhere(json, "cloudflare_dns_record", "name", "_acme-challenge.url1234.example.com");
  const txt = resourceWhere(json, "cloudflare_dns_record", "name", "_cf-custom-hostname.url1234.example.com");

  test("writes exactly the three records, DNS only, in the domain's zone", () => {
    expect(records).toHaveLength(3);
    expect(link).toMatchObject({ type: "CNAME", content: "click.sendgrid.net", proxied: false, zone_id: ZONE_ID, ttl: 1 });
    expect(challenge).toMatchObject({ type: "CNAME", content: TARGET, proxied: false, zone_id: ZONE_ID });
    // Cloudflare wants TXT content as a quoted character string.
    expect(txt).toMatchObject({ type: "TXT", content: `"${TOKEN}"`, proxied: false, zone_id: ZONE_ID });
  });

  test("has no CDN resources: no Fastly, no rulesets, no provider but the DNS one", () => {
    expect(Object.keys(json.resource ?? {})).toEqual(["cloudflare_dns_record"]);
    expect(json.data).toBeUndefined();
  });

  test("every record carries the tracking mark and refuses destroy", () => {
    for (const record of records) {
      expect(record.comment).toContain("cdktf-ssl-tracking-domain");
      expect(record.comment).toContain("sendgrid-auto-ssl");
      expect(record.lifecycle.prevent_destroy).toBe(true);
    }
  });

  // As every edge's own resources: on a switch to another edge, stored in the state, it makes
  // Terraform delete them only after the link host's CNAME has moved.
  test("the challenge CNAME and the TXT are deleted only after what depended on them", () => {
    expect(challenge.lifecycle).toEqual({ create_before_destroy: true, prevent_destroy: true });
    expect(txt.lifecycle).toEqual({ create_before_destroy: true, prevent_destroy: true });
    expect(link.lifecycle).toEqual({ prevent_destroy: true });
  });

  test("the link host moves only after the challenge CNAME and the TXT exist", () => {
    expect(link.depends_on).toEqual(
      expect.arrayContaining([addressOf(json, "cloudflare_dns_record", challenge), addressOf(json, "cloudflare_dns_record", txt)]),
    );
  });

  test("allowDestroy lifts the protection of all three and marks them", () => {
    const free = resourcesOf(oneDomain({ edge: TrackingEdge.sendgridAutoSsl(OPTIONS), allowDestroy: true }), "cloudflare_dns_record");
    expect(free).toHaveLength(3);
    for (const record of free) {
      expect(record.lifecycle?.prevent_destroy).toBeUndefined();
      expect(record.comment).toContain("allow-destroy");
    }
  });

  test("adopts the link host's existing CNAME, and takes another CNAME target", () => {
    const adopted = oneDomain({
      edge: TrackingEdge.sendgridAutoSsl({ ...OPTIONS, cnameTarget: "click.eu.sendgrid.net" }),
      existingRecordId: "372e67954025e0ba6aaa6d586b9e0b59",
    });
    const cname = resourceWhere(adopted, "cloudflare_dns_record", "name", "url1234.example.com");
    expect(cname.content).toBe("click.eu.sendgrid.net");
    expect(JSON.stringify(adopted)).toContain(`${ZONE_ID}/372e67954025e0ba6aaa6d586b9e0b59`);
  });
});

describe("Auto SSL values", () => {
  test.each([
    ["not a host name", "Url1234.example.com.4a76.dcv.cloudflare.com", /uppercase/],
    ["not under dcv.cloudflare.com", "url1234.example.com.4a76.example.net", /not under dcv\.cloudflare\.com/],
    ["another link's", "url999.example.com.4a76.dcv.cloudflare.com", /not the challenge target of url1234\.example\.com/],
  ])("the challenge target is refused when %s", (_, target, reason) => {
    expect(acmeChallengeTargetProblem(target, "url1234.example.com")).toMatch(reason);
    expect(() => oneDomain({ edge: TrackingEdge.sendgridAutoSsl({ ...OPTIONS, acmeChallengeTarget: target }) })).toThrow(
      new RegExp(`acmeChallengeTarget "${target.replace(/\./g, "\\.")}"`),
    );
  });

  test.each([
    ["quoted", `"${TOKEN}"`, /without its quotes/],
    ["not a UUID", "abc123", /shape SendGrid returns/],
    ["uppercase", TOKEN.toUpperCase(), /shape SendGrid returns/],
    ["with a space", ` ${TOKEN}`, /shape SendGrid returns/],
  ])("the TXT token is refused when %s, at the factory", (_, token, reason) => {
    expect(customHostnameTxtProblem(token)).toMatch(reason);
    expect(() => TrackingEdge.sendgridAutoSsl({ ...OPTIONS, customHostnameTxt: token })).toThrow(TrackingDomainError);
    expect(() => TrackingEdge.sendgridAutoSsl({ ...OPTIONS, customHostnameTxt: token })).toThrow(/customHostnameTxt/);
  });

  test.each([
    ["no options", undefined, /props must be an object/],
    ["no token", { acmeChallengeTarget: TARGET }, /customHostnameTxt is required/],
    ["a numeric target", { acmeChallengeTarget: 1, customHostnameTxt: TOKEN }, /acmeChallengeTarget must be a string/],
    [
      "a bad cnameTarget",
      { ...OPTIONS, cnameTarget: "click..sendgrid.net" },
      /cnameTarget "click\.\.sendgrid\.net" is not a valid host name/,
    ],
  ])("JavaScript callers get a named error for %s", (_, options, message) => {
    expect(() => TrackingEdge.sendgridAutoSsl(options as never)).toThrow(message);
  });

  test("the EU origin needs the CNAME target SendGrid gave, since none is documented", () => {
    expect(() => oneDomain({ edge: TrackingEdge.sendgridAutoSsl(OPTIONS), origin: "eu.sendgrid.net" })).toThrow(
      /origin is "eu\.sendgrid\.net".*set cnameTarget/,
    );
  });

  test.each([
    ["a space", "a b"],
    ["a quote", 'a"b'],
    ["too long", "a".repeat(256)],
  ])("TXT content with %s is refused rather than written", (_, text) => {
    expect(() => txtContent(text)).toThrow(/TXT value/);
  });

  test("a TXT record cannot be proxied", () => {
    expect(() =>
      synth((stack) => exampleZone(stack).addRecord(stack, "t", { name: "t.example.com", type: "TXT", value: "x", proxied: true })),
    ).toThrow(/TXT record cannot be proxied/);
  });

  test("a second domain in the same zone gets its own three records", () => {
    const json: Synth = synth((stack) => {
      const zone = exampleZone(stack);
      for (const host of ["url1.example.com", "url2.example.com"]) {
        new SslTrackingDomain(stack, host, {
          domainName: host,
          dnsZone: zone,
          edge: TrackingEdge.sendgridAutoSsl({
            acmeChallengeTarget: `${host}.0123456789abcdef.dcv.cloudflare.com`,
            customHostnameTxt: TOKEN,
          }),
        });
      }
    });
    expect(
      resourcesOf(json, "cloudflare_dns_record")
        .map((r) => r.name)
        .sort(),
    ).toEqual([
      "_acme-challenge.url1.example.com",
      "_acme-challenge.url2.example.com",
      "_cf-custom-hostname.url1.example.com",
      "_cf-custom-hostname.url2.example.com",
      "url1.example.com",
      "url2.example.com",
    ]);
  });
});

describe("an Auto SSL domain in the config", () => {
  const ZONE = { name: "example.com", provider: "cloudflare", zoneId: ZONE_ID };
  const entry = { domainName: "url1234.example.com", edge: "sendgrid-auto-ssl", sendgrid: OPTIONS };
  const config = (domain: Record<string, unknown>) => ({ stacks: [{ name: "s", zones: [ZONE], domains: [domain] }] });

  test("synthesizes the three records, no Fastly provider, and the CNAME target output", () => {
    const app = buildApp(parseConfig(config(entry)), Testing.app());
    const json = JSON.parse(Testing.synth(app.node.children[0] as never)) as Synth;
    expect(resourcesOf(json, "cloudflare_dns_record").map((r) => [r.name, r.type, r.content])).toEqual(
      expect.arrayContaining([
        ["url1234.example.com", "CNAME", "click.sendgrid.net"],
        ["_acme-challenge.url1234.example.com", "CNAME", TARGET],
        ["_cf-custom-hostname.url1234.example.com", "TXT", `"${TOKEN}"`],
      ]),
    );
    expect(resourcesOf(json, "cloudflare_dns_record")).toHaveLength(3);
    expect(Object.keys(json.provider ?? {})).toEqual(["cloudflare"]);
    expect(json.output?.url1234_example_com_cname_target.value).toBe("click.sendgrid.net");
  });

  test.each([
    ["no sendgrid block", { ...entry, sendgrid: undefined }, /sendgrid: is required with edge "sendgrid-auto-ssl"/],
    ["a sendgrid block on Fastly", { ...entry, edge: "fastly" }, /sendgrid: sendgrid options are set but edge is "fastly"/],
    [
      "another link's challenge",
      { ...entry, sendgrid: { ...OPTIONS, acmeChallengeTarget: "url9.example.com.ab.dcv.cloudflare.com" } },
      /acmeChallengeTarget: .*not the challenge target/,
    ],
    ["a quoted token", { ...entry, sendgrid: { ...OPTIONS, customHostnameTxt: `"${TOKEN}"` } }, /customHostnameTxt.*without its quotes/],
    ["an unknown key", { ...entry, sendgrid: { ...OPTIONS, autoSsl: true } }, /autoSsl/],
    [
      "the EU origin without a CNAME target",
      { ...entry, origin: "eu.sendgrid.net" },
      /sendgrid\.cnameTarget: is required when origin is "eu\.sendgrid\.net"/,
    ],
  ])("is refused with %s", (_, domain, message) => {
    const problems = configProblems(config(JSON.parse(JSON.stringify(domain))));
    expect(problems.join("\n")).toMatch(message);
  });
});
