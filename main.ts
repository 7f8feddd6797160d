/**
 * This repository's app (cdktf.json runs it through scripts/app.js): the same `synth` command
 * that a consumer's cdktf.json runs from the installed package, on `TRACKING_DOMAINS_CONFIG` or
 * the bundled tracking-domains.json.
 */
import { runSynth } from "./cli/synth";

void runSynth([]).then((code) => {
  process.exitCode = code;
});
