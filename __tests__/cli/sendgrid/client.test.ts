import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SendgridApiError, SendgridClient } from "../../../cli/sendgrid";
import { redactor } from "../../../cli/sendgrid/redact";
import { API_KEY, AUTO_SSL_LINK, runSendgridCli, startFakeApi } from "../sendgrid-api";
import type { FakeApi } from "../sendgrid-api";

let api: FakeApi;
let waits: number[];

beforeEach(async () => {
  api = await startFakeApi();
  waits = [];
});

afterEach(async () => {
  await api.close();
});

async function run(args: string[], env?: NodeJS.ProcessEnv) {
  const result = await runSendgridCli(args, env);
  waits = result.waits;
  return result;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("a whole-request deadline", () => {
  test("an answer that trickles in one byte at a time ends at --timeout", async () => {
    const timers = new Set<NodeJS.Timeout>();
    const server = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      // A byte every 50 ms keeps an idle timeout from ever firing.
      const timer = setInterval(() => response.write(" "), 50);
      timers.add(timer);
      response.on("close", () => clearInterval(timer));
    });
    const url = await listen(server);
    try {
      const started = Date.now();
      const { code, err } = await run(["links", "--api-url", url, "--timeout", "300", "--retries", "0"]);
      expect(code).toBe(1);
      expect(err).toMatch(/failed after 1 tries: no complete answer within 300 ms/);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      timers.forEach((timer) => clearInterval(timer));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe("the key never reaches the output, in any form an echo takes", () => {
  const zeroWidthSplit = [...API_KEY].join("\u200b");
  const percentEncoded = [...Buffer.from(API_KEY)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join("");
  const forms: [string, string][] = [
    ["as is", API_KEY],
    ["upper case", API_KEY.toUpperCase()],
    ["lower case", API_KEY.toLowerCase()],
    ["split by zero-width spaces", zeroWidthSplit],
    ["percent-encoded", percentEncoded],
    ["percent-encoded as encodeURIComponent does", encodeURIComponent(API_KEY)],
    ["base64 of the header", Buffer.from(`Bearer ${API_KEY}`).toString("base64")],
    ["base64 after one byte", Buffer.from(`x${API_KEY}`).toString("base64")],
    ["base64 after two bytes", Buffer.from(`xy${API_KEY}`).toString("base64")],
    ["base64url", Buffer.from(`Bearer ${API_KEY}?`).toString("base64url")],
  ];

  test.each(forms)("an error body echoing the key %s", async (_, echo) => {
    api.script.push({ status: 400, body: { errors: [{ message: `bad key: ${echo} end` }] } });
    const { code, err } = await run(["links", "--api-url", api.url]);
    expect(code).toBe(1);
    expect(err).toContain("(the API key)");
    expect(err).toContain(" end");
    expect(err).not.toContain(echo);
    // No long run of the key survives, in the clear or decoded.
    const decoded = Buffer.from(err.replace(/[^A-Za-z0-9+/_-]/g, ""), "base64").toString("latin1");
    for (const text of [err.toLowerCase(), decoded.toLowerCase()]) expect(text).not.toContain(API_KEY.slice(10, 40).toLowerCase());
  });

  test.each([
    ["links", ["links"]],
    ["links --json", ["links", "--json"]],
    ["entry", ["entry", "5629083", "--resolver", "127.0.0.1:9"]],
  ])("an answer echoing the key in a record is cleaned on stdout too (%s)", async (_, args) => {
    const link = structuredClone(AUTO_SSL_LINK);
    link.dns.owner_cname.data = Buffer.from(`Bearer ${API_KEY}`).toString("base64");
    link.dns.domain_cname.data = `${API_KEY.toUpperCase()}.sendgrid.net`;
    await api.close();
    api = await startFakeApi({ "": [link] });
    const { out, err } = await run([...args, "--api-url", api.url, "--timeout", "500", "--retries", "0"]);
    const output = out + err;
    expect(output).not.toContain(Buffer.from(`Bearer ${API_KEY}`).toString("base64"));
    expect(output.toLowerCase()).not.toContain(API_KEY.toLowerCase());
  });

  test.each([
    ["links --json, a zero-width space (JSON-escaped as \\u200b)", ["links", "--json"], "\u200b"],
    ["links, a soft hyphen (escaped as \\xad)", ["links"], "\u00ad"],
    ["entry, a soft hyphen in a note (escaped as \\xad)", ["entry", "5629083"], "\u00ad"],
  ])("an echo split by invisible characters is cleaned after the output escaped them (%s)", async (_, args, invisible) => {
    const link = structuredClone(AUTO_SSL_LINK);
    link.subdomain = [...API_KEY].join(invisible);
    link.dns.domain_cname.host = `${link.subdomain}.example.com`;
    link.dns.domain_cname.data = `${[...API_KEY].join(invisible)}.sendgrid.net`;
    await api.close();
    api = await startFakeApi({ "": [link] });
    const { out, err } = await run([...args, "--api-url", api.url, "--timeout", "500", "--retries", "0"]);
    // What a reader sees once the escapes are skipped over.
    const output = (out + err).replace(/\\u[0-9a-f]{4}|\\u\{[0-9a-f]+\}|\\x[0-9a-f]{2}/gi, "");
    expect(output).toContain("(the API key)");
    expect(output.toLowerCase()).not.toContain(API_KEY.toLowerCase());
  });

  test("text around the key is kept as it was", () => {
    expect(redactor(API_KEY)(`before ${API_KEY.toUpperCase()} after SG.other`)).toBe("before (the API key) after SG.other");
  });
});

describe("keys that cannot be SendGrid's are refused before any request", () => {
  test("a one-character key: a readable message, not one garbled by redaction", async () => {
    const { code, err } = await run(["links", "--api-url", api.url], { SENDGRID_API_KEY: "e" });
    expect(code).toBe(2);
    expect(err).toContain("SENDGRID_API_KEY is 1 character long");
    expect(err).toContain('Run "cdktf-ssl-tracking-domain sendgrid --help" for the options.');
    expect(err).not.toContain("(the API key)");
    expect(api.requests).toHaveLength(0);
  });

  test("a key with a character an HTTP header cannot carry is named, not retried", async () => {
    const { code, err } = await run(["links", "--api-url", api.url], { SENDGRID_API_KEY: `${API_KEY}\u2713` });
    expect(code).toBe(2);
    expect(err).toContain(`cannot be sent in an HTTP header (at position ${API_KEY.length + 1})`);
    expect(err).not.toContain(API_KEY);
    expect(waits).toEqual([]);
  });

  test("an --on-behalf-of that cannot be a header value is refused", async () => {
    const { code, err } = await run(["links", "--api-url", api.url, "--on-behalf-of", "sub\u00e9\u2713"]);
    expect(code).toBe(2);
    expect(err).toContain("--on-behalf-of holds a character that cannot be sent");
    expect(api.requests).toHaveLength(0);
  });

  test("the client itself does not retry a header value node refuses to send", async () => {
    const client = new SendgridClient({
      apiUrl: api.url,
      apiKey: API_KEY,
      onBehalfOf: "sub\u2713",
      timeoutMs: 1000,
      retries: 3,
      sleep: async (ms) => void waits.push(ms),
    });
    await expect(client.json("GET", "/v3/whitelabel/links", "branded links")).rejects.toThrow(SendgridApiError);
    await expect(client.json("GET", "/v3/whitelabel/links", "branded links")).rejects.toThrow(/cannot be sent/);
    expect(waits).toEqual([]);
    expect(api.requests).toHaveLength(0);
  });
});

test("a key split by escaped zero-width characters, as a terminal-safe message shows it, is redacted too", () => {
  const escaped = [...API_KEY].join("\\u{200b}");
  expect(redactor(API_KEY)(`x ${escaped} y`)).toBe("x (the API key) y");
});
