/**
 * `sendgrid audit`: is the account (or each subuser) ready for SendGrid to turn SSL click tracking
 * on? SendGrid turns it on per account or subuser, never per link: from then on every branded link
 * of that account gets https:// links, and each one that still points straight at SendGrid serves
 * SendGrid's own certificate and breaks. So every link of the account is checked end to end, like
 * `check` does, and the account is ready only when none would break.
 */
import { DEFAULT_CONCURRENCY, mapLimited, runChecks } from "../check";
import type { CheckOptions, CheckTarget, DomainReport } from "../check";
import { dnsQuery } from "../check/dns-client";
import type { Query } from "../check/dns-client";
import { worstStatus } from "../check/report";
import type { CheckResult, Status } from "../check/report";
import { printableDeep } from "../check/printable";
import { COMMAND } from "../io";
import { hostNameProblem } from "../../constructs/domain-name";
import { AUTO_SSL_CNAME_TARGET } from "../../constructs/sendgrid-names";
import type { EdgeKind } from "../../constructs/tracking-edge";
import { SendgridApiError, SendgridUsageError } from "./client";
import type { SendgridClient } from "./client";
import { dnsName, isAutoSsl, isObject, linkHost, listLinks, unquoted } from "./links";
import type { BrandedLink } from "./links";
import { OWNER_CNAME_CHECK, checkOwnerCname } from "./owner-cname";

export type AccountStatus = "ready" | "not-ready" | "not-audited";

export interface LinkAudit {
  id: number;
  linkHost: string;
  autoSsl: boolean;
  /** Whether SendGrid's last validation of the link's records passed. */
  valid: boolean;
  /** The edge checked against: Auto SSL, the config's, or recognised from DNS. */
  edge?: EdgeKind;
  /** The worst of the checks: fail means the link would break once SSL click tracking is on. */
  status: Status;
  checks: CheckResult[];
}

export interface AccountAudit {
  /** "(account)" for the key's own account, else the subuser's name. */
  account: string;
  subuser: boolean;
  status: AccountStatus;
  /** Why the account's links could not be read (status not-audited). */
  error?: string;
  links: LinkAudit[];
}

export interface Coverage {
  config: string;
  /** Branded links of the audited accounts whose link host is in no stack of the config. */
  linksNotInConfig: { account: string; id: number; linkHost: string }[];
  /** Config domains that are a link host of none of the audited accounts. */
  configDomainsUnknown: string[];
}

export interface AuditReport {
  status: AccountStatus;
  verdict: string;
  accounts: AccountAudit[];
  coverage?: Coverage;
}

/** The config's domains, as far as the audit reads them. */
export interface ConfigDomains {
  file: string;
  /** Domain name → its edge (as written). */
  edges: Map<string, string>;
}

export const PARENT_ACCOUNT = "(account)";
/** Subusers asked for per page; SendGrid's documented maximum is 500. */
const SUBUSER_PAGE = 500;
/** Accounts whose links are read at the same time. */
const LIST_CONCURRENCY = 4;
const EDGES: readonly string[] = ["fastly", "cloudflare-proxy", "cloudfront", "sendgrid-auto-ssl"];

/** Every subuser's name, following SendGrid's limit/offset pages. */
export async function listSubusers(client: SendgridClient): Promise<string[]> {
  const names: string[] = [];
  for (let offset = 0; ; offset += SUBUSER_PAGE) {
    const page = await client.json("GET", `/v3/subusers?limit=${SUBUSER_PAGE}&offset=${offset}`, "subusers");
    if (!Array.isArray(page)) throw new SendgridApiError("GET /v3/subusers did not answer with a list");
    for (const [i, subuser] of page.entries()) {
      if (!isObject(subuser) || typeof subuser.username !== "string" || subuser.username === "") {
        throw new SendgridApiError(`subuser ${offset + i} of the list has no username`);
      }
      if (subuser.disabled !== true) names.push(subuser.username);
    }
    if (page.length < SUBUSER_PAGE) return names;
  }
}

/** What `check` should expect of a link host: Auto SSL from the link's records, else the config's edge or DNS. */
export function targetFor(link: BrandedLink, configEdge: string | undefined): CheckTarget {
  const domain = linkHost(link);
  if (isAutoSsl(link)) {
    const target = dnsName(link.dns.domain_cname.data);
    return {
      domain,
      edge: "sendgrid-auto-ssl",
      ...(target !== AUTO_SSL_CNAME_TARGET ? { cnameTarget: target } : {}),
      autoSsl: {
        acmeChallengeTarget: dnsName(link.dns.acme_challenge_cname.data),
        customHostnameTxt: unquoted(link.dns.cf_custom_hostname_txt.data),
      },
    };
  }
  return {
    domain,
    ...(configEdge && EDGES.includes(configEdge) && configEdge !== "sendgrid-auto-ssl" ? { edge: configEdge as EdgeKind } : {}),
  };
}

const ownerName = (link: BrandedLink) => dnsName(link.dns.owner_cname.host);

/** Pure: one link's verdict from its host's report, its owner CNAME check and SendGrid's validation. */
export function judgeLink(link: BrandedLink, report: DomainReport, owner: CheckResult | undefined): LinkAudit {
  const validation: CheckResult = link.valid
    ? { name: "SendGrid validation", status: "pass", message: `SendGrid has validated link ${link.id}'s records` }
    : {
        name: "SendGrid validation",
        status: "fail",
        message: `SendGrid has not validated link ${link.id}: deploy its records, then run "${COMMAND} sendgrid validate ${link.id}"`,
      };
  const checks = [...report.checks, ...(owner ? [owner] : []), validation];
  return {
    id: link.id,
    linkHost: linkHost(link),
    autoSsl: isAutoSsl(link),
    valid: link.valid,
    ...(report.edge ? { edge: report.edge } : {}),
    status: worstStatus(checks.map((check) => check.status)),
    checks,
  };
}

/** Pure: the account is ready when no link would break (an account without links has none to break). */
export function accountStatus(links: readonly LinkAudit[]): AccountStatus {
  return links.some((link) => link.status === "fail") ? "not-ready" : "ready";
}

/** Pure: both directions of config coverage. */
export function coverage(accounts: readonly AccountAudit[], config: ConfigDomains): Coverage {
  const hosts = new Set(accounts.flatMap((account) => account.links.map((link) => link.linkHost)));
  return {
    config: config.file,
    linksNotInConfig: accounts.flatMap((account) =>
      account.links
        .filter((link) => !config.edges.has(link.linkHost))
        .map((link) => ({ account: account.account, id: link.id, linkHost: link.linkHost })),
    ),
    configDomainsUnknown: [...config.edges.keys()].filter((domain) => !hosts.has(domain)).sort(),
  };
}

/** Pure: the overall status, worst first: a link that would break outweighs an account that could not be read. */
export function overallStatus(accounts: readonly AccountAudit[]): AccountStatus {
  if (accounts.some((account) => account.status === "not-ready")) return "not-ready";
  if (accounts.some((account) => account.status === "not-audited")) return "not-audited";
  return "ready";
}

const named = (account: AccountAudit) => (account.subuser ? `subuser ${account.account}` : "the account");

export function auditVerdict(accounts: readonly AccountAudit[]): string {
  const status = overallStatus(accounts);
  if (status === "not-ready") {
    const parts = accounts
      .filter((account) => account.status === "not-ready")
      .map(
        (account) =>
          `${named(account)}: ${account.links
            .filter((link) => link.status === "fail")
            .map((link) => link.linkHost)
            .join(", ")}`,
      );
    return `NOT READY. These links would break once SendGrid turns SSL click tracking on (${parts.join("; ")}); put each behind an edge (or have SendGrid remove it) and audit again before asking SendGrid.`;
  }
  if (status === "not-audited") {
    const names = accounts.filter((account) => account.status === "not-audited").map(named);
    return `NOT JUDGED. The links of ${names.join(", ")} could not be read; fix that and audit again.`;
  }
  const names = accounts.map(named).join(", ");
  return `READY. Every branded link of ${names} works over HTTPS: ask SendGrid support to turn SSL click tracking on for ${names}.`;
}

export interface AuditDeps {
  /** A client acting for the subuser, or for the key's own account. */
  clientFor(onBehalfOf: string | undefined): SendgridClient;
  /** The subuser given with --on-behalf-of, if any. */
  onBehalfOf?: string;
  allSubusers: boolean;
  check: CheckOptions;
  config?: ConfigDomains;
}

/** Reads every audited account's links, checks each link host once, and judges each account on its own. */
export async function audit(deps: AuditDeps): Promise<AuditReport> {
  const parent = deps.clientFor(deps.onBehalfOf);
  const accounts: { account: string; subuser: boolean; onBehalfOf?: string }[] = [
    deps.onBehalfOf === undefined
      ? { account: PARENT_ACCOUNT, subuser: false }
      : { account: deps.onBehalfOf, subuser: true, onBehalfOf: deps.onBehalfOf },
  ];
  if (deps.allSubusers) {
    for (const name of await listSubusers(parent)) accounts.push({ account: name, subuser: true, onBehalfOf: name });
  }
  // A few at a time: SendGrid rate-limits, and an account may have hundreds of subusers.
  const listed: { account: string; subuser: boolean; links?: BrandedLink[]; error?: string }[] = await mapLimited(
    accounts,
    LIST_CONCURRENCY,
    async (account) => {
      try {
        return { ...account, links: await listLinks(account.onBehalfOf === deps.onBehalfOf ? parent : deps.clientFor(account.onBehalfOf)) };
      } catch (error) {
        if (error instanceof SendgridApiError) return { ...account, error: error.message };
        throw error;
      }
    },
  );
  const hosts = new Map<string, CheckTarget>();
  const byHost = new Map<string, DomainReport>();
  for (const account of listed) {
    for (const link of account.links ?? []) {
      const host = linkHost(link);
      // A name from the API that is no host name is not asked about on the network: it fails as is.
      const problem = hostNameProblem(host);
      if (problem)
        byHost.set(host, {
          domain: host,
          status: "fail",
          checks: [{ name: "Link host", status: "fail", message: `${JSON.stringify(host)} is not a valid host name: ${problem}` }],
        });
      else if (!hosts.has(host)) hosts.set(host, targetFor(link, deps.config?.edges.get(host)));
    }
  }
  const targets = [...hosts.values()];
  const report = await runChecks(targets, deps.check);
  targets.forEach((target, i) => byHost.set(target.domain, report.domains[i]));
  const server = deps.check.resolver;
  if (!server) throw new SendgridUsageError("the system has no DNS server configured; pass --resolver");
  const query: Query = (name, type) => dnsQuery(server, name, type, deps.check.timeoutMs);
  // Links of one domain share its owner CNAME: each name is asked once.
  const owners = new Map<string, [string, string]>();
  for (const link of listed.flatMap((account) => account.links ?? [])) {
    if (link.dns.owner_cname && !hostNameProblem(ownerName(link)))
      owners.set(`${ownerName(link)} ${link.dns.owner_cname.data}`, [ownerName(link), link.dns.owner_cname.data]);
  }
  const ownerChecks = new Map(
    await mapLimited([...owners], deps.check.concurrency ?? DEFAULT_CONCURRENCY, async ([key, [name, target]]) => {
      return [key, await checkOwnerCname(query, name, target)] as const;
    }),
  );
  const audited: AccountAudit[] = listed.map((account) => {
    const base = { account: account.account, subuser: account.subuser };
    if (account.links === undefined)
      return { ...base, status: "not-audited", ...(account.error ? { error: account.error } : {}), links: [] };
    const links = account.links.map((link) => {
      const owner = !link.dns.owner_cname
        ? undefined
        : (ownerChecks.get(`${ownerName(link)} ${link.dns.owner_cname.data}`) ?? {
            name: OWNER_CNAME_CHECK,
            status: "fail" as const,
            message: `${JSON.stringify(ownerName(link))} is not a valid host name`,
          });
      return judgeLink(link, byHost.get(linkHost(link)) as DomainReport, owner);
    });
    return { ...base, status: accountStatus(links), links };
  });
  return {
    status: overallStatus(audited),
    verdict: auditVerdict(audited),
    accounts: audited,
    ...(deps.config ? { coverage: coverage(audited, deps.config) } : {}),
  };
}

const TITLES: Record<AccountStatus, string> = { ready: "READY", "not-ready": "NOT READY", "not-audited": "NOT JUDGED" };

/** The human report: per account its status, and every link that would break with the failed checks. */
export function formatAudit(audited: AuditReport): string {
  // Names and messages from the API and the network, escaped before the layout adds its own line breaks.
  const report = printableDeep(audited);
  const lines: string[] = [];
  for (const account of report.accounts) {
    const failing = account.links.filter((link) => link.status === "fail");
    const warned = account.links.filter((link) => link.status === "warn").length;
    const counts = `${account.links.length} link${account.links.length === 1 ? "" : "s"}, ${failing.length} would break${warned ? `, ${warned} with warnings` : ""}`;
    lines.push(`${TITLES[account.status]}  ${named(account)}${account.error ? `: ${account.error}` : ` (${counts})`}`);
    for (const link of failing) {
      lines.push(`  FAIL  ${link.linkHost} (link ${link.id}${link.autoSsl ? ", Auto SSL" : ""})`);
      for (const check of link.checks.filter((c) => c.status === "fail")) lines.push(`          ${check.name}: ${check.message}`);
    }
  }
  if (report.coverage) {
    const { config, linksNotInConfig, configDomainsUnknown } = report.coverage;
    lines.push("", `Config coverage (${config}):`);
    lines.push(
      linksNotInConfig.length === 0
        ? "  every branded link is in the config"
        : `  links not in the config: ${linksNotInConfig.map((link) => `${link.linkHost} (link ${link.id}, ${link.account})`).join(", ")}`,
    );
    lines.push(
      configDomainsUnknown.length === 0
        ? "  every config domain is a branded link of the audited accounts"
        : `  config domains SendGrid does not list for the audited accounts: ${configDomainsUnknown.join(", ")}`,
    );
  }
  lines.push("", `Verdict: ${report.verdict}`);
  return `${lines.join("\n")}\n`;
}

/** Exit codes: 0 ready, 1 a link would break, 3 an account could not be read (and none would break). */
export function auditExitCode(report: AuditReport): number {
  return report.status === "ready" ? 0 : report.status === "not-ready" ? 1 : 3;
}
