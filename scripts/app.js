#!/usr/bin/env node
// The app command of cdktf.json. It runs the compiled app and compiles it (once, with tsc) only
// when a TypeScript source is newer than the build, so `cdktf synth` and `cdktf deploy` never
// type-check on every run, and never run stale code after an edit or a pull.
"use strict";
const { execFileSync } = require("node:child_process");
const { existsSync, readdirSync, statSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const entry = join(root, "dist", "main.js");
const SOURCES = ["main.ts", "constructs", "stacks", "cli", ".gen", "framework", "tsconfig.json", "tsconfig.build.json"];

/** The newest modification time under `path`, in ms. */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
if (SOURCES.some((source) => newest(join(root, source)) > built)) {
  try {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(root, "tsconfig.build.json")], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
    });
    // The framework module is hand-written JavaScript with its declarations: copied, not compiled.
    require("node:fs").cpSync(join(root, "framework"), join(root, "dist", "framework"), { recursive: true });
  } catch {
    console.error("The app does not compile (tsc's errors are above); fix them and synthesize again.");
    process.exit(1);
  }
}
require(entry);
