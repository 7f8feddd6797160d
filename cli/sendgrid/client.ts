/**
 * The client of SendGrid's link-branding API shared by every `sendgrid` subcommand: retries with
 * back-off, a time limit, and messages cleaned of the API key.
 */
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import type { IncomingHttpHeaders } from "node:http";
import { printable } from "../check/printable";
import { COMMAND } from "../io";
import { UsageError } from "../options";
import { redactor } from "./redact";

export const DEFAULT_API_URL = "https://api.sendgrid.com";
export const EU_API_URL = "https://api.eu.sendgrid.com";
/** Longer waits than this (a far-off rate-limit reset) are cut to it; the retry then tells. */
export const MAX_WAIT_MS = 60_000;
/** The first back-off without a hint from the server; it doubles with each retry. */
export const BASE_BACKOFF_MS = 500;
/** SendGrid's answers are a few KiB; a body larger than this is not one. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Bad command-line input or environment; the message is for the user. A `UsageError`, like the shared option checks' own. */
export class SendgridUsageError extends UsageError {
  constructor(message: string) {
    super(message);
    this.name = "SendgridUsageError";
  }
}

/** The API could not be asked, or refused; the message is for the user. */
export class SendgridApiError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "SendgridApiError";
  }
}

export interface ClientOptions {
  apiUrl: string;
  apiKey: string;
  onBehalfOf?: string;
  timeoutMs: number;
  retries: number;
  /** Waits `ms`; tests pass one that records the waits instead. */
  sleep?: (ms: number) => Promise<void>;
  /** For the rate-limit reset; default: the clock. */
  now?: () => number;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** How long to wait before the next try: the server's hint if it gave one, else exponential back-off. */
export function retryDelay(headers: IncomingHttpHeaders, attempt: number, now: number): number {
  const retryAfter = headerOf(headers, "retry-after");
  if (retryAfter !== undefined) {
    if (/^\d+$/.test(retryAfter.trim())) return Math.min(Number(retryAfter.trim()) * 1000, MAX_WAIT_MS);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.min(Math.max(date - now, 0), MAX_WAIT_MS);
  }
  const reset = headerOf(headers, "x-ratelimit-reset");
  // SendGrid's reset is a Unix time in seconds.
  if (reset !== undefined && /^\d+$/.test(reset.trim())) return Math.min(Math.max(Number(reset.trim()) * 1000 - now, 0), MAX_WAIT_MS);
  return Math.min(BASE_BACKOFF_MS * 2 ** attempt, MAX_WAIT_MS);
}

function headerOf(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A client of the link-branding API. */
export class SendgridClient {
  private readonly base: URL;
  private readonly redact: (text: string) => string;

  constructor(private readonly options: ClientOptions) {
    this.base = new URL(options.apiUrl);
    this.redact = redactor(options.apiKey);
  }

  /** The subuser the client acts for, if any. */
  get onBehalfOf(): string | undefined {
    return this.options.onBehalfOf;
  }

  /** The message with the API key, should anything echo it in any form, replaced. */
  clean(text: string): string {
    return this.redact(text);
  }

  /** The parsed JSON answer of `method path`, after retries; throws `SendgridApiError`. */
  async json(method: "GET" | "POST", path: string, what: string): Promise<unknown> {
    const sleep = this.options.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    const now = this.options.now ?? Date.now;
    for (let attempt = 0; ; attempt++) {
      let answer: Answer;
      try {
        answer = await this.once(method, path);
      } catch (error) {
        // A header node refuses to send (a character outside what HTTP allows) fails the same way every time.
        const code = (error as { code?: unknown })?.code;
        if (code === "ERR_INVALID_CHAR" || code === "ERR_INVALID_HTTP_TOKEN") {
          throw new SendgridApiError(this.clean(`${method} ${path} cannot be sent: ${(error as Error).message}`));
        }
        if (attempt < this.options.retries) {
          await sleep(Math.min(BASE_BACKOFF_MS * 2 ** attempt, MAX_WAIT_MS));
          continue;
        }
        throw new SendgridApiError(this.clean(`${method} ${path} failed after ${attempt + 1} tries: ${(error as Error).message}`));
      }
      const retryable = answer.status === 429 || answer.status >= 500;
      if (retryable && attempt < this.options.retries) {
        await sleep(retryDelay(answer.headers, attempt, now()));
        continue;
      }
      if (answer.status >= 200 && answer.status < 300) {
        try {
          return JSON.parse(answer.body);
        } catch {
          throw new SendgridApiError(`${method} ${path} answered ${answer.status} with a body that is not JSON`, answer.status);
        }
      }
      throw new SendgridApiError(this.clean(this.refusal(answer, method, path, what, attempt + 1)), answer.status);
    }
  }

  private refusal(answer: Answer, method: string, path: string, what: string, tries: number): string {
    const said = apiErrors(answer.body, (text) => this.clean(text));
    const detail = said ? ` (SendGrid says: ${said})` : "";
    switch (answer.status) {
      case 401:
        return `SendGrid refused the API key (401)${detail}: check SENDGRID_API_KEY`;
      case 403: {
        const subuser = this.options.onBehalfOf ? " and may act for that subuser" : "; for a subuser's links pass --on-behalf-of";
        return `the API key may not do this (403)${detail}: it needs the Sender Authentication (whitelabel) scope${subuser}`;
      }
      case 404:
        return `SendGrid has no ${what} (404)${detail}${this.options.onBehalfOf ? "" : "; if it is a subuser's, pass --on-behalf-of"}; list them with "${COMMAND} sendgrid links"`;
      case 429:
        return `SendGrid kept rate-limiting the request (429) after ${tries} tries; wait and try again`;
      default:
        return answer.status >= 500
          ? `SendGrid failed (${answer.status}) ${tries} times for ${method} ${path}${detail}; try again later`
          : `SendGrid answered ${answer.status} to ${method} ${path}${detail}`;
    }
  }

  private once(method: string, path: string): Promise<Answer> {
    const url = new URL(path, this.base);
    const send = url.protocol === "http:" ? httpRequest : httpsRequest;
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.options.apiKey}`,
      accept: "application/json",
      ...(this.options.onBehalfOf ? { "on-behalf-of": this.options.onBehalfOf } : {}),
      ...(method === "POST" ? { "content-type": "application/json", "content-length": "0" } : {}),
    };
    return new Promise<Answer>((resolve, reject) => {
      // Set once the request exists; the answer may (in theory) end before.
      const timer: { deadline?: NodeJS.Timeout } = {};
      const req = send(url, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY_BYTES) req.destroy(new Error(`the answer is larger than ${MAX_BODY_BYTES} bytes`));
          else chunks.push(chunk);
        });
        res.on("end", () => {
          clearTimeout(timer.deadline);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") });
        });
        res.on("error", reject);
      });
      // The time limit is for the whole request, not the silence between bytes: an answer that
      // trickles in one byte at a time ends too.
      timer.deadline = setTimeout(
        () => req.destroy(new Error(`no complete answer within ${this.options.timeoutMs} ms`)),
        this.options.timeoutMs,
      );
      req.on("close", () => clearTimeout(timer.deadline));
      req.on("error", reject);
      req.end();
    });
  }
}

/** SendGrid's error body, `{"errors":[{"message":...}]}`, as one short line. */
function apiErrors(body: string, clean: (text: string) => string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { errors?: { message?: unknown }[] };
    const messages = (parsed.errors ?? []).map((e) => e?.message).filter((m): m is string => typeof m === "string");
    // Cleaned before escaping: escaped, a key split by zero-width characters would no longer match.
    const line = clean(messages.join("; "));
    return line ? printable(line.length > 300 ? `${line.slice(0, 300)}…` : line) : undefined;
  } catch {
    return undefined;
  }
}
