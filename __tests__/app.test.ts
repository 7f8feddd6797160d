import { readFileSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { createTestCa } from "./cli/loopback";
import { readTree, runApp, writeConfig } from "./app-process";

const ZONE = { name: "example.com", provider: "cloudflare", zoneId: "023e105f4ecef8ad9ca31a8372d0c353" };

describe("the app on the bundled example", () => {
  const run = runApp({ FASTLY_API_KEY: "fake-fastly-key-5f1c0a", CLOUDFLARE_API_TOKEN: "fake-cloudflare-token-93be27" });
  const stackFile = join(run.outdir, "stacks", "production", "cdk.tf.json");

  test("synthesizes the production stack", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(stackFile, "utf8")).resource.fastly_service_vcl).toBeDefined();
  });

  test("holds the Fastly domain and the Cloudflare-proxied one", () => {
    const { resource } = JSON.parse(readFileSync(stackFile, "utf8"));
    const records = Object.values<any>(resource.cloudflare_dns_record);
    expect(records.find((r) => r.name === "url5678.example.com")).toMatchObject({ proxied: true, content: "sendgrid.net" });
    expect(
      Object.values<any>(resource.cloudflare_ruleset)
        .map((r) => r.phase)
        .sort(),
    ).toEqual(["http_config_settings", "http_request_cache_settings"]);
  });

  test("matches the reviewed output", () => {
    expect(JSON.parse(readFileSync(stackFile, "utf8"))).toMatchSnapshot();
  });

  test("outputs the CNAME target and the Fastly service id of each domain, described", () => {
    const { output } = JSON.parse(readFileSync(stackFile, "utf8"));
    expect(output.url1234_example_com_cname_target.description).toMatch(/url1234.example.com/);
    expect(output.url1234_example_com_fastly_service_id.value).toMatch(/^\$\{fastly_service_vcl\.[^.]+\.id\}$/);
  });

  test("credentials from the environment appear nowhere in the output", () => {
    const tree = readTree(run.outdir);
    expect(tree.size).toBeGreaterThan(0);
    for (const [, content] of tree) {
      expect(content).not.toContain("fake-fastly-key-5f1c0a");
      expect(content).not.toContain("fake-cloudflare-token-93be27");
    }
  });
});

test("synthesis is reproducible: byte-identical output, no path of the machine", () => {
  const first = runApp();
  const second = runApp();
  expect(first.status).toBe(0);
  const a = readTree(first.outdir);
  const b = readTree(second.outdir);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [file, content] of a) expect(b.get(file)).toBe(content);
  for (const [, content] of a) {
    expect(content).not.toContain(resolve(__dirname, ".."));
    expect(content).not.toContain(tmpdir());
    expect(content).not.toContain(homedir());
  }
});

describe("the app on configs that cannot be deployed", () => {
  test("stops with one clear message, exit code 1, no stack trace and no output", () => {
    const file = writeConfig({ stacks: [{ name: "p", zones: [ZONE], domains: [{ domainName: "url1.example.org", edge: "fastly" }] }] });
    const run = runApp({ TRACKING_DOMAINS_CONFIG: file });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`stacks[0].domains[0].domainName: "url1.example.org" is in none of the stack's zones (example.com)`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readTree(run.outdir).size).toBe(0);
  });

  test("names the file it tried when TRACKING_DOMAINS_CONFIG points nowhere", () => {
    const run = runApp({ TRACKING_DOMAINS_CONFIG: "/nonexistent/domains.json" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("cannot read the config file /nonexistent/domains.json: no such file");
  });
});

test("two stacks from one config, each with its own domains", () => {
  const file = writeConfig({
    stacks: [
      { name: "production", zones: [ZONE], domains: [{ domainName: "url1.example.com", edge: "fastly" }] },
      { name: "staging", zones: [ZONE], domains: [{ domainName: "url2.example.com", edge: "fastly", origin: "eu.sendgrid.net" }] },
    ],
  });
  const run = runApp({ TRACKING_DOMAINS_CONFIG: file });
  expect(run.status).toBe(0);
  const staging = JSON.parse(readFileSync(join(run.outdir, "stacks", "staging", "cdk.tf.json"), "utf8"));
  const services = Object.values<any>(staging.resource.fastly_service_vcl);
  expect(services.map((s) => s.domain[0].name)).toEqual(["url2.example.com"]);
  expect(services[0].backend[0].address).toBe("eu.sendgrid.net");
});

describe("certificates from the config", () => {
  const ca = createTestCa("app test CA");
  const fakeKey = "-----BEGIN PRIVATE KEY-----\nZmFrZS1zZWNyZXQta2V5LWZvci10ZXN0cw==\n-----END PRIVATE KEY-----\n";
  const file = writeConfig({
    stacks: [
      {
        name: "certs",
        zones: [
          { ...ZONE, certificate: "wildcard" },
          { name: "example.org", provider: "cloudflare", zoneId: "1f2e3d4c5b6a79880123456789abcdef" },
        ],
        domains: [
          { domainName: "url1.example.com", edge: "fastly" },
          { domainName: "url2.example.com", edge: "fastly" },
          { domainName: "url-3.example.org", edge: "fastly", fastly: { certificate: { certificateFile: "url3.pem" } } },
        ],
      },
    ],
  });
  writeFileSync(join(dirname(file), "url3.pem"), ca.issue({ names: ["url-3.example.org"] }).certPem);
  const run = runApp({ TRACKING_DOMAINS_CONFIG: file, TF_VAR_tls_private_key_url__3_example_org: fakeKey });
  const json = run.status === 0 ? JSON.parse(readFileSync(join(run.outdir, "stacks", "certs", "cdk.tf.json"), "utf8")) : undefined;

  test("synthesize: one wildcard subscription for the zone, one custom activation", () => {
    expect(run.stderr).toBe("");
    expect(Object.values<any>(json.resource.fastly_tls_subscription).map((s) => s.domains)).toEqual([["*.example.com"]]);
    expect(Object.values<any>(json.resource.fastly_tls_activation).map((a) => a.domain)).toEqual(["url-3.example.org"]);
  });

  test("the private key is a sensitive variable, set through TF_VAR_, and never in the output", () => {
    expect(json.variable.tls_private_key_url__3_example_org).toMatchObject({ sensitive: true, type: "string" });
    expect(Object.values<any>(json.resource.fastly_tls_private_key)[0].key_pem).toBe("${var.tls_private_key_url__3_example_org}");
    for (const [, content] of readTree(run.outdir)) {
      expect(content).not.toContain("ZmFrZS1zZWNyZXQta2V5LWZvci10ZXN0cw==");
      expect(content).not.toContain("PRIVATE KEY");
    }
  });
});
