import { generateKeyPairSync } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, AssetType, Lazy, TerraformAsset, TerraformOutput, TerraformStack, TerraformVariable, Testing } from "../../framework";
import { TrackingDomainError } from "../../constructs/errors";
import { FastlyCertificate } from "../../constructs/fastly-certificate";
import { keyMaterialIn } from "../../constructs/key-material";
import { SslTrackingDomain } from "../../constructs/ssl-tracking-domain";
import { TrackingEdge } from "../../constructs/tracking-edge";
import { ConfigError, loadConfig } from "../../stacks/config";
import { readTree, writeConfig } from "../app-process";
import { createTestCa, pemBody } from "../cli/loopback";
import { exampleZone } from "../helpers";

/*
 * A private key in the encodings that got past the armour check: each is refused in a certificate
 * (file, literal, token) and, however else it gets into a stack, by the search of the whole output
 * before anything is written.
 */

const ca = createTestCa("key-material test CA");
const certificatePem = ca.issue({ names: ["url1.example.com"] }).certPem;
const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
const pkcs8 = rsa.export({ type: "pkcs8", format: "pem" }) as string;
const ecSec1 = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "sec1", format: "pem" }) as string;
const encrypted = rsa.export({ type: "pkcs8", format: "pem", cipher: "aes-256-cbc", passphrase: "p" }) as string;

/** Each encoding of the key, as text appended to (or standing for) a certificate input. */
export const KEY_ENCODINGS: [string, string][] = [
  ["UTF-16LE appended (PowerShell 5.1 >>)", Buffer.from(pkcs8, "utf16le").toString("latin1")],
  ["the bare base64 body (PKCS#8)", pemBody(pkcs8)],
  ["the bare base64 body (SEC1)", pemBody(ecSec1)],
  ["the bare base64 body (encrypted PKCS#8)", pemBody(encrypted)],
  ["base64 of the whole PEM (a Kubernetes secret's tls.key)", `tls.key: ${Buffer.from(pkcs8).toString("base64")}`],
  ["armour with U+2013 dashes", pkcs8.replace(/-/g, "\u2013")],
  ["armour with a zero-width space", pkcs8.replace("PRIVATE", "PRI\u200bVATE")],
  ["the base64 body in one line", pemBody(pkcs8).replace(/\n/g, "")],
  ["the base64 body with its line breaks turned to spaces (an unquoted echo)", pemBody(pkcs8).replace(/\n/g, " ")],
  ["base64url of the DER (URL-safe alphabet, no padding)", (rsa.export({ type: "pkcs8", format: "der" }) as Buffer).toString("base64url")],
];

/** A distinctive piece of the key that must appear nowhere. */
const KEY_PIECE = pemBody(pkcs8).split("\n")[3];

test.each(KEY_ENCODINGS)("key material is found in %s", (_, text) => {
  expect(keyMaterialIn(`${certificatePem}${text}`)).toBeDefined();
});

test.each([
  ["a certificate chain", certificatePem + ca.certPem],
  ["prose", "The id of the Fastly service that serves url1.example.com, written out in a long description"],
  ["a base64 blob that is no key", Buffer.alloc(300, 7).toString("base64")],
  [
    "hyphenated names and a URL-safe blob that is no key",
    `fastly_service_vcl.url1-example-com_tracking ${Buffer.alloc(300, 7).toString("base64url")}`,
  ],
])("no key material is found in %s", (_, text) => {
  expect(keyMaterialIn(text)).toBeUndefined();
});

describe.each(KEY_ENCODINGS)("a key as %s", (_, text) => {
  test("in a certificate file is refused by the config", () => {
    const file = writeConfig({
      stacks: [
        {
          name: "p",
          zones: [{ name: "example.com", provider: "cloudflare", zoneId: "023e105f4ecef8ad9ca31a8372d0c353" }],
          domains: [{ domainName: "url1.example.com", edge: "fastly", fastly: { certificate: { certificateFile: "url1.pem" } } }],
        },
      ],
    });
    writeFileSync(join(file, "..", "url1.pem"), Buffer.from(certificatePem + text, "latin1"));
    let error: unknown;
    try {
      loadConfig(file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      /certificateFile: .*url1\.pem holds a private key|certificate cannot serve url1.example.com: it holds/,
    );
    expect((error as Error).message).not.toContain(KEY_PIECE);
  });

  const withCertificate = (certificate: string) => (stack: TerraformStack) =>
    new SslTrackingDomain(stack, "url1", {
      domainName: "url1.example.com",
      dnsZone: exampleZone(stack),
      edge: TrackingEdge.fastly({
        certificate: FastlyCertificate.custom({
          certificatePem: certificate,
          privateKey: new TerraformVariable(stack, "key", { type: "string", sensitive: true }),
        }),
      }),
    });

  test.each([
    ["a literal certificatePem", (key: string) => withCertificate(certificatePem + key)],
    ["a Lazy certificatePem", (key: string) => withCertificate(Lazy.stringValue({ produce: () => certificatePem + key }))],
    [
      "a stack-level addOverride of a variable default",
      (key: string) => (stack: TerraformStack) => {
        withCertificate(certificatePem)(stack);
        stack.addOverride("variable.unrelated.default", key);
      },
    ],
    [
      "a user's own output beside a tracking domain",
      (key: string) => (stack: TerraformStack) => {
        withCertificate(certificatePem)(stack);
        new TerraformOutput(stack, "leak", { value: key });
      },
    ],
  ])("through %s is refused, and no file holds it", (_, build) => {
    // skipValidation: the search must not depend on validations (and the stack has no providers).
    for (const options of [{ skipValidation: true }, { skipValidation: true, hclOutput: true }]) {
      const outdir = join(mkdtempSync(join(tmpdir(), "key-material-")), "cdktf.out");
      const app = new App({ outdir, ...options });
      let error: unknown;
      try {
        build(text)(new TerraformStack(app, "test"));
        app.synth();
      } catch (caught) {
        error = caught;
      }
      expect([JSON.stringify(options), (error as Error)?.message]).toEqual([JSON.stringify(options), expect.stringMatching(/private key/)]);
      expect(error).toBeInstanceOf(TrackingDomainError);
      expect((error as Error).message).not.toContain(KEY_PIECE);
      for (const [, content] of readTree(outdir)) expect(keyMaterialIn(content)).toBeUndefined();
    }
  });
});

test("Testing.synth runs the search too", () => {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  new SslTrackingDomain(stack, "url1", { domainName: "url1.example.com", dnsZone: exampleZone(stack), edge: TrackingEdge.fastly() });
  stack.addOverride("locals.x", pemBody(pkcs8));
  expect(() => Testing.synth(stack)).toThrow(
    /stack test: the synthesized output would hold private key material \(PRIVATE KEY, base64 DER\) at locals.x/,
  );
});

test("a file a construct copies into the stack's folder (a TerraformAsset) with a key is deleted, and synthesis fails", () => {
  const outdir = join(mkdtempSync(join(tmpdir(), "key-material-")), "cdktf.out");
  const source = join(mkdtempSync(join(tmpdir(), "asset-")), "bundle.txt");
  writeFileSync(source, `notes\n${Buffer.from(pkcs8).toString("base64")}\n`);
  const app = new App({ outdir, skipValidation: true });
  const stack = new TerraformStack(app, "test");
  new SslTrackingDomain(stack, "url1", { domainName: "url1.example.com", dnsZone: exampleZone(stack), edge: TrackingEdge.fastly() });
  new TerraformAsset(stack, "bundle", { path: source, type: AssetType.FILE });
  expect(() => app.synth()).toThrow(
    /stack test: the synthesized output would hold private key material \(PRIVATE KEY, base64\) at the file assets\/.* \(deleted, with the stack's folder\)/,
  );
  for (const [, content] of readTree(outdir)) expect(keyMaterialIn(content)).toBeUndefined();
});

test("a key in a folder that a TerraformAsset zips (ARCHIVE) is found in the archive, which is deleted, and synthesis fails", () => {
  const outdir = join(mkdtempSync(join(tmpdir(), "key-material-")), "cdktf.out");
  const source = join(mkdtempSync(join(tmpdir(), "asset-")), "bundle");
  mkdirSync(source);
  writeFileSync(join(source, "readme.txt"), "notes\n".repeat(100));
  writeFileSync(join(source, "tls.key"), pkcs8);
  const app = new App({ outdir, skipValidation: true });
  const stack = new TerraformStack(app, "test");
  new SslTrackingDomain(stack, "url1", { domainName: "url1.example.com", dnsZone: exampleZone(stack), edge: TrackingEdge.fastly() });
  new TerraformAsset(stack, "bundle", { path: source, type: AssetType.ARCHIVE });
  expect(() => app.synth()).toThrow(
    /stack test: the synthesized output would hold private key material \(PRIVATE KEY\) at the file assets\/bundle\/.*archive\.zip \(deleted, with the stack's folder\)/,
  );
  expect([...readTree(outdir).keys()].filter((path) => path.includes("assets"))).toEqual([]);
});
