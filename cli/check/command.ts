/**
 * `check`: its options, its help and the run itself. The checks are in the other modules of this
 * folder (a config's targets in config-targets.ts); cli/main.ts only dispatches to `runCheck`.
 */
import { isIP } from "node:net";
import { parseArgs } from "node:util";
import { hostNameProblem } from "../../constructs/domain-name";
import type { FastlyCertificateAuthority } from "../../constructs/fastly-certificate";
import { formatSize } from "../../constructs/read-file";
import type { EdgeKind } from "../../constructs/tracking-edge";
import { COMMAND } from "../io";
import type { Io } from "../io";
import {
  MAX_CA_FILE_BYTES,
  MAX_CONCURRENCY,
  UsageError,
  integer,
  oneOf,
  parseArgsUsageError,
  readCaFile,
  requiredResolver,
} from "../options";
import { DEADLINE_STEPS } from "./connect";
import { CLOUDFLARE_CA_ISSUERS, EDGE_KINDS, FASTLY_CERTIFICATE_AUTHORITIES } from "./edges";
import { DEFAULT_CONCURRENCY, runChecks } from "./index";
import type { CheckOptions, CheckTarget, Report, RunnerCheck } from "./index";
import { targetsFromConfig } from "./config-targets";
import { EXIT, exitCode, formatJson, formatReport, progressLine } from "./output";
import type { CheckRun } from "./output";
import { printable, printableDeep, printableLines } from "./printable";
import { probeRunner } from "./runner";
import { DEFAULT_EXPIRY_WARNING_DAYS } from "./tls";

export { MAX_CA_FILE_BYTES, UsageError } from "../options";

export const CHECK_HELP = `Usage:
  ${COMMAND} check <domain> [--edge fastly|cloudflare-proxy|cloudfront|sendgrid-auto-ssl] [options]
  ${COMMAND} check --config <tracking-domains.json> [options]

Checks that a SendGrid link-branded domain works through its CDN before you ask SendGrid
support to enable SSL click tracking: DNS, CAA, TLS on the HTTPS port, and HTTPS and HTTP
answers. Prints pass, warn or fail for each, a summary with the count of domains per status,
then a verdict; on a terminal, each domain's result also goes to stderr as soon as it is known.
Exit codes: 0 nothing failed (warnings included), 1 a domain failed, 2 a usage or config error,
3 could not check: the resolver did not answer the control query (the address of sendgrid.net)
or no connection to that address opened, before the run or after one in which a domain failed.
With --config, also reports drift: where DNS differs from the file (edge, proxied state,
CNAME target, the _acme-challenge record of a managed Fastly certificate).

Options:
  --edge <edge>                     The edge in front of the domain: fastly, cloudflare-proxy,
                                    cloudfront or sendgrid-auto-ssl (SendGrid's own HTTPS; also
                                    checks its challenge CNAME and TXT). Default: recognised from DNS.
  --config <file>                   Check every domain of a tracking-domains.json; each domain's
                                    edge and Fastly certificate authority come from the file.
  --certificate-authority <ca>      Fastly's CA, for the CAA check: lets-encrypt (default),
                                    certainly or globalsign.
  --via <host>                      Connect to this CDN host or IP instead of the domain's own
                                    address, still sending SNI and Host = the domain, to prove a
                                    new edge before moving the CNAME (like curl --connect-to).
  --resolver <ip[:port]>            The DNS server to ask. Default: the system's first server.
  --ca-file <pem>                   Extra trusted root certificates (PEM), e.g. a private CA; a
                                    regular file of at most ${formatSize(MAX_CA_FILE_BYTES)}.
  --https-port <n>                  The HTTPS port to check. Default: 443.
  --http-port <n>                   The plain HTTP port to check. Default: 80.
  --expiry-warning-days <n>         Warn when the certificate expires within n days (0 to 3650);
                                    an expired one fails. Default: ${DEFAULT_EXPIRY_WARNING_DAYS}.
  --timeout <ms>                    The time limit of each network step. Default: 5000. The
                                    checks of one domain end within ${DEADLINE_STEPS} × --timeout, and
                                    the whole run within ${DEADLINE_STEPS} × --timeout × ⌈domains / --concurrency⌉.
  --concurrency <n>                 With --config: how many domains are checked at the same
                                    time (1 to ${MAX_CONCURRENCY}). Default: ${DEFAULT_CONCURRENCY}.
  --json                            Print the report as one JSON document, for CI and monitors
                                    (its JSON Schema: check-report.schema.json).
  -h, --help                        Print this help.

Examples:
  npx --no-install ${COMMAND} check url1234.example.com --edge fastly
  npx --no-install ${COMMAND} check url1234.example.com --edge fastly --via j.sni.global.fastly.net
  npx --no-install ${COMMAND} check --config tracking-domains.json --json
`;

export const OPTIONS = {
  edge: { type: "string" },
  config: { type: "string" },
  "certificate-authority": { type: "string" },
  via: { type: "string" },
  resolver: { type: "string" },
  "ca-file": { type: "string" },
  "https-port": { type: "string" },
  "http-port": { type: "string" },
  timeout: { type: "string" },
  "expiry-warning-days": { type: "string" },
  concurrency: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>["values"];

export interface Command {
  help?: boolean;
  json?: boolean;
  /** Set when the domains come from a config file. */
  config?: string;
  domain?: string;
  edge?: EdgeKind;
  certificateAuthority?: FastlyCertificateAuthority;
  options: CheckOptions;
}

function parse(argv: string[]): { values: Values; positionals: string[] } {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw parseArgsUsageError(error);
  }
}

/** A domain as typed: any case, maybe with the root dot. */
function domainArgument(text: string): string {
  const domain = text.trim().toLowerCase().replace(/\.$/, "");
  const problem = hostNameProblem(domain);
  if (problem) throw new UsageError(`"${text}" is not a domain name: ${problem}`);
  return domain;
}

function viaArgument(text: string): string {
  if (isIP(text) !== 0) return text;
  const host = text.toLowerCase().replace(/\.$/, "");
  if (host !== "localhost" && hostNameProblem(host)) throw new UsageError(`--via "${text}" is neither an IP address nor a host name`);
  return host;
}

/** Validates the arguments into a command. Throws `UsageError`. */
export function parseCommand(argv: string[]): Command {
  const { values, positionals } = parse(argv);
  if (values.help) return { help: true, options: { httpsPort: 443, httpPort: 80, timeoutMs: 5000 } };
  const [command, ...rest] = positionals;
  if (command !== "check") throw new UsageError(`parseCommand reads the check command, not "${command}"`);
  if (rest.length > 1) throw new UsageError(`check takes one domain; got ${rest.join(", ")}`);
  const domain = rest.length === 1 ? domainArgument(rest[0]) : undefined;
  if (domain && values.config) throw new UsageError("give either a domain or --config, not both");
  if (!domain && !values.config) throw new UsageError("check needs a domain, or --config <file> for every domain of a config");
  if (values.config && values.edge)
    throw new UsageError("--edge cannot be combined with --config: each domain's edge comes from the config");
  if (values.config && values["certificate-authority"]) {
    throw new UsageError(
      "--certificate-authority cannot be combined with --config: it comes from each domain's fastly.certificateAuthority",
    );
  }
  const edge = values.edge === undefined ? undefined : oneOf("edge", values.edge, EDGE_KINDS);
  const certificateAuthority =
    values["certificate-authority"] === undefined
      ? undefined
      : oneOf("certificate-authority", values["certificate-authority"], FASTLY_CERTIFICATE_AUTHORITIES);
  if (certificateAuthority && edge === "cloudfront") {
    throw new UsageError("--certificate-authority is for the Fastly edge; CloudFront's certificates come from Amazon (ACM)");
  }
  if (certificateAuthority && edge === "cloudflare-proxy") {
    throw new UsageError(`--certificate-authority is for the Fastly edge; Cloudflare picks among ${CLOUDFLARE_CA_ISSUERS.join(", ")}`);
  }
  if (certificateAuthority && edge === "sendgrid-auto-ssl") {
    throw new UsageError("--certificate-authority is for the Fastly edge; with Auto SSL, SendGrid chooses the CA");
  }
  const resolver = requiredResolver(values.resolver);
  const options: CheckOptions = {
    resolver,
    ...(values["ca-file"] !== undefined ? { extraCa: readCaFile(values["ca-file"]) } : {}),
    ...(values.via !== undefined ? { via: viaArgument(values.via) } : {}),
    httpsPort: integer("https-port", values["https-port"], 443, 1, 65535),
    httpPort: integer("http-port", values["http-port"], 80, 1, 65535),
    timeoutMs: integer("timeout", values.timeout, 5000, 1, 600000),
    concurrency: integer("concurrency", values.concurrency, DEFAULT_CONCURRENCY, 1, MAX_CONCURRENCY),
    expiryWarningDays: integer("expiry-warning-days", values["expiry-warning-days"], DEFAULT_EXPIRY_WARNING_DAYS, 0, 3650),
  };
  return {
    ...(values.json ? { json: true } : {}),
    ...(values.config ? { config: values.config } : {}),
    ...(domain ? { domain } : {}),
    ...(edge ? { edge } : {}),
    ...(certificateAuthority ? { certificateAuthority } : {}),
    options,
  };
}

function usage(io: Io, message: string): number {
  io.stderr(`${COMMAND}: ${message}\nRun "${COMMAND} check --help" for the options.\n`);
  return 2;
}

/**
 * Probes the runner, checks every target with progress on stderr, and probes the runner again
 * when a domain failed: a resolver that died midway fails domains that are fine.
 */
async function checkAll(targets: CheckTarget[], command: Command, io: Io): Promise<CheckRun> {
  const { options } = command;
  const probe = async (): Promise<RunnerCheck> =>
    printableDeep(await probeRunner({ resolver: options.resolver!, httpsPort: options.httpsPort, timeoutMs: options.timeoutMs }));
  const base = {
    total: targets.length,
    ...(options.via ? { via: options.via } : {}),
    ...(options.resolver ? { resolver: options.resolver } : {}),
  };
  const before = await probe();
  if (before.status === "fail") return { ...base, report: { status: "fail", domains: [] }, runner: before };
  // Progress is for a person watching a terminal; a log or a pipe gets the report alone.
  const progress = !command.json && io.stderrIsTerminal === true;
  const report: Report = await runChecks(
    targets,
    options,
    progress ? (domain, done, total) => io.stderr(progressLine(domain, done, total)) : undefined,
  );
  const runner = report.status === "fail" ? await probe() : before;
  return { ...base, report, runner };
}

/** `check ...` (argv starts with "check"); returns the exit code. Never throws. */
export async function runCheck(argv: string[], io: Io): Promise<number> {
  try {
    const command = parseCommand(argv);
    if (command.help) {
      io.stdout(CHECK_HELP);
      return 0;
    }
    const targets: CheckTarget[] = command.config
      ? await targetsFromConfig(command.config)
      : [
          {
            domain: command.domain as string,
            ...(command.edge ? { edge: command.edge } : {}),
            ...(command.certificateAuthority ? { certificateAuthority: command.certificateAuthority } : {}),
          },
        ];
    const run = await checkAll(targets, command, io);
    io.stdout(command.json ? formatJson(run) : formatReport(run));
    return exitCode(run);
  } catch (error) {
    // Messages quote file names, config values and DNS names: escape what a terminal would obey.
    if (error instanceof UsageError) return usage(io, printableLines(error.message));
    io.stderr(`${COMMAND}: unexpected error: ${printable(String((error as Error)?.message ?? error))}\n`);
    // Nothing was judged: that is "could not check", not "a domain fails".
    return EXIT.couldNotCheck;
  }
}
