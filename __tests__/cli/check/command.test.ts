/** `check`: its options, help, usage errors, config files, reports and progress, run through the command line. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CHECK_HELP, MAX_CA_FILE_BYTES, OPTIONS } from "../../../cli/check/command";
import { configFailure } from "../../../cli/check/config-targets";
import { main } from "../../../cli/main";
import { runMain as run } from "../run-main";
import { DOMAINS, HOSTILE_TEXT, startFixture } from "../fixture";
import type { Fixture } from "../fixture";
import { startDnsServer, startFlakyDnsServer } from "../loopback";

let world: Fixture;

beforeAll(async () => {
  world = await startFixture();
});

afterAll(async () => {
  await world.close();
});

function writeConfig(name: string, config: unknown): string {
  const file = join(world.dir, name);
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

/** The characters of `text` a terminal would act on, other than line breaks; HOSTILE_TEXT's among them. */
const unprintable = (text: string) =>
  [...text].filter((character) => {
    const code = character.codePointAt(0) as number;
    return (code < 0x20 && character !== "\n") || (code >= 0x7f && code <= 0x9f) || code === 0x202e;
  });

/** A Cloudflare zone entry; the id is derived from the name so that two zones never share one. */
const zone = (name: string) => ({ name, provider: "cloudflare", zoneId: Buffer.from(name).toString("hex").padEnd(32, "0").slice(0, 32) });

describe("help", () => {
  test("check --help lists every option and exits 0", async () => {
    const { code, out, err } = await run(["check", "--help"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toBe(CHECK_HELP);
    for (const [name, option] of Object.entries(OPTIONS)) {
      expect(out).toContain(`--${name}`);
      if ("short" in option) expect(out).toContain(`-${option.short}, --${name}`);
    }
    expect(out).toContain("check <domain> [--edge fastly|cloudflare-proxy|cloudfront|sendgrid-auto-ssl]");
    expect(out).toContain("check --config <tracking-domains.json>");
  });
});

describe("check usage errors exit 2 with a message and no stack trace", () => {
  test.each([
    [["check"], "check needs a domain, or --config <file>"],
    [["check", "a.example.com", "b.example.com"], "check takes one domain"],
    [["check", "url1.example.com", "--nope"], "Unknown option '--nope'"],
    [
      ["check", "url1.example.com", "--edge", "akamai"],
      '--edge must be one of fastly, cloudflare-proxy, cloudfront, sendgrid-auto-ssl, not "akamai"',
    ],
    [
      ["check", "url1.example.com", "--certificate-authority", "digicert"],
      "--certificate-authority must be one of lets-encrypt, certainly, globalsign",
    ],
    [
      ["check", "url1.example.com", "--edge", "cloudflare-proxy", "--certificate-authority", "certainly"],
      "--certificate-authority is for the Fastly edge",
    ],
    [["check", "url1.example.com", "--https-port", "0"], '--https-port must be a whole number from 1 to 65535, not "0"'],
    [["check", "url1.example.com", "--http-port", "eighty"], "--http-port must be a whole number"],
    [["check", "url1.example.com", "--timeout", "-5"], "--timeout"],
    [["check", "--config", "x.json", "--concurrency", "0"], '--concurrency must be a whole number from 1 to 64, not "0"'],
    [["check", "url1.example.com", "--expiry-warning-days=-1"], '--expiry-warning-days must be a whole number from 0 to 3650, not "-1"'],
    [["check", "url1.example.com", "--expiry-warning-days", "two weeks"], "--expiry-warning-days must be a whole number"],
    [["check", "--config", "x.json", "--concurrency", "many"], '--concurrency must be a whole number from 1 to 64, not "many"'],
    [
      ["check", "url1.example.com", "--resolver", "dns.google"],
      '--resolver must be an IP address with an optional port (1.1.1.1, 127.0.0.1:5353, [::1]:53), not "dns.google"',
    ],
    [["check", "url1.example.com", "--via", "not a host"], '--via "not a host" is neither an IP address nor a host name'],
    [["check", "url_1.example.com"], '"url_1.example.com" is not a domain name'],
    [["check", "url1.example.com", "--config", "x.json"], "give either a domain or --config, not both"],
    [["check", "--config", "x.json", "--edge", "fastly"], "--edge cannot be combined with --config"],
    [["check", "url1.example.com", "--ca-file", "/nonexistent/ca.pem"], "--ca-file /nonexistent/ca.pem cannot be read: no such file"],
    [["check", "--config", "/nonexistent/tracking-domains.json"], "cannot read the config file"],
  ])("%j", async (args, message) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(message);
    expect(err).toContain('Run "cdktf-ssl-tracking-domain check --help" for the options.');
    expect(err).not.toMatch(/\n\s+at /);
  });

  test.each<[string, () => string, string]>([
    [
      "a directory",
      () => {
        const directory = join(world.dir, "ca-directory");
        mkdirSync(directory, { recursive: true });
        return directory;
      },
      "it is a directory, not a regular file",
    ],
    [
      "a file over 1 MiB",
      () => {
        const large = join(world.dir, "large.pem");
        writeFileSync(large, Buffer.alloc(MAX_CA_FILE_BYTES + 1, "a"));
        return large;
      },
      "it is larger than 1 MiB",
    ],
  ])("a --ca-file that is %s is refused", async (_name, file, reason) => {
    const path = file();
    const { code, err } = await run(["check", "url1.example.com", "--ca-file", path]);
    expect(code).toBe(2);
    expect(err).toContain(`--ca-file ${path} cannot be read: ${reason}`);
  });

  test("a --ca-file without certificates is refused", async () => {
    const file = join(world.dir, "empty.pem");
    writeFileSync(file, "not a certificate\n");
    const { code, err } = await run(["check", "url1.example.com", "--ca-file", file]);
    expect(code).toBe(2);
    expect(err).toContain("holds no PEM certificate");
  });

  test("an invalid config reports the config's own problems", async () => {
    const file = writeConfig("bad.json", {
      stacks: [{ name: "prod", zones: [zone("good.test")], domains: [{ domainName: "good.test", edge: "fastly" }] }],
    });
    const { code, err } = await run(["check", "--config", file]);
    expect(code).toBe(2);
    expect(err).toContain("is a zone apex");
  });
});

describe("hostile config files end with the tool's message, exit 2 and no stack trace", () => {
  const clean = (err: string) => {
    expect(err).toMatch(/^cdktf-ssl-tracking-domain: /);
    expect(err).not.toContain("unexpected error");
    expect(err).not.toMatch(/\n\s+at /);
    expect(err.split("\n").length).toBeLessThanOrEqual(25);
  };

  test.each<[string, () => string]>([
    ["JSON nested 100,000 deep", () => "[".repeat(100000) + "]".repeat(100000)],
    ["an object nested 100,000 deep", () => '{"stacks":'.repeat(100000) + "1" + "}".repeat(100000)],
    ["10 MB that is not JSON", () => "}\n".repeat(5 * 1024 * 1024)],
  ])("%s", async (_name, text) => {
    const file = join(world.dir, "hostile.json");
    writeFileSync(file, text());
    const { code, out, err } = await run(["check", "--config", file, ...world.args]);
    expect(out).toBe("");
    expect(code).toBe(2);
    clean(err);
    expect(err).toContain(file);
  });

  test.each<[string, unknown, string]>([
    [
      "a stack overflow in the parser or schema library",
      new RangeError("Maximum call stack size exceeded"),
      "it is nested too deeply or too large to check",
    ],
    ["any other error", new TypeError("x is not a function"), "x is not a function"],
  ])("configFailure: %s", (_name, error, message) => {
    expect(configFailure("c.json", error)).toBe(`c.json: cannot be loaded: ${message}`);
  });

  test("a config with many problems lists the first 20 and counts the rest", async () => {
    const file = writeConfig("many-problems.json", {
      stacks: [
        {
          name: "prod",
          zones: [zone("good.test")],
          domains: Array.from({ length: 30 }, (_, i) => ({ domainName: `bad_${i}.good.test`, edge: "fastly" })),
        },
      ],
    });
    const { code, err } = await run(["check", "--config", file, ...world.args]);
    expect(code).toBe(2);
    clean(err);
    expect(err).toMatch(/\n {2}… and \d+ more\n/);
  });

  test("config values are printed with their control characters escaped", async () => {
    const file = writeConfig("escape.json", {
      stacks: [{ name: "prod", zones: [zone("good.test")], domains: [{ domainName: `url1${HOSTILE_TEXT}.good.test`, edge: "fastly" }] }],
    });
    const { code, err } = await run(["check", "--config", file, ...world.args]);
    expect(code).toBe(2);
    expect(unprintable(err)).toEqual([]);
    // The config loader escapes it (as JSON, \u202e) before the CLI's own escaping (\u{202e}) would.
    expect(err).toMatch(/\\u\{?202e/);
  });
});

describe("reports", () => {
  test("a passing domain prints one line per check and a verdict, and exits 0", async () => {
    const { code, out, err } = await run(["check", DOMAINS.good, "--edge", "fastly", ...world.args]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toBe(`${DOMAINS.good} (edge: Fastly)`);
    expect(lines.slice(1, 6).map((line) => line.trim().split(/\s+/).slice(0, 2).join(" "))).toEqual([
      "PASS DNS",
      "PASS CAA",
      "PASS TLS",
      "PASS HTTPS",
      "PASS HTTP",
    ]);
    expect(lines[lines.length - 1]).toBe(
      `Verdict: PASS. HTTPS works for ${DOMAINS.good}. SendGrid turns SSL click tracking on for a whole account: run "cdktf-ssl-tracking-domain sendgrid audit" before asking its support.`,
    );
  });

  test("warnings do not fail the run", async () => {
    const { code, out } = await run(["check", DOMAINS.soon, ...world.args]);
    expect(code).toBe(0);
    expect(out).toMatch(/\n {2}WARN {2}TLS +the certificate expires in/);
    expect(out).toContain("Verdict: PASS with 1 warning (read it first). HTTPS works for");
  });

  test("--expiry-warning-days moves the warning; the JSON report carries notAfter and days left", async () => {
    const warned = await run(["check", DOMAINS.soon, "--json", ...world.args]);
    const moved = await run(["check", DOMAINS.soon, "--json", "--expiry-warning-days", "3", ...world.args]);
    const [before, after] = [JSON.parse(warned.out), JSON.parse(moved.out)];
    expect(before.domains[0].certificate).toEqual({ notAfter: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), daysLeft: 4 });
    expect(before.domains[0].checks[2]).toMatchObject({
      name: "TLS",
      status: "warn",
      message: expect.stringContaining("expires in 4 days"),
    });
    expect(after.domains[0].checks[2]).toMatchObject({ name: "TLS", status: "pass" });
    expect([warned.code, moved.code]).toEqual([0, 0]);
    const expired = await run(["check", DOMAINS.expired, "--json", "--expiry-warning-days", "0", ...world.args]);
    expect(expired.code).toBe(1);
    expect(JSON.parse(expired.out).domains[0].checks[2]).toMatchObject({ name: "TLS", status: "fail" });
    expect(JSON.parse(expired.out).domains[0].certificate.daysLeft).toBeLessThan(0);
  });

  test("a failing check exits 1 and the verdict names it", async () => {
    const { code, out } = await run(["check", DOMAINS.wrongName, ...world.args]);
    expect(code).toBe(1);
    expect(out).toContain(`Verdict: FAIL. 1 check failed (${DOMAINS.wrongName}: TLS); fix it and check again`);
  });

  test("--via changes the verdict's advice", async () => {
    const { code, out } = await run(["check", DOMAINS.sendgrid, "--edge", "fastly", "--via", "127.0.0.1", ...world.args]);
    expect(code).toBe(0);
    expect(out).toContain(`${DOMAINS.sendgrid} (edge: Fastly, via 127.0.0.1)`);
    expect(out).toContain(
      "Verdict: PASS with 1 warning (read it first). The edge at 127.0.0.1 works for url2.sendgrid.test; move the DNS record to it, then check again without --via",
    );
  });

  test("--json prints one JSON document with the same results", async () => {
    const { code, out } = await run(["check", DOMAINS.cached, "--json", ...world.args]);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report).toMatchObject({
      status: "fail",
      verdict: expect.stringMatching(/^FAIL\. 2 checks failed/),
      resolver: `127.0.0.1:${world.dnsPort}`,
      domains: [{ domain: DOMAINS.cached, edge: "fastly", status: "fail" }],
    });
    expect(report.domains[0].checks.map((check: { name: string; status: string }) => `${check.name}=${check.status}`)).toEqual([
      "DNS=pass",
      "CAA=pass",
      "TLS=pass",
      "HTTPS=fail",
      "HTTP=fail",
    ]);
  });

  test("a silent resolver is the runner's outage, not a failing domain: exit 3 within --timeout, saying so", async () => {
    const started = Date.now();
    const args = ["check", DOMAINS.good, ...world.args, "--resolver", `127.0.0.1:${world.silentDnsPort}`, "--timeout", "300"];
    const { code, out } = await run(args);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(code).toBe(3);
    expect(out).toContain(`did not answer the control query (A sendgrid.net)`);
    expect(out).toContain("timed out after 300 ms");
    expect(out).toMatch(/^Verdict: COULD NOT CHECK: the resolver 127\.0\.0\.1:\d+ did not answer/m);
    expect(out).not.toMatch(/Verdict: FAIL/);
    const json = JSON.parse((await run([...args, "--json"])).out);
    expect(json).toMatchObject({
      status: "could-not-check",
      runner: { status: "fail" },
      counts: { domains: 1, pass: 0, warn: 0, fail: 0, notChecked: 1 },
      domains: [],
    });
  });

  test("a runner whose network is down (no connection to the control address) exits 3, not 1", async () => {
    const { code, out } = await run(["check", DOMAINS.good, "--json", ...world.args, "--https-port", String(world.refusedPort)]);
    expect(code).toBe(3);
    const json = JSON.parse(out);
    expect(json.status).toBe("could-not-check");
    expect(json.runner.message).toContain(`no connection to sendgrid.net at 127.0.0.1:${world.refusedPort}`);
  });

  test("a domain whose own DNS fails while the control query answers is a failing domain: exit 1", async () => {
    const { code, out } = await run(["check", DOMAINS.missing, "--edge", "fastly", "--json", ...world.args]);
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(json.status).toBe("fail");
    expect(json.runner).toEqual({
      status: "pass",
      message: expect.stringContaining("answered the control query (sendgrid.net is 127.0.0.1)"),
    });
  });

  test("a resolver that dies midway turns the run into could-not-check, as the failures may be its own", async () => {
    const flaky = await startFlakyDnsServer(world.dnsPort, 20);
    try {
      const file = writeConfig("flaky.json", {
        stacks: [
          {
            name: "s",
            zones: [zone("good.test")],
            domains: Array.from({ length: 6 }, () => 0).map((_, i) => ({ domainName: `url${i}.good.test`, edge: "fastly" })),
          },
        ],
      });
      const { code, out } = await run([
        "check",
        "--config",
        file,
        "--json",
        ...world.args,
        "--resolver",
        `127.0.0.1:${flaky.port}`,
        "--timeout",
        "300",
        "--concurrency",
        "1",
      ]);
      const json = JSON.parse(out);
      expect(flaky.answered()).toBe(20);
      expect(json.counts.fail).toBeGreaterThan(0);
      expect(json.status).toBe("could-not-check");
      expect(code).toBe(3);
    } finally {
      await flaky.close();
    }
  });
});

describe("progress and summary", () => {
  /** Runs check with stderr as a terminal, noting when each write came. */
  async function watched(args: string[], terminal = true) {
    const writes: { stream: "out" | "err"; at: number; text: string }[] = [];
    const code = await main(args, {
      stdout: (text) => void writes.push({ stream: "out", at: Date.now(), text }),
      stderr: (text) => void writes.push({ stream: "err", at: Date.now(), text }),
      stderrIsTerminal: terminal,
    });
    const err = writes.filter((write) => write.stream === "err");
    const out = writes.filter((write) => write.stream === "out");
    return { code, err, out: out.map((write) => write.text).join(""), outAt: out[0]?.at ?? 0 };
  }
  const names = ["d0.slow.test", "d1.slow.test", "d2.slow.test"];
  const slowConfig = () =>
    writeConfig("slow.json", {
      stacks: [{ name: "s", zones: [zone("slow.test")], domains: names.map((domainName) => ({ domainName, edge: "fastly" })) }],
    });

  test("on a terminal, each domain's result goes to stderr as soon as it is known, long before the report", async () => {
    const zoneRecords = Object.fromEntries(["sendgrid.net", ...names].map((name) => [name, [{ type: "A" as const, data: "127.0.0.1" }]]));
    const dns = await startDnsServer(zoneRecords, { delayMs: 60 });
    try {
      const args = ["check", "--config", slowConfig(), ...world.args, "--resolver", `127.0.0.1:${dns.port}`, "--concurrency", "1"];
      const { code, err, out, outAt } = await watched(args);
      expect(code).toBe(1);
      expect(err.map((write) => write.text)).toEqual(
        names.map((name, i) => expect.stringMatching(new RegExp(`^\\[${i + 1}/3\\] (FAIL|WARN|PASS) ${name.replace(/\./g, "\\.")}`))),
      );
      // Each later domain needs several DNS round trips of 60 ms: the first line came well before the end.
      expect(outAt - err[0].at).toBeGreaterThan(2 * 120);
      expect(out).toContain("Summary: 3 domains: 0 pass, ");
    } finally {
      await dns.close();
    }
  });

  test.each([
    ["with --json", ["--json"], true],
    ["when stderr is not a terminal", [], false],
  ])("no progress %s", async (_case, extra, terminal) => {
    const file = writeConfig("quiet.json", {
      stacks: [{ name: "s", zones: [zone("good.test")], domains: [{ domainName: DOMAINS.good, edge: "fastly" }] }],
    });
    const { err, code } = await watched(["check", "--config", file, ...extra, ...world.args], terminal);
    expect(code).toBe(0);
    expect(err).toEqual([]);
  });

  test("the JSON report counts the domains per status", async () => {
    const file = writeConfig("counts.json", {
      stacks: [
        {
          name: "s",
          zones: [zone("good.test"), zone("soon.test"), zone("expired.test")],
          domains: [DOMAINS.good, DOMAINS.soon, DOMAINS.expired].map((domainName) => ({ domainName, edge: "fastly" })),
        },
      ],
    });
    const { code, out } = await run(["check", "--config", file, "--json", ...world.args]);
    expect(code).toBe(1);
    const json = JSON.parse(out);
    // The soon-to-expire domain also lacks its _acme-challenge record, a Drift failure.
    expect(json.domains.map((domain: { status: string }) => domain.status)).toEqual(["pass", "fail", "fail"]);
    expect(json.counts).toEqual({ domains: 3, pass: 1, warn: 0, fail: 2, notChecked: 0 });
  });
});

describe("control characters in DNS answers", () => {
  test.each([[[]], [["--json"]]])("are escaped in the report %j", async (extra) => {
    const { out } = await run(["check", DOMAINS.escape, "--edge", "fastly", ...extra, ...world.args, "--timeout", "500"]);
    expect(unprintable(out)).toEqual([]);
    const dns = extra.length > 0 ? JSON.parse(out).domains[0].checks[0].message : out;
    expect(dns).toContain("(CNAME edge\\x1b[31m\\u{202e}.example.net) does not exist in DNS");
  });
});

describe("--config", () => {
  test("checks every domain of the config with the config's edge and CA", async () => {
    const file = writeConfig("tracking-domains.json", {
      stacks: [
        {
          name: "production",
          zones: [zone("good.test"), zone("cached.test")],
          domains: [
            {
              domainName: DOMAINS.good,
              edge: "fastly",
              fastly: { certificateAuthority: "globalsign", cnameTarget: "t.sni.global.fastly.net" },
            },
            { domainName: DOMAINS.cached, edge: "fastly" },
          ],
        },
      ],
    });
    const { code, out } = await run(["check", "--config", file, ...world.args]);
    expect(code).toBe(1);
    expect(out).toContain(`${DOMAINS.good} (edge: Fastly)`);
    expect(out).toMatch(/FAIL {2}CAA +the CAA set at good\.test allows letsencrypt\.org, not globalsign\.com/);
    expect(out).toContain(`${DOMAINS.cached} (edge: Fastly)`);
    expect(out).toContain(`Summary: 2 domains: 0 pass, 0 warn, 2 fail. Failing: ${DOMAINS.good}, ${DOMAINS.cached}.`);
    expect(out).toContain(
      `Verdict: FAIL. 3 checks failed in 2 of 2 domains (${DOMAINS.good}: CAA; ${DOMAINS.cached}: HTTPS, HTTP); fix them`,
    );
  });

  test("reports drift from the file: CNAME target, edge and proxied state, and the challenge record, with both values", async () => {
    const file = writeConfig("drift.json", {
      stacks: [
        {
          name: "production",
          zones: [zone("good.test"), zone("soon.test"), zone("sendgrid.test")],
          domains: [
            { domainName: DOMAINS.good, edge: "fastly", fastly: { cnameTarget: "other.sni.global.fastly.net" } },
            { domainName: DOMAINS.soon, edge: "fastly" },
            { domainName: DOMAINS.sendgrid, edge: "cloudflare-proxy" },
          ],
        },
      ],
    });
    const { code, out } = await run(["check", "--config", file, "--json", ...world.args, "--timeout", "1000"]);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    const drift = Object.fromEntries(report.domains.map((domain: any) => [domain.domain, domain.drift.map((item: any) => item.field)]));
    expect(drift).toEqual({
      [DOMAINS.good]: ["cname"],
      [DOMAINS.soon]: ["acme-challenge"],
      [DOMAINS.sendgrid]: ["edge", "proxied"],
    });
    expect(report.domains[0].drift[0]).toEqual({
      field: "cname",
      config: "a CNAME to other.sni.global.fastly.net",
      dns: "a CNAME to t.sni.global.fastly.net",
    });
    expect(report.domains.map((domain: any) => domain.checks.at(-1))).toEqual(
      report.domains.map(() => expect.objectContaining({ name: "Drift", status: "fail" })),
    );
    const text = await run(["check", "--config", file, ...world.args, "--timeout", "1000"]);
    expect(text.out).toMatch(
      /FAIL {2}Drift +DNS differs from the config: cname: the file says a CNAME to other\.sni\.global\.fastly\.net, DNS says a CNAME to t\.sni\.global\.fastly\.net/,
    );
  });

  test.each([
    [
      "a zone's GlobalSign wildcard certificate passes where the domain's default (Let's Encrypt) would not",
      { name: "wild.test", certificate: "wildcard", certificateAuthority: "globalsign" },
      DOMAINS.wildcardGlobalsign,
      "pass",
      "the CAA set at wild.test, read for the wildcard certificate *.wild.test (issuewild, else issue), allows globalsign.com (Fastly's globalsign)",
    ],
    [
      'a zone whose CAA set forbids wildcards (issuewild ";") fails its wildcard certificate, though issue allows the CA',
      { name: "no-wild.test", certificate: "wildcard" },
      DOMAINS.noWildcard,
      "fail",
      'the CAA set at no-wild.test, read for the wildcard certificate *.no-wild.test (issuewild, else issue), allows no CA at all, not letsencrypt.org that Fastly uses for lets-encrypt: add `no-wild.test. CAA 0 issuewild "letsencrypt.org"`',
    ],
  ])("CAA as the CA judges it: %s", async (_case, wildcardZone, domainName, status, message) => {
    const file = writeConfig(`wildcard-${domainName}.json`, {
      stacks: [{ name: "s", zones: [{ ...zone(wildcardZone.name), ...wildcardZone }], domains: [{ domainName, edge: "fastly" }] }],
    });
    const { out } = await run(["check", "--config", file, "--json", ...world.args]);
    const caa = JSON.parse(out).domains[0].checks.find((check: { name: string }) => check.name === "CAA");
    expect(caa.status).toBe(status);
    expect(caa.message).toContain(message);
  });

  test("a domain's own certificate does not read issuewild", async () => {
    const file = writeConfig("no-wildcard-own.json", {
      stacks: [{ name: "s", zones: [zone("no-wild.test")], domains: [{ domainName: DOMAINS.noWildcard, edge: "fastly" }] }],
    });
    const { out } = await run(["check", "--config", file, "--json", ...world.args]);
    const caa = JSON.parse(out).domains[0].checks.find((check: { name: string }) => check.name === "CAA");
    expect(caa).toEqual({
      name: "CAA",
      status: "pass",
      message: "the CAA set at no-wild.test allows letsencrypt.org (Fastly's lets-encrypt)",
    });
  });

  test("exits 0 when every domain of the config passes", async () => {
    const file = writeConfig("good.json", {
      stacks: [{ name: "production", zones: [zone("good.test")], domains: [{ domainName: DOMAINS.good, edge: "fastly" }] }],
    });
    const { code, out } = await run(["check", "--config", file, ...world.args]);
    expect(code).toBe(0);
    expect(out).toContain("Verdict: PASS");
  });
});
