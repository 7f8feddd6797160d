import { printable } from "./check/printable";
import { describeFinding, guardPlan, loadPlan } from "./plan-guard";

/** `npm run guard -- <plan.json> [...]`: exit 1 when any plan destroys a live tracking domain. */
function main(files: string[]): number {
  if (files.length === 0 || files.includes("--help")) {
    console.error("usage: npm run guard -- <plan.json> [more plan.json ...]\n  plan.json: the output of `terraform show -json <planfile>`");
    return 2;
  }
  let blocked = 0;
  for (const file of files) {
    let findings;
    try {
      findings = guardPlan(loadPlan(file));
    } catch (error) {
      // A missing file, bad JSON or a file that is not a plan: say so in one line, without a stack trace.
      console.error(`${printable(file)}: ${printable((error as Error).message ?? String(error))}`);
      return 2;
    }
    for (const finding of findings) console.log(`${printable(file)}: ${describeFinding(finding)}`);
    blocked += findings.filter((finding) => !finding.allowed).length;
  }
  console.log(
    blocked === 0
      ? "plan guard: no live tracking domain is destroyed"
      : `plan guard: ${blocked} live tracking resource(s) would be destroyed`,
  );
  return blocked === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
