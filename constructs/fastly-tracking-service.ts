import { Construct } from "constructs";
import {
  TerraformMetaArguments,
  TerraformResource,
  booleanToHclTerraform,
  booleanToTerraform,
  listMapper,
  listMapperHcl,
  numberToHclTerraform,
  numberToTerraform,
  stringToHclTerraform,
  stringToTerraform,
} from "../framework";
import {
  ServiceVcl,
  ServiceVclBackend,
  ServiceVclDomain,
  ServiceVclRequestSetting,
  serviceVclBackendToHclTerraform,
  serviceVclBackendToTerraform,
  serviceVclDomainToHclTerraform,
  serviceVclDomainToTerraform,
  serviceVclRequestSettingToHclTerraform,
  serviceVclRequestSettingToTerraform,
} from "../.gen/providers/fastly/service-vcl";

/** The arguments of `fastly_service_vcl` that a tracking domain sets. */
export interface FastlyTrackingServiceConfig extends TerraformMetaArguments {
  /** The service's name in the Fastly console. */
  readonly name: string;
  /** The service's description. */
  readonly comment: string;
  /** Whether each new version is activated on apply. */
  readonly activate: boolean;
  /** The default cache TTL, in seconds. */
  readonly defaultTtl: number;
  /** The domains the service answers for. */
  readonly domain: ServiceVclDomain[];
  /** The origins. */
  readonly backend: ServiceVclBackend[];
  /** Request settings, e.g. pass instead of lookup. */
  readonly requestSetting: ServiceVclRequestSetting[];
  /**
   * Deactivate and delete the service when Terraform destroys it: Fastly refuses to delete an
   * active service otherwise.
   * @default - unset: Fastly refuses to delete the service while it is active
   */
  readonly forceDestroy?: boolean;
}

/**
 * A `fastly_service_vcl` with only the arguments a tracking domain uses, converted by the
 * generated bindings' own functions. The generated `ServiceVcl` class builds one token list per
 * block type (57) on construction, each capturing a stack trace: at a thousand domains that was
 * most of the synthesis time.
 */
export class FastlyTrackingService extends TerraformResource {
  /** The Terraform resource type. */
  public static readonly tfResourceType = ServiceVcl.tfResourceType;

  constructor(
    scope: Construct,
    id: string,
    private readonly config: FastlyTrackingServiceConfig,
  ) {
    // The meta-arguments (provider, dependsOn, lifecycle, ...) pass through; the rest is read
    // by synthesizeAttributes.
    super(scope, id, {
      ...config,
      terraformResourceType: FastlyTrackingService.tfResourceType,
      // As the generated bindings declare it, so required_providers stays the same.
      terraformGeneratorMetadata: { providerName: "fastly", providerVersion: "9.5.1", providerVersionConstraint: "~> 9.5" },
    });
  }

  /** The service's id. */
  public get id(): string {
    return this.getStringAttribute("id");
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    const c = this.config;
    return {
      activate: booleanToTerraform(c.activate),
      comment: stringToTerraform(c.comment),
      default_ttl: numberToTerraform(c.defaultTtl),
      force_destroy: booleanToTerraform(c.forceDestroy),
      name: stringToTerraform(c.name),
      backend: listMapper(serviceVclBackendToTerraform, true)(c.backend),
      domain: listMapper(serviceVclDomainToTerraform, true)(c.domain),
      request_setting: listMapper(serviceVclRequestSettingToTerraform, true)(c.requestSetting),
    };
  }

  protected synthesizeHclAttributes(): Record<string, unknown> {
    const c = this.config;
    const simple = (value: unknown, storageClassType: string) => ({ value, isBlock: false, type: "simple", storageClassType });
    const set = (value: unknown, storageClassType: string) => ({ value, isBlock: true, type: "set", storageClassType });
    return {
      activate: simple(booleanToHclTerraform(c.activate), "boolean"),
      comment: simple(stringToHclTerraform(c.comment), "string"),
      default_ttl: simple(numberToHclTerraform(c.defaultTtl), "number"),
      force_destroy: simple(booleanToHclTerraform(c.forceDestroy), "boolean"),
      name: simple(stringToHclTerraform(c.name), "string"),
      backend: set(listMapperHcl(serviceVclBackendToHclTerraform, true)(c.backend), "ServiceVclBackendList"),
      domain: set(listMapperHcl(serviceVclDomainToHclTerraform, true)(c.domain), "ServiceVclDomainList"),
      request_setting: set(listMapperHcl(serviceVclRequestSettingToHclTerraform, true)(c.requestSetting), "ServiceVclRequestSettingList"),
    };
  }
}
