/**
 * The README's config examples are what users copy: each one that shows a config must be a whole
 * config that loads and synthesizes, not a fragment that the loader refuses.
 */
import { Testing } from "../framework";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildApp } from "../stacks/app";
import { loadConfig } from "../stacks/config";
import { tempDir } from "./temp";

const ROOT = resolve(__dirname, "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The README's ```json and ```jsonc blocks, with the line each starts on. */
function jsonBlocks(markdown: string): { line: number; text: string }[] {
  const blocks: { line: number; text: string }[] = [];
  const fence = /^```jsonc?[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;
  for (let match = fence.exec(markdown); match; match = fence.exec(markdown)) {
    blocks.push({ line: markdown.slice(0, match.index).split("\n").length, text: match[1] });
  }
  return blocks;
}

/** Whether `text` names a config's parts (stacks, zones, domains, a backend) as JSON keys. */
const showsConfig = (text: string) => /"(stacks|zones|domains|backend|domainName|zoneId)"\s*:/.test(text);

const configs = jsonBlocks(README).filter(({ text }) => showsConfig(text));

test("the README shows the config in more than one place", () => {
  expect(configs.length).toBeGreaterThanOrEqual(2);
});

test.each(configs)("the config at README.md line $line is a whole config, with its stacks", ({ text }) => {
  expect(text).toMatch(/^\{\s*(?:"\$schema"\s*:\s*"[^"]*"\s*,\s*)?"stacks"\s*:/);
});

test.each(configs)("the config at README.md line $line loads and synthesizes every stack", ({ text }) => {
  const file = join(tempDir("readme-config-"), "tracking-domains.json");
  writeFileSync(file, text);
  const config = loadConfig(file);
  const app = buildApp(config, Testing.app());
  const stacks = app.node.children.map((stack) => JSON.parse(Testing.synth(stack as never)));
  expect(stacks).toHaveLength(config.stacks.length);
  config.stacks.forEach((stack, i) => {
    const outputs = Object.keys(stacks[i].output ?? {}).filter((name) => name.endsWith("_cname_target"));
    expect(outputs).toHaveLength(stack.domains.length);
    expect(Object.keys(stacks[i].resource ?? {}).length).toBeGreaterThan(0);
  });
});

test("the README runs the command as installed, with its subcommands, the guard among them", () => {
  const uses = [...README.matchAll(/npx cdktf-ssl-tracking-domain ([^\s`]+)/g)].map((match) => match[1]);
  expect(uses).toEqual(expect.arrayContaining(["check", "guard", "--help"]));
  for (const use of uses) expect(["check", "guard", "sendgrid", "--help", "--version"]).toContain(use);
  expect(README).toContain("npx cdktf-ssl-tracking-domain guard plan.json");
});

test("the README's secrets table lists every secret the workflows read, and the private keys", () => {
  const section = README.slice(README.indexOf("### Secrets"), README.indexOf("\n### ", README.indexOf("### Secrets") + 1));
  const table = section.split("\n").filter((line) => line.startsWith("| `"));
  const listed = table.map((line) => /^\| `([^`]+)`/.exec(line)![1]);
  const workflows = ["ci.yml", "deploy.yml"].map((file) => readFileSync(join(ROOT, ".github/workflows", file), "utf8")).join("\n");
  const read = new Set(
    workflows
      .split("\n")
      .filter((line) => !line.trim().startsWith("#")) // the backend's credentials are optional, listed below the table
      .flatMap((line) => [...line.matchAll(/\bsecrets\.(\w+)/g)].map((match) => match[1])),
  );
  expect(read.size).toBeGreaterThan(0);
  for (const secret of read) expect(listed).toContain(secret);
  expect(listed).toContain("TF_VAR_tls_private_key_<domain>");
});
