/** The check benchmark's world: a valid config, and domains that pass every check, so that it times passing domains. */
import { benchConfig, benchDomain, benchZone, startBenchWorld } from "../../bench/check";
import { runChecks } from "../../cli/check";
import { targetsFromConfig } from "../../cli/check/config-targets";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

test("every domain of the benchmark's config passes every check in its loopback world", async () => {
  const world = await startBenchWorld(4);
  const dir = mkdtempSync(join(tmpdir(), "bench-check-test-"));
  try {
    const file = join(dir, "tracking-domains.json");
    writeFileSync(file, JSON.stringify(benchConfig(4)));
    const targets = await targetsFromConfig(file);
    expect(targets.map((target) => target.domain)).toEqual([0, 1, 2, 3].map(benchDomain));
    const report = await runChecks(targets, {
      resolver: { address: "127.0.0.1", port: world.dns.port },
      extraCa: world.caPem,
      httpsPort: world.web.httpsPort,
      httpPort: world.web.httpPort,
      timeoutMs: 2000,
    });
    expect(report.domains.map((domain) => [domain.domain, domain.status, domain.checks.map((check) => check.name)])).toEqual(
      targets.map((target) => [target.domain, "pass", ["DNS", "CAA", "TLS", "HTTPS", "HTTP", "Drift"]]),
    );
  } finally {
    await Promise.all([world.dns.close(), world.web.close()]);
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the zone answers for every domain and its challenge record", () => {
  const zone = benchZone(10_000);
  expect(zone[benchDomain(9_999)]).toEqual([{ type: "CNAME", data: "t.sni.global.fastly.net" }]);
  expect(zone[`_acme-challenge.${benchDomain(0)}`]).toHaveLength(1);
});
