/**
 * The `check` benchmark (issue 23): how many domains per second `check --config` gets through,
 * against a loopback world of N domains (a DNS server, an HTTPS and an HTTP server answering as
 * Fastly in front of SendGrid, a throwaway CA), so that the monitor's job limit for 10,000
 * domains is a measured number, not a guess.
 *
 *   node --import tsx bench/check.ts [--domains 10000] [--concurrency 8,32,64]
 *                                    [--dns-delay 0] [--web-delay 0] [--out bench-results/check.json]
 *
 * Each case runs the CLI as the monitor does (`check --config … --json`, a child process) and
 * times it whole. `--dns-delay` and `--web-delay` (ms) hold every DNS answer and every HTTP
 * answer back, to stand in for the internet's round trips; with none, the number is the CPU
 * ceiling of the tool on this machine. Every domain must pass, or the case counts as failed.
 * Nothing leaves 127.0.0.1.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { FASTLY_HEADERS, createTestCa, redirect, startDnsServer, startWebServers } from "../__tests__/cli/loopback";
import type { Handler, Zone } from "../__tests__/cli/loopback";

const ROOT = resolve(__dirname, "..");
const ZONE = "bench-check.test";
const FASTLY_TARGET = "t.sni.global.fastly.net";

export function benchDomain(index: number): string {
  return `url${10000 + index}.${ZONE}`;
}

/** The loopback zone: every domain a CNAME to Fastly with its challenge record, the zone's CAA, and SendGrid's control name. */
export function benchZone(domains: number): Zone {
  const zone: Zone = {
    [FASTLY_TARGET]: [{ type: "A", data: "127.0.0.1" }],
    "sendgrid.net": [{ type: "A", data: "127.0.0.1" }],
    [ZONE]: [{ type: "CAA", data: { flags: 0, tag: "issue", value: "letsencrypt.org" } }],
  };
  for (let index = 0; index < domains; index++) {
    zone[benchDomain(index)] = [{ type: "CNAME", data: FASTLY_TARGET }];
    zone[`_acme-challenge.${benchDomain(index)}`] = [{ type: "CNAME", data: "x1.fastly-validations.test" }];
  }
  return zone;
}

export function benchConfig(domains: number): object {
  return {
    stacks: [
      {
        name: "bench",
        zones: [{ name: ZONE, provider: "cloudflare", zoneId: "0123456789abcdef0123456789abcdef" }],
        domains: Array.from({ length: domains }, (_, index) => ({ domainName: benchDomain(index), edge: "fastly" })),
      },
    ],
  };
}

/** The loopback world of `domains` domains; delays stand in for the internet's round trips. */
export async function startBenchWorld(domains: number, dnsDelayMs = 0, webDelayMs = 0) {
  const ca = createTestCa("bench root");
  const answer = redirect(FASTLY_HEADERS);
  const handler: Handler =
    webDelayMs > 0 ? (request, response, count) => void setTimeout(() => answer(request, response, count), webDelayMs) : answer;
  const [dns, web] = await Promise.all([
    startDnsServer(benchZone(domains), { delayMs: dnsDelayMs }),
    startWebServers({}, ca.issue({ names: [`*.${ZONE}`] }), {}, handler),
  ]);
  return { dns, web, caPem: ca.certPem };
}

interface CaseResult {
  domains: number;
  concurrency: number;
  dnsDelayMs: number;
  webDelayMs: number;
  seconds: number;
  domainsPerSecond: number;
  /** The check process's user + system CPU seconds, when GNU time is installed. */
  cpuSeconds?: number;
  /** CPU milliseconds per domain: what bounds the rate on a machine with more cores. */
  cpuMsPerDomain?: number;
  peakMiB?: number;
  exitCode: number;
  counts: unknown;
  allPassed: boolean;
}

/** GNU time reports the child's own CPU time and peak memory: numbers the other load of the machine does not inflate. */
const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

function runCli(args: string[], usageFile: string): Promise<{ code: number; out: string; err: string }> {
  const node = [process.execPath, "--import", "tsx", join(ROOT, "cli", "main.ts"), ...args];
  const [command, ...rest] = GNU_TIME ? [GNU_TIME, "-f", "%U %S %M", "-o", usageFile, ...node] : node;
  return new Promise((done) => {
    const child = spawn(command, rest, { cwd: ROOT });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("close", (code) =>
      done({ code: code ?? -1, out: Buffer.concat(out).toString("utf8"), err: Buffer.concat(err).toString("utf8") }),
    );
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      domains: { type: "string", default: "10000" },
      concurrency: { type: "string", default: "8,32,64" },
      "dns-delay": { type: "string", default: "0" },
      "web-delay": { type: "string", default: "0" },
      out: { type: "string", default: join(ROOT, "bench-results", "check.json") },
    },
  });
  const domains = Number(values.domains);
  const levels = values.concurrency.split(",").map(Number);
  const dnsDelayMs = Number(values["dns-delay"]);
  const webDelayMs = Number(values["web-delay"]);
  if (![domains, dnsDelayMs, webDelayMs, ...levels].every((n) => Number.isInteger(n) && n >= 0) || domains < 1) {
    console.error("usage: bench/check.ts [--domains n] [--concurrency n,n] [--dns-delay ms] [--web-delay ms] [--out file]");
    process.exitCode = 1;
    return;
  }

  const { dns, web, caPem } = await startBenchWorld(domains, dnsDelayMs, webDelayMs);
  const dir = mkdtempSync(join(tmpdir(), "bench-check-"));
  const results: CaseResult[] = [];
  try {
    const config = join(dir, "tracking-domains.json");
    const caFile = join(dir, "ca.pem");
    writeFileSync(config, JSON.stringify(benchConfig(domains)));
    writeFileSync(caFile, caPem);
    for (const concurrency of levels) {
      process.stderr.write(
        `check --config (${domains} domains) --concurrency ${concurrency}, DNS +${dnsDelayMs} ms, web +${webDelayMs} ms … `,
      );
      const started = process.hrtime.bigint();
      const usageFile = join(dir, `usage-${concurrency}`);
      const run = await runCli(
        [
          "check",
          "--config",
          config,
          "--json",
          "--resolver",
          `127.0.0.1:${dns.port}`,
          "--ca-file",
          caFile,
          "--https-port",
          String(web.httpsPort),
          "--http-port",
          String(web.httpPort),
          "--concurrency",
          String(concurrency),
        ],
        usageFile,
      );
      const usage =
        GNU_TIME && existsSync(usageFile) ? readFileSync(usageFile, "utf8").trim().split("\n").pop()?.split(" ").map(Number) : undefined;
      const cpuSeconds = usage && usage.length === 3 ? usage[0] + usage[1] : undefined;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let counts: unknown;
      try {
        counts = (JSON.parse(run.out) as { counts: unknown }).counts;
      } catch {
        counts = `no report: ${run.err.slice(0, 300)}`;
      }
      const allPassed = run.code === 0 && (counts as { pass?: number })?.pass === domains;
      results.push({
        domains,
        concurrency,
        dnsDelayMs,
        webDelayMs,
        seconds,
        domainsPerSecond: domains / seconds,
        ...(cpuSeconds !== undefined && usage
          ? { cpuSeconds, cpuMsPerDomain: (cpuSeconds * 1000) / domains, peakMiB: usage[2] / 1024 }
          : {}),
        exitCode: run.code,
        counts,
        allPassed,
      });
      process.stderr.write(`${seconds.toFixed(1)} s${allPassed ? "" : ` (NOT ALL PASSED: exit ${run.code}, ${JSON.stringify(counts)})`}\n`);
    }
  } finally {
    await Promise.all([dns.close(), web.close()]);
    rmSync(dir, { recursive: true, force: true });
  }

  const lines = [
    "| domains | concurrency | DNS delay | web delay | seconds | domains/s | check CPU s | CPU ms/domain | peak MiB | all passed |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...results.map(
      (r) =>
        `| ${r.domains} | ${r.concurrency} | ${r.dnsDelayMs} ms | ${r.webDelayMs} ms | ${r.seconds.toFixed(1)} | ${r.domainsPerSecond.toFixed(1)} | ${r.cpuSeconds?.toFixed(1) ?? "–"} | ${r.cpuMsPerDomain?.toFixed(1) ?? "–"} | ${r.peakMiB?.toFixed(0) ?? "–"} | ${r.allPassed ? "yes" : "NO"} |`,
    ),
  ];
  console.log(lines.join("\n"));
  const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, loadavg: loadavg() };
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify({ machine, results }, null, 2)}\n`);
  console.log(`machine: ${JSON.stringify(machine)}; written to ${values.out}`);
  if (results.some((r) => !r.allPassed)) process.exitCode = 1;
}

if (require.main === module) void main();
