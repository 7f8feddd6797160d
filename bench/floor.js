// The benchmark's floor: a Node process that loads cdktf and synthesizes one empty
// TerraformStack into a temp folder. Whatever the app takes beyond this is the app's own cost
// (tsx, zod, the provider bindings, the constructs, a bigger synthesis).
// Plain CommonJS, so it runs both as `node bench/floor.js` and `node --import tsx bench/floor.js`.
// Like the app it writes to $CDKTF_OUTDIR when set (the benchmark gives it a fresh temp folder);
// run by hand, it makes its own temp folder and removes it.
"use strict";
const { mkdtempSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { App, TerraformStack } = require("../framework");
// BENCH_FLOOR_AWS=1 also loads what a stack with a Route 53 zone loads of @cdktf/provider-aws
// (deep imports), so that the difference to the floor is that package's load cost.
if (process.env.BENCH_FLOOR_AWS === "1") {
  require("../framework/aws/provider");
  require("../framework/aws/route53-record");
}

const ownDir = process.env.CDKTF_OUTDIR ? undefined : mkdtempSync(join(tmpdir(), "bench-floor-"));
try {
  const app = new App({ outdir: process.env.CDKTF_OUTDIR || ownDir });
  new TerraformStack(app, "floor");
  app.synth();
} finally {
  if (ownDir) rmSync(ownDir, { recursive: true, force: true });
}
