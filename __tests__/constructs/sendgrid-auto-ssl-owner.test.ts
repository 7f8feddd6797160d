/** The opt-in owner CNAME of the Auto SSL edge: `<user id>.<domain>` CNAME to the origin. */
import { Testing } from "../../framework";
import { describeFinding, guardPlan } from "../../cli/plan-guard";
import { TrackingDomainError } from "../../constructs/errors";
import { ownerCnameProblem } from "../../constructs/sendgrid-auto-ssl";
import type { SendgridAutoSslOptions } from "../../constructs/sendgrid-auto-ssl";
import { SslTrackingDomain } from "../../constructs/ssl-tracking-domain";
import { TrackingEdge } from "../../constructs/tracking-edge";
import { buildApp } from "../../stacks/app";
import { parseConfig } from "../../stacks/config";
import { configProblems } from "../stacks/helpers";
import { exampleZone, oneDomain, resourceWhere, resourcesOf, synth, ZONE_ID } from "../helpers";
import type { Synth } from "../helpers";

const TARGET = "url1234.example.com.4a767ed83ff78982.dcv.cloudflare.com";
const TOKEN = "06231e2e-5d7c-40c0-9b4a-ee31c2a8e98b";
const OPTIONS: SendgridAutoSslOptions = { acmeChallengeTarget: TARGET, customHostnameTxt: TOKEN };
const OWNER = "8119916.example.com";

describe("ownerCname", () => {
  test("is not written by default: the three records only", () => {
    const json = oneDomain({ edge: TrackingEdge.sendgridAutoSsl(OPTIONS) });
    expect(resourcesOf(json, "cloudflare_dns_record").map((r) => r.name)).not.toContain(OWNER);
  });

  test("when set, writes the owner CNAME to the origin, DNS only, with the domain's mark and protection", () => {
    const json = oneDomain({ edge: TrackingEdge.sendgridAutoSsl({ ...OPTIONS, ownerCname: OWNER }) });
    expect(resourcesOf(json, "cloudflare_dns_record")).toHaveLength(4);
    const owner = resourceWhere(json, "cloudflare_dns_record", "name", OWNER);
    expect(owner).toMatchObject({ type: "CNAME", content: "sendgrid.net", proxied: false, zone_id: ZONE_ID });
    expect(owner.comment).toContain("sendgrid-auto-ssl");
    expect(owner.lifecycle).toEqual({ create_before_destroy: true, prevent_destroy: true });
    // Its construct id is part of the contract: renaming it would replace the record.
    expect(Object.keys(json.resource?.cloudflare_dns_record ?? {}).some((key) => key.includes("auto-ssl-owner"))).toBe(true);
  });

  test("points at the EU origin for an EU domain", () => {
    const json = oneDomain({
      origin: "eu.sendgrid.net",
      edge: TrackingEdge.sendgridAutoSsl({ ...OPTIONS, cnameTarget: "click.eu.sendgrid.net", ownerCname: OWNER }),
    });
    expect(resourceWhere(json, "cloudflare_dns_record", "name", OWNER).content).toBe("eu.sendgrid.net");
  });

  test.each([
    ["not <user id>.<domain>", "owner.example.com", /ownerCname "owner\.example\.com": it is not <user id>\.<domain>/],
    ["another domain's", "8119916.example.org", /its domain example\.org is not a parent of url1234\.example\.com/],
    ["the bare user id", "8119916", /it is not a valid host name: it has a single label/],
    ["not a host name", "8119916.exa mple.com", /not a valid host name/],
  ])("is refused when %s", (_, ownerCname, message) => {
    expect(() => oneDomain({ edge: TrackingEdge.sendgridAutoSsl({ ...OPTIONS, ownerCname }) })).toThrow(TrackingDomainError);
    expect(() => oneDomain({ edge: TrackingEdge.sendgridAutoSsl({ ...OPTIONS, ownerCname }) })).toThrow(message);
  });

  test("two domains of one stack cannot both write it", () => {
    const twice = () =>
      synth((stack) => {
        const zone = exampleZone(stack);
        for (const host of ["url1.example.com", "url2.example.com"]) {
          new SslTrackingDomain(stack, host, {
            domainName: host,
            dnsZone: zone,
            edge: TrackingEdge.sendgridAutoSsl({
              acmeChallengeTarget: `${host}.0123456789abcdef.dcv.cloudflare.com`,
              customHostnameTxt: TOKEN,
              ownerCname: OWNER,
            }),
          });
        }
      });
    expect(twice).toThrow(/ownerCname "8119916\.example\.com" is already written by url1\.example\.com's edge in this stack/);
  });

  test("ownerCnameProblem accepts what SendGrid gives", () => {
    expect(ownerCnameProblem(OWNER, "url1234.example.com")).toBeUndefined();
    expect(ownerCnameProblem("42.mail.example.com", "url1.mail.example.com")).toBeUndefined();
  });
});

describe("sendgrid.ownerCname in the config", () => {
  const ZONE = { name: "example.com", provider: "cloudflare", zoneId: ZONE_ID };
  const entry = (domainName: string, ownerCname?: string) => ({
    domainName,
    edge: "sendgrid-auto-ssl",
    sendgrid: {
      acmeChallengeTarget: `${domainName}.4a767ed83ff78982.dcv.cloudflare.com`,
      customHostnameTxt: TOKEN,
      ...(ownerCname ? { ownerCname } : {}),
    },
  });
  const config = (...domains: unknown[]) => ({ stacks: [{ name: "s", zones: [ZONE], domains }] });

  test("writes the record", () => {
    const app = buildApp(parseConfig(config(entry("url1234.example.com", OWNER))), Testing.app());
    const json = JSON.parse(Testing.synth(app.node.children[0] as never)) as Synth;
    expect(resourceWhere(json, "cloudflare_dns_record", "name", OWNER)).toMatchObject({ type: "CNAME", content: "sendgrid.net" });
  });

  test("another domain's owner name is refused, naming the field", () => {
    expect(configProblems(config(entry("url1234.example.com", "8119916.example.org"))).join("\n")).toMatch(
      /sendgrid\.ownerCname: "8119916\.example\.org": its domain example\.org is not a parent/,
    );
  });

  test("one owner name on two domains is refused, even across stacks", () => {
    const data = {
      stacks: [
        { name: "a", zones: [ZONE], domains: [entry("url1.example.com", OWNER)] },
        { name: "b", zones: [ZONE], domains: [entry("url2.example.com", OWNER)] },
      ],
    };
    expect(configProblems(data).join("\n")).toMatch(/ownerCname: "8119916\.example\.com" is already written by url1\.example\.com/);
  });
});

describe("dropping ownerCname from the config", () => {
  // Terraform ignores prevent_destroy on a resource gone from the config: the plan guard is what stops it.
  const ownerDelete = (comment: string) => ({
    format_version: "1.2",
    planned_values: { root_module: {} },
    resource_changes: [
      {
        address: "cloudflare_dns_record.url1234examplecom_auto-ssl-owner_C7F108C0",
        mode: "managed",
        type: "cloudflare_dns_record",
        name: "url1234examplecom_auto-ssl-owner_C7F108C0",
        provider_name: "registry.terraform.io/cloudflare/cloudflare",
        change: {
          actions: ["delete"],
          before: {
            comment,
            content: "sendgrid.net",
            id: "372e67954025e0ba6aaa6d586b9e0b59",
            name: OWNER,
            proxied: false,
            type: "CNAME",
            zone_id: ZONE_ID,
          },
          after: null,
        },
      },
    ],
  });

  test("is blocked by the plan guard unless the domain is marked allowDestroy", () => {
    const json = oneDomain({ edge: TrackingEdge.sendgridAutoSsl({ ...OPTIONS, ownerCname: OWNER }) });
    const kept = resourceWhere(json, "cloudflare_dns_record", "name", OWNER).comment as string;
    expect(guardPlan(ownerDelete(kept))).toEqual([expect.objectContaining({ domain: OWNER, action: "delete", allowed: false })]);
    const free = oneDomain({ edge: TrackingEdge.sendgridAutoSsl({ ...OPTIONS, ownerCname: OWNER }), allowDestroy: true });
    const marked = resourceWhere(free, "cloudflare_dns_record", "name", OWNER).comment as string;
    expect(guardPlan(ownerDelete(marked))).toEqual([expect.objectContaining({ domain: OWNER, allowed: true })]);
  });

  // Review of the merged issues: it was reported as the "tracking CNAME" of 8119916.example.com,
  // a host no link uses, with "every link in mail already sent would break".
  test("is named as the owner CNAME, not as a link host, with the way to keep the record", () => {
    const json = oneDomain({ edge: TrackingEdge.sendgridAutoSsl({ ...OPTIONS, ownerCname: OWNER }) });
    const [found] = guardPlan(ownerDelete(resourceWhere(json, "cloudflare_dns_record", "name", OWNER).comment as string));
    expect(found.what).toBe("Auto SSL owner CNAME");
    const message = describeFinding(found);
    expect(message).toMatch(
      /^BLOCKED: the plan deletes the Auto SSL owner CNAME of 8119916\.example\.com \(cloudflare_dns_record\.url1234examplecom_auto-ssl-owner_C7F108C0\)/,
    );
    expect(message).toContain("link branding of every link of that domain");
    expect(message).toContain("terraform state rm cloudflare_dns_record.url1234examplecom_auto-ssl-owner_C7F108C0");
  });
});
