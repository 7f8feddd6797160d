/**
 * The package, packed once per test run and shared by every test file that needs it: the first
 * caller copies the working tree (tracked and new files, as git sees them, so uncommitted changes
 * are tested too), packs the copy (`npm pack` runs `prepare`, which builds the copy's dist/, never
 * the working tree's), and leaves the tarball in the run's own temp directory, which the global
 * teardown removes. Test files run in parallel workers, so the others wait for it (a lock folder).
 */
import { execFile, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";

export const ROOT = resolve(__dirname, "..", "..");
export const NAME = "cdktf-ssl-tracking-domain";
const run = promisify(execFile);

export interface Packed {
  /** The tarball's path. */
  readonly tarball: string;
  /** The files it holds, as `npm pack --json` lists them. */
  readonly files: string[];
  /** The copy of the working tree it was packed from, with its built dist/ and this project's node_modules. */
  readonly source: string;
}

/** In the run's own temp directory (global setup): a tarball must never outlive its run and go stale. */
function runDir(): string {
  const dir = process.env.CDKTF_SSL_TESTS_TMPDIR;
  if (!dir) throw new Error("CDKTF_SSL_TESTS_TMPDIR is not set: run the tests through jest.config.js, whose global setup sets it");
  return join(dir, "packed");
}

/** A copy of the working tree's sources, with this project's node_modules linked. */
function sourceCopy(dir: string): string {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter((file) => file && existsSync(join(ROOT, file)) && statSync(join(ROOT, file)).isFile());
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(ROOT, file), join(dir, file));
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

async function pack(dir: string): Promise<Packed> {
  const source = sourceCopy(join(dir, "source", NAME));
  const out = join(dir, "tarball");
  mkdirSync(out);
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", out], { cwd: source });
  const packed = JSON.parse(stdout.slice(stdout.indexOf("[")))[0];
  return { tarball: join(out, packed.filename), files: packed.files.map((f: { path: string }) => f.path), source };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The packed package: packed by the first caller of the run, waited for by the others. */
export async function packed(): Promise<Packed> {
  const dir = runDir();
  const result = join(dir, "packed.json");
  mkdirSync(dirname(dir), { recursive: true });
  let mine = false;
  try {
    mkdirSync(dir);
    mine = true;
  } catch {
    // Another worker is packing, or has packed.
  }
  // Written whole, then renamed: a waiting worker never reads half a file.
  const publish = (value: object) => {
    writeFileSync(`${result}.partial`, JSON.stringify(value));
    renameSync(`${result}.partial`, result);
  };
  if (mine) {
    try {
      publish(await pack(dir));
    } catch (error) {
      publish({ error: String((error as Error).message ?? error) });
      throw error;
    }
  }
  for (let waited = 0; !existsSync(result); waited += 250) {
    if (waited > 600_000) throw new Error(`the package was not packed within 10 minutes (${dir})`);
    await sleep(250);
  }
  const read = JSON.parse(readFileSync(result, "utf8")) as Packed & { error?: string };
  if (read.error) throw new Error(`packing the package failed in another test file: ${read.error}`);
  return read;
}
