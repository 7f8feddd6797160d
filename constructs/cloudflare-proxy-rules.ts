/**
 * The zone-level rules a Cloudflare-proxied tracking host needs, as plain data: the zone turns
 * them into its entry-point rulesets, or into a warning for whoever owns those rulesets.
 */

/** The entry-point phases a proxied tracking host needs a rule in. */
export const PROXY_PHASES = ["http_config_settings", "http_request_cache_settings"] as const;
export type ProxyPhase = (typeof PROXY_PHASES)[number];

/** A rule of one entry-point phase. */
export interface ProxyRule {
  readonly phase: ProxyPhase;
  /** Stable rule reference, so an added host updates the rule instead of replacing it. */
  readonly ref: string;
  readonly description: string;
  readonly action: "set_config" | "set_cache_settings";
  readonly actionParameters: { readonly ssl?: "full"; readonly cache?: false };
  readonly expression: string;
}

/** `(http.host in {"a.example.com" "b.example.com"})`, hosts sorted so output is deterministic. */
export function hostExpression(hosts: readonly string[]): string {
  const sorted = [...new Set(hosts)].sort();
  return `(http.host in {${sorted.map((host) => JSON.stringify(host)).join(" ")}})`;
}

/**
 * SSL mode `full`, not `strict`: SendGrid's certificate names *.sendgrid.net, not the branded
 * host, so a strict check would answer 526. Caching off, so every open and click reaches SendGrid.
 */
export function proxyRules(hosts: readonly string[]): ProxyRule[] {
  const expression = hostExpression(hosts);
  return [
    {
      phase: "http_config_settings",
      ref: "sendgrid_tracking_ssl_full",
      description: "SendGrid link tracking: SSL full to the origin",
      action: "set_config",
      actionParameters: { ssl: "full" },
      expression,
    },
    {
      phase: "http_request_cache_settings",
      ref: "sendgrid_tracking_no_cache",
      description: "SendGrid link tracking: never cache",
      action: "set_cache_settings",
      actionParameters: { cache: false },
      expression,
    },
  ];
}
