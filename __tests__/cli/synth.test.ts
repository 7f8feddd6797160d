/**
 * `synth`: the command a consumer's cdktf.json runs as its app. It must write what `cdktf synth`
 * reads (stacks/<stack>/cdk.tf.json and manifest.json under CDKTF_OUTDIR), the same bytes as the
 * library path, and nothing at all for a config with a problem.
 */
import { App } from "../../framework";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { main } from "../../cli/main";
import { SYNTH_HELP, runSynth } from "../../cli/synth";
import { buildApp } from "../../stacks/app";
import { loadConfig } from "../../stacks/config";
import { tempDir } from "../temp";

const ROOT = resolve(__dirname, "../..");
const MIXED = JSON.parse(readFileSync(join(ROOT, "examples", "mixed-providers.json"), "utf8"));
/** Two stacks: the mixed-providers example, and a second one with a domain of its own. */
const EXAMPLE = join(tempDir("synth-config-"), "tracking-domains.json");
writeFileSync(
  EXAMPLE,
  JSON.stringify({
    stacks: [
      MIXED.stacks[0],
      {
        name: "staging",
        zones: [{ name: "example.net", provider: "external" }],
        domains: [{ domainName: "url1.example.net", edge: "fastly" }],
      },
    ],
  }),
);

/** Every file under `dir`, with its bytes. */
function files(dir: string): Record<string, string> {
  return Object.fromEntries(
    (readdirSync(dir, { recursive: true }) as string[])
      .filter((file) => statSync(join(dir, file)).isFile())
      .sort()
      .map((file) => [file, readFileSync(join(dir, file), "utf8")]),
  );
}

async function synth(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runSynth(args, { stdout: (text) => void (out += text), stderr: (text) => void (err += text) }, env);
  return { code, out, err };
}

test("writes every stack of the file and the manifest under CDKTF_OUTDIR, as cdktf synth reads them", async () => {
  const outdir = tempDir("synth-out-");
  const { code, out, err } = await synth(["--config", EXAMPLE], { CDKTF_OUTDIR: outdir });
  expect(code).toBe(0);
  // Run on its own (no cdktf CLI to print annotations), it prints the stacks' warnings: here the
  // external zone's records to create by hand, each once.
  const warnings = err.split("\n").filter(Boolean);
  expect(warnings.every((line) => line.startsWith("warning: Zone example.net is not managed by Terraform"))).toBe(true);
  expect(warnings).toHaveLength(new Set(warnings).size);
  expect(warnings.length).toBeGreaterThan(0);
  const names = loadConfig(EXAMPLE)
    .stacks.map((stack) => stack.name)
    .sort();
  expect(readdirSync(join(outdir, "stacks")).sort()).toEqual(names);
  const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8"));
  expect(Object.keys(manifest.stacks).sort()).toEqual(names);
  for (const name of names) expect(manifest.stacks[name].synthesizedStackPath).toBe(`stacks/${name}/cdk.tf.json`);
  expect(out).toContain(`${names.length} stacks from ${EXAMPLE}`);
});

test("writes the same bytes as the library path (loadConfig, buildApp, app.synth())", async () => {
  const outdir = tempDir("synth-same-");
  await synth(["--config", EXAMPLE], { CDKTF_OUTDIR: outdir });
  const library = tempDir("synth-library-");
  buildApp(loadConfig(EXAMPLE), new App({ outdir: library })).synth();
  const written = files(outdir);
  expect(Object.keys(written)).toEqual(["manifest.json", "stacks/production/cdk.tf.json", "stacks/staging/cdk.tf.json"]);
  expect(written).toEqual(files(library));
});

test("reads TRACKING_DOMAINS_CONFIG when --config is not given, and --config over it", async () => {
  const dir = tempDir("synth-env-");
  const other = join(dir, "other.json");
  const config = JSON.parse(readFileSync(EXAMPLE, "utf8"));
  writeFileSync(other, JSON.stringify({ stacks: [{ ...config.stacks[0], name: "from-env" }] }));
  const fromEnv = tempDir("synth-env-out-");
  expect((await synth([], { CDKTF_OUTDIR: fromEnv, TRACKING_DOMAINS_CONFIG: other })).code).toBe(0);
  expect(readdirSync(join(fromEnv, "stacks"))).toEqual(["from-env"]);
  const fromOption = tempDir("synth-option-out-");
  expect((await synth(["--config", EXAMPLE], { CDKTF_OUTDIR: fromOption, TRACKING_DOMAINS_CONFIG: other })).code).toBe(0);
  expect(readdirSync(join(fromOption, "stacks"))).not.toContain("from-env");
});

test("defaults to tracking-domains.json in the working directory", async () => {
  const { code, err } = await synth([], { CDKTF_OUTDIR: tempDir("synth-default-") });
  // The tests run from the repository root, whose tracking-domains.json is the bundled example.
  expect({ code, err }).toEqual({ code: 0, err: "" });
});

test.each([
  ["a trailing comma", '{"stacks": [],}', 'a trailing comma before "}"'],
  [
    "a missing zone id",
    JSON.stringify({ stacks: [{ name: "p", zones: [{ name: "example.com", provider: "cloudflare" }], domains: [] }] }),
    "zoneId: is required",
  ],
])("a config with %s exits 1, lists the problem and writes nothing", async (_case, text, problem) => {
  const dir = tempDir("synth-bad-");
  writeFileSync(join(dir, "tracking-domains.json"), text);
  const outdir = join(dir, "cdktf.out");
  const { code, out, err } = await synth(["--config", join(dir, "tracking-domains.json")], { CDKTF_OUTDIR: outdir });
  expect({ code, out }).toEqual({ code: 1, out: "" });
  expect(err).toContain(problem);
  expect(err).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  expect(existsSync(outdir)).toBe(false);
});

test.each([
  [["extra"], "synth takes no arguments, only --config <file>; got extra"],
  [["--config"], "Option '--config <value>' argument missing"],
  [["--config", ""], "--config needs a file name"],
  [["--outdir", "x"], "Unknown option '--outdir'"],
])("usage error %j exits 2 and points at synth --help", async (args, message) => {
  const { code, err } = await synth(args, {});
  expect(code).toBe(2);
  expect(err).toContain(message);
  expect(err).toContain('Run "cdktf-ssl-tracking-domain synth --help" for the usage.');
});

test("synth --help, through the command line, names CDKTF_OUTDIR, TRACKING_DOMAINS_CONFIG and the cdktf.json app", async () => {
  let out = "";
  const code = await main(["synth", "--help"], { stdout: (text) => void (out += text), stderr: () => undefined });
  expect({ code, out }).toEqual({ code: 0, out: SYNTH_HELP });
  for (const needle of [
    "CDKTF_OUTDIR",
    "TRACKING_DOMAINS_CONFIG",
    '"app": "npx --no-install cdktf-ssl-tracking-domain synth"',
    "manifest.json",
  ]) {
    expect(out).toContain(needle);
  }
});
