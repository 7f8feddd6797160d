import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadConfig, parseConfig } from "../../stacks/config";
import { tempDir } from "../temp";
import { configProblems } from "./helpers";
import { createTestCa } from "../cli/loopback";

const ZONE = { name: "example.com", provider: "cloudflare", zoneId: "023e105f4ecef8ad9ca31a8372d0c353" };
const ca = createTestCa("config test CA");
const dir = tempDir("config-certs-");
writeFileSync(join(dir, "url1.pem"), ca.issue({ names: ["url1.example.com"] }).certPem);

function stackWith(zone: Record<string, unknown>, domains: unknown[]) {
  return { stacks: [{ name: "p", zones: [{ ...ZONE, ...zone }], domains }] };
}

test("a custom certificate file is read relative to the config file", () => {
  const file = join(dir, "tracking-domains.json");
  writeFileSync(
    file,
    JSON.stringify(
      stackWith({}, [{ domainName: "url1.example.com", edge: "fastly", fastly: { certificate: { certificateFile: "url1.pem" } } }]),
    ),
  );
  const certificate = loadConfig(file).stacks[0].domains[0].fastly?.certificate;
  expect(typeof certificate === "object" && certificate.certificatePem).toMatch(/^-----BEGIN CERTIFICATE-----/);
});

test("a wildcard zone is accepted with its authority", () => {
  const config = parseConfig(
    stackWith({ certificate: "wildcard", certificateAuthority: "certainly" }, [{ domainName: "url1.example.com", edge: "fastly" }]),
  );
  expect(config.stacks[0].zones[0].certificate).toBe("wildcard");
});

test.each([
  [
    "a missing certificate file",
    [{ domainName: "url1.example.com", edge: "fastly", fastly: { certificate: { certificateFile: "nope.pem" } } }],
    {},
    `stacks[0].domains[0].fastly.certificate.certificateFile: cannot read ${join(dir, "nope.pem")}: no such file`,
  ],
  [
    "a certificate for another domain",
    [{ domainName: "url2.example.com", edge: "fastly", fastly: { certificate: { certificateFile: "url1.pem" } } }],
    {},
    "stacks[0].domains[0].fastly.certificate: the certificate cannot serve url2.example.com: it does not cover url2.example.com",
  ],
  [
    "an inline certificate that is not PEM",
    [{ domainName: "url1.example.com", edge: "fastly", fastly: { certificate: { certificatePem: "hello" } } }],
    {},
    "stacks[0].domains[0].fastly.certificate: the certificate cannot serve url1.example.com: it is not a PEM-encoded X.509 certificate",
  ],
  [
    "both a file and an inline certificate",
    [{ domainName: "url1.example.com", edge: "fastly", fastly: { certificate: { certificateFile: "url1.pem", certificatePem: "x" } } }],
    {},
    "stacks[0].domains[0].fastly.certificate: give exactly one of certificateFile and certificatePem",
  ],
  [
    "a private key in the config",
    [{ domainName: "url1.example.com", edge: "fastly", fastly: { certificate: { certificateFile: "url1.pem", privateKeyPem: "secret" } } }],
    {},
    `stacks[0].domains[0].fastly.certificate: unknown key "privateKeyPem"`,
  ],
  [
    "an authority beside a custom certificate",
    [
      {
        domainName: "url1.example.com",
        edge: "fastly",
        fastly: { certificateAuthority: "certainly", certificate: { certificateFile: "url1.pem" } },
      },
    ],
    {},
    "stacks[0].domains[0].fastly.certificateAuthority: is set, but the domain uses a custom certificate",
  ],
  [
    "a deep domain under a wildcard zone",
    [{ domainName: "a.b.example.com", edge: "fastly" }],
    { certificate: "wildcard" },
    `stacks[0].domains[0].domainName: "a.b.example.com" is more than one level below zone example.com, which its wildcard certificate does not cover`,
  ],
  [
    "a per-domain authority under a wildcard zone",
    [{ domainName: "url1.example.com", edge: "fastly", fastly: { certificateAuthority: "globalsign" } }],
    { certificate: "wildcard" },
    "stacks[0].domains[0].fastly.certificateAuthority: url1.example.com uses the wildcard certificate of zone example.com",
  ],
  [
    "an unknown zone certificate kind",
    [{ domainName: "url1.example.com", edge: "fastly" }],
    { certificate: "custom" },
    `stacks[0].zones[0].certificate: "custom" is not one of "wildcard"`,
  ],
])("refuses %s", (_, domains, zone, problem) => {
  expect(configProblems(stackWith(zone, domains), dir)).toEqual(expect.arrayContaining([expect.stringContaining(problem)]));
});

test("a deep domain under a wildcard zone may take a certificate of its own", () => {
  const config = parseConfig(
    stackWith({ certificate: "wildcard" }, [{ domainName: "a.b.example.com", edge: "fastly", fastly: { certificate: "managed" } }]),
  );
  expect(config.stacks[0].domains[0].fastly?.certificate).toBe("managed");
});
