import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Fn, Lazy, TerraformStack, TerraformVariable } from "../../framework";
import { privateKeyIn } from "../../constructs/certificate-check";
import { TrackingDomainError } from "../../constructs/errors";
import { FastlyCertificate } from "../../constructs/fastly-certificate";
import { SslTrackingDomain } from "../../constructs/ssl-tracking-domain";
import { TrackingEdge } from "../../constructs/tracking-edge";
import { readTree } from "../app-process";
import { createTestCa } from "../cli/loopback";
import { exampleZone } from "../helpers";

/*
 * A private key must never reach the synthesized output: not inside a certificate, not as a
 * literal key, not hidden in an expression. Each form below is fed to a real App and the whole
 * output folder is searched for the key.
 */

const ca = createTestCa("private-key test CA");
const certificatePem = ca.issue({ names: ["url1.example.com"] }).certPem;

/** A PEM block with `label` whose body is unique to the test run. */
function armoured(label: string, dashes = "-----"): string {
  const body = randomBytes(48).toString("base64");
  return `${dashes}BEGIN ${label}${dashes}\n${body}\n${dashes}END ${label}${dashes}\n`;
}

const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 });
const ec = generateKeyPairSync("ec", { namedCurve: "prime256v1" });

/** Every kind of private key text a careless `cat` can produce. */
const KEYS: [string, string][] = [
  ["PKCS#8 (PRIVATE KEY)", rsa.privateKey.export({ type: "pkcs8", format: "pem" }) as string],
  ["PKCS#1 (RSA PRIVATE KEY)", rsa.privateKey.export({ type: "pkcs1", format: "pem" }) as string],
  ["SEC1 (EC PRIVATE KEY)", ec.privateKey.export({ type: "sec1", format: "pem" }) as string],
  [
    "encrypted PKCS#8 (ENCRYPTED PRIVATE KEY)",
    rsa.privateKey.export({ type: "pkcs8", format: "pem", cipher: "aes-256-cbc", passphrase: "pass" }) as string,
  ],
  ["DSA PRIVATE KEY", armoured("DSA PRIVATE KEY")],
  ["OPENSSH PRIVATE KEY", armoured("OPENSSH PRIVATE KEY")],
  ["PGP PRIVATE KEY BLOCK", armoured("PGP PRIVATE KEY BLOCK")],
  ["SSH2 ENCRYPTED PRIVATE KEY", armoured("SSH2 ENCRYPTED PRIVATE KEY", "---- ")],
  ["lowercase armour", armoured("private key")],
  ["PuTTY key file", `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPrivate-Lines: 1\n${randomBytes(48).toString("base64")}\n`],
];

/** The longest base64 line of the key: it must appear nowhere. */
function keyBody(key: string): string {
  return key
    .split("\n")
    .filter((line) => !/BEGIN|END|:/.test(line))
    .sort((a, b) => b.length - a.length)[0];
}

type Build = (stack: TerraformStack) => void;

/** Synthesizes `build` with a real App; returns the error (if any) and every file written. */
function synthesizeToDisk(build: Build): { error: unknown; files: Map<string, string> } {
  const outdir = join(mkdtempSync(join(tmpdir(), "private-key-")), "cdktf.out");
  const app = new App({ outdir, skipValidation: true });
  let error: unknown;
  try {
    build(new TerraformStack(app, "test"));
    app.synth();
  } catch (caught) {
    error = caught;
  }
  return { error, files: readTree(outdir) };
}

function domainWith(certificate: (stack: TerraformStack) => ReturnType<typeof FastlyCertificate.custom>): Build {
  return (stack) =>
    new SslTrackingDomain(stack, "url1", {
      domainName: "url1.example.com",
      dnsZone: exampleZone(stack),
      edge: TrackingEdge.fastly({ certificate: certificate(stack) }),
    });
}

const sensitiveKey = (stack: TerraformStack) => new TerraformVariable(stack, "key", { type: "string", sensitive: true });

/** The ways a key can be smuggled in, each with the field the error must name. */
const SMUGGLED: [string, (key: string) => Build, RegExp][] = [
  [
    "certificatePem: certificate then key",
    (key) => domainWith((stack) => FastlyCertificate.custom({ certificatePem: certificatePem + key, privateKey: sensitiveKey(stack) })),
    /certificatePem cannot serve the domain: it holds a private key/,
  ],
  [
    "certificatePem: key then certificate",
    (key) => domainWith((stack) => FastlyCertificate.custom({ certificatePem: key + certificatePem, privateKey: sensitiveKey(stack) })),
    /certificatePem cannot serve the domain: it holds a private key/,
  ],
  [
    "certificatePem: a Lazy producing certificate and key",
    (key) =>
      domainWith((stack) =>
        FastlyCertificate.custom({
          certificatePem: Lazy.stringValue({ produce: () => certificatePem + key }),
          privateKey: sensitiveKey(stack),
        }),
      ),
    /certificatePem holds a private key/,
  ],
  [
    "certificatePem: Fn.join of certificate and key",
    (key) =>
      domainWith((stack) =>
        FastlyCertificate.custom({ certificatePem: Fn.join("", [certificatePem, key]), privateKey: sensitiveKey(stack) }),
      ),
    /certificatePem holds a private key/,
  ],
  [
    "privateKey: a literal string",
    (key) => domainWith(() => FastlyCertificate.custom({ certificatePem, privateKey: key as unknown as TerraformVariable })),
    /privateKey must be a TerraformVariable declared with sensitive: true, got a string/,
  ],
  [
    "privateKey: a Lazy string",
    (key) =>
      domainWith(() =>
        FastlyCertificate.custom({ certificatePem, privateKey: Lazy.stringValue({ produce: () => key }) as unknown as TerraformVariable }),
      ),
    /privateKey must be a TerraformVariable declared with sensitive: true, got a string/,
  ],
  [
    "privateKey: Fn.join of the key",
    (key) => domainWith(() => FastlyCertificate.custom({ certificatePem, privateKey: Fn.join("", [key]) as unknown as TerraformVariable })),
    /privateKey must be a TerraformVariable declared with sensitive: true, got a string/,
  ],
  [
    "privateKey: a variable that is not sensitive",
    () =>
      domainWith((stack) =>
        FastlyCertificate.custom({ certificatePem, privateKey: new TerraformVariable(stack, "key", { type: "string" }) }),
      ),
    /privateKey \(variable test\/key\) is not sensitive/,
  ],
  [
    "privateKey: a sensitive variable whose default is the key",
    (key) =>
      domainWith((stack) =>
        FastlyCertificate.custom({
          certificatePem,
          privateKey: new TerraformVariable(stack, "key", { type: "string", sensitive: true, default: key }),
        }),
      ),
    /privateKey \(variable test\/key\) has a default/,
  ],
  [
    "privateKey: a sensitive variable given the key as a default by an override",
    (key) =>
      domainWith((stack) => {
        const privateKey = sensitiveKey(stack);
        privateKey.addOverride("default", key);
        return FastlyCertificate.custom({ certificatePem, privateKey });
      }),
    /privateKey \(variable test\/key\) is overridden to have a default/,
  ],
  [
    "privateKey: a variable made not sensitive by an override",
    () =>
      domainWith((stack) => {
        const privateKey = sensitiveKey(stack);
        privateKey.addOverride("sensitive", false);
        return FastlyCertificate.custom({ certificatePem, privateKey });
      }),
    /privateKey \(variable test\/key\) is overridden to not be sensitive/,
  ],
];

test("a key variable of another stack is refused", () => {
  const { error } = synthesizeToDisk((stack) => {
    const other = new TerraformStack(stack.node.scope!, "other");
    const privateKey = new TerraformVariable(other, "key", { type: "string", sensitive: true });
    domainWith(() => FastlyCertificate.custom({ certificatePem, privateKey }))(stack);
  });
  expect(error).toBeInstanceOf(TrackingDomainError);
  expect((error as Error).message).toBe(
    "url1.example.com: privateKey (variable other/key) belongs to another stack; declare it in the stack of the domain",
  );
});

describe.each(KEYS)("a %s", (_, key) => {
  test("is recognised as key material", () => {
    expect(privateKeyIn(key)).toBeDefined();
  });

  test.each(SMUGGLED)("is refused in %s, and reaches no output file", (_, build, message) => {
    const { error, files } = synthesizeToDisk(build(key));
    expect(error).toBeInstanceOf(TrackingDomainError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain(keyBody(key));
    for (const [file, content] of files) {
      expect([file, content.includes(keyBody(key))]).toEqual([file, false]);
      expect([file, /PRIVATE KEY|PuTTY-User-Key/i.test(content)]).toEqual([file, false]);
    }
  });
});

test("a certificate and no key is not taken for key material", () => {
  expect(privateKeyIn(certificatePem + ca.certPem)).toBeUndefined();
});

test("the accepted form, a sensitive variable without default, writes a reference and no key", () => {
  const { error, files } = synthesizeToDisk(
    domainWith((stack) => FastlyCertificate.custom({ certificatePem, privateKey: sensitiveKey(stack) })),
  );
  expect(error).toBeUndefined();
  const stack = JSON.parse(files.get("stacks/test/cdk.tf.json")!);
  expect(Object.values<any>(stack.resource.fastly_tls_private_key)[0].key_pem).toBe("${var.key}");
  expect(stack.variable.key).toEqual(expect.objectContaining({ sensitive: true }));
  expect(stack.variable.key.default).toBeUndefined();
});
