import { lstatSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { IConstruct } from "constructs";
import { DefaultTokenResolver, ISynthesisSession, StringConcat, TerraformStack, Tokenization } from "../framework";
import { TrackingDomainError } from "./errors";
import { keyMaterialIn, keyMaterialInData } from "./key-material";

/*
 * The last check before anything is written: a stack's whole output, searched for private key
 * material in any encoding `keyMaterialIn` knows, however it got there (a certificate, a token, an
 * escape hatch such as `addOverride("variable.<id>.default", key)`, a user's own resource).
 *
 * Where it runs: cdktf's `StackSynthesizer.synthesize` builds the stack's JSON with
 * `stack.toTerraform()` (or `toHclTerraform()` for HCL output) and writes the result on the next
 * line; `Testing.synth` calls `toTerraform()` too. So the stack's own `toTerraform` and
 * `toHclTerraform` are wrapped: they run on every synthesis path (this repo's app, the `synth`
 * command, a library user's `app.synth()`, tests), after aspects and overrides, even with
 * `skipValidation` (which skips `addValidation` checks), and before the file is written. The
 * manifest's annotations are searched at the same moment (the manifest is written after every
 * stack). Files that constructs copy in themselves (`TerraformAsset`) are written before the JSON,
 * so the synthesizer is wrapped as well: once it is done, the stack's folder is searched, and a
 * file with a key is deleted before the error is thrown.
 */

const GUARDED = Symbol.for("cdktf-ssl-tracking-domain.output-scan");
const CHECKS = Symbol.for("cdktf-ssl-tracking-domain.synthesis-checks");

/** One synthesis of a stack, as the checks registered with `checkBeforeSynthesis` see it. */
export interface SynthesisRun {
  /** `value` resolved as it will be written: a token gives its final value, or a Terraform expression (`${var.x}`). */
  resolve(value: unknown): unknown;
  /** Takes `key` of `kind` for `holder` in this synthesis; returns an earlier, different holder instead. */
  claim(kind: string, key: string, holder: string): string | undefined;
}

type GuardedStack = TerraformStack & { [GUARDED]?: true; [CHECKS]?: ((run: SynthesisRun) => void)[] };

/**
 * Runs `check` on every synthesis of the stack of `scope`, before its output is built: where a
 * value given as a token becomes known, so it is checked like a literal.
 */
export function checkBeforeSynthesis(scope: IConstruct, check: (run: SynthesisRun) => void): void {
  guardStackOutput(scope);
  const stack = TerraformStack.of(scope) as GuardedStack;
  (stack[CHECKS] ??= []).push(check);
}

function runChecks(stack: GuardedStack): void {
  const claims = new Map<string, string>();
  const run: SynthesisRun = {
    resolve: (value) =>
      Tokenization.resolve(value, { scope: stack, preparing: false, resolver: new DefaultTokenResolver(new StringConcat()) }),
    claim: (kind, key, holder) => {
      const earlier = claims.get(`${kind}\u0000${key}`);
      if (earlier === undefined) claims.set(`${kind}\u0000${key}`, holder);
      return earlier === undefined || earlier === holder ? undefined : earlier;
    },
  };
  for (const check of stack[CHECKS] ?? []) check(run);
}
/** Asset files larger than this are not read: keys and certificates are a few KiB. */
const MAX_SCANNED_FILE = 16 * 1024 * 1024;

function refuse(stack: TerraformStack, where: string, kind: string): never {
  throw new TrackingDomainError(
    `stack ${stack.node.id}: the synthesized output would hold private key material (${kind}) at ${where}; nothing of it is written. ` +
      `A private key must never be in the configuration: give it at plan time through a sensitive variable (TF_VAR_<name>)`,
  );
}

/** Key material in the annotations of the stack's constructs (they go into manifest.json). */
function checkAnnotations(stack: TerraformStack): void {
  for (const construct of stack.node.findAll()) {
    for (const entry of construct.node.metadata) {
      const kind = typeof entry.data === "string" ? keyMaterialIn(entry.data) : keyMaterialInData(entry.data)?.kind;
      if (kind) refuse(stack, `an annotation of ${construct.node.path}`, kind);
    }
  }
}

/** Every file under `dir`, depth first. */
function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    const stats = lstatSync(path);
    if (stats.isDirectory()) return filesUnder(path);
    return stats.isFile() && stats.size <= MAX_SCANNED_FILE ? [path] : [];
  });
}

/**
 * The contents of the entries of a ZIP file (what cdktf writes for an `ARCHIVE` asset), read from
 * its central directory; an entry that is neither stored nor deflated, or too large, is skipped.
 * Compressed, a key would pass a search of the file's bytes.
 */
function zipEntries(bytes: Buffer): Buffer[] {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > bytes.length) return [];
  const entries: Buffer[] = [];
  let offset = bytes.readUInt32LE(end + 16);
  for (let index = bytes.readUInt16LE(end + 10); index > 0 && offset + 46 <= bytes.length; index--) {
    if (bytes.readUInt32LE(offset) !== 0x02014b50) break;
    const method = bytes.readUInt16LE(offset + 10);
    const size = bytes.readUInt32LE(offset + 20);
    const local = bytes.readUInt32LE(offset + 42);
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) continue;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    try {
      if (method === 0) entries.push(data);
      else if (method === 8) entries.push(inflateRawSync(data, { maxOutputLength: MAX_SCANNED_FILE }));
    } catch {
      // Larger than the limit, or damaged: skipped like a file over the limit.
    }
  }
  return entries;
}

/** The kind of key in a written file's bytes (as text, and in each entry of a ZIP archive), or `undefined`. */
function keyMaterialInFile(bytes: Buffer): string | undefined {
  for (const content of [bytes, ...(bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) ? zipEntries(bytes) : [])]) {
    const kind = keyMaterialIn(content.toString("latin1")) ?? keyMaterialIn(content.toString("utf8"));
    if (kind) return kind;
  }
  return undefined;
}

/** Searches the files the stack wrote (assets included); deletes the stack's folder when one holds a key. */
function checkWrittenFiles(stack: TerraformStack, session: ISynthesisSession): void {
  const manifest = session.manifest.forStack(stack);
  const folder = join(session.outdir, manifest.workingDirectory);
  // The stack's JSON was searched, parsed, before it was written.
  const searched = join(session.outdir, manifest.synthesizedStackPath);
  for (const file of filesUnder(folder).filter((path) => path !== searched)) {
    const kind = keyMaterialInFile(readFileSync(file));
    if (kind) {
      rmSync(folder, { recursive: true, force: true });
      refuse(stack, `the file ${file.slice(folder.length + 1)} (deleted, with the stack's folder)`, kind);
    }
  }
}

/**
 * Makes every synthesis of the stack of `scope` refuse output that holds private key material.
 * Idempotent: call it from every construct that may put a certificate or a key reference in a stack.
 */
export function guardStackOutput(scope: IConstruct): void {
  const stack = TerraformStack.of(scope) as GuardedStack;
  if (stack[GUARDED]) return;
  stack[GUARDED] = true;

  const toTerraform = stack.toTerraform.bind(stack);
  stack.toTerraform = () => {
    runChecks(stack);
    const output: unknown = toTerraform();
    const found = keyMaterialInData(output);
    if (found) refuse(stack, found.place, found.kind);
    checkAnnotations(stack);
    return output;
  };
  const toHclTerraform = stack.toHclTerraform.bind(stack);
  stack.toHclTerraform = () => {
    runChecks(stack);
    const output = toHclTerraform();
    const kind = keyMaterialIn(output.hcl) ?? keyMaterialInData(output.metadata)?.kind;
    if (kind) refuse(stack, "its HCL output", kind);
    checkAnnotations(stack);
    return output;
  };
  const synthesizer = stack.synthesizer;
  stack.synthesizer = {
    synthesize: (session) => {
      synthesizer.synthesize(session);
      checkWrittenFiles(stack, session);
    },
  };
}
