import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AUDIT_SCHEMA_FILE, auditJsonSchema, auditSchema } from "../../../cli/sendgrid/audit-schema";
import { API_KEY, runSendgridCli } from "../sendgrid-api";
import { HOSTS, USER_ID, startAuditWorld } from "./audit-world";
import type { AuditWorld, WorldOptions } from "./audit-world";

let world: AuditWorld | undefined;

afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function auditIn(options: WorldOptions, ...args: string[]) {
  world = await startAuditWorld(options);
  return runSendgridCli(["audit", ...args, ...world.args]);
}

/** The JSON report, held to the published schema. */
async function auditJson(options: WorldOptions, ...args: string[]) {
  const result = await auditIn(options, ...args, "--json");
  const report = JSON.parse(result.out);
  expect(() => auditSchema.parse(report)).not.toThrow();
  return { ...result, report };
}

const zone = (name: string) => ({ name, provider: "cloudflare", zoneId: Buffer.from(name).toString("hex").padEnd(32, "0").slice(0, 32) });

describe("sendgrid audit: ready for SSL click tracking, per account", () => {
  test("an account with one link left on sendgrid.net is not ready, and that link is named", async () => {
    const { code, out, err } = await auditIn({});
    expect(err).toBe("");
    expect(code).toBe(1);
    expect(out).toMatch(/^NOT READY {2}the account \(3 links, 1 would break\)$/m);
    expect(out).toContain(`FAIL  ${HOSTS.straggler} (link `);
    expect(out).toMatch(new RegExp(`DNS: ${HOSTS.straggler.replace(/\./g, "\\.")} still points at sendgrid\\.net directly`));
    expect(out).not.toContain(`FAIL  ${HOSTS.fastly}`);
    expect(out).not.toContain(`FAIL  ${HOSTS.autoSsl}`);
    expect(out).toMatch(new RegExp(`Verdict: NOT READY\\. .*\\(the account: ${HOSTS.straggler.replace(/\./g, "\\.")}\\)`));
  });

  test("once that link is behind an edge, the account is ready and the verdict says whom to ask for what", async () => {
    const { code, out, report } = await auditJson({ straggler: "fastly" });
    expect(code).toBe(0);
    expect(report.status).toBe("ready");
    expect(report.accounts).toHaveLength(1);
    expect(report.accounts[0]).toMatchObject({ account: "(account)", subuser: false, status: "ready" });
    expect(report.accounts[0].links.map((link: { linkHost: string; status: string }) => [link.linkHost, link.status])).toEqual([
      [HOSTS.fastly, "pass"],
      [HOSTS.straggler, "pass"],
      [HOSTS.autoSsl, "pass"],
    ]);
    expect(report.accounts[0].links[2]).toMatchObject({ autoSsl: true, edge: "sendgrid-auto-ssl" });
    expect(report.verdict).toMatch(/^READY\. .*ask SendGrid support to turn SSL click tracking on for the account\.$/);
    expect(out).not.toContain(API_KEY);
  });

  test("--all-subusers judges the account and each subuser on its own", async () => {
    const { code, report } = await auditJson({}, "--all-subusers");
    expect(code).toBe(1);
    expect(report.accounts.map((account: { account: string; status: string }) => [account.account, account.status])).toEqual([
      ["(account)", "not-ready"],
      ["sub1", "ready"],
    ]);
    expect(report.verdict).toContain(`the account: ${HOSTS.straggler}`);
    expect(report.verdict).not.toContain("sub1");
    expect(world?.api.requests.map((request) => [request.path, request.headers["on-behalf-of"]])).toEqual(
      expect.arrayContaining([
        ["/v3/subusers?limit=500&offset=0", undefined],
        ["/v3/whitelabel/links", undefined],
        ["/v3/whitelabel/links", "sub1"],
      ]),
    );
  });

  test("--on-behalf-of audits that subuser only", async () => {
    const { code, report } = await auditJson({}, "--on-behalf-of", "sub1");
    expect(code).toBe(0);
    expect(report.accounts).toEqual([expect.objectContaining({ account: "sub1", subuser: true, status: "ready" })]);
    expect(report.accounts[0].links.map((link: { linkHost: string }) => link.linkHost)).toEqual([HOSTS.subuser]);
  });

  test("an account whose links cannot be read is not judged: exit 3, not a pass", async () => {
    const { code, report } = await auditJson({}, "--on-behalf-of", "nobody");
    expect(code).toBe(3);
    expect(report.status).toBe("not-audited");
    expect(report.accounts[0]).toMatchObject({ account: "nobody", status: "not-audited", links: [] });
    expect(report.accounts[0].error).toMatch(/403/);
  });

  test("a missing owner CNAME fails its link, saying what to create", async () => {
    const owner = `${USER_ID}.beta.test`;
    const { code, report } = await auditJson({ straggler: "fastly", without: [owner] });
    expect(code).toBe(1);
    const link = report.accounts[0].links.find((l: { linkHost: string }) => l.linkHost === HOSTS.autoSsl);
    expect(link.status).toBe("fail");
    expect(link.checks).toContainEqual({
      name: "Owner CNAME",
      status: "fail",
      message: expect.stringContaining(`${owner} does not exist: create the CNAME ${owner} → sendgrid.net`),
    });
  });

  test("a link SendGrid has not validated fails, pointing at sendgrid validate", async () => {
    world = await startAuditWorld({ straggler: "fastly" });
    world.links.parent[0].valid = false;
    const { code, out } = await runSendgridCli(["audit", ...world.args]);
    expect(code).toBe(1);
    expect(out).toMatch(
      new RegExp(`SendGrid validation: SendGrid has not validated link ${world.links.parent[0].id}: .*sendgrid validate`),
    );
  });
});

describe("sendgrid audit --config: coverage both ways", () => {
  test("links missing from the config, and config domains SendGrid does not list", async () => {
    world = await startAuditWorld({ straggler: "fastly" });
    const file = join(world.dir, "tracking-domains.json");
    writeFileSync(
      file,
      JSON.stringify({
        stacks: [
          {
            name: "s",
            zones: [zone("alpha.test")],
            domains: [
              { domainName: HOSTS.fastly, edge: "fastly" },
              { domainName: "url9.alpha.test", edge: "fastly" },
            ],
          },
        ],
      }),
    );
    const json = await runSendgridCli(["audit", "--config", file, "--json", ...world.args]);
    const report = JSON.parse(json.out);
    expect(json.code).toBe(0);
    expect(report.coverage).toEqual({
      config: file,
      linksNotInConfig: [
        { account: "(account)", id: world.links.parent[1].id, linkHost: HOSTS.straggler },
        { account: "(account)", id: world.links.parent[2].id, linkHost: HOSTS.autoSsl },
      ],
      configDomainsUnknown: ["url9.alpha.test"],
    });
    const human = await runSendgridCli(["audit", "--config", file, ...world.args]);
    expect(human.out).toContain(
      `links not in the config: ${HOSTS.straggler} (link ${world.links.parent[1].id}, (account)), ${HOSTS.autoSsl}`,
    );
    expect(human.out).toContain("config domains SendGrid does not list for the audited accounts: url9.alpha.test");
  });

  test("a config that cannot be loaded is a usage error before any request", async () => {
    world = await startAuditWorld({});
    const file = join(world.dir, "bad.json");
    writeFileSync(file, "{");
    const { code, err } = await runSendgridCli(["audit", "--config", file, ...world.args]);
    expect(code).toBe(2);
    expect(err).toContain(file);
    expect(world.api.requests).toHaveLength(0);
  });
});

describe("the published JSON Schema", () => {
  test("sendgrid-audit.schema.json is current (regenerate: node --import tsx cli/sendgrid/audit-schema.ts)", () => {
    expect(readFileSync(AUDIT_SCHEMA_FILE, "utf8")).toBe(auditJsonSchema());
  });

  test("it documents the exit codes and requires what a pipeline reads", () => {
    const schema = JSON.parse(auditJsonSchema());
    expect(schema.description).toMatch(/per account or subuser.*0 when every audited account is ready.*1 when a link would break.*3 when/);
    expect(schema.required).toEqual(["status", "verdict", "accounts"]);
    expect(schema.properties.accounts.items.properties.links.items.required).toEqual([
      "id",
      "linkHost",
      "autoSsl",
      "valid",
      "status",
      "checks",
    ]);
  });

  test("the package ships it", () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "package.json"), "utf8"));
    expect(manifest.files).toContain("sendgrid-audit.schema.json");
  });
});

test("an API failure before any account is read is 'could not audit' (3), with nothing on stdout", async () => {
  world = await startAuditWorld({});
  world.api.script.push({ status: 401, body: { errors: [{ message: "authorization required" }] } });
  const { code, out, err } = await runSendgridCli(["audit", "--all-subusers", "--json", ...world.args]);
  expect(code).toBe(3);
  expect(out).toBe("");
  expect(err).toContain("SendGrid refused the API key (401)");
});

describe("sendgrid audit usage", () => {
  test.each([
    [["audit", "--all-subusers", "--on-behalf-of", "sub1"], /either --on-behalf-of .* or --all-subusers/],
    [["links", "--config", "x.json"], /--config is for sendgrid audit/],
    [["entry", "77", "--all-subusers"], /--all-subusers is for sendgrid audit/],
    [["audit", "--resolver", "dns.example"], /--resolver must be an IP address/],
    [["audit", "extra"], /sendgrid audit takes no arguments/],
  ])("%j exits 2", async (args, message) => {
    const { code, err } = await runSendgridCli(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});

test("a link host from the API that is no host name fails as is, escaped, and is not looked up", async () => {
  world = await startAuditWorld({ straggler: "fastly" });
  world.links.parent[0].dns.domain_cname.host = "url1.alpha.test\u001b[2K";
  world.links.parent[0].dns.owner_cname.host = "8119916.alpha.test\u202e";
  const { code, out } = await runSendgridCli(["audit", ...world.args]);
  expect(code).toBe(1);
  expect(out).not.toContain("\u001b");
  expect(out).not.toContain("\u202e");
  expect(out).toMatch(/Link host: .*url1\.alpha\.test.* is not a valid host name/);
  expect(out).toMatch(/Owner CNAME: .*8119916\.alpha\.test.* is not a valid host name/);
});

test("a line break in an API answer cannot forge a line of the human report", async () => {
  world = await startAuditWorld({});
  world.links.parent[0].dns.domain_cname.host = "url1.alpha.test\nVerdict: READY. ask SendGrid support";
  const { code, out } = await runSendgridCli(["audit", ...world.args]);
  expect(code).toBe(1);
  // The API's names are compared in lower case.
  expect(out).toContain("url1.alpha.test\\nverdict: ready");
  expect(out.split("\n").filter((line) => /^verdict:/i.test(line))).toEqual([expect.stringMatching(/^Verdict: NOT READY/)]);
});
