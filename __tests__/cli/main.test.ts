import { execFile, execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GUARD_HELP } from "../../cli/guard";
import { CHECK_HELP } from "../../cli/check/command";
import { HELP } from "../../cli/main";
import { runMain as run } from "./run-main";
import { DOMAINS, startFixture } from "./fixture";
import type { Fixture } from "./fixture";

const ROOT = join(__dirname, "..", "..");

let world: Fixture;

beforeAll(async () => {
  world = await startFixture();
});

afterAll(async () => {
  await world.close();
});

const PLANS = join(ROOT, "__tests__", "fixtures", "plans");
const VERSION = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;

describe("commands", () => {
  test.each([["--help"], ["-h"], ["help"]])("%s lists the commands and exits 0", async (flag) => {
    const { code, out, err } = await run([flag]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toBe(HELP);
    expect(out).toContain("cdktf-ssl-tracking-domain check <domain>");
    expect(out).toContain("cdktf-ssl-tracking-domain guard <plan.json>");
    expect(out).toContain("--version");
  });

  test("--version prints the package's version", async () => {
    const { code, out, err } = await run(["--version"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
    expect(out).toBe(`${VERSION}\n`);
  });

  test.each([
    [["guard", "--help"], GUARD_HELP],
    [["guard", "-h"], GUARD_HELP],
    [["check", "--help"], CHECK_HELP],
  ])("%j prints that command's help", async (args, help) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toBe(help);
  });

  test("guard passes a plan that destroys nothing live", async () => {
    const { code, out } = await run(["guard", join(PLANS, "update.json"), join(PLANS, "create.json")]);
    expect(code).toBe(0);
    expect(out).toContain("no live tracking domain is destroyed");
  });

  test("guard fails a plan that deletes a live domain, naming it", async () => {
    const { code, out } = await run(["guard", join(PLANS, "delete.json")]);
    expect(code).toBe(1);
    expect(out).toContain("BLOCKED: the plan deletes the tracking CNAME of url1234.example.com");
  });

  test.each([
    [["guard"], "no plan given"],
    [["guard", "--force", "plan.json"], 'unknown option "--force"'],
  ])("guard usage error %j exits 2", async (args, message) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(message);
    expect(err).toContain('Run "cdktf-ssl-tracking-domain guard --help"');
  });

  test("guard names a file that is not there, exit 2", async () => {
    const { code, err } = await run(["guard", "/nonexistent/plan.json"]);
    expect(code).toBe(2);
    expect(err).toContain("/nonexistent/plan.json: cannot be read: no such file");
  });
});

describe("top-level usage errors exit 2 and point at --help", () => {
  test.each([
    [[], "no command given; the commands are init, synth, guard, check, sendgrid"],
    [["deploy"], 'unknown command "deploy"; the commands are init, synth, guard, check, sendgrid'],
    [["--json"], 'unknown option "--json"'],
  ])("%j", async (args, message) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(message);
    expect(err).toContain('Run "cdktf-ssl-tracking-domain --help" for the commands.');
  });
});

describe("the executable", () => {
  const tsx = join(ROOT, "node_modules", ".bin", "tsx");
  const exec = (args: string[], timeout = 0) =>
    new Promise<{ code: number; out: string; err: string }>((resolve) => {
      // A process killed at `timeout` (it hung) has no exit code; it counts as 1.
      execFile(tsx, [join(ROOT, "cli", "main.ts"), ...args], { cwd: ROOT, timeout }, (error, out, err) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, out, err });
      });
    });

  test("starts with a node shebang", () => {
    expect(readFileSync(join(ROOT, "cli", "main.ts"), "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
  });

  test("--ca-file never hangs on a FIFO or a device: it reads only regular files", async () => {
    const fifo = join(world.dir, "ca.fifo");
    execFileSync("mkfifo", [fifo]);
    const cases: [string, string][] = [
      [fifo, "it is a FIFO (named pipe), not a regular file"],
      ["/dev/zero", "it is a device, not a regular file"],
    ];
    // In a child process with a time limit: a read that hangs would block this one for good.
    const runs = await Promise.all(cases.map(([file]) => exec(["check", DOMAINS.good, "--ca-file", file], 20000)));
    runs.forEach((result, index) => {
      const [file, reason] = cases[index];
      expect(result.code).toBe(2);
      expect(result.err).toContain(`--ca-file ${file} cannot be read: ${reason}`);
    });
  });

  test("sets the exit code of the process", async () => {
    const [failing, usage, blocked] = await Promise.all([
      exec(["check", DOMAINS.expired, "--json", ...world.args]),
      exec(["check", "--bogus"]),
      exec(["guard", join(PLANS, "delete.json")]),
    ]);
    expect(blocked.code).toBe(1);
    expect(blocked.out).toContain("BLOCKED");
    expect(failing.code).toBe(1);
    expect(JSON.parse(failing.out).domains[0].checks[2]).toMatchObject({ name: "TLS", status: "fail" });
    expect(usage.code).toBe(2);
    expect(usage.err).toContain("Unknown option '--bogus'");
  });
});
