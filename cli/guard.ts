import { COMMAND, processIo } from "./io";
import type { Io } from "./io";
import { printable } from "./check/printable";
import { blocks, describeFinding, guardPlan, loadPlan } from "./plan-guard";

export const GUARD_HELP = `Usage:
  ${COMMAND} guard <plan.json> [more plan.json ...]

Fails when a Terraform plan deletes, replaces or stops serving a live tracking domain's resources:
its tracking CNAME (Cloudflare or Route 53), the Auto SSL records, the Fastly service, TLS
subscription and activation, the CloudFront distribution and its ACM certificate, a certificate's
validation or _acme-challenge record; unless the domain is marked "allowDestroy". Also when it deletes a zone's rulesets
while a host stays proxied; when a replacement cannot apply (a new service or distribution that
asks for the domain its old one holds); and when it cannot tell (e.g. a -target plan). Run it on
every plan before you apply that plan. Exits 0 when nothing live is destroyed, 1 when something
is (or may be), 2 for a usage error or a file that is not a plan. Retiring a domain takes two
applies: one that sets allowDestroy, then one that removes it.

  plan.json  the output of \`terraform show -json <planfile>\`

Options:
  -h, --help  Print this help.

Example:
  terraform -chdir=cdktf.out/stacks/production plan -out=tfplan
  terraform -chdir=cdktf.out/stacks/production show -json tfplan > plan.json
  npx --no-install ${COMMAND} guard plan.json
`;

/** `guard <plan.json> [...]`: returns the exit code (1 when any plan destroys a live tracking domain). Never throws. */
export function runGuard(args: readonly string[], io: Io = processIo): number {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(GUARD_HELP);
    return 0;
  }
  const usage = (message: string) => {
    io.stderr(`${COMMAND} guard: ${message}\nRun "${COMMAND} guard --help" for the usage.\n`);
    return 2;
  };
  const option = args.find((arg) => arg.startsWith("-"));
  if (option !== undefined) return usage(`unknown option "${option}"`);
  if (args.length === 0) return usage("no plan given; pass the JSON of one or more plans (terraform show -json <planfile>)");
  let blocked = 0;
  for (const file of args) {
    let findings;
    try {
      findings = guardPlan(loadPlan(file));
    } catch (error) {
      // A missing file, bad JSON or a file that is not a plan: say so in one line, without a stack trace.
      io.stderr(`${printable(file)}: ${printable((error as Error)?.message ?? String(error))}\n`);
      return 2;
    }
    for (const finding of findings) io.stdout(`${printable(file)}: ${describeFinding(finding)}\n`);
    blocked += findings.filter(blocks).length;
  }
  io.stdout(
    blocked === 0
      ? "plan guard: no live tracking domain is destroyed\n"
      : `plan guard: ${blocked} live tracking resource(s) would be destroyed\n`,
  );
  return blocked === 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = runGuard(process.argv.slice(2));
