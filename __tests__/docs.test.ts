/**
 * The README and the guides in docs/ are what users copy: every config snippet must load and
 * synthesize, every command must be one the CLI (or npm, or cdktf) accepts, every internal link
 * must resolve, and the figures they state must be the code's.
 */
import { Testing } from "../framework";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { main } from "../cli/main";
import { packageScripts } from "../cli/init/templates";
import { buildApp } from "../stacks/app";
import { loadConfig } from "../stacks/config";
import { TARGETS } from "../bench/run";
import { tempDir } from "./temp";

const ROOT = resolve(__dirname, "..");
const COMMAND = "cdktf-ssl-tracking-domain";
const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

/**
 * Guides that other changes create (each from the README section it replaces). Until they are in
 * the tree, links to them are not followed; once one exists, every link to it is checked.
 */
const WRITTEN_ELSEWHERE = [
  "docs/deploy.md",
  "docs/day-two.md",
  "docs/security.md",
  "docs/sendgrid.md",
  "docs/monitoring.md",
  "docs/frameworks.md",
];

const DOCS = [
  "README.md",
  ...readdirSync(join(ROOT, "docs"))
    .filter((file) => file.endsWith(".md"))
    .map((file) => `docs/${file}`),
];
const text = (file: string) => readFileSync(join(ROOT, file), "utf8");

interface Block {
  readonly file: string;
  readonly line: number;
  readonly lang: string;
  readonly body: string;
}

/** Every fenced code block of every document, with its language and first line. */
const BLOCKS: Block[] = DOCS.flatMap((file) => {
  const markdown = text(file);
  const fence = /^( *)```(\w*)[^\n]*\n([\s\S]*?)^\1```[ \t]*$/gm;
  const blocks: Block[] = [];
  for (let match = fence.exec(markdown); match; match = fence.exec(markdown)) {
    const body = match[3].replace(new RegExp(`^${match[1]}`, "gm"), "");
    blocks.push({ file, line: markdown.slice(0, match.index).split("\n").length, lang: match[2], body });
  }
  return blocks;
});

/** Markdown without its fenced blocks: prose, inline code and links. */
/**
 * A dated measurement: figures a benchmark printed on a given day, between
 * `<!-- measured YYYY-MM-DD: <command> -->` and `<!-- /measured -->`. They are history, not a claim
 * about today, so the stale-figure check skips them; the command must be the repo's own benchmark.
 */
const MEASURED = /<!-- measured (\d{4}-\d{2}-\d{2}): (.+?) -->[\s\S]*?<!-- \/measured -->/g;
const prose = (file: string) =>
  text(file)
    .replace(/^( *)```[\s\S]*?^\1```[ \t]*$/gm, "")
    .replace(MEASURED, "");

test("the documents are the README and the guides, each reachable from the README", () => {
  expect(DOCS.length).toBeGreaterThanOrEqual(10);
  const readme = text("README.md");
  for (const file of DOCS.filter((f) => f !== "README.md")) expect(readme).toContain(`](${file})`);
  for (const file of WRITTEN_ELSEWHERE) expect(readme).toContain(`](${file})`);
});

describe("config snippets", () => {
  /** Whether a JSON block names a config's parts as keys. */
  const showsConfig = (body: string) => /"(stacks|zones|domains|backend|domainName|zoneId)"\s*:/.test(body);
  const configs = BLOCKS.filter((block) => (block.lang === "json" || block.lang === "jsonc") && showsConfig(block.body));

  test("there are several", () => {
    expect(configs.length).toBeGreaterThanOrEqual(4);
  });

  test.each(configs.map((block) => [`${block.file}:${block.line}`, block] as const))(
    "%s is a whole config that loads and synthesizes every stack",
    (_where, { body }) => {
      expect(body).toMatch(/^\{\s*(?:"\$schema"\s*:\s*"[^"]*"\s*,\s*)?"stacks"\s*:/);
      const file = join(tempDir("docs-config-"), "tracking-domains.json");
      writeFileSync(file, body);
      const config = loadConfig(file);
      const app = buildApp(config, Testing.app());
      const stacks = app.node.children.map((stack) => JSON.parse(Testing.synth(stack as never)));
      expect(stacks).toHaveLength(config.stacks.length);
      config.stacks.forEach((stack, i) => {
        const outputs = Object.keys(stacks[i].output ?? {}).filter((name) => name.endsWith("_cname_target"));
        expect(outputs).toHaveLength(stack.domains.length);
      });
    },
  );
});

describe("commands", () => {
  /** Every command line in sh blocks and in inline code, with its document. */
  const lines = DOCS.flatMap((file) => {
    const fromBlocks = BLOCKS.filter((block) => block.file === file && (block.lang === "sh" || block.lang === "bash"))
      .flatMap((block) => block.body.replace(/\\\n\s*/g, " ").split("\n"))
      .map((line) => line.replace(/\s+#.*$/, "").trim())
      .filter((line) => line && !line.startsWith("#"));
    const inline = [...prose(file).matchAll(/`((?:npx|npm) [^`]+)`/g)].map((match) => match[1]);
    return [...fromBlocks, ...inline].flatMap((line) => line.split(/\s*(?:&&|\|\||;|\|)\s*/)).map((line) => ({ file, line: line.trim() }));
  });
  /** Shell words, without quotes; a placeholder <like-this> stays one word. */
  const words = (line: string) => [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);

  const ours = lines
    .map(({ file, line }) => ({ file, line, args: words(line) }))
    .map(({ file, line, args }) => {
      const at = args.indexOf(COMMAND);
      return {
        file,
        line,
        args: at >= 0 && (at === 0 || args[at - 1] === "npx" || args[at - 1] === "--no-install") ? args.slice(at + 1) : undefined,
      };
    })
    .filter((entry): entry is { file: string; line: string; args: string[] } => entry.args !== undefined);

  test("the documents run every command of the CLI", () => {
    const used = new Set(ours.map(({ args }) => args[0]));
    for (const command of ["init", "synth", "guard", "check", "--help"]) expect(used).toContain(command);
  });

  test.each(ours.map(({ file, line, args }) => [file, line, args] as const))(
    "%s: %s is a command line the CLI accepts",
    async (_file, _line, args) => {
      // Appending --help makes each command parse its options strictly, then print its help, without
      // touching the network or any file the line names.
      const io = { stdout: () => undefined, stderr: (message: string) => void (err += message) };
      let err = "";
      const code = await main(
        args[0] === "--help" || args[0] === "--version" ? [args[0]] : [...args.map((a) => (a.startsWith("<") ? "x" : a)), "--help"],
        io,
      );
      expect({ code, err }).toEqual({ code: 0, err: "" });
    },
  );

  test("every npm run script they name exists here, or is one init writes into your repo", () => {
    const scripts = new Set([...Object.keys(PACKAGE.scripts), ...Object.keys(packageScripts("tracking-domains.json"))]);
    const named = lines.flatMap(({ line }) => [...line.matchAll(/\bnpm run ([\w:-]+)/g)].map((match) => match[1]));
    expect(named.length).toBeGreaterThan(5);
    for (const script of named) expect(scripts).toContain(script);
  });

  test("every cdktf command they name is one of the cdktf CLI's", () => {
    const named = lines.flatMap(({ line }) => [...line.matchAll(/\bnpx (?:--no-install )?cdktf (\S+)/g)].map((match) => match[1]));
    expect(named).toContain("synth");
    for (const command of named) expect(["synth", "diff", "deploy", "destroy", "get", "list", "output"]).toContain(command);
  });

  test("no bare npx of this package, which would run whatever the registry has under its name", () => {
    for (const { file, line } of lines) {
      if (/\bnpx cdktf-ssl-tracking-domain\b/.test(line)) throw new Error(`${file}: ${line}: use npx --no-install`);
    }
  });
});

describe("links", () => {
  /** GitHub's anchor for a heading. */
  const slug = (heading: string) =>
    heading
      .trim()
      .toLowerCase()
      .replace(/[`*_]/g, "")
      .replace(/[^\p{L}\p{N} -]/gu, "")
      .replace(/ /g, "-");
  const anchors = (file: string) => new Set([...text(file).matchAll(/^#{1,6} (.+)$/gm)].map((match) => slug(match[1])));

  const links = DOCS.flatMap((file) =>
    [...prose(file).matchAll(/\]\(([^)\s]+)\)/g)]
      .map((match) => match[1])
      .filter((target) => !/^[a-z]+:/.test(target))
      .map((target) => ({ file, target })),
  );

  test("there are internal links to follow", () => {
    expect(links.length).toBeGreaterThan(30);
  });

  test.each(links.map(({ file, target }) => [file, target] as const))("%s → %s resolves", (file, target) => {
    const [path, anchor] = target.split("#");
    const resolved = path ? relative(ROOT, resolve(dirname(join(ROOT, file)), path)) : file;
    if (WRITTEN_ELSEWHERE.includes(resolved) && !existsSync(join(ROOT, resolved))) return;
    expect(existsSync(join(ROOT, resolved))).toBe(true);
    if (anchor) expect(anchors(resolved)).toContain(anchor);
  });
});

describe("figures", () => {
  test("the Node.js version they require is package.json's engines", () => {
    const minimum = /^>=(\d+)$/.exec(PACKAGE.engines.node)?.[1];
    expect(minimum).toBeDefined();
    expect(text("README.md")).toContain(`Node.js ${minimum} or newer`);
    expect(text("docs/development.md")).toContain(`Node.js ${minimum} or newer`);
  });

  test("the install lines name the package's own version", () => {
    const versions = DOCS.flatMap((file) =>
      [...text(file).matchAll(/cdktf-ssl-tracking-domain-(\d+\.\d+\.\d+)\.tgz|#v(\d+\.\d+\.\d+)/g)].map((m) => m[1] ?? m[2]),
    );
    expect(versions.length).toBeGreaterThanOrEqual(2);
    for (const version of versions) expect(version).toBe(PACKAGE.version);
  });

  describe("the install lines of each framework", () => {
    /** Every `npm install` line, as the packages it names with their ranges (shell quotes removed). */
    const installs = DOCS.flatMap((file) =>
      text(file)
        .split("\n")
        .filter((line) => /\bnpm install\b/.test(line))
        .map((line) => {
          const command = line
            .slice(line.indexOf("npm install"))
            .replace(/`.*$/, "")
            .replace(/\s+#.*$/, "");
          const specs = new Map<string, string>();
          for (const match of command.matchAll(/(?:^|\s)((?:@[\w-]+\/)?[\w.-]+)@((?:"[^"]*"|[^\s"])+)/g))
            specs.set(match[1], match[2].replace(/"/g, "").replace(/[.,]+$/, ""));
          return { file, line, specs };
        }),
    );
    const peers = PACKAGE.peerDependencies as Record<string, string>;
    const cdktnPeers = JSON.parse(text("node_modules/cdktn/package.json")).peerDependencies as Record<string, string>;
    /** A range no wider than the declared one: ^0.21 for ^0.21.0 is the same major and minor. */
    const within = (given: string, declared: string) => declared.startsWith(given);

    test.each([
      ["cdktf", ["cdktf", "cdktf-cli", "constructs"], /^(cdktn|cdktn-cli|@cdktn\/.*)$/],
      ["cdktn", ["cdktn", "cdktn-cli", "constructs"], /^(cdktf|cdktf-cli|@cdktf\/.*)$/],
    ] as const)(
      "%s: README, the library guide and docs/frameworks.md install %j in package.json's peer ranges, and nothing of the other framework",
      (framework, packages, other) => {
        const lines = installs.filter(({ specs }) => specs.has(framework));
        for (const file of ["README.md", "docs/library.md", "docs/frameworks.md"]) expect(lines.map((l) => l.file)).toContain(file);
        for (const { file, line, specs } of lines) {
          const where = `${file}: ${line}`;
          for (const name of packages) expect({ where, has: specs.has(name) }).toEqual({ where, has: true });
          expect({ where, cli: specs.get(`${framework}-cli`) }).toEqual({ where, cli: specs.get(framework) });
          expect({ where, framework: within(specs.get(framework)!, peers[framework]) }).toEqual({ where, framework: true });
          // cdktn's own constructs range, in a cdktf app too: npm checks the peers of the package's
          // optional peer cdktn even when it is absent, and refuses a constructs outside them.
          expect({ where, constructs: specs.get("constructs") }).toEqual({ where, constructs: cdktnPeers.constructs });
          for (const name of specs.keys()) expect({ where, other: other.test(name) }).toEqual({ where, other: false });
        }
      },
    );

    test("no install line names a Cloudflare provider package (the package has its own bindings); AWS ones are the peers' ranges", () => {
      expect(installs.length).toBeGreaterThan(6);
      for (const { file, line, specs } of installs) {
        expect(`${file}: ${line}`).not.toMatch(/provider-cloudflare/);
        for (const [name, range] of specs)
          if (name in peers && name.endsWith("/provider-aws")) expect({ line, ok: within(range, peers[name]) }).toEqual({ line, ok: true });
      }
    });
  });

  test("docs/speed.md states the benchmark's targets as bench/run.ts has them", () => {
    const speed = text("docs/speed.md");
    expect(speed).toContain(`within **${TARGETS.exampleOverFloor}**× the floor`);
    expect(speed).toContain(`within **${TARGETS.largestOverOneDomain}**× the 1-domain time, and under **${TARGETS.largestPeakMiB}** MiB`);
    expect(speed).toContain(
      `at most **${TARGETS.resourcesPerFastlyDomain}** resources per Fastly domain and **${TARGETS.resourcesPerCloudFrontDomain}** per CloudFront domain`,
    );
    expect(speed).toContain(
      `**${TARGETS.resourcesPerProxiedDomain}** record per proxied domain, **${TARGETS.rulesetsPerZone}** rulesets per zone`,
    );
    expect(speed).toContain(`within **${TARGETS.benchmarkSeconds}** s`);
  });

  test("a dated measurement names its day and the benchmark that printed it", () => {
    const blocks = DOCS.flatMap((file) => [...text(file).matchAll(MEASURED)].map((m) => ({ file, day: m[1], command: m[2] })));
    for (const { file, day, command } of blocks) {
      expect(`${file}: ${day}`).toMatch(/: 20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
      const script = /^(?:node --import tsx (bench\/[\w.-]+\.ts)|npm run (bench))\b/.exec(command);
      expect(`${file}: ${command}`).toMatch(/: (node --import tsx bench\/|npm run bench)/);
      if (script?.[1]) expect(existsSync(join(ROOT, script[1]))).toBe(true);
    }
  });

  test("no measured timing or size outside a dated measurement, which would go stale: the benchmark prints those", () => {
    for (const file of DOCS) {
      const stale = prose(file).match(/\b\d[\d,.]* ?(?:ms|kB|KB|MB)\b|\btook \d|\b\d+ s of jest/g);
      if (stale) throw new Error(`${file}: ${stale.join(", ")}`);
    }
  });

  test("a sample of synthesis errors lists as many problems as its first line counts", () => {
    const samples = DOCS.flatMap((file) =>
      [...text(file).matchAll(/```text\n(\S+: (\d+) problems?)\n((?: {2}.*\n)*)```/g)].map((match) => ({
        sample: `${file}: ${match[1]}`,
        listed: match[3].split("\n").filter(Boolean).length,
        counted: Number(match[2]),
      })),
    );
    expect(samples.length).toBeGreaterThan(2);
    for (const { sample, listed, counted } of samples) expect({ sample, listed }).toEqual({ sample, listed: counted });
  });

  test("the credentials guide's secrets table lists every secret a workflow reads", () => {
    const credentials = text("docs/credentials.md");
    const section = credentials.slice(
      credentials.indexOf("## Secrets"),
      credentials.indexOf("\n## ", credentials.indexOf("## Secrets") + 1),
    );
    const listed = section
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .map((line) => /^\| `([^`]+)`/.exec(line)![1]);
    const workflows = readdirSync(join(ROOT, ".github/workflows")).filter((file) => file.endsWith(".yml"));
    const read = new Set(
      workflows.flatMap((file) =>
        [...readFileSync(join(ROOT, ".github/workflows", file), "utf8").matchAll(/\bsecrets\.(\w+)/g)].map((match) => match[1]),
      ),
    );
    expect(read.size).toBeGreaterThan(3);
    for (const secret of read) expect(listed).toContain(secret);
    expect(listed).toContain("TF_VAR_tls_private_key_<domain>");
  });
});
