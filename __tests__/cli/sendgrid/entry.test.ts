import { parseConfig } from "../../../stacks/config";
import type { DnsServerHandle } from "../loopback";
import { AUTO_SSL_LINK, CLASSIC_LINK, runSendgridCli, startFakeApi, startOwnerDns } from "../sendgrid-api";
import type { FakeApi } from "../sendgrid-api";

let api: FakeApi;
let dns: DnsServerHandle;

beforeAll(async () => {
  dns = await startOwnerDns();
});

afterAll(async () => {
  await dns.close();
});

afterEach(async () => {
  await api?.close();
});

async function serve(links: unknown[] = [AUTO_SSL_LINK, CLASSIC_LINK]): Promise<void> {
  await api?.close();
  api = await startFakeApi({ "": links });
}

const run = (...args: string[]) =>
  runSendgridCli([...args, "--api-url", api.url, ...(args[0] === "entry" ? ["--resolver", `127.0.0.1:${dns.port}`] : [])]);

describe("sendgrid entry --edge cloudfront", () => {
  test("a classic link gets a CloudFront entry the config accepts", async () => {
    await serve();
    const { code, out, err } = await run("entry", "77", "--edge", "cloudfront");
    expect(code).toBe(0);
    const entry = JSON.parse(out);
    expect(entry).toEqual({ domainName: "url1234.example.org", edge: "cloudfront", origin: "eu.sendgrid.net" });
    expect(err).toMatch(/only its link host url1234\.example\.org moves to the cloudfront edge/);
    const zone = { name: "example.org", provider: "route53", hostedZoneId: "Z0123456789ABCDEFGHIJ" };
    expect(() => parseConfig({ stacks: [{ name: "s", aws: { region: "eu-west-1" }, zones: [zone], domains: [entry] }] })).not.toThrow();
  });
});

describe("sendgrid links --json", () => {
  test("prints every link as JSON, with its records", async () => {
    await serve();
    const { code, out, err } = await run("links", "--json");
    expect(code).toBe(0);
    expect(err).toBe("");
    const links = JSON.parse(out);
    expect(links).toEqual([
      expect.objectContaining({ id: 5629083, linkHost: "url3629.example.com", autoSsl: true, valid: false, default: false }),
      expect.objectContaining({ id: 77, linkHost: "url1234.example.org", autoSsl: false, valid: true, default: true }),
    ]);
    expect(links[0].dns.owner_cname).toEqual({ host: "8119916.example.com", type: "cname", data: "sendgrid.net", valid: false });
  });

  test("--json is refused where it means nothing", async () => {
    await serve();
    const { code, err } = await run("entry", "77", "--json");
    expect(code).toBe(2);
    expect(err).toContain("--json is for sendgrid links");
  });
});

describe("the note on taking over an existing CNAME names the record id of the zone's kind", () => {
  test.each([
    ["cloudflare", /add "existingRecordId" with its Cloudflare DNS record id/, /Route 53/],
    ["route53", /"existingRecordId": "<hostedZoneId>_url1234\.example\.org_CNAME"/, /Cloudflare/],
    ["external", /change it in the zone yourself/, /existingRecordId/],
  ])("--zone-provider %s", async (provider, says, doesNotSay) => {
    await serve();
    const { code, err } = await run("entry", "77", "--zone-provider", provider);
    expect(code).toBe(0);
    const note = err.split("\n").find((line) => line.includes("already has a CNAME")) ?? "";
    expect(note).toMatch(says);
    expect(note).not.toMatch(doesNotSay);
  });

  test("without --zone-provider, every kind is named", async () => {
    await serve();
    const { err } = await run("entry", "77");
    expect(err).toMatch(/in a Cloudflare zone, .*Cloudflare DNS record id.*in a Route 53 zone, .*_CNAME.*in an external zone/);
  });

  test.each([
    [
      "an Auto SSL link in a Route 53 zone",
      ["entry", "5629083", "--zone-provider", "route53"],
      /refuses the sendgrid-auto-ssl edge in a Route 53 zone/,
    ],
    [
      "CloudFront in an external zone",
      ["entry", "77", "--edge", "cloudfront", "--zone-provider", "external"],
      /refuses the cloudfront edge in an external zone/,
    ],
  ])("%s: a warning before the entry is pasted in", async (_, args, warning) => {
    await serve();
    const { code, err } = await run(...args);
    expect(code).toBe(0);
    expect(err).toMatch(new RegExp(`WARNING: .*${warning.source}`));
  });

  test("an unknown provider is a usage error", async () => {
    await serve();
    const { code, err } = await run("entry", "77", "--zone-provider", "gcp");
    expect(code).toBe(2);
    expect(err).toContain('--zone-provider must be one of cloudflare, route53, external, not "gcp"');
  });
});

describe("a CNAME target outside SendGrid's names is warned about, like the challenge target", () => {
  const autoSsl = (target: string) => {
    const link = structuredClone(AUTO_SSL_LINK);
    link.dns.domain_cname.data = target;
    return link;
  };
  const classic = (target: string) => {
    const link = structuredClone(CLASSIC_LINK);
    link.dns.domain_cname.data = target;
    return link;
  };

  const optOut = /list it in allowUnlistedHosts to accept it by name/;
  test.each([
    [
      "an Auto SSL target under another zone",
      autoSsl("click.sendgrid.net.attacker.example"),
      "5629083",
      /not under the sendgrid-auto-ssl edge's documented domain \(sendgrid\.net\)/,
      optOut,
    ],
    ["an Auto SSL target that is the link host", autoSsl("url3629.example.com"), "5629083", /the link host itself/, /./],
    [
      "a classic typosquat origin",
      classic("sendgird.net"),
      "77",
      /not one of SendGrid's origins \(sendgrid\.net, eu\.sendgrid\.net\)/,
      optOut,
    ],
    ["a classic origin under sendgrid.net but undocumented", classic("x.sendgrid.net"), "77", /not one of SendGrid's origins/, optOut],
  ])("%s, with the config's own reason and way out", async (_, link, id, problem, wayOut) => {
    await serve([link]);
    const { code, out, err } = await run("entry", id);
    expect(code).toBe(0);
    const warning = err.split("\n").find((line) => line.includes("WARNING: SendGrid's answer points")) ?? "";
    expect(warning).toMatch(problem);
    expect(warning).toMatch(wayOut);
    expect(warning).toContain(JSON.stringify(link.dns.domain_cname.data));
    const reason = warning.split(`${JSON.stringify(link.dns.domain_cname.data)}: `)[1].replace(/\. Compare it .*$/, "");
    const zone = { name: link.domain, provider: "cloudflare", zoneId: "023e105f4ecef8ad9ca31a8372d0c353" };
    expect(() => parseConfig({ stacks: [{ name: "s", zones: [zone], domains: [JSON.parse(out)] }] })).toThrow(reason);
  });

  test.each([
    ["the global Auto SSL target", autoSsl("click.sendgrid.net"), "5629083"],
    ["an Auto SSL target under sendgrid.net", autoSsl("click.eu.sendgrid.net"), "5629083"],
    ["the EU origin", classic("eu.sendgrid.net"), "77"],
    ["the global origin", classic("sendgrid.net"), "77"],
  ])("no warning for %s", async (_, link, id) => {
    await serve([link]);
    const { code, err } = await run("entry", id);
    expect(code).toBe(0);
    expect(err).not.toContain("WARNING");
  });
});

describe("the owner CNAME <user id>.<domain>", () => {
  test("missing for an Auto SSL link: the entry sets ownerCname so the edge creates it, and the config accepts it", async () => {
    await serve();
    const empty = await startOwnerDns({});
    try {
      const { code, out, err } = await runSendgridCli(["entry", "5629083", "--api-url", api.url, "--resolver", `127.0.0.1:${empty.port}`]);
      expect(code).toBe(0);
      const entry = JSON.parse(out);
      expect(entry.sendgrid.ownerCname).toBe("8119916.example.com");
      expect(err).toContain(
        "8119916.example.com does not exist yet, and SendGrid cannot validate the link without it: the entry sets sendgrid.ownerCname",
      );
      const zone = { name: "example.com", provider: "cloudflare", zoneId: "023e105f4ecef8ad9ca31a8372d0c353" };
      expect(() => parseConfig({ stacks: [{ name: "s", zones: [zone], domains: [entry] }] })).not.toThrow();
    } finally {
      await empty.close();
    }
  });

  test("missing for a classic link: a warning that it must be created", async () => {
    await serve();
    const empty = await startOwnerDns({});
    try {
      const { code, out, err } = await runSendgridCli(["entry", "77", "--api-url", api.url, "--resolver", `127.0.0.1:${empty.port}`]);
      expect(code).toBe(0);
      expect(JSON.parse(out).ownerCname).toBeUndefined();
      expect(err).toMatch(/WARNING: 8119916\.example\.org does not exist: create the CNAME 8119916\.example\.org → eu\.sendgrid\.net/);
    } finally {
      await empty.close();
    }
  });

  test("present: not part of the entry", async () => {
    await serve();
    const { out, err } = await run("entry", "5629083");
    expect(JSON.parse(out).sendgrid.ownerCname).toBeUndefined();
    expect(err).toContain("8119916.example.com is a CNAME for sendgrid.net already");
  });

  test("pointing elsewhere: a warning naming both targets", async () => {
    await serve();
    const wrong = await startOwnerDns({ "8119916.example.com": [{ type: "CNAME", data: "sendgrid.example.net" }] });
    try {
      const { out, err } = await runSendgridCli(["entry", "5629083", "--api-url", api.url, "--resolver", `127.0.0.1:${wrong.port}`]);
      expect(JSON.parse(out).sendgrid.ownerCname).toBeUndefined();
      expect(err).toContain("WARNING: 8119916.example.com is a CNAME for sendgrid.example.net, not sendgrid.net");
    } finally {
      await wrong.close();
    }
  });
});

test("a line break in SendGrid's answer cannot forge a note", async () => {
  const link = structuredClone(CLASSIC_LINK);
  link.dns.owner_cname.data = "sendgrid.net\nnote: the link is ready for SSL click tracking";
  await serve([link]);
  const { code, err } = await runSendgridCli(["entry", "77", "--api-url", api.url]);
  expect(code).toBe(0);
  expect(err).toContain("sendgrid.net\\nnote: the link is ready");
  expect(err.split("\n").filter((line) => line.startsWith("note: the link is ready"))).toEqual([]);
});
