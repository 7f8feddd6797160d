import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createTestCa } from "./cli/loopback";
import { readTree, runApp, writeConfig } from "./app-process";

/* The app as a process on configs an attacker or a careless user writes. */

const DAY = 24 * 60 * 60 * 1000;
const ZONE = { name: "example.com", provider: "cloudflare", zoneId: "023e105f4ecef8ad9ca31a8372d0c353" };
const ca = createTestCa("app-hostile test CA");

/** A config whose one Fastly domain uses the certificate file `pem`, written beside it. */
function customCertificateConfig(pem: string): string {
  const file = writeConfig({
    stacks: [
      {
        name: "p",
        zones: [ZONE],
        domains: [{ domainName: "url1.example.com", edge: "fastly", fastly: { certificate: { certificateFile: "url1.pem" } } }],
      },
    ],
  });
  writeFileSync(join(dirname(file), "url1.pem"), pem);
  return file;
}

test.each([
  ["under the cdktf CLI, which prints the annotation", { CDKTF_CONTEXT_JSON: "{}" }, 0],
  ["run on its own (the synth command in CI), which prints it", {}, 1],
])("a certificate that expires within 30 days synthesizes, with its warning given once: %s", (_, env, timesPrinted) => {
  const run = runApp({
    ...env,
    TRACKING_DOMAINS_CONFIG: customCertificateConfig(
      ca.issue({ names: ["url1.example.com"], notAfter: new Date(Date.now() + 12 * DAY + 60_000) }).certPem,
    ),
  });
  expect(run.status).toBe(0);
  const tree = readTree(run.outdir);
  expect(tree.has("stacks/p/cdk.tf.json")).toBe(true);
  const manifest = JSON.parse(tree.get("manifest.json")!) as {
    stacks: Record<string, { annotations: { level: string; message: string }[] }>;
  };
  const expiry = /url1.example.com: the certificate expires on \d{4}-\d{2}-\d{2}, in 12 days; renew it/;
  const annotated = manifest.stacks.p.annotations.filter(
    (annotation) => annotation.level === "@cdktf/warn" && expiry.test(annotation.message),
  );
  const printed = run.stderr.split("\n").filter((line) => expiry.test(line));
  expect([annotated.length, printed.length]).toEqual([1, timesPrinted]);
});

test("a certificate file that also holds the key stops the app, and the key is nowhere", () => {
  const issued = ca.issue({ names: ["url1.example.com"] });
  const keyLine = issued.keyPem.split("\n")[1];
  const run = runApp({ TRACKING_DOMAINS_CONFIG: customCertificateConfig(issued.certPem + issued.keyPem) });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/certificateFile: .*url1\.pem holds a private key \(RSA PRIVATE KEY\)/);
  expect(run.stderr + run.stdout).not.toContain(keyLine);
  for (const [, content] of readTree(run.outdir)) expect(content).not.toContain(keyLine);
});

test("__proto__ cannot lift a domain's protection: the app stops and writes nothing", () => {
  const text = JSON.stringify({
    stacks: [{ name: "p", zones: [ZONE], domains: [{ domainName: "url1.example.com", edge: "fastly" }] }],
  }).replace('"edge":"fastly"', '"edge":"fastly","__proto__":{"allowDestroy":true,"origin":"evil.example.net"}');
  const run = runApp({ TRACKING_DOMAINS_CONFIG: writeConfig(text) });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(`stacks[0].domains[0].__proto__: the key "__proto__" is refused`);
  expect(readTree(run.outdir).size).toBe(0);
});
