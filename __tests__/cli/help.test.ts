/** Every command answers --help (and "help <command>") with its own usage, and the top help lists them all. */
import { COMMANDS, HELP } from "../../cli/main";
import { runMain as run } from "./run-main";

test("the commands are init, synth, guard, check and sendgrid, at least", () => {
  expect(COMMANDS).toEqual(expect.arrayContaining(["init", "synth", "guard", "check", "sendgrid"]));
});

test.each(COMMANDS)("%s --help prints its usage, exit 0", async (command) => {
  const { code, out, err } = await run([command, "--help"]);
  expect({ code, err }).toEqual({ code: 0, err: "" });
  expect(out).toMatch(new RegExp(`^Usage:\\n  cdktf-ssl-tracking-domain ${command}\\b`));
  expect(await run([command, "-h"])).toEqual({ code, out, err });
  expect(await run(["help", command])).toEqual({ code, out, err });
});

test("the top help lists every command with a line of its own", async () => {
  const { code, out } = await run(["--help"]);
  expect({ code, out }).toEqual({ code: 0, out: HELP });
  for (const command of COMMANDS) {
    expect(out).toContain(`  cdktf-ssl-tracking-domain ${command}`);
    // The description on the command's line, or on the next one for a name too long for the column.
    expect(out).toMatch(new RegExp(`^  ${command}(?: +|\\n {12})\\S`, "m"));
  }
});

test.each([
  [["help", "deploy"], `help takes one command (${COMMANDS.join(", ")}), not "deploy"`],
  [["help", "check", "guard"], `help takes one command (${COMMANDS.join(", ")}), not "check guard"`],
])("%j is a usage error, exit 2", async (args, message) => {
  const { code, err } = await run(args);
  expect(code).toBe(2);
  expect(err).toContain(message);
});

test("guard --help names every kind of resource the guard protects", async () => {
  const { out } = await run(["guard", "--help"]);
  for (const what of ["tracking CNAME", "Auto SSL records", "Fastly service", "TLS subscription", "CloudFront distribution", "ACM"]) {
    expect(out.replace(/\s+/g, " ")).toContain(what);
  }
});

test.each(["", ...COMMANDS])(
  "%s --help runs its examples as npx --no-install, never the registry's package of that name",
  async (command) => {
    const { out } = await run(command ? [command, "--help"] : ["--help"]);
    expect(out).not.toMatch(/\bnpx cdktf-ssl-tracking-domain\b/);
  },
);

test("the top help's usage of init names every option init --help lists", async () => {
  const top = (await run(["--help"])).out.split("\n").find((line) => line.startsWith("  cdktf-ssl-tracking-domain init"))!;
  const options = [...(await run(["init", "--help"])).out.matchAll(/^ {2}(--[\w-]+)/gm)].map((match) => match[1]);
  expect(options).toEqual(expect.arrayContaining(["--framework", "--config", "--workflows-from", "--no-workflows"]));
  for (const option of options.filter((option) => option !== "--help"))
    expect({ option, top: top.includes(option) }).toEqual({ option, top: true });
});
