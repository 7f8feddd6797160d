/** The owner CNAME check: a pure judge, and `check --config` verifying a configured sendgrid.ownerCname. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../../cli/main";
import { judgeOwnerCname } from "../../../cli/sendgrid/owner-cname";
import { HOSTS, USER_ID, startAuditWorld } from "./audit-world";
import type { AuditWorld } from "./audit-world";

describe("judgeOwnerCname", () => {
  const name = "8119916.example.com";
  test.each([
    [{ target: "sendgrid.net", nxdomain: false }, "pass", /is a CNAME for sendgrid\.net/],
    [{ nxdomain: true }, "fail", /does not exist: create the CNAME 8119916\.example\.com → sendgrid\.net .*sendgrid\.ownerCname/],
    [{ nxdomain: false }, "fail", /has no CNAME: create the CNAME/],
    [{ target: "elsewhere.example.net", nxdomain: false }, "fail", /is a CNAME for elsewhere\.example\.net, not sendgrid\.net/],
    [new Error("timed out"), "fail", /could not be read: timed out/],
  ])("%j → %s", (facts, status, message) => {
    const result = judgeOwnerCname(name, "sendgrid.net.", facts);
    expect(result).toMatchObject({ name: "Owner CNAME", status });
    expect(result.message).toMatch(message);
  });
});

describe("check --config verifies a configured owner CNAME", () => {
  let world: AuditWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  async function checkConfig(without: string[]): Promise<{ code: number; out: string }> {
    world = await startAuditWorld({ without });
    const file = join(world.dir, "tracking-domains.json");
    const zone = { name: "beta.test", provider: "cloudflare", zoneId: "0123456789abcdef0123456789abcdef" };
    const domain = {
      domainName: HOSTS.autoSsl,
      edge: "sendgrid-auto-ssl",
      sendgrid: {
        acmeChallengeTarget: `${HOSTS.autoSsl}.4a767ed83ff78982.dcv.cloudflare.com`,
        customHostnameTxt: "06231e2e-5d7c-40c0-9b4a-ee31c2a8e98b",
        ownerCname: `${USER_ID}.beta.test`,
      },
    };
    writeFileSync(file, JSON.stringify({ stacks: [{ name: "s", zones: [zone], domains: [domain] }] }));
    // The check options of the world, without the API's.
    const args = world.args.filter((_, i, all) => all[i] !== "--api-url" && all[i - 1] !== "--api-url");
    const checkArgs = args.map((arg) => (arg === "--check-timeout" ? "--timeout" : arg));
    let out = "";
    const code = await main(["check", "--config", file, ...checkArgs], { stdout: (text) => void (out += text), stderr: () => undefined });
    return { code, out };
  }

  test("present: passes", async () => {
    const { code, out } = await checkConfig([]);
    expect(out).toMatch(/PASS\s+Owner CNAME\s+8119916\.beta\.test is a CNAME for sendgrid\.net/);
    expect(code).toBe(0);
  });

  test("missing: fails, saying what to create", async () => {
    const { code, out } = await checkConfig([`${USER_ID}.beta.test`]);
    expect(out).toMatch(/FAIL\s+Owner CNAME\s+8119916\.beta\.test does not exist: create the CNAME/);
    expect(code).toBe(1);
  });
});
