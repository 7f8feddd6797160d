import { Construct } from "constructs";
import { TerraformProvider, TerraformStack, Token } from "../framework";
import { DataFastlyTlsConfiguration } from "../.gen/providers/fastly/data-fastly-tls-configuration";
import { sharedId } from "./provider";

const ID = "fastly-default-tls-configuration";

/**
 * The Fastly account's default TLS configuration, read once per stack and provider: every managed
 * subscription that names no configuration uses it, and its DNS records say where a
 * subdomain's CNAME must point.
 */
export class FastlyDefaultTlsConfiguration extends Construct {
  /** The single instance of the stack of `scope` and of `provider` (default: the unaliased one), created on first use. */
  public static of(scope: Construct, provider?: TerraformProvider): FastlyDefaultTlsConfiguration {
    const stack = TerraformStack.of(scope);
    const id = sharedId(ID, provider);
    const existing = stack.node.tryFindChild(id);
    return existing instanceof FastlyDefaultTlsConfiguration ? existing : new FastlyDefaultTlsConfiguration(stack, id, provider);
  }

  /** The `fastly_tls_configuration` data source (`default = true`). */
  public readonly dataSource: DataFastlyTlsConfiguration;
  /**
   * The CNAME target for subdomains (e.g. `j.sni.global.fastly.net`): the configuration's
   * global CNAME record, else its first CNAME record.
   */
  public readonly cnameTarget: string;

  private constructor(scope: Construct, id: string, provider: TerraformProvider | undefined) {
    super(scope, id);
    this.dataSource = new DataFastlyTlsConfiguration(this, "default", { default: true, provider });
    const records = `${this.dataSource.fqn}.dns_records`;
    const cnames = (condition: string) => `[for r in ${records} : r.record_value if ${condition}]`;
    this.cnameTarget = Token.asString(
      `\${concat(${cnames(`r.record_type == "CNAME" && r.region == "global"`)}, ${cnames(`r.record_type == "CNAME"`)})[0]}`,
    );
  }
}
