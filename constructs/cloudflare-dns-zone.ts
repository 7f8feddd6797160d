import { Construct } from "constructs";
import { Annotations, Aspects, Lazy, TerraformElement, TerraformProvider, TerraformResource, Token, dependable } from "../framework";
import { DnsRecord } from "../.gen/providers/cloudflare/dns-record";
import { Ruleset, RulesetRules, rulesetRulesToTerraform } from "../.gen/providers/cloudflare/ruleset";
import { PROXY_PHASES, ProxyPhase, ProxyRule, proxyRules, proxyRulesByPhase, ruleCountWarning } from "./cloudflare-proxy-rules";
import { SynthesisRun, checkBeforeSynthesis } from "./output-scan";
import { DnsRecordOptions, IDnsZone, recordLifecycle } from "./dns-zone";
import { hostNameProblem } from "./domain-name";
import { TrackingDomainError, quote, withoutTokens } from "./errors";
import { checkProvider } from "./provider";
import { StackClaims } from "./stack-claims";
import { requireOptionalBoolean, requireProps, requireString } from "./props";

/**
 * A TXT record's content as Cloudflare wants it: one quoted RFC 1035 character string. Cloudflare
 * flags unquoted TXT content, and the provider stores what it is given, so an unquoted value would
 * differ from what the API reads back.
 */
export function txtContent(text: string): string {
  if (Token.isUnresolved(text)) return `"${text}"`;
  if (text.length > 255 || /["\\\s]/.test(text) || /[^\x21-\x7e]/.test(text)) {
    throw new TrackingDomainError(
      `TXT value ${quote(text)} must be one string of at most 255 printable characters without spaces, quotes or backslashes`,
    );
  }
  return `"${text}"`;
}

/** Zone id → construct path of its zone object, per stack. */
const zoneIds = new StackClaims();

/** Cloudflare's "automatic" TTL. */
const AUTOMATIC_TTL = 1;
const ZONE_ID = /^[0-9a-f]{32}$/;
const RECORD_ID = /^[0-9a-f]{32}$/;

/** Properties of a `CloudflareDnsZone`. */
export interface CloudflareDnsZoneProps {
  /** The zone's id: 32 lowercase hex characters, shown on the zone's overview page. */
  readonly zoneId: string;
  /** The zone's apex name, e.g. `example.com`. */
  readonly zoneName: string;
  /**
   * Whether this zone emits the entry-point rulesets (phases `http_config_settings` and
   * `http_request_cache_settings`) that proxied tracking hosts need. Cloudflare allows one
   * entry-point ruleset per zone and phase, so set it to `false` when another tool owns them;
   * synthesis then warns with the rules that owner must add.
   * @default true
   */
  readonly manageRulesets?: boolean;
  /**
   * Who owns the zone's entry-point rulesets and already covers this zone's proxied hosts in
   * them (e.g. another stack generated from the same config file). Implies `manageRulesets:
   * false`; synthesis then does not warn for each host.
   * @default - nobody known: with `manageRulesets: false`, synthesis warns with the rules to add
   */
  readonly rulesetsOwner?: string;
  /**
   * The ids of entry-point rulesets that already exist in the zone, per phase (e.g. held until now
   * by another stack, or made in the dashboard): the first apply imports them and takes them over
   * instead of creating a second one, which Cloudflare refuses (error 20217). Their rules are
   * replaced by this zone's. Each id is 32 lowercase hex characters; the API's
   * `GET /zones/<zone id>/rulesets/phases/<phase>/entrypoint` shows it.
   * @default - the rulesets are created
   */
  readonly existingRulesetIds?: ExistingRulesetIds;
  /**
   * Whether the zone has an advanced certificate covering proxied hosts more than one level below
   * the apex (`a.b.example.com`). Universal SSL covers one level only.
   * @default false - proxied tracking hosts must be one level below the apex
   */
  readonly advancedCertificate?: boolean;
  /**
   * The Cloudflare provider that manages the zone's records and rulesets, e.g. one with an
   * `alias` when a stack works with several Cloudflare accounts.
   * @default - the stack's default (unaliased) Cloudflare provider
   */
  readonly provider?: TerraformProvider;
}

/** The ids of a zone's existing entry-point rulesets, by phase (32 lowercase hex characters each). */
export interface ExistingRulesetIds {
  /**
   * The entry-point ruleset of phase `http_config_settings` (SSL full).
   * @default - created
   */
  readonly http_config_settings?: string;
  /**
   * The entry-point ruleset of phase `http_request_cache_settings` (no cache).
   * @default - created
   */
  readonly http_request_cache_settings?: string;
}

/**
 * An existing Cloudflare DNS zone. It does not create or manage the zone itself; it adds the
 * records that tracking domains ask for and, for proxied hosts, the zone's one ruleset per phase.
 * The stack must configure a Cloudflare provider: the default one, or the one given as `provider`.
 */
export class CloudflareDnsZone extends Construct implements IDnsZone {
  /** The Cloudflare zone id. */
  public readonly zoneId: string;
  /** The zone's apex name. */
  public readonly zoneName: string;
  /** Always `cloudflare`. */
  public readonly dnsProvider = "cloudflare";
  /** Whether this zone emits the entry-point rulesets for proxied hosts. */
  public readonly manageRulesets: boolean;
  /** Whether the zone has an advanced certificate covering hosts deeper than one level. */
  public readonly advancedCertificate: boolean;
  /** Who owns the zone's rulesets when this zone does not, if known. */
  public readonly rulesetsOwner?: string;
  /** The entry-point rulesets, once a proxied host exists and `manageRulesets` is on. */
  public readonly rulesets: Ruleset[] = [];
  /** The Cloudflare provider of the zone's resources; `undefined` for the stack's default one. */
  public readonly provider?: TerraformProvider;
  private readonly hosts: string[] = [];
  /** The zone's DNS-only records: the rules wait for them (see `createRulesets`). */
  private readonly dnsOnlyRecords: TerraformResource[] = [];
  private readonly existingRulesetIds: ExistingRulesetIds;

  constructor(scope: Construct, id: string, props: CloudflareDnsZoneProps) {
    super(scope, id);
    const where = `CloudflareDnsZone ${id}`;
    requireProps(where, props, "zoneId and zoneName");
    requireString(where, props, "zoneId");
    requireString(where, props, "zoneName");
    requireOptionalBoolean(where, props, "manageRulesets");
    requireOptionalBoolean(where, props, "advancedCertificate");
    if (!Token.isUnresolved(props.zoneId) && !ZONE_ID.test(props.zoneId)) {
      throw new TrackingDomainError(
        `CloudflareDnsZone ${id}: zoneId ${quote(props.zoneId)} is not a Cloudflare zone id (32 lowercase hex characters)`,
      );
    }
    const problem = Token.isUnresolved(props.zoneName) ? undefined : hostNameProblem(props.zoneName);
    if (problem) {
      throw new TrackingDomainError(`CloudflareDnsZone ${id}: zoneName ${quote(props.zoneName)} is not a valid zone name: ${problem}`);
    }
    checkProvider(`CloudflareDnsZone ${id}`, props.provider, "cloudflare");
    this.provider = props.provider;
    this.claimZoneId(props.zoneId);
    this.zoneId = props.zoneId;
    this.zoneName = props.zoneName;
    if (props.rulesetsOwner !== undefined && props.manageRulesets === true) {
      throw new TrackingDomainError(
        `CloudflareDnsZone ${id}: manageRulesets is true but rulesetsOwner says ${quote(props.rulesetsOwner)} owns the rulesets; set one of them`,
      );
    }
    this.rulesetsOwner = props.rulesetsOwner;
    this.manageRulesets = props.rulesetsOwner === undefined && (props.manageRulesets ?? true);
    this.advancedCertificate = props.advancedCertificate ?? false;
    this.existingRulesetIds = checkRulesetIds(id, props.existingRulesetIds);
    if (!this.manageRulesets) {
      if (Object.keys(this.existingRulesetIds).length > 0) {
        throw new TrackingDomainError(
          `CloudflareDnsZone ${id}: existingRulesetIds adopts rulesets, but this zone does not manage its rulesets (${
            props.rulesetsOwner !== undefined ? `rulesetsOwner is ${quote(props.rulesetsOwner)}` : "manageRulesets is false"
          })`,
        );
      }
      // A zone that held the rulesets and hands them over (to another stack or tool) forgets them
      // rather than deleting them: the new owner takes over the live ones, so no proxied host is
      // ever without its rules, whichever stack applies first.
      for (const phase of PROXY_PHASES) new ForgottenRuleset(this, phase);
    }
  }

  /**
   * One zone object per zone id and stack: two would emit two entry-point rulesets per phase,
   * which Cloudflare refuses, and split the zone's proxied hosts between them.
   */
  private claimZoneId(zoneId: string): void {
    if (Token.isUnresolved(zoneId)) {
      checkBeforeSynthesis(this, (run) => this.checkResolvedZoneId(run, zoneId));
      return;
    }
    zoneIds.claimOnce(
      this,
      zoneId,
      this.node.path,
      (earlier) =>
        `CloudflareDnsZone ${this.node.id}: zone id ${quote(zoneId)} already has a zone object in this stack (${earlier}); create one CloudflareDnsZone per zone and share it`,
    );
  }

  /**
   * A token zone id, once resolved: a literal id is claimed like one given as a string; one known
   * only at plan time cannot be compared, so a zone with it may not emit rulesets.
   */
  private checkResolvedZoneId(run: SynthesisRun, zoneId: string): void {
    const resolved = run.resolve(zoneId);
    if (typeof resolved === "string" && !resolved.includes("${") && ZONE_ID.test(resolved)) {
      const earlier = run.claim("cloudflare zone id", resolved, this.node.path) ?? zoneIds.claim(this, resolved, this.node.path);
      if (earlier === undefined || earlier === this.node.path) return;
      throw new TrackingDomainError(
        `CloudflareDnsZone ${this.node.id}: zoneId resolves to ${quote(resolved)}, which already has a zone object in this stack (${earlier}); create one CloudflareDnsZone per zone and share it`,
      );
    }
    if (this.rulesets.length > 0) {
      throw new TrackingDomainError(
        `CloudflareDnsZone ${this.node.id}: zoneId resolves to ${quote(resolved)}, not a zone id known at synthesis, and the zone emits entry-point rulesets: ` +
          `another zone object could name the same zone at plan time and make a second ruleset per phase, which Cloudflare refuses. Give the zone id as a string, or set manageRulesets: false`,
      );
    }
  }

  /** The hosts proxied through Cloudflare for SendGrid tracking, sorted. */
  public get proxiedHosts(): string[] {
    return [...new Set(this.hosts)].sort();
  }

  /**
   * The rules the zone's proxied hosts need, per entry-point phase, split so that no expression
   * exceeds Cloudflare's 4,096 characters: what the rulesets hold, or, with `manageRulesets:
   * false`, what their owner must hold, as data (e.g. for a `TerraformOutput` or a script).
   */
  public proxyRules(): Record<ProxyPhase, ProxyRule[]> {
    return proxyRulesByPhase(this.proxiedHosts);
  }

  public addRecord(scope: Construct, id: string, options: DnsRecordOptions): TerraformResource {
    if (
      options.existingRecordId !== undefined &&
      !Token.isUnresolved(options.existingRecordId) &&
      !RECORD_ID.test(options.existingRecordId)
    ) {
      throw new TrackingDomainError(
        `${options.name}: existingRecordId ${quote(options.existingRecordId)} is not a Cloudflare DNS record id (32 lowercase hex characters)`,
      );
    }
    if (options.type === "TXT" && options.proxied) {
      throw new TrackingDomainError(`${options.name}: a TXT record cannot be proxied`);
    }
    // A proxied record turns proxied only once SSL full and no-cache exist for it (else a 526 on a
    // zone whose default is Full (strict)), whoever asks for it, on adoption or a switch of edge too.
    const dependsOn = [...(options.dependsOn ?? []), ...(options.proxied ? this.rulesets : [])];
    const record = new DnsRecord(scope, id, {
      zoneId: this.zoneId,
      name: options.name,
      type: options.type,
      content: options.type === "TXT" ? txtContent(options.value) : options.value,
      ttl: AUTOMATIC_TTL,
      proxied: options.proxied ?? false,
      comment: options.comment,
      dependsOn: dependsOn.length ? dependsOn : undefined,
      lifecycle: recordLifecycle(options, ["content"]),
      provider: this.provider,
    });
    // Cloudflare's import id for a DNS record is "<zone id>/<record id>".
    if (options.existingRecordId !== undefined) record.importFrom(`${this.zoneId}/${options.existingRecordId}`, this.provider);
    if (!options.proxied) {
      this.dnsOnlyRecords.push(record);
      for (const ruleset of this.rulesets) ruleset.dependsOn = [...(ruleset.dependsOn ?? []), dependable(record)];
    }
    return record;
  }

  /**
   * Registers a host proxied for SendGrid tracking. The zone's rulesets are created with the
   * first host, and their rules cover every registered host, resolved at synthesis.
   */
  public addProxiedHost(host: string): void {
    this.hosts.push(host);
    if (!this.manageRulesets && this.rulesetsOwner !== undefined) return;
    if (!this.manageRulesets) {
      const rules = proxyRules([host])
        .map((rule) => `phase ${rule.phase}: ${rule.action} ${JSON.stringify(rule.actionParameters)} when ${rule.expression}`)
        .join("; ");
      Annotations.of(this).addWarning(
        withoutTokens(
          `Zone ${this.zoneName} does not manage its rulesets (manageRulesets: false). Its owner must add for ${host}: ${rules}`,
        ),
      );
      return;
    }
    if (this.rulesets.length === 0) this.createRulesets();
  }

  private createRulesets(): void {
    // Run once every host is registered: aspects visit the tree just before synthesis.
    Aspects.of(this).add({
      visit: (node) => {
        if (node !== this) return;
        const warning = ruleCountWarning(this.zoneName, this.proxiedHosts);
        if (warning) Annotations.of(this).addWarning(withoutTokens(warning));
      },
    });
    for (const phase of PROXY_PHASES) {
      const ruleset = new Ruleset(this, phase, {
        zoneId: this.zoneId,
        kind: "zone",
        phase,
        name: `SendGrid link tracking (${phase})`,
        description: "Managed by cdktf-ssl-tracking-domain; one entry-point ruleset per zone and phase",
        provider: this.provider,
        rules: Lazy.anyValue({
          // Rules are built at synthesis, so domains added after this point are covered too;
          // the generated converter keeps their Terraform names checked by the compiler.
          produce: () =>
            this.proxyRules()[phase].map((rule) =>
              rulesetRulesToTerraform({
                ref: rule.ref,
                description: rule.description,
                expression: rule.expression,
                action: rule.action,
                actionParameters: rule.actionParameters,
                enabled: true,
              } satisfies RulesetRules),
            ),
        }),
        // A host's rules are removed only after its CNAME has stopped being proxied (a switch to
        // Fastly): the rules wait for the zone's DNS-only records.
        dependsOn: this.dnsOnlyRecords.length ? this.dnsOnlyRecords : undefined,
        // Stored in the state: when the zone's last proxied host leaves, the rulesets are deleted
        // after its CNAME has moved, not before. A ruleset is never replaced (its zone, kind,
        // name and phase are fixed), so no second ruleset of a phase is ever created.
        lifecycle: { createBeforeDestroy: true },
      });
      // Cloudflare's import id of a zone ruleset is "zones/<zone id>/<ruleset id>".
      const existing = this.existingRulesetIds[phase];
      if (existing !== undefined) ruleset.importFrom(`zones/${this.zoneId}/${existing}`, this.provider);
      this.rulesets.push(ruleset);
    }
  }
}

const RULESET_ID = /^[0-9a-f]{32}$/;

/** `existingRulesetIds`, checked: only the two phases, each a ruleset id. */
function checkRulesetIds(id: string, ids: unknown): ExistingRulesetIds {
  if (ids === undefined) return {};
  if (typeof ids !== "object" || ids === null || Array.isArray(ids)) {
    throw new TrackingDomainError(`CloudflareDnsZone ${id}: existingRulesetIds ${quote(ids)} is not an object of ruleset ids by phase`);
  }
  for (const [phase, value] of Object.entries(ids)) {
    if (!(PROXY_PHASES as readonly string[]).includes(phase)) {
      throw new TrackingDomainError(
        `CloudflareDnsZone ${id}: existingRulesetIds has the phase ${quote(phase)}; the phases are ${PROXY_PHASES.join(" and ")}`,
      );
    }
    if (typeof value !== "string" || (!Token.isUnresolved(value) && !RULESET_ID.test(value))) {
      throw new TrackingDomainError(
        `CloudflareDnsZone ${id}: existingRulesetIds.${phase} ${quote(value)} is not a Cloudflare ruleset id (32 lowercase hex characters)`,
      );
    }
  }
  return ids as ExistingRulesetIds;
}

/**
 * A Terraform `removed` block (destroy = false) at the address the zone's ruleset of a phase has
 * when the zone manages it: when the zone stops managing its rulesets, Terraform forgets them
 * instead of deleting the live rules. Nothing happens when the state holds no such ruleset.
 * Needs Terraform 1.7 or OpenTofu 1.7 or later.
 */
class ForgottenRuleset extends TerraformElement {
  public toTerraform(): Record<string, unknown> {
    return { removed: [{ from: `cloudflare_ruleset.${this.friendlyUniqueId}`, lifecycle: { destroy: false } }] };
  }
}
