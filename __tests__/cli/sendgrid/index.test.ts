import { main } from "../../../cli/main";
import { BASE_BACKOFF_MS, MAX_WAIT_MS, SENDGRID_HELP, retryDelay } from "../../../cli/sendgrid";
import { parseConfig } from "../../../stacks/config";
import { API_KEY, AUTO_SSL_LINK, CLASSIC_LINK, runSendgridCli, startFakeApi, startOwnerDns } from "../sendgrid-api";
import type { DnsServerHandle } from "../loopback";
import type { FakeApi } from "../sendgrid-api";

let api: FakeApi;
let waits: number[];
let dns: DnsServerHandle;

beforeAll(async () => {
  dns = await startOwnerDns();
});

afterAll(async () => {
  await dns.close();
});

beforeEach(async () => {
  api = await startFakeApi(
    { "": [AUTO_SSL_LINK, CLASSIC_LINK], "sub-eu": [CLASSIC_LINK] },
    {
      "5629083": {
        id: 5629083,
        valid: false,
        validation_results: {
          domain_cname: { valid: true, reason: null },
          owner_cname: { valid: true, reason: null },
          acme_challenge_cname: { valid: true, reason: null },
          cf_custom_hostname_txt: { valid: false, reason: "Expected TXT record with value 06231e2e-… but found none." },
        },
      },
      "77": { id: 77, valid: true, validation_results: { domain_cname: { valid: true }, owner_cname: { valid: true } } },
    },
  );
  waits = [];
});

afterEach(async () => {
  await api.close();
});

async function run(args: string[], env?: NodeJS.ProcessEnv) {
  const result = await runSendgridCli(args, env);
  waits = result.waits;
  // The key never reaches the user's terminal or a CI log.
  expect(result.out + result.err).not.toContain(API_KEY);
  return result;
}

// entry looks its owner CNAME up: in a loopback zone, never on the network.
const withApi = (...args: string[]) => [
  ...args,
  "--api-url",
  api.url,
  ...(args[0] === "entry" ? ["--resolver", `127.0.0.1:${dns.port}`] : []),
];

describe("sendgrid links", () => {
  test("lists id, link host, Auto SSL and validity, sending the key as a bearer token", async () => {
    const { code, out, err } = await run(withApi("links"));
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out.split("\n").map((line) => line.split(/\s+/).filter(Boolean))).toEqual([
      ["ID", "LINK", "HOST", "AUTO", "SSL", "VALID"],
      ["5629083", "url3629.example.com", "yes", "no"],
      ["77", "url1234.example.org", "no", "yes"],
      [],
    ]);
    expect(api.requests).toEqual([expect.objectContaining({ method: "GET", path: "/v3/whitelabel/links" })]);
    expect(api.requests[0].headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(api.requests[0].headers["on-behalf-of"]).toBeUndefined();
  });

  test("--on-behalf-of asks for the subuser's links", async () => {
    const { code, out } = await run(withApi("links", "--on-behalf-of", "sub-eu"));
    expect(code).toBe(0);
    expect(api.requests[0].headers["on-behalf-of"]).toBe("sub-eu");
    expect(out).toContain("url1234.example.org");
    expect(out).not.toContain("url3629");
  });

  test("runs through the top-level command line too", async () => {
    const previous = process.env.SENDGRID_API_KEY;
    process.env.SENDGRID_API_KEY = API_KEY;
    let out = "";
    try {
      const code = await main(["sendgrid", "links", "--api-url", api.url], { stdout: (t) => void (out += t), stderr: () => undefined });
      expect(code).toBe(0);
    } finally {
      if (previous === undefined) delete process.env.SENDGRID_API_KEY;
      else process.env.SENDGRID_API_KEY = previous;
    }
    expect(out).toContain("5629083");
  });
});

describe("sendgrid entry", () => {
  test("prints an Auto SSL link's entry as JSON on stdout, which the config accepts", async () => {
    const { code, out, err } = await run(withApi("entry", "5629083"));
    expect(code).toBe(0);
    const entry = JSON.parse(out);
    expect(entry).toEqual({
      domainName: "url3629.example.com",
      edge: "sendgrid-auto-ssl",
      sendgrid: {
        acmeChallengeTarget: "url3629.example.com.4a767ed83ff78982.dcv.cloudflare.com",
        customHostnameTxt: "06231e2e-5d7c-40c0-9b4a-ee31c2a8e98b",
      },
    });
    expect(err).toContain("8119916.example.com is a CNAME for sendgrid.net already: it is not part of the entry");
    expect(err).toContain("sendgrid validate 5629083");
    const zone = { name: "example.com", provider: "cloudflare", zoneId: "023e105f4ecef8ad9ca31a8372d0c353" };
    expect(() => parseConfig({ stacks: [{ name: "s", zones: [zone], domains: [entry] }] })).not.toThrow();
  });

  test("a classic link gets the chosen CDN edge, its EU origin, and a note that only the link host moves", async () => {
    const { code, out, err } = await run(withApi("entry", "77", "--edge", "cloudflare-proxy"));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ domainName: "url1234.example.org", edge: "cloudflare-proxy", origin: "eu.sendgrid.net" });
    expect(err).toMatch(/classic link .*only its link host url1234\.example\.org moves/);
  });

  test("a quoted TXT value and a non-default CNAME target are carried over cleanly", async () => {
    const link = structuredClone(AUTO_SSL_LINK);
    link.dns.cf_custom_hostname_txt.data = `"${link.dns.cf_custom_hostname_txt.data}"`;
    link.dns.domain_cname.data = "click.eu.sendgrid.net";
    await api.close();
    api = await startFakeApi({ "": [link] });
    const { code, out } = await run(withApi("entry", "5629083"));
    expect(code).toBe(0);
    expect(JSON.parse(out).sendgrid).toEqual({
      acmeChallengeTarget: link.dns.acme_challenge_cname.data,
      customHostnameTxt: AUTO_SSL_LINK.dns.cf_custom_hostname_txt.data,
      cnameTarget: "click.eu.sendgrid.net",
    });
  });
});

describe("sendgrid validate", () => {
  test("prints each record's result and exits 1 when one is not valid", async () => {
    const { code, out } = await run(withApi("validate", "5629083"));
    expect(code).toBe(1);
    expect(api.requests).toEqual([expect.objectContaining({ method: "POST", path: "/v3/whitelabel/links/5629083/validate" })]);
    expect(out).toMatch(/NOT valid/);
    expect(out).toMatch(/PASS\s+acme_challenge_cname/);
    expect(out).toMatch(/FAIL\s+cf_custom_hostname_txt\s+Expected TXT record/);
  });

  test("exits 0 when every record is valid", async () => {
    const { code, out } = await run(withApi("validate", "77"));
    expect(code).toBe(0);
    expect(out).toMatch(/Link 77: valid/);
    expect(out).not.toContain("FAIL");
  });
});

describe("a line break in SendGrid's answer cannot forge a line of the output", () => {
  test("validate: a record's name or reason", async () => {
    await api.close();
    api = await startFakeApi(
      { "": [AUTO_SSL_LINK] },
      {
        "5629083": {
          id: 5629083,
          valid: false,
          validation_results: {
            "domain_cname\n  PASS  owner_cname": { valid: true, reason: null },
            owner_cname: { valid: false, reason: "none\nLink 5629083: valid" },
          },
        },
      },
    );
    const { code, out } = await run(withApi("validate", "5629083"));
    expect(code).toBe(1);
    expect(out.trimEnd().split("\n")).toEqual([
      "Link 5629083: NOT valid",
      expect.stringMatching(/^ {2}PASS {2}domain_cname\\n {2}PASS {2}owner_cname$/),
      expect.stringMatching(/^ {2}FAIL {2}owner_cname +none\\nLink 5629083: valid$/),
    ]);
  });

  test("links: a link host", async () => {
    await api.close();
    const link = structuredClone(AUTO_SSL_LINK);
    link.dns.domain_cname.host = "url1\n99  url9.example.com";
    api = await startFakeApi({ "": [link] });
    const { code, out } = await run(withApi("links"));
    expect(code).toBe(0);
    expect(out.trimEnd().split("\n")).toHaveLength(2);
    expect(out).toContain("url1\\n99  url9.example.com");
  });
});

describe("errors", () => {
  test.each([
    ["401", { status: 401, body: { errors: [{ message: "authorization required" }] } }, /refused the API key \(401\).*SENDGRID_API_KEY/],
    ["403", { status: 403, body: { errors: [{ message: "access forbidden" }] } }, /may not do this \(403\).*--on-behalf-of/],
  ])("%s is explained, exit 1, no retry", async (_, scripted, message) => {
    api.script.push(scripted);
    const { code, err } = await run(withApi("links"));
    expect(code).toBe(1);
    expect(err).toMatch(message);
    expect(api.requests).toHaveLength(1);
  });

  test("a wrong key gets the 401 advice", async () => {
    const { code, err } = await run(withApi("links"), { SENDGRID_API_KEY: "SG.wrong-key.0123456789" });
    expect(code).toBe(1);
    expect(err).toContain("SendGrid refused the API key (401)");
    expect(err).not.toContain("SG.wrong-key.0123456789");
  });

  test("an unknown link is a 404 that says how to list them", async () => {
    const { code, err } = await run(withApi("entry", "999"));
    expect(code).toBe(1);
    expect(err).toMatch(/no branded link 999 \(404\).*sendgrid links/);
  });

  test("an error that echoes the key does not print it", async () => {
    api.script.push({ status: 400, body: { errors: [{ message: `bad key ${API_KEY}` }] } });
    const { code, err } = await run(withApi("links"));
    expect(code).toBe(1);
    expect(err).toContain("bad key (the API key)");
  });
});

describe("retries", () => {
  test("a 429 is retried after its Retry-After", async () => {
    api.script.push({ status: 429, headers: { "retry-after": "7" } });
    const { code, out } = await run(withApi("links"));
    expect(code).toBe(0);
    expect(out).toContain("5629083");
    expect(waits).toEqual([7000]);
    expect(api.requests).toHaveLength(2);
  });

  test("a 429 with X-RateLimit-Reset waits until the reset", async () => {
    api.script.push({ status: 429, headers: { "x-ratelimit-reset": String(1_700_000_000 + 3) } });
    const { code } = await run(withApi("links"));
    expect(code).toBe(0);
    expect(waits).toEqual([3000]);
  });

  test("5xx answers are retried with doubling back-off", async () => {
    api.script.push({ status: 500 }, { status: 502 }, { status: 503 });
    const { code } = await run(withApi("links"));
    expect(code).toBe(0);
    expect(waits).toEqual([BASE_BACKOFF_MS, BASE_BACKOFF_MS * 2, BASE_BACKOFF_MS * 4]);
    expect(api.requests).toHaveLength(4);
  });

  test("after --retries, a lasting 5xx fails with a message", async () => {
    api.script.push({ status: 503 }, { status: 503 }, { status: 503 });
    const { code, err } = await run(withApi("links", "--retries", "2"));
    expect(code).toBe(1);
    expect(err).toMatch(/SendGrid failed \(503\) 3 times/);
    expect(api.requests).toHaveLength(3);
  });

  test("a request that gets no answer times out and is retried", async () => {
    api.script.push({ status: 0, hang: true });
    const { code } = await run(withApi("links", "--timeout", "200"));
    expect(code).toBe(0);
    expect(waits).toEqual([BASE_BACKOFF_MS]);
  });

  test("with no retries left, a timeout is named", async () => {
    api.script.push({ status: 0, hang: true });
    const { code, err } = await run(withApi("links", "--timeout", "200", "--retries", "0"));
    expect(code).toBe(1);
    expect(err).toMatch(/failed after 1 tries: no complete answer within 200 ms/);
  });

  test.each([
    [{ "retry-after": "99999" }, 0, MAX_WAIT_MS],
    [{ "retry-after": new Date(1_700_000_000_000 + 2000).toUTCString() }, 0, 2000],
    [{}, 3, BASE_BACKOFF_MS * 8],
  ])("retryDelay(%j, attempt %d) = %d", (headers, attempt, expected) => {
    expect(retryDelay(headers, attempt, 1_700_000_000_000)).toBe(expected);
  });
});

describe("usage", () => {
  test("--help prints the help", async () => {
    const { code, out } = await run(["--help"]);
    expect(code).toBe(0);
    expect(out).toBe(SENDGRID_HELP);
  });

  test.each([
    [["links"], {}, /set the environment variable SENDGRID_API_KEY/],
    [[], { SENDGRID_API_KEY: API_KEY }, /needs a subcommand/],
    [["delete", "1"], { SENDGRID_API_KEY: API_KEY }, /unknown sendgrid subcommand "delete"/],
    [["entry"], { SENDGRID_API_KEY: API_KEY }, /needs a link id/],
    [["entry", "abc"], { SENDGRID_API_KEY: API_KEY }, /"abc" is not a link id/],
    [["entry", "1", "--edge", "sendgrid-auto-ssl"], { SENDGRID_API_KEY: API_KEY }, /--edge must be one of fastly, cloudflare-proxy/],
    [["links", "--edge", "fastly"], { SENDGRID_API_KEY: API_KEY }, /--edge is for sendgrid entry/],
    [["links", "--api-url", "http://api.sendgrid.com"], { SENDGRID_API_KEY: API_KEY }, /must be https:\/\//],
    [["links", "--api-url", "https://api.sendgrid.com/v3"], { SENDGRID_API_KEY: API_KEY }, /must be a base URL/],
    [["links", "--api-key", "x"], { SENDGRID_API_KEY: API_KEY }, /Unknown option '--api-key'/],
    [["links", "--retries", "99"], { SENDGRID_API_KEY: API_KEY }, /--retries must be a whole number from 0 to 10/],
  ])("%j exits 2 before any request", async (args, env, message) => {
    const { code, err } = await run(args, env);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(api.requests).toHaveLength(0);
  });
});

describe("what SendGrid sends is not trusted blindly", () => {
  const serve = async (links: unknown[]) => {
    await api.close();
    api = await startFakeApi({ "": links });
  };

  test("values the config would refuse are printed with a warning naming them", async () => {
    const link = structuredClone(AUTO_SSL_LINK);
    link.dns.cf_custom_hostname_txt.data = "not-a-uuid";
    await serve([link]);
    const { code, out, err } = await run(withApi("entry", "5629083"));
    expect(code).toBe(0);
    expect(JSON.parse(out).sendgrid.customHostnameTxt).toBe("not-a-uuid");
    expect(err).toContain('WARNING: the config will refuse sendgrid.customHostnameTxt "not-a-uuid"');
  });

  test("a link host that is not a host name is refused", async () => {
    const link = structuredClone(AUTO_SSL_LINK);
    link.dns.domain_cname.host = "url3629.example.com\u001b[2K";
    await serve([link]);
    const { code, out, err } = await run(withApi("entry", "5629083"));
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toContain("is not a valid host name");
    expect(err).not.toContain("\u001b");
  });

  test("control characters in values reach stdout escaped, and the JSON still parses", async () => {
    const link = structuredClone(AUTO_SSL_LINK);
    link.dns.acme_challenge_cname.data = "x\u202e\u0085y";
    await serve([link]);
    const { code, out } = await run(withApi("entry", "5629083"));
    expect(code).toBe(0);
    expect(out).not.toMatch(/[\u202e\u0085]/);
    expect(JSON.parse(out).sendgrid.acmeChallengeTarget).toBe("x\u202e\u0085y");
  });

  test("a body that is not JSON is named, exit 1", async () => {
    const { createServer } = await import("node:http");
    const server = createServer((_request, response) => response.end("<html>"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const port = (server.address() as { port: number }).port;
      const { code, err } = await run(["links", "--api-url", `http://127.0.0.1:${port}`]);
      expect(code).toBe(1);
      expect(err).toMatch(/answered 200 with a body that is not JSON/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  test.each([
    ["an object instead of a list", { links: [] }, /did not answer with a list/],
    ["a list of something else", [{ id: "x" }], /link 0 of the list is not a branded link/],
  ])("%s is named, exit 1", async (_, body, message) => {
    api.script.push({ status: 200, body });
    const { code, err } = await run(withApi("links"));
    expect(code).toBe(1);
    expect(err).toMatch(message);
  });
});
