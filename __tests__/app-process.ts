import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tempDir } from "./temp";

const ROOT = resolve(__dirname, "..");

export interface AppRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outdir: string;
}

/**
 * Runs the app as `cdktf synth` does (`node --import tsx main.ts`), into a fresh output folder.
 * With `timeoutMs`, a run that takes longer is killed and reports status `null`.
 */
export function runApp(env: Record<string, string> = {}, timeoutMs?: number): AppRun {
  const outdir = join(tempDir("tracking-app-"), "cdktf.out");
  const result = spawnSync(process.execPath, ["--import", "tsx", "main.ts"], {
    cwd: ROOT,
    env: { ...process.env, CDKTF_OUTDIR: outdir, ...env },
    encoding: "utf8",
    timeout: timeoutMs,
    killSignal: "SIGKILL",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, outdir };
}

/** Writes a config file to a temp folder and returns its path. */
export function writeConfig(config: unknown): string {
  const file = join(tempDir("tracking-config-"), "tracking-domains.json");
  writeFileSync(file, typeof config === "string" ? config : JSON.stringify(config, null, 2));
  return file;
}

/** Every file under `dir`, as path (relative) → content. */
export function readTree(dir: string, prefix = ""): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const [k, v] of readTree(path, `${prefix}${entry.name}/`)) files.set(k, v);
    else files.set(`${prefix}${entry.name}`, readFileSync(path, "utf8"));
  }
  return files;
}
