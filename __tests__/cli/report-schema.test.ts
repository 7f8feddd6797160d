/** check-report.schema.json: current with the zod schema, and real `check --json` reports hold to it. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPORT_SCHEMA_FILE, reportJsonSchema, reportSchema } from "../../cli/check/report-schema";
import { main } from "../../cli/main";
import { DOMAINS, startFixture } from "./fixture";
import type { Fixture } from "./fixture";

let world: Fixture;

beforeAll(async () => {
  world = await startFixture();
});

afterAll(async () => {
  await world.close();
});

async function report(args: string[]): Promise<{ code: number; json: unknown }> {
  let out = "";
  const code = await main(["check", ...args, "--json", ...world.args, "--timeout", "1000"], {
    stdout: (text) => void (out += text),
    stderr: () => undefined,
  });
  return { code, json: JSON.parse(out) };
}

const zoneOf = (name: string) => ({ name, provider: "cloudflare", zoneId: Buffer.from(name).toString("hex").padEnd(32, "0").slice(0, 32) });

test("check-report.schema.json is current (regenerate: node --import tsx cli/check/report-schema.ts)", () => {
  expect(readFileSync(REPORT_SCHEMA_FILE, "utf8")).toBe(reportJsonSchema());
});

test("the schema documents the exit codes and requires what a monitor reads", () => {
  const schema = JSON.parse(reportJsonSchema());
  expect(schema.description).toMatch(/0 when no check failed .* 1 when a check failed .* 2 for a usage or config error/);
  expect(schema.required).toEqual(["status", "verdict", "runner", "counts", "domains"]);
  expect(schema.description).toMatch(/3 when it could not check/);
  expect(schema.properties.status.enum).toEqual(["pass", "warn", "fail", "could-not-check"]);
  expect(schema.properties.counts.required).toEqual(["domains", "pass", "warn", "fail", "notChecked"]);
  const domain = schema.properties.domains.items;
  expect(domain.required).toEqual(["domain", "status", "checks"]);
  expect(Object.keys(domain.properties)).toEqual(expect.arrayContaining(["certificate", "drift"]));
  expect(domain.properties.certificate.required).toEqual(["notAfter", "daysLeft"]);
  expect(domain.properties.drift.items.required).toEqual(["field", "config", "dns"]);
  expect(domain.additionalProperties).toBe(false);
});

describe("real reports validate against the schema", () => {
  test.each<[string, () => string[], number]>([
    ["a passing domain", () => [DOMAINS.good, "--edge", "fastly"], 0],
    ["a certificate about to expire (warn)", () => [DOMAINS.soon], 0],
    ["an expired certificate (fail)", () => [DOMAINS.expired], 1],
    ["a domain missing from DNS, with no certificate", () => [DOMAINS.missing, "--edge", "fastly"], 1],
    ["a check via another host", () => [DOMAINS.sendgrid, "--edge", "fastly", "--via", "127.0.0.1"], 0],
    [
      "a config with drift",
      () => {
        const file = join(world.dir, "schema-drift.json");
        const domains = [
          { domainName: DOMAINS.good, edge: "fastly", fastly: { cnameTarget: "other.sni.global.fastly.net" } },
          { domainName: DOMAINS.cloudflare, edge: "cloudflare-proxy" },
        ];
        writeFileSync(file, JSON.stringify({ stacks: [{ name: "p", zones: [zoneOf("good.test"), zoneOf("cf.test")], domains }] }));
        return ["--config", file, "--via", "127.0.0.1"];
      },
      1,
    ],
  ])("%s", async (_case, args, code) => {
    const run = await report(args());
    expect(run.code).toBe(code);
    expect(reportSchema.safeParse(run.json).error?.issues ?? []).toEqual([]);
  });

  test("and a report the schema does not describe is refused", async () => {
    const { json } = await report([DOMAINS.soon]);
    const domain = (json as { domains: Record<string, unknown>[] }).domains[0];
    const changed = [
      { ...(json as object), status: "ok" },
      { ...(json as object), domains: [{ ...domain, expires: "soon" }] },
      { ...(json as object), domains: [{ ...domain, certificate: { notAfter: "2030-01-01" } }] },
    ];
    for (const bad of changed) expect(reportSchema.safeParse(bad).success).toBe(false);
  });
});
