/**
 * The synthesis benchmark (issue 7): `npm run bench`, i.e. `node --import tsx bench/run.ts`.
 *
 * It times whole processes, exactly the command `cdktf synth` runs: the `app` of cdktf.json
 * (e.g. `node scripts/app.js` or `node --import tsx main.ts`), with TRACKING_DOMAINS_CONFIG and a
 * fresh CDKTF_OUTDIR, on the bundled example, the Route 53, mixed-provider and CloudFront examples
 * (`DNS_EXAMPLES`) and on generated configs of 1, 100 and 1000 domains,
 * next to the floor: a Node process that loads cdktf and synthesizes one empty stack. The cdktf
 * CLI's own startup, which `cdktf synth` adds on top, is not measured.
 *
 * Every case runs once to warm up (a compilation the app command does when sources changed, tsx's
 * transform cache, the OS file cache), then `--runs`
 * times (default 5) in rounds, each round running every case once, so that all cases see the
 * same machine conditions. It prints one table and the targets as PASS/FAIL lines to stdout,
 * progress to stderr, and writes the same as JSON to bench-results/bench.json (or `--out <file>`).
 * It exits 0 whether the targets hold or not, and 1 when a run crashed or the arguments are wrong.
 *
 * Options: --runs <n> (at least 5), --out <file>, --sizes <n,n,...> (default 1,100,1000),
 * --rss gnu-time|exit-hook (how to measure peak memory; default: GNU time when installed),
 * --app <command> (time another app command than cdktf.json's, e.g. "node dist/main.js" after a build).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parse as parseJsonc } from "jsonc-parser";
import { zoneOf } from "../constructs/domain-name";
import type { TrackingDomainsConfig } from "../stacks/config";
import { BENCH_ZONES, describeConfig, generateConfig } from "./configs";
import type { ConfigShape } from "./configs";

const ROOT = resolve(__dirname, "..");
const EXAMPLE_CONFIG = join(ROOT, "tracking-domains.json");

/**
 * The example configs with DNS beyond Cloudflare, each a case of its own: set beside the bundled
 * example (and domains-1), they show what loading `@cdktf/provider-aws` costs.
 */
export const DNS_EXAMPLES = [
  { name: "route53", file: "examples/route53.json", description: "examples/route53.json: 1 Fastly domain in a Route 53 zone" },
  {
    name: "mixed-providers",
    file: "examples/mixed-providers.json",
    description: "examples/mixed-providers.json: 4 domains in a Cloudflare and a Route 53 zone",
  },
  {
    name: "cloudfront",
    file: "examples/cloudfront.json",
    description: "examples/cloudfront.json: 2 CloudFront domains (a Cloudflare and a Route 53 zone) and a Fastly one",
  },
] as const;
const DEFAULT_OUT = join(ROOT, "bench-results", "bench.json");
const DEFAULT_SIZES = [1, 100, 1000];
const MIN_RUNS = 5;
/** The compiled app, which the app command (scripts/app.js) rebuilds when a source is newer. */
const BUILD_ENTRY = "dist/main.js";

function buildTime(): number | undefined {
  return statSync(join(ROOT, BUILD_ENTRY), { throwIfNoEntry: false })?.mtimeMs;
}

/** Targets of issue 7. */
export const TARGETS = {
  exampleOverFloor: 2,
  largestOverOneDomain: 10,
  largestPeakMiB: 400,
  resourcesPerFastlyDomain: 5,
  /** Its certificate, validation record, validation, distribution and CNAME. */
  resourcesPerCloudFrontDomain: 5,
  resourcesPerProxiedDomain: 1,
  rulesetsPerZone: 2,
  benchmarkSeconds: 180,
} as const;

// ---------------------------------------------------------------------------------------------
// Peak memory
//
// The peak resident set size (max RSS) of the measured process itself, as the kernel counts it:
// - With GNU time (`/usr/bin/time -f %M -o <file>`): it waits for the child with wait4() and
//   reports the child's ru_maxrss in KiB. The Debian package `time` provides it.
// - Without it (e.g. macOS, or `time` not installed): Node cannot read getrusage(RUSAGE_CHILDREN)
//   and spawnSync returns no rusage, so the child reports its own: a one-line module, loaded with
//   `--import` before tsx, writes `process.resourceUsage().maxRSS` (getrusage(RUSAGE_SELF)
//   ru_maxrss, in KiB; it only grows) to a file from the process's `exit` event, which also fires
//   on `process.exit(1)`. Polling /proc/<pid>/status VmHWM would miss the last moments before exit.
// Both give the same number to within the hook module's few KiB.
// ---------------------------------------------------------------------------------------------

type RssMethod = "gnu-time" | "exit-hook";

// Appends, so that an app command run through a shell, whose Node processes all get the hook via
// NODE_OPTIONS, reports each of them; the benchmark takes the largest.
const RSS_HOOK =
  "data:text/javascript," +
  encodeURIComponent(
    'import { appendFileSync } from "node:fs";' +
      'process.on("exit", () => appendFileSync(process.env.BENCH_MAXRSS_FILE, process.resourceUsage().maxRSS + "\\n"));',
  );

function rssMethod(): RssMethod {
  if (!existsSync("/usr/bin/time")) return "exit-hook";
  const probe = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, "-e", "0"], { encoding: "utf8" });
  return probe.status === 0 && /^\d+\s*$/.test(probe.stderr.trim().split("\n").pop() ?? "") ? "gnu-time" : "exit-hook";
}

// ---------------------------------------------------------------------------------------------
// Reading the output
// ---------------------------------------------------------------------------------------------

/** One entry of `resource.<type>.<name>` or `data.<type>.<name>` in a `cdk.tf.json`. */
export interface OutputEntry {
  readonly kind: "resource" | "data";
  readonly type: string;
  readonly name: string;
  /**
   * The id of the construct directly below the stack that holds the entry, from the entry's
   * `//.metadata.path` (`<stack>/<owner>/...`): the domain name for a tracking domain's
   * resources, the zone name for a zone's. Undefined when the output carries no path.
   */
  readonly owner?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The resources and data sources of one synthesized stack (parsed `cdk.tf.json`). */
export function outputEntries(stackJson: unknown): OutputEntry[] {
  const entries: OutputEntry[] = [];
  for (const kind of ["resource", "data"] as const) {
    const byType = isRecord(stackJson) ? stackJson[kind] : undefined;
    if (!isRecord(byType)) continue;
    for (const [type, byName] of Object.entries(byType)) {
      if (!isRecord(byName)) continue;
      for (const [name, body] of Object.entries(byName)) {
        const meta = isRecord(body) && isRecord(body["//"]) ? body["//"].metadata : undefined;
        const path = isRecord(meta) && typeof meta.path === "string" ? meta.path.split("/") : [];
        entries.push({ kind, type, name, owner: path.length >= 2 ? path[1] : undefined });
      }
    }
  }
  return entries;
}

export interface ShapeReport {
  readonly resources: number;
  readonly dataSources: number;
  /** Whether the entries could be attributed to domains and zones by their construct path. */
  readonly attributed: boolean;
  /** The most resources held by one Fastly domain, and by one proxied domain (when attributed). */
  readonly maxPerFastlyDomain?: number;
  readonly maxPerProxiedDomain?: number;
  /** The most resources held by one CloudFront domain (when attributed and there is one). */
  readonly maxPerCloudFrontDomain?: number;
  /** Each a violation of the per-domain targets; empty when they hold. */
  readonly problems: string[];
}

/**
 * Checks the output's shape against the targets: per Fastly domain at most 5 resources, per
 * proxied domain one DNS record, two rulesets per zone that has proxied domains, nothing else;
 * data sources shared per stack (none under a domain or zone, each type at most once per stack).
 * `stacks` maps a stack's name to its entries. When the output carries no construct paths it
 * falls back to the totals: resources at most 5 per Fastly domain + 1 per proxied one + 2 per zone.
 */
export function checkShape(config: TrackingDomainsConfig, stacks: ReadonlyMap<string, readonly OutputEntry[]>): ShapeReport {
  const problems: string[] = [];
  const all = [...stacks.values()].flat();
  const resources = all.filter((e) => e.kind === "resource").length;
  const dataSources = all.length - resources;
  const domainNames = new Set(config.stacks.flatMap((s) => s.domains.map((d) => d.domainName)));
  const attributed = all.some((e) => e.owner !== undefined && domainNames.has(e.owner));
  let maxPerFastlyDomain: number | undefined;
  let maxPerProxiedDomain: number | undefined;
  let maxPerCloudFrontDomain: number | undefined;
  const describe = (list: readonly OutputEntry[]) => list.map((e) => `${e.kind === "data" ? "data." : ""}${e.type}`).join(", ") || "none";
  const reportSome = (what: string, items: string[]) => {
    if (items.length === 0) return;
    problems.push(`${what}: ${items.slice(0, 3).join("; ")}${items.length > 3 ? `; and ${items.length - 3} more` : ""}`);
  };

  for (const stack of config.stacks) {
    const entries = stacks.get(stack.name);
    if (!entries) {
      problems.push(`stack ${stack.name}: no output`);
      continue;
    }
    const dataTypes = new Map<string, number>();
    for (const e of entries) if (e.kind === "data") dataTypes.set(e.type, (dataTypes.get(e.type) ?? 0) + 1);
    reportSome(
      `stack ${stack.name}: data sources not shared per stack`,
      [...dataTypes].filter(([, n]) => n > 1).map(([type, n]) => `${n} x data.${type}`),
    );
    if (!attributed) continue;

    const byOwner = new Map<string, OutputEntry[]>();
    for (const e of entries) byOwner.set(e.owner ?? "", [...(byOwner.get(e.owner ?? "") ?? []), e]);
    const ownerEntries = (owner: string) => byOwner.get(owner) ?? [];
    const zones = stack.zones.map((zone) => ({
      zoneName: zone.name,
      manageRulesets: zone.provider === "cloudflare" && zone.manageRulesets !== false,
    }));
    const proxiedZones = new Set<(typeof zones)[number]>();
    const overFastly: string[] = [];
    const overCloudFront: string[] = [];
    const badProxied: string[] = [];
    const dataInDomains: string[] = [];
    for (const domain of stack.domains) {
      const own = ownerEntries(domain.domainName);
      const res = own.filter((e) => e.kind === "resource");
      if (own.length > res.length) dataInDomains.push(`${domain.domainName} (${describe(own.filter((e) => e.kind === "data"))})`);
      if (domain.edge === "cloudfront") {
        maxPerCloudFrontDomain = Math.max(maxPerCloudFrontDomain ?? 0, res.length);
        if (res.length > TARGETS.resourcesPerCloudFrontDomain)
          overCloudFront.push(`${domain.domainName} has ${res.length} (${describe(res)})`);
      } else if (domain.edge === "fastly") {
        maxPerFastlyDomain = Math.max(maxPerFastlyDomain ?? 0, res.length);
        if (res.length > TARGETS.resourcesPerFastlyDomain) overFastly.push(`${domain.domainName} has ${res.length} (${describe(res)})`);
      } else {
        maxPerProxiedDomain = Math.max(maxPerProxiedDomain ?? 0, res.length);
        const zone = zoneOf(domain.domainName, zones);
        if (zone) proxiedZones.add(zone);
        if (res.length !== TARGETS.resourcesPerProxiedDomain || res[0].type !== "cloudflare_dns_record") {
          badProxied.push(`${domain.domainName} has ${describe(res)}`);
        }
      }
    }
    reportSome(`more than ${TARGETS.resourcesPerFastlyDomain} resources per Fastly domain`, overFastly);
    reportSome("not exactly one DNS record per proxied domain", badProxied);
    reportSome(`more than ${TARGETS.resourcesPerCloudFrontDomain} resources per CloudFront domain`, overCloudFront);
    reportSome("data sources per domain", dataInDomains);

    const badZones: string[] = [];
    for (const zone of zones) {
      const own = ownerEntries(zone.zoneName);
      const rulesets = own.filter((e) => e.kind === "resource" && e.type === "cloudflare_ruleset").length;
      const expected = zone.manageRulesets && proxiedZones.has(zone) ? TARGETS.rulesetsPerZone : 0;
      if (rulesets !== expected || own.length !== rulesets)
        badZones.push(`${zone.zoneName} has ${describe(own)}, expected ${expected} rulesets`);
    }
    reportSome("zones", badZones);

    // A zone's shared wildcard certificate (subscription, validation, challenge record) is the zone's.
    const wildcards = stack.zones.filter((z) => z.certificate === "wildcard").map((z) => `fastly-wildcard-${z.name}`);
    const known = new Set([...stack.domains.map((d) => d.domainName), ...zones.map((z) => z.zoneName), ...wildcards]);
    const strayResources = entries.filter((e) => e.kind === "resource" && !known.has(e.owner ?? ""));
    if (strayResources.length > 0) {
      problems.push(`stack ${stack.name}: ${strayResources.length} resources belong to no domain or zone (${describe(strayResources)})`);
    }
  }

  if (!attributed) {
    const shape = describeConfig(config);
    const limit =
      TARGETS.resourcesPerFastlyDomain * shape.fastly +
      TARGETS.resourcesPerProxiedDomain * shape.proxied +
      TARGETS.resourcesPerCloudFrontDomain * shape.cloudfront +
      TARGETS.rulesetsPerZone * shape.zonesWithProxied;
    if (resources > limit) {
      problems.push(
        `${resources} resources for ${shape.fastly} Fastly and ${shape.proxied} proxied domains in ${shape.zonesWithProxied} zones; at most ${limit}`,
      );
    }
  }
  return {
    resources,
    dataSources,
    attributed,
    maxPerFastlyDomain,
    maxPerProxiedDomain,
    ...(maxPerCloudFrontDomain === undefined ? {} : { maxPerCloudFrontDomain }),
    problems,
  };
}

interface OutputStats {
  readonly stacks: number;
  readonly bytes: number;
  readonly resourcesByType: Record<string, number>;
  readonly dataByType: Record<string, number>;
  readonly shape: ShapeReport;
}

/** Reads a synthesized app: the stacks named in its manifest. */
function readOutput(outdir: string, config: TrackingDomainsConfig): OutputStats {
  const manifest: unknown = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8"));
  const listed = isRecord(manifest) && isRecord(manifest.stacks) ? Object.values(manifest.stacks) : [];
  const stacks = new Map<string, OutputEntry[]>();
  let bytes = 0;
  for (const stack of listed) {
    if (!isRecord(stack) || typeof stack.name !== "string" || typeof stack.synthesizedStackPath !== "string") continue;
    const file = join(outdir, stack.synthesizedStackPath);
    bytes += statSync(file).size;
    stacks.set(stack.name, outputEntries(JSON.parse(readFileSync(file, "utf8"))));
  }
  const resourcesByType: Record<string, number> = {};
  const dataByType: Record<string, number> = {};
  for (const e of [...stacks.values()].flat()) {
    const counts = e.kind === "resource" ? resourcesByType : dataByType;
    counts[e.type] = (counts[e.type] ?? 0) + 1;
  }
  return { stacks: stacks.size, bytes, resourcesByType, dataByType, shape: checkShape(config, stacks) };
}

// ---------------------------------------------------------------------------------------------
// Running
// ---------------------------------------------------------------------------------------------

/**
 * What a case runs: `node` with `args` (run as this very Node binary), or a shell command line,
 * for an app command in cdktf.json that is more than a plain `node ...` (the cdktf CLI runs it
 * through a shell too).
 */
type Command = { readonly node: readonly string[] } | { readonly shell: string };

const commandText = (command: Command) => ("node" in command ? `node ${command.node.join(" ")}` : command.shell);

/**
 * The app command of cdktf.json, which `cdktf synth` runs: a plain `node <args>` line is run
 * directly, anything else through /bin/sh.
 */
export function appCommand(app: string): Command {
  const words = app.trim().split(/\s+/);
  return words[0] === "node" && !/[;&|<>$`'"\\()*?~{}]/.test(app) ? { node: words.slice(1) } : { shell: app.trim() };
}

interface BenchCase {
  readonly name: string;
  readonly description: string;
  readonly command: Command;
  readonly env: Readonly<Record<string, string>>;
  /** The config the app synthesizes; undefined for the floor. */
  readonly config?: TrackingDomainsConfig;
}

interface Run {
  readonly ms: number;
  readonly maxRssKiB: number;
}

class RunCrashed extends Error {}

function runOnce(bench: BenchCase, work: string, method: RssMethod, analyze: boolean): Run & { output?: OutputStats } {
  const dir = mkdtempSync(join(work, `${bench.name}-`));
  const outdir = join(dir, "cdktf.out");
  const rssFile = join(dir, "maxrss");
  const [file, args]: [string, string[]] =
    "node" in bench.command
      ? [process.execPath, method === "exit-hook" ? ["--import", RSS_HOOK, ...bench.command.node] : [...bench.command.node]]
      : ["/bin/sh", ["-c", bench.command.shell]];
  const [command, commandArgs] = method === "gnu-time" ? ["/usr/bin/time", ["-f", "%M", "-o", rssFile, file, ...args]] : [file, args];
  const hookOptions =
    method === "exit-hook" && "shell" in bench.command
      ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${RSS_HOOK}`.trim() }
      : {};
  try {
    const start = process.hrtime.bigint();
    const result = spawnSync(command, commandArgs, {
      cwd: ROOT,
      env: { ...process.env, CHECKPOINT_DISABLE: "1", ...bench.env, ...hookOptions, CDKTF_OUTDIR: outdir, BENCH_MAXRSS_FILE: rssFile },
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.error || result.status !== 0) {
      const how = result.error ? result.error.message : result.signal ? `signal ${result.signal}` : `exit status ${result.status}`;
      throw new RunCrashed(`${bench.name}: \`${commandText(bench.command)}\` failed (${how})\n${result.stderr ?? ""}`.trimEnd());
    }
    // GNU time writes one number; the exit hook one line per Node process.
    const rssLines = existsSync(rssFile) ? readFileSync(rssFile, "utf8").trim().split("\n") : [];
    if (rssLines.length === 0 || !rssLines.every((line) => /^\d+$/.test(line))) {
      throw new RunCrashed(`${bench.name}: no peak memory reported (${method}): ${JSON.stringify(rssLines.join("\n"))}`);
    }
    const output = analyze && bench.config ? readOutput(outdir, bench.config) : undefined;
    return { ms, maxRssKiB: Math.max(...rssLines.map(Number)), output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface CaseResult {
  readonly name: string;
  readonly description: string;
  readonly command: string;
  readonly domains?: number;
  readonly shape?: ConfigShape;
  readonly runsMs: number[];
  readonly minMs: number;
  readonly medianMs: number;
  readonly peakRssMiB: number;
  readonly runsRssMiB: number[];
  readonly output?: OutputStats & { resources: number; dataSources: number; resourcesPerDomain: number; dataSourcesPerDomain: number };
}

interface Target {
  readonly target: string;
  readonly pass: boolean;
  readonly detail: string;
}

/** The `app` of cdktf.json: what `cdktf synth` runs. */
function readAppCommand(): string {
  const cdktf: unknown = JSON.parse(readFileSync(join(ROOT, "cdktf.json"), "utf8"));
  if (!isRecord(cdktf) || typeof cdktf.app !== "string") throw new Error("cdktf.json has no app command");
  return cdktf.app;
}

function parseArgs(argv: readonly string[]): { runs: number; out: string; sizes: number[]; rss?: RssMethod; app?: string } {
  let runs = MIN_RUNS;
  let app: string | undefined;
  let rss: RssMethod | undefined;
  let out = DEFAULT_OUT;
  let sizes = DEFAULT_SIZES;
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    const need = () => {
      if (value === undefined) throw new Error(`${argv[i]} needs a value`);
      i++;
      return value;
    };
    switch (argv[i]) {
      case "--runs":
        runs = Number(need());
        if (!Number.isInteger(runs) || runs < MIN_RUNS) throw new Error(`--runs must be an integer of at least ${MIN_RUNS}`);
        break;
      case "--rss": {
        const method = need();
        if (method !== "gnu-time" && method !== "exit-hook") throw new Error("--rss must be gnu-time or exit-hook");
        rss = method;
        break;
      }
      case "--app":
        app = need();
        break;
      case "--out":
        out = resolve(need());
        break;
      case "--sizes":
        sizes = need().split(",").map(Number);
        if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1))
          throw new Error("--sizes must be positive integers, e.g. 1,100,1000");
        break;
      default:
        throw new Error(
          `unknown argument ${argv[i]}; usage: bench/run.ts [--runs <n>] [--out <file>] [--sizes 1,100,1000] [--rss gnu-time|exit-hook] [--app <command>]`,
        );
    }
  }
  return { runs, out, sizes, rss, app };
}

function machine() {
  const cpuList = cpus();
  let cpuModel = cpuList[0]?.model ?? "unknown";
  try {
    cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? cpuModel;
  } catch {
    // not Linux: keep os.cpus()'s model
  }
  return {
    cpuModel,
    cpus: cpuList.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${release()} ${process.arch}`,
    /** 1-minute load average when the benchmark started: other work on the machine skews the times. */
    loadAverage: Math.round(loadavg()[0] * 100) / 100,
  };
}

const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

function table(results: readonly CaseResult[], floorMs: number): string {
  const header = [
    "case",
    "domains",
    "runs",
    "min ms",
    "median ms",
    "x floor",
    "peak MiB",
    "resources",
    "data",
    "res/domain",
    "data/domain",
    "cdk.tf.json bytes",
  ];
  const rows = results.map((r) => [
    r.name,
    r.domains === undefined ? "-" : fmt(r.domains),
    String(r.runsMs.length),
    fmt(r.minMs),
    fmt(r.medianMs),
    fmt(r.medianMs / floorMs, 2),
    fmt(r.peakRssMiB),
    r.output ? fmt(r.output.resources) : "-",
    r.output ? fmt(r.output.dataSources) : "-",
    r.output ? fmt(r.output.resourcesPerDomain, 2) : "-",
    r.output ? fmt(r.output.dataSourcesPerDomain, 3) : "-",
    r.output ? fmt(r.output.bytes) : "-",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

function main(): number {
  const began = process.hrtime.bigint();
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  const method = args.rss ?? rssMethod();
  const info = machine();
  if (info.loadAverage > info.cpus / 2) {
    console.error(`warning: load average ${info.loadAverage} on ${info.cpus} CPUs; other processes will skew the times`);
  }
  const work = mkdtempSync(join(tmpdir(), "cdktf-ssl-bench-"));
  try {
    // Only to count what the output should hold: the app itself reads and validates the file.
    const example = parseJsonc(readFileSync(EXAMPLE_CONFIG, "utf8")) as TrackingDomainsConfig;
    const app = appCommand(args.app ?? readAppCommand());
    const usesTsx = commandText(app).includes("tsx");
    const cases: BenchCase[] = [
      {
        name: "floor",
        description: "node bench/floor.js: load cdktf, synthesize one empty stack",
        command: { node: ["bench/floor.js"] },
        env: {},
      },
      {
        name: "floor+aws",
        description: "the floor plus the deep imports of @cdktf/provider-aws a Route 53 stack loads (provider, route53-record)",
        command: { node: ["bench/floor.js"] },
        env: { BENCH_FLOOR_AWS: "1" },
      },
      // What the tsx launcher costs by itself, when the app command uses it.
      ...(usesTsx
        ? [
            {
              name: "floor+tsx",
              description: "the floor under tsx: node --import tsx bench/floor.js",
              command: { node: ["--import", "tsx", "bench/floor.js"] },
              env: {},
            },
          ]
        : []),
      {
        name: "example",
        description: "the bundled tracking-domains.json",
        command: app,
        env: { TRACKING_DOMAINS_CONFIG: EXAMPLE_CONFIG },
        config: example,
      },
      ...(usesTsx
        ? [
            {
              name: "example-cold",
              description: "the bundled example with tsx's transform cache off (TSX_DISABLE_CACHE=1), as a first run on a fresh machine",
              command: app,
              env: { TRACKING_DOMAINS_CONFIG: EXAMPLE_CONFIG, TSX_DISABLE_CACHE: "1" },
              config: example,
            },
          ]
        : []),
      ...DNS_EXAMPLES.map(({ name, file, description }): BenchCase => ({
        name,
        description,
        command: app,
        env: { TRACKING_DOMAINS_CONFIG: join(ROOT, file) },
        config: parseJsonc(readFileSync(join(ROOT, file), "utf8")) as TrackingDomainsConfig,
      })),
      ...args.sizes.map((n): BenchCase => {
        const config = generateConfig(n);
        const file = join(work, `domains-${n}.json`);
        writeFileSync(file, JSON.stringify(config, null, 2));
        const { fastly, proxied, zones } = describeConfig(config);
        return {
          name: `domains-${n}`,
          description: `${n} generated domains: ${fastly} Fastly, ${proxied} Cloudflare-proxied, over ${zones} zones (at most ${BENCH_ZONES})`,
          command: app,
          env: { TRACKING_DOMAINS_CONFIG: file },
          config,
        };
      }),
    ];

    const runs = new Map<string, Run[]>(cases.map((c) => [c.name, []]));
    const outputs = new Map<string, OutputStats>();
    console.error(`app command${args.app ? "" : " (cdktf.json)"}: ${commandText(app)}`);
    console.error(`peak memory via ${method}; ${cases.length} cases, 1 warm-up + ${args.runs} runs each, in rounds`);
    // The app command may compile the app first when a source is newer than the build (scripts/app.js
    // does): the warm-up absorbs that, but a source edited while the benchmark runs makes a timed
    // run include a compilation. Such runs are reported.
    const rebuilt: string[] = [];
    for (let round = 0; round <= args.runs; round++) {
      const parts: string[] = [];
      for (const bench of cases) {
        const builtBefore = buildTime();
        const run = runOnce(bench, work, method, round === 0);
        if (round > 0 && buildTime() !== builtBefore) {
          rebuilt.push(`${bench.name} run ${round}`);
          console.error(`warning: ${BUILD_ENTRY} changed during ${bench.name} run ${round}: that run includes a compilation`);
        }
        if (round === 0) {
          if (run.output) outputs.set(bench.name, run.output);
        } else {
          runs.get(bench.name)!.push({ ms: run.ms, maxRssKiB: run.maxRssKiB });
        }
        parts.push(`${bench.name} ${fmt(run.ms)} ms`);
      }
      console.error(`${round === 0 ? "warm-up" : `run ${round}/${args.runs}`}: ${parts.join(", ")}`);
    }

    const results: CaseResult[] = cases.map((bench) => {
      const list = runs.get(bench.name)!;
      const ms = list.map((r) => Math.round(r.ms * 10) / 10);
      const rss = list.map((r) => Math.round((r.maxRssKiB / 1024) * 10) / 10);
      const output = outputs.get(bench.name);
      const shape = bench.config ? describeConfig(bench.config) : undefined;
      return {
        name: bench.name,
        description: bench.description,
        command: `${Object.entries(bench.env)
          .map(([k, v]) => `${k}=${v.startsWith(work) ? `<tmp>${v.slice(work.length)}` : v} `)
          .join("")}${commandText(bench.command)}`,
        domains: shape?.domains,
        shape,
        runsMs: ms,
        minMs: Math.min(...ms),
        medianMs: median(ms),
        peakRssMiB: Math.max(...rss),
        runsRssMiB: rss,
        output:
          output && shape
            ? {
                ...output,
                resources: output.shape.resources,
                dataSources: output.shape.dataSources,
                resourcesPerDomain: output.shape.resources / shape.domains,
                dataSourcesPerDomain: output.shape.dataSources / shape.domains,
              }
            : undefined,
      };
    });

    const byName = (name: string) => results.find((r) => r.name === name);
    const floor = byName("floor")!;
    const floorTsx = byName("floor+tsx");
    const exampleResult = byName("example")!;
    const targets: Target[] = [];
    targets.push({
      target: `bundled example within ${TARGETS.exampleOverFloor}x the floor (medians)`,
      pass: exampleResult.medianMs <= TARGETS.exampleOverFloor * floor.medianMs,
      detail:
        `${fmt(exampleResult.medianMs)} ms = ${fmt(exampleResult.medianMs / floor.medianMs, 2)}x floor ${fmt(floor.medianMs)} ms` +
        (floorTsx ? ` (${fmt(exampleResult.medianMs / floorTsx.medianMs, 2)}x floor+tsx ${fmt(floorTsx.medianMs)} ms)` : ""),
    });
    const smallest = byName(`domains-${Math.min(...args.sizes)}`)!;
    const largest = byName(`domains-${Math.max(...args.sizes)}`)!;
    targets.push({
      target: `${largest.domains} domains within ${TARGETS.largestOverOneDomain}x the ${smallest.domains}-domain time (medians)`,
      pass: largest.medianMs <= TARGETS.largestOverOneDomain * smallest.medianMs,
      detail: `${fmt(largest.medianMs)} ms = ${fmt(largest.medianMs / smallest.medianMs, 2)}x ${fmt(smallest.medianMs)} ms`,
    });
    targets.push({
      target: `${largest.domains} domains under ${TARGETS.largestPeakMiB} MiB peak memory`,
      pass: largest.peakRssMiB < TARGETS.largestPeakMiB,
      detail: `${fmt(largest.peakRssMiB, 1)} MiB (max over runs)`,
    });
    for (const r of results.filter((x) => x.output)) {
      const shape = r.output!.shape;
      targets.push({
        target: `${r.name}: at most ${TARGETS.resourcesPerFastlyDomain} resources per Fastly domain (${TARGETS.resourcesPerCloudFrontDomain} per CloudFront domain), data sources shared per stack, one record per proxied domain, ${TARGETS.rulesetsPerZone} rulesets per zone`,
        pass: shape.problems.length === 0,
        detail:
          shape.problems.join(" | ") ||
          (shape.attributed
            ? `max ${shape.maxPerFastlyDomain ?? "-"} per Fastly domain, ${shape.maxPerProxiedDomain ?? "-"} per proxied domain, ` +
              `${shape.maxPerCloudFrontDomain === undefined ? "" : `${shape.maxPerCloudFrontDomain} per CloudFront domain, `}${shape.dataSources} data sources`
            : `${shape.resources} resources, ${shape.dataSources} data sources (no construct paths in the output: checked totals only)`),
      });
    }
    const seconds = Number(process.hrtime.bigint() - began) / 1e9;
    targets.push({
      target: `benchmark under ${TARGETS.benchmarkSeconds / 60} minutes`,
      pass: seconds < TARGETS.benchmarkSeconds,
      detail: `${fmt(seconds, 1)} s`,
    });

    console.log(table(results, floor.medianMs));
    console.log(
      `\n${info.cpuModel}, ${info.cpus} CPUs, ${info.memoryGiB} GiB, Node ${info.node}, load average ${info.loadAverage} at start; ${args.runs} runs after 1 warm-up; ` +
        `wall time of the whole process (the app command, not the cdktf CLI around it); peak = max RSS (${method}), max over runs; ` +
        `x floor = median / floor median\n`,
    );
    for (const t of targets) console.log(`${t.pass ? "PASS" : "FAIL"}  ${t.target}: ${t.detail}`);
    if (rebuilt.length > 0) console.log(`\nwarning: the app was recompiled during ${rebuilt.join(", ")}; those times include tsc`);

    const report = {
      date: new Date().toISOString(),
      machine: info,
      settings: {
        appCommand: commandText(app),
        runs: args.runs,
        warmup: 1,
        sizes: args.sizes,
        zones: BENCH_ZONES,
        rssMethod: method,
        cwd: ROOT,
      },
      floorMedianMs: floor.medianMs,
      /** Timed runs during which the app was recompiled (a source changed meanwhile). */
      rebuiltRuns: rebuilt,
      cases: results,
      targets,
      seconds: Math.round(seconds * 10) / 10,
    };
    mkdirSync(dirname(args.out), { recursive: true });
    writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nwrote ${args.out}`);
    return 0;
  } catch (error) {
    if (!(error instanceof RunCrashed)) throw error;
    console.error(`benchmark aborted: ${error.message}`);
    return 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) process.exitCode = main();
