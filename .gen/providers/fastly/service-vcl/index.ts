// https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../../../framework';

// Configuration

export interface ServiceVclConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#activate ServiceVcl#activate}
  */
  readonly activate?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#comment ServiceVcl#comment}
  */
  readonly comment?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#default_host ServiceVcl#default_host}
  */
  readonly defaultHost?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#default_ttl ServiceVcl#default_ttl}
  */
  readonly defaultTtl?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#force_destroy ServiceVcl#force_destroy}
  */
  readonly forceDestroy?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#http3 ServiceVcl#http3}
  */
  readonly http3?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#id ServiceVcl#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#name ServiceVcl#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#reuse ServiceVcl#reuse}
  */
  readonly reuse?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#stage ServiceVcl#stage}
  */
  readonly stage?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#stale_if_error ServiceVcl#stale_if_error}
  */
  readonly staleIfError?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#stale_if_error_ttl ServiceVcl#stale_if_error_ttl}
  */
  readonly staleIfErrorTtl?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#version_comment ServiceVcl#version_comment}
  */
  readonly versionComment?: string;
  /**
  * backend block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#backend ServiceVcl#backend}
  */
  readonly backend?: ServiceVclBackend[] | cdktf.IResolvable;
  /**
  * domain block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#domain ServiceVcl#domain}
  */
  readonly domain?: ServiceVclDomain[] | cdktf.IResolvable;
  /**
  * request_setting block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#request_setting ServiceVcl#request_setting}
  */
  readonly requestSetting?: ServiceVclRequestSetting[] | cdktf.IResolvable;
}
export interface ServiceVclBackend {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#address ServiceVcl#address}
  */
  readonly address: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#auto_loadbalance ServiceVcl#auto_loadbalance}
  */
  readonly autoLoadbalance?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#between_bytes_timeout ServiceVcl#between_bytes_timeout}
  */
  readonly betweenBytesTimeout?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#connect_timeout ServiceVcl#connect_timeout}
  */
  readonly connectTimeout?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#error_threshold ServiceVcl#error_threshold}
  */
  readonly errorThreshold?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#first_byte_timeout ServiceVcl#first_byte_timeout}
  */
  readonly firstByteTimeout?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#healthcheck ServiceVcl#healthcheck}
  */
  readonly healthcheck?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#keepalive_time ServiceVcl#keepalive_time}
  */
  readonly keepaliveTime?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#max_conn ServiceVcl#max_conn}
  */
  readonly maxConn?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#max_lifetime ServiceVcl#max_lifetime}
  */
  readonly maxLifetime?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#max_tls_version ServiceVcl#max_tls_version}
  */
  readonly maxTlsVersion?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#max_use ServiceVcl#max_use}
  */
  readonly maxUse?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#min_tls_version ServiceVcl#min_tls_version}
  */
  readonly minTlsVersion?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#name ServiceVcl#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#override_host ServiceVcl#override_host}
  */
  readonly overrideHost?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#port ServiceVcl#port}
  */
  readonly port?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#prefer_ipv6 ServiceVcl#prefer_ipv6}
  */
  readonly preferIpv6?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#request_condition ServiceVcl#request_condition}
  */
  readonly requestCondition?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#share_key ServiceVcl#share_key}
  */
  readonly shareKey?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#shield ServiceVcl#shield}
  */
  readonly shield?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#ssl_ca_cert ServiceVcl#ssl_ca_cert}
  */
  readonly sslCaCert?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#ssl_cert_hostname ServiceVcl#ssl_cert_hostname}
  */
  readonly sslCertHostname?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#ssl_check_cert ServiceVcl#ssl_check_cert}
  */
  readonly sslCheckCert?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#ssl_ciphers ServiceVcl#ssl_ciphers}
  */
  readonly sslCiphers?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#ssl_client_cert ServiceVcl#ssl_client_cert}
  */
  readonly sslClientCert?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#ssl_client_key ServiceVcl#ssl_client_key}
  */
  readonly sslClientKey?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#ssl_sni_hostname ServiceVcl#ssl_sni_hostname}
  */
  readonly sslSniHostname?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#use_ssl ServiceVcl#use_ssl}
  */
  readonly useSsl?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#weight ServiceVcl#weight}
  */
  readonly weight?: number;
}

export function serviceVclBackendToTerraform(struct?: ServiceVclBackend | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    auto_loadbalance: cdktf.booleanToTerraform(struct!.autoLoadbalance),
    between_bytes_timeout: cdktf.numberToTerraform(struct!.betweenBytesTimeout),
    connect_timeout: cdktf.numberToTerraform(struct!.connectTimeout),
    error_threshold: cdktf.numberToTerraform(struct!.errorThreshold),
    first_byte_timeout: cdktf.numberToTerraform(struct!.firstByteTimeout),
    healthcheck: cdktf.stringToTerraform(struct!.healthcheck),
    keepalive_time: cdktf.numberToTerraform(struct!.keepaliveTime),
    max_conn: cdktf.numberToTerraform(struct!.maxConn),
    max_lifetime: cdktf.numberToTerraform(struct!.maxLifetime),
    max_tls_version: cdktf.stringToTerraform(struct!.maxTlsVersion),
    max_use: cdktf.numberToTerraform(struct!.maxUse),
    min_tls_version: cdktf.stringToTerraform(struct!.minTlsVersion),
    name: cdktf.stringToTerraform(struct!.name),
    override_host: cdktf.stringToTerraform(struct!.overrideHost),
    port: cdktf.numberToTerraform(struct!.port),
    prefer_ipv6: cdktf.booleanToTerraform(struct!.preferIpv6),
    request_condition: cdktf.stringToTerraform(struct!.requestCondition),
    share_key: cdktf.stringToTerraform(struct!.shareKey),
    shield: cdktf.stringToTerraform(struct!.shield),
    ssl_ca_cert: cdktf.stringToTerraform(struct!.sslCaCert),
    ssl_cert_hostname: cdktf.stringToTerraform(struct!.sslCertHostname),
    ssl_check_cert: cdktf.booleanToTerraform(struct!.sslCheckCert),
    ssl_ciphers: cdktf.stringToTerraform(struct!.sslCiphers),
    ssl_client_cert: cdktf.stringToTerraform(struct!.sslClientCert),
    ssl_client_key: cdktf.stringToTerraform(struct!.sslClientKey),
    ssl_sni_hostname: cdktf.stringToTerraform(struct!.sslSniHostname),
    use_ssl: cdktf.booleanToTerraform(struct!.useSsl),
    weight: cdktf.numberToTerraform(struct!.weight),
  }
}


export function serviceVclBackendToHclTerraform(struct?: ServiceVclBackend | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    address: {
      value: cdktf.stringToHclTerraform(struct!.address),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    auto_loadbalance: {
      value: cdktf.booleanToHclTerraform(struct!.autoLoadbalance),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    between_bytes_timeout: {
      value: cdktf.numberToHclTerraform(struct!.betweenBytesTimeout),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    connect_timeout: {
      value: cdktf.numberToHclTerraform(struct!.connectTimeout),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    error_threshold: {
      value: cdktf.numberToHclTerraform(struct!.errorThreshold),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    first_byte_timeout: {
      value: cdktf.numberToHclTerraform(struct!.firstByteTimeout),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    healthcheck: {
      value: cdktf.stringToHclTerraform(struct!.healthcheck),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    keepalive_time: {
      value: cdktf.numberToHclTerraform(struct!.keepaliveTime),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    max_conn: {
      value: cdktf.numberToHclTerraform(struct!.maxConn),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    max_lifetime: {
      value: cdktf.numberToHclTerraform(struct!.maxLifetime),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    max_tls_version: {
      value: cdktf.stringToHclTerraform(struct!.maxTlsVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    max_use: {
      value: cdktf.numberToHclTerraform(struct!.maxUse),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    min_tls_version: {
      value: cdktf.stringToHclTerraform(struct!.minTlsVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    override_host: {
      value: cdktf.stringToHclTerraform(struct!.overrideHost),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    port: {
      value: cdktf.numberToHclTerraform(struct!.port),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    prefer_ipv6: {
      value: cdktf.booleanToHclTerraform(struct!.preferIpv6),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    request_condition: {
      value: cdktf.stringToHclTerraform(struct!.requestCondition),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    share_key: {
      value: cdktf.stringToHclTerraform(struct!.shareKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    shield: {
      value: cdktf.stringToHclTerraform(struct!.shield),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ssl_ca_cert: {
      value: cdktf.stringToHclTerraform(struct!.sslCaCert),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ssl_cert_hostname: {
      value: cdktf.stringToHclTerraform(struct!.sslCertHostname),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ssl_check_cert: {
      value: cdktf.booleanToHclTerraform(struct!.sslCheckCert),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    ssl_ciphers: {
      value: cdktf.stringToHclTerraform(struct!.sslCiphers),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ssl_client_cert: {
      value: cdktf.stringToHclTerraform(struct!.sslClientCert),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ssl_client_key: {
      value: cdktf.stringToHclTerraform(struct!.sslClientKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ssl_sni_hostname: {
      value: cdktf.stringToHclTerraform(struct!.sslSniHostname),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    use_ssl: {
      value: cdktf.booleanToHclTerraform(struct!.useSsl),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    weight: {
      value: cdktf.numberToHclTerraform(struct!.weight),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServiceVclBackendOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ServiceVclBackend | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._autoLoadbalance !== undefined) {
      hasAnyValues = true;
      internalValueResult.autoLoadbalance = this._autoLoadbalance;
    }
    if (this._betweenBytesTimeout !== undefined) {
      hasAnyValues = true;
      internalValueResult.betweenBytesTimeout = this._betweenBytesTimeout;
    }
    if (this._connectTimeout !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectTimeout = this._connectTimeout;
    }
    if (this._errorThreshold !== undefined) {
      hasAnyValues = true;
      internalValueResult.errorThreshold = this._errorThreshold;
    }
    if (this._firstByteTimeout !== undefined) {
      hasAnyValues = true;
      internalValueResult.firstByteTimeout = this._firstByteTimeout;
    }
    if (this._healthcheck !== undefined) {
      hasAnyValues = true;
      internalValueResult.healthcheck = this._healthcheck;
    }
    if (this._keepaliveTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.keepaliveTime = this._keepaliveTime;
    }
    if (this._maxConn !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxConn = this._maxConn;
    }
    if (this._maxLifetime !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxLifetime = this._maxLifetime;
    }
    if (this._maxTlsVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxTlsVersion = this._maxTlsVersion;
    }
    if (this._maxUse !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxUse = this._maxUse;
    }
    if (this._minTlsVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.minTlsVersion = this._minTlsVersion;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._overrideHost !== undefined) {
      hasAnyValues = true;
      internalValueResult.overrideHost = this._overrideHost;
    }
    if (this._port !== undefined) {
      hasAnyValues = true;
      internalValueResult.port = this._port;
    }
    if (this._preferIpv6 !== undefined) {
      hasAnyValues = true;
      internalValueResult.preferIpv6 = this._preferIpv6;
    }
    if (this._requestCondition !== undefined) {
      hasAnyValues = true;
      internalValueResult.requestCondition = this._requestCondition;
    }
    if (this._shareKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.shareKey = this._shareKey;
    }
    if (this._shield !== undefined) {
      hasAnyValues = true;
      internalValueResult.shield = this._shield;
    }
    if (this._sslCaCert !== undefined) {
      hasAnyValues = true;
      internalValueResult.sslCaCert = this._sslCaCert;
    }
    if (this._sslCertHostname !== undefined) {
      hasAnyValues = true;
      internalValueResult.sslCertHostname = this._sslCertHostname;
    }
    if (this._sslCheckCert !== undefined) {
      hasAnyValues = true;
      internalValueResult.sslCheckCert = this._sslCheckCert;
    }
    if (this._sslCiphers !== undefined) {
      hasAnyValues = true;
      internalValueResult.sslCiphers = this._sslCiphers;
    }
    if (this._sslClientCert !== undefined) {
      hasAnyValues = true;
      internalValueResult.sslClientCert = this._sslClientCert;
    }
    if (this._sslClientKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.sslClientKey = this._sslClientKey;
    }
    if (this._sslSniHostname !== undefined) {
      hasAnyValues = true;
      internalValueResult.sslSniHostname = this._sslSniHostname;
    }
    if (this._useSsl !== undefined) {
      hasAnyValues = true;
      internalValueResult.useSsl = this._useSsl;
    }
    if (this._weight !== undefined) {
      hasAnyValues = true;
      internalValueResult.weight = this._weight;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServiceVclBackend | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._address = undefined;
      this._autoLoadbalance = undefined;
      this._betweenBytesTimeout = undefined;
      this._connectTimeout = undefined;
      this._errorThreshold = undefined;
      this._firstByteTimeout = undefined;
      this._healthcheck = undefined;
      this._keepaliveTime = undefined;
      this._maxConn = undefined;
      this._maxLifetime = undefined;
      this._maxTlsVersion = undefined;
      this._maxUse = undefined;
      this._minTlsVersion = undefined;
      this._name = undefined;
      this._overrideHost = undefined;
      this._port = undefined;
      this._preferIpv6 = undefined;
      this._requestCondition = undefined;
      this._shareKey = undefined;
      this._shield = undefined;
      this._sslCaCert = undefined;
      this._sslCertHostname = undefined;
      this._sslCheckCert = undefined;
      this._sslCiphers = undefined;
      this._sslClientCert = undefined;
      this._sslClientKey = undefined;
      this._sslSniHostname = undefined;
      this._useSsl = undefined;
      this._weight = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._address = value.address;
      this._autoLoadbalance = value.autoLoadbalance;
      this._betweenBytesTimeout = value.betweenBytesTimeout;
      this._connectTimeout = value.connectTimeout;
      this._errorThreshold = value.errorThreshold;
      this._firstByteTimeout = value.firstByteTimeout;
      this._healthcheck = value.healthcheck;
      this._keepaliveTime = value.keepaliveTime;
      this._maxConn = value.maxConn;
      this._maxLifetime = value.maxLifetime;
      this._maxTlsVersion = value.maxTlsVersion;
      this._maxUse = value.maxUse;
      this._minTlsVersion = value.minTlsVersion;
      this._name = value.name;
      this._overrideHost = value.overrideHost;
      this._port = value.port;
      this._preferIpv6 = value.preferIpv6;
      this._requestCondition = value.requestCondition;
      this._shareKey = value.shareKey;
      this._shield = value.shield;
      this._sslCaCert = value.sslCaCert;
      this._sslCertHostname = value.sslCertHostname;
      this._sslCheckCert = value.sslCheckCert;
      this._sslCiphers = value.sslCiphers;
      this._sslClientCert = value.sslClientCert;
      this._sslClientKey = value.sslClientKey;
      this._sslSniHostname = value.sslSniHostname;
      this._useSsl = value.useSsl;
      this._weight = value.weight;
    }
  }

  // address - computed: false, optional: false, required: true
  private _address?: string; 
  public get address() {
    return this.getStringAttribute('address');
  }
  public set address(value: string) {
    this._address = value;
  }
  // Temporarily expose input value. Use with caution.
  public get addressInput() {
    return this._address;
  }

  // auto_loadbalance - computed: false, optional: true, required: false
  private _autoLoadbalance?: boolean | cdktf.IResolvable; 
  public get autoLoadbalance() {
    return this.getBooleanAttribute('auto_loadbalance');
  }
  public set autoLoadbalance(value: boolean | cdktf.IResolvable) {
    this._autoLoadbalance = value;
  }
  public resetAutoLoadbalance() {
    this._autoLoadbalance = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoLoadbalanceInput() {
    return this._autoLoadbalance;
  }

  // between_bytes_timeout - computed: false, optional: true, required: false
  private _betweenBytesTimeout?: number; 
  public get betweenBytesTimeout() {
    return this.getNumberAttribute('between_bytes_timeout');
  }
  public set betweenBytesTimeout(value: number) {
    this._betweenBytesTimeout = value;
  }
  public resetBetweenBytesTimeout() {
    this._betweenBytesTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get betweenBytesTimeoutInput() {
    return this._betweenBytesTimeout;
  }

  // connect_timeout - computed: false, optional: true, required: false
  private _connectTimeout?: number; 
  public get connectTimeout() {
    return this.getNumberAttribute('connect_timeout');
  }
  public set connectTimeout(value: number) {
    this._connectTimeout = value;
  }
  public resetConnectTimeout() {
    this._connectTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectTimeoutInput() {
    return this._connectTimeout;
  }

  // error_threshold - computed: false, optional: true, required: false
  private _errorThreshold?: number; 
  public get errorThreshold() {
    return this.getNumberAttribute('error_threshold');
  }
  public set errorThreshold(value: number) {
    this._errorThreshold = value;
  }
  public resetErrorThreshold() {
    this._errorThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get errorThresholdInput() {
    return this._errorThreshold;
  }

  // first_byte_timeout - computed: false, optional: true, required: false
  private _firstByteTimeout?: number; 
  public get firstByteTimeout() {
    return this.getNumberAttribute('first_byte_timeout');
  }
  public set firstByteTimeout(value: number) {
    this._firstByteTimeout = value;
  }
  public resetFirstByteTimeout() {
    this._firstByteTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get firstByteTimeoutInput() {
    return this._firstByteTimeout;
  }

  // healthcheck - computed: false, optional: true, required: false
  private _healthcheck?: string; 
  public get healthcheck() {
    return this.getStringAttribute('healthcheck');
  }
  public set healthcheck(value: string) {
    this._healthcheck = value;
  }
  public resetHealthcheck() {
    this._healthcheck = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get healthcheckInput() {
    return this._healthcheck;
  }

  // keepalive_time - computed: true, optional: true, required: false
  private _keepaliveTime?: number; 
  public get keepaliveTime() {
    return this.getNumberAttribute('keepalive_time');
  }
  public set keepaliveTime(value: number) {
    this._keepaliveTime = value;
  }
  public resetKeepaliveTime() {
    this._keepaliveTime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keepaliveTimeInput() {
    return this._keepaliveTime;
  }

  // max_conn - computed: false, optional: true, required: false
  private _maxConn?: number; 
  public get maxConn() {
    return this.getNumberAttribute('max_conn');
  }
  public set maxConn(value: number) {
    this._maxConn = value;
  }
  public resetMaxConn() {
    this._maxConn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxConnInput() {
    return this._maxConn;
  }

  // max_lifetime - computed: false, optional: true, required: false
  private _maxLifetime?: number; 
  public get maxLifetime() {
    return this.getNumberAttribute('max_lifetime');
  }
  public set maxLifetime(value: number) {
    this._maxLifetime = value;
  }
  public resetMaxLifetime() {
    this._maxLifetime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxLifetimeInput() {
    return this._maxLifetime;
  }

  // max_tls_version - computed: false, optional: true, required: false
  private _maxTlsVersion?: string; 
  public get maxTlsVersion() {
    return this.getStringAttribute('max_tls_version');
  }
  public set maxTlsVersion(value: string) {
    this._maxTlsVersion = value;
  }
  public resetMaxTlsVersion() {
    this._maxTlsVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxTlsVersionInput() {
    return this._maxTlsVersion;
  }

  // max_use - computed: false, optional: true, required: false
  private _maxUse?: number; 
  public get maxUse() {
    return this.getNumberAttribute('max_use');
  }
  public set maxUse(value: number) {
    this._maxUse = value;
  }
  public resetMaxUse() {
    this._maxUse = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxUseInput() {
    return this._maxUse;
  }

  // min_tls_version - computed: false, optional: true, required: false
  private _minTlsVersion?: string; 
  public get minTlsVersion() {
    return this.getStringAttribute('min_tls_version');
  }
  public set minTlsVersion(value: string) {
    this._minTlsVersion = value;
  }
  public resetMinTlsVersion() {
    this._minTlsVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minTlsVersionInput() {
    return this._minTlsVersion;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // override_host - computed: false, optional: true, required: false
  private _overrideHost?: string; 
  public get overrideHost() {
    return this.getStringAttribute('override_host');
  }
  public set overrideHost(value: string) {
    this._overrideHost = value;
  }
  public resetOverrideHost() {
    this._overrideHost = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get overrideHostInput() {
    return this._overrideHost;
  }

  // port - computed: false, optional: true, required: false
  private _port?: number; 
  public get port() {
    return this.getNumberAttribute('port');
  }
  public set port(value: number) {
    this._port = value;
  }
  public resetPort() {
    this._port = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }

  // prefer_ipv6 - computed: false, optional: true, required: false
  private _preferIpv6?: boolean | cdktf.IResolvable; 
  public get preferIpv6() {
    return this.getBooleanAttribute('prefer_ipv6');
  }
  public set preferIpv6(value: boolean | cdktf.IResolvable) {
    this._preferIpv6 = value;
  }
  public resetPreferIpv6() {
    this._preferIpv6 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get preferIpv6Input() {
    return this._preferIpv6;
  }

  // request_condition - computed: false, optional: true, required: false
  private _requestCondition?: string; 
  public get requestCondition() {
    return this.getStringAttribute('request_condition');
  }
  public set requestCondition(value: string) {
    this._requestCondition = value;
  }
  public resetRequestCondition() {
    this._requestCondition = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requestConditionInput() {
    return this._requestCondition;
  }

  // share_key - computed: false, optional: true, required: false
  private _shareKey?: string; 
  public get shareKey() {
    return this.getStringAttribute('share_key');
  }
  public set shareKey(value: string) {
    this._shareKey = value;
  }
  public resetShareKey() {
    this._shareKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shareKeyInput() {
    return this._shareKey;
  }

  // shield - computed: false, optional: true, required: false
  private _shield?: string; 
  public get shield() {
    return this.getStringAttribute('shield');
  }
  public set shield(value: string) {
    this._shield = value;
  }
  public resetShield() {
    this._shield = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shieldInput() {
    return this._shield;
  }

  // ssl_ca_cert - computed: false, optional: true, required: false
  private _sslCaCert?: string; 
  public get sslCaCert() {
    return this.getStringAttribute('ssl_ca_cert');
  }
  public set sslCaCert(value: string) {
    this._sslCaCert = value;
  }
  public resetSslCaCert() {
    this._sslCaCert = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sslCaCertInput() {
    return this._sslCaCert;
  }

  // ssl_cert_hostname - computed: false, optional: true, required: false
  private _sslCertHostname?: string; 
  public get sslCertHostname() {
    return this.getStringAttribute('ssl_cert_hostname');
  }
  public set sslCertHostname(value: string) {
    this._sslCertHostname = value;
  }
  public resetSslCertHostname() {
    this._sslCertHostname = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sslCertHostnameInput() {
    return this._sslCertHostname;
  }

  // ssl_check_cert - computed: false, optional: true, required: false
  private _sslCheckCert?: boolean | cdktf.IResolvable; 
  public get sslCheckCert() {
    return this.getBooleanAttribute('ssl_check_cert');
  }
  public set sslCheckCert(value: boolean | cdktf.IResolvable) {
    this._sslCheckCert = value;
  }
  public resetSslCheckCert() {
    this._sslCheckCert = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sslCheckCertInput() {
    return this._sslCheckCert;
  }

  // ssl_ciphers - computed: false, optional: true, required: false
  private _sslCiphers?: string; 
  public get sslCiphers() {
    return this.getStringAttribute('ssl_ciphers');
  }
  public set sslCiphers(value: string) {
    this._sslCiphers = value;
  }
  public resetSslCiphers() {
    this._sslCiphers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sslCiphersInput() {
    return this._sslCiphers;
  }

  // ssl_client_cert - computed: false, optional: true, required: false
  private _sslClientCert?: string; 
  public get sslClientCert() {
    return this.getStringAttribute('ssl_client_cert');
  }
  public set sslClientCert(value: string) {
    this._sslClientCert = value;
  }
  public resetSslClientCert() {
    this._sslClientCert = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sslClientCertInput() {
    return this._sslClientCert;
  }

  // ssl_client_key - computed: false, optional: true, required: false
  private _sslClientKey?: string; 
  public get sslClientKey() {
    return this.getStringAttribute('ssl_client_key');
  }
  public set sslClientKey(value: string) {
    this._sslClientKey = value;
  }
  public resetSslClientKey() {
    this._sslClientKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sslClientKeyInput() {
    return this._sslClientKey;
  }

  // ssl_sni_hostname - computed: false, optional: true, required: false
  private _sslSniHostname?: string; 
  public get sslSniHostname() {
    return this.getStringAttribute('ssl_sni_hostname');
  }
  public set sslSniHostname(value: string) {
    this._sslSniHostname = value;
  }
  public resetSslSniHostname() {
    this._sslSniHostname = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sslSniHostnameInput() {
    return this._sslSniHostname;
  }

  // use_ssl - computed: false, optional: true, required: false
  private _useSsl?: boolean | cdktf.IResolvable; 
  public get useSsl() {
    return this.getBooleanAttribute('use_ssl');
  }
  public set useSsl(value: boolean | cdktf.IResolvable) {
    this._useSsl = value;
  }
  public resetUseSsl() {
    this._useSsl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get useSslInput() {
    return this._useSsl;
  }

  // weight - computed: false, optional: true, required: false
  private _weight?: number; 
  public get weight() {
    return this.getNumberAttribute('weight');
  }
  public set weight(value: number) {
    this._weight = value;
  }
  public resetWeight() {
    this._weight = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get weightInput() {
    return this._weight;
  }
}

export class ServiceVclBackendList extends cdktf.ComplexList {
  public internalValue? : ServiceVclBackend[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ServiceVclBackendOutputReference {
    return new ServiceVclBackendOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ServiceVclDomain {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#comment ServiceVcl#comment}
  */
  readonly comment?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#name ServiceVcl#name}
  */
  readonly name: string;
}

export function serviceVclDomainToTerraform(struct?: ServiceVclDomain | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    comment: cdktf.stringToTerraform(struct!.comment),
    name: cdktf.stringToTerraform(struct!.name),
  }
}


export function serviceVclDomainToHclTerraform(struct?: ServiceVclDomain | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    comment: {
      value: cdktf.stringToHclTerraform(struct!.comment),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServiceVclDomainOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ServiceVclDomain | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._comment !== undefined) {
      hasAnyValues = true;
      internalValueResult.comment = this._comment;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServiceVclDomain | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._comment = undefined;
      this._name = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._comment = value.comment;
      this._name = value.name;
    }
  }

  // comment - computed: false, optional: true, required: false
  private _comment?: string; 
  public get comment() {
    return this.getStringAttribute('comment');
  }
  public set comment(value: string) {
    this._comment = value;
  }
  public resetComment() {
    this._comment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get commentInput() {
    return this._comment;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }
}

export class ServiceVclDomainList extends cdktf.ComplexList {
  public internalValue? : ServiceVclDomain[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ServiceVclDomainOutputReference {
    return new ServiceVclDomainOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ServiceVclRequestSetting {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#action ServiceVcl#action}
  */
  readonly action?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#bypass_busy_wait ServiceVcl#bypass_busy_wait}
  */
  readonly bypassBusyWait?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#default_host ServiceVcl#default_host}
  */
  readonly defaultHost?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#force_miss ServiceVcl#force_miss}
  */
  readonly forceMiss?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#force_ssl ServiceVcl#force_ssl}
  */
  readonly forceSsl?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#hash_keys ServiceVcl#hash_keys}
  */
  readonly hashKeys?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#max_stale_age ServiceVcl#max_stale_age}
  */
  readonly maxStaleAge?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#name ServiceVcl#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#request_condition ServiceVcl#request_condition}
  */
  readonly requestCondition?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#timer_support ServiceVcl#timer_support}
  */
  readonly timerSupport?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#xff ServiceVcl#xff}
  */
  readonly xff?: string;
}

export function serviceVclRequestSettingToTerraform(struct?: ServiceVclRequestSetting | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    action: cdktf.stringToTerraform(struct!.action),
    bypass_busy_wait: cdktf.booleanToTerraform(struct!.bypassBusyWait),
    default_host: cdktf.stringToTerraform(struct!.defaultHost),
    force_miss: cdktf.booleanToTerraform(struct!.forceMiss),
    force_ssl: cdktf.booleanToTerraform(struct!.forceSsl),
    hash_keys: cdktf.stringToTerraform(struct!.hashKeys),
    max_stale_age: cdktf.numberToTerraform(struct!.maxStaleAge),
    name: cdktf.stringToTerraform(struct!.name),
    request_condition: cdktf.stringToTerraform(struct!.requestCondition),
    timer_support: cdktf.booleanToTerraform(struct!.timerSupport),
    xff: cdktf.stringToTerraform(struct!.xff),
  }
}


export function serviceVclRequestSettingToHclTerraform(struct?: ServiceVclRequestSetting | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    action: {
      value: cdktf.stringToHclTerraform(struct!.action),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    bypass_busy_wait: {
      value: cdktf.booleanToHclTerraform(struct!.bypassBusyWait),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    default_host: {
      value: cdktf.stringToHclTerraform(struct!.defaultHost),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    force_miss: {
      value: cdktf.booleanToHclTerraform(struct!.forceMiss),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    force_ssl: {
      value: cdktf.booleanToHclTerraform(struct!.forceSsl),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    hash_keys: {
      value: cdktf.stringToHclTerraform(struct!.hashKeys),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    max_stale_age: {
      value: cdktf.numberToHclTerraform(struct!.maxStaleAge),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    request_condition: {
      value: cdktf.stringToHclTerraform(struct!.requestCondition),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    timer_support: {
      value: cdktf.booleanToHclTerraform(struct!.timerSupport),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    xff: {
      value: cdktf.stringToHclTerraform(struct!.xff),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServiceVclRequestSettingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ServiceVclRequestSetting | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._action !== undefined) {
      hasAnyValues = true;
      internalValueResult.action = this._action;
    }
    if (this._bypassBusyWait !== undefined) {
      hasAnyValues = true;
      internalValueResult.bypassBusyWait = this._bypassBusyWait;
    }
    if (this._defaultHost !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultHost = this._defaultHost;
    }
    if (this._forceMiss !== undefined) {
      hasAnyValues = true;
      internalValueResult.forceMiss = this._forceMiss;
    }
    if (this._forceSsl !== undefined) {
      hasAnyValues = true;
      internalValueResult.forceSsl = this._forceSsl;
    }
    if (this._hashKeys !== undefined) {
      hasAnyValues = true;
      internalValueResult.hashKeys = this._hashKeys;
    }
    if (this._maxStaleAge !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxStaleAge = this._maxStaleAge;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._requestCondition !== undefined) {
      hasAnyValues = true;
      internalValueResult.requestCondition = this._requestCondition;
    }
    if (this._timerSupport !== undefined) {
      hasAnyValues = true;
      internalValueResult.timerSupport = this._timerSupport;
    }
    if (this._xff !== undefined) {
      hasAnyValues = true;
      internalValueResult.xff = this._xff;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServiceVclRequestSetting | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._action = undefined;
      this._bypassBusyWait = undefined;
      this._defaultHost = undefined;
      this._forceMiss = undefined;
      this._forceSsl = undefined;
      this._hashKeys = undefined;
      this._maxStaleAge = undefined;
      this._name = undefined;
      this._requestCondition = undefined;
      this._timerSupport = undefined;
      this._xff = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._action = value.action;
      this._bypassBusyWait = value.bypassBusyWait;
      this._defaultHost = value.defaultHost;
      this._forceMiss = value.forceMiss;
      this._forceSsl = value.forceSsl;
      this._hashKeys = value.hashKeys;
      this._maxStaleAge = value.maxStaleAge;
      this._name = value.name;
      this._requestCondition = value.requestCondition;
      this._timerSupport = value.timerSupport;
      this._xff = value.xff;
    }
  }

  // action - computed: false, optional: true, required: false
  private _action?: string; 
  public get action() {
    return this.getStringAttribute('action');
  }
  public set action(value: string) {
    this._action = value;
  }
  public resetAction() {
    this._action = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get actionInput() {
    return this._action;
  }

  // bypass_busy_wait - computed: false, optional: true, required: false
  private _bypassBusyWait?: boolean | cdktf.IResolvable; 
  public get bypassBusyWait() {
    return this.getBooleanAttribute('bypass_busy_wait');
  }
  public set bypassBusyWait(value: boolean | cdktf.IResolvable) {
    this._bypassBusyWait = value;
  }
  public resetBypassBusyWait() {
    this._bypassBusyWait = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bypassBusyWaitInput() {
    return this._bypassBusyWait;
  }

  // default_host - computed: false, optional: true, required: false
  private _defaultHost?: string; 
  public get defaultHost() {
    return this.getStringAttribute('default_host');
  }
  public set defaultHost(value: string) {
    this._defaultHost = value;
  }
  public resetDefaultHost() {
    this._defaultHost = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultHostInput() {
    return this._defaultHost;
  }

  // force_miss - computed: false, optional: true, required: false
  private _forceMiss?: boolean | cdktf.IResolvable; 
  public get forceMiss() {
    return this.getBooleanAttribute('force_miss');
  }
  public set forceMiss(value: boolean | cdktf.IResolvable) {
    this._forceMiss = value;
  }
  public resetForceMiss() {
    this._forceMiss = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceMissInput() {
    return this._forceMiss;
  }

  // force_ssl - computed: false, optional: true, required: false
  private _forceSsl?: boolean | cdktf.IResolvable; 
  public get forceSsl() {
    return this.getBooleanAttribute('force_ssl');
  }
  public set forceSsl(value: boolean | cdktf.IResolvable) {
    this._forceSsl = value;
  }
  public resetForceSsl() {
    this._forceSsl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceSslInput() {
    return this._forceSsl;
  }

  // hash_keys - computed: false, optional: true, required: false
  private _hashKeys?: string; 
  public get hashKeys() {
    return this.getStringAttribute('hash_keys');
  }
  public set hashKeys(value: string) {
    this._hashKeys = value;
  }
  public resetHashKeys() {
    this._hashKeys = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hashKeysInput() {
    return this._hashKeys;
  }

  // max_stale_age - computed: false, optional: true, required: false
  private _maxStaleAge?: number; 
  public get maxStaleAge() {
    return this.getNumberAttribute('max_stale_age');
  }
  public set maxStaleAge(value: number) {
    this._maxStaleAge = value;
  }
  public resetMaxStaleAge() {
    this._maxStaleAge = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxStaleAgeInput() {
    return this._maxStaleAge;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // request_condition - computed: false, optional: true, required: false
  private _requestCondition?: string; 
  public get requestCondition() {
    return this.getStringAttribute('request_condition');
  }
  public set requestCondition(value: string) {
    this._requestCondition = value;
  }
  public resetRequestCondition() {
    this._requestCondition = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requestConditionInput() {
    return this._requestCondition;
  }

  // timer_support - computed: false, optional: true, required: false
  private _timerSupport?: boolean | cdktf.IResolvable; 
  public get timerSupport() {
    return this.getBooleanAttribute('timer_support');
  }
  public set timerSupport(value: boolean | cdktf.IResolvable) {
    this._timerSupport = value;
  }
  public resetTimerSupport() {
    this._timerSupport = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timerSupportInput() {
    return this._timerSupport;
  }

  // xff - computed: false, optional: true, required: false
  private _xff?: string; 
  public get xff() {
    return this.getStringAttribute('xff');
  }
  public set xff(value: string) {
    this._xff = value;
  }
  public resetXff() {
    this._xff = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get xffInput() {
    return this._xff;
  }
}

export class ServiceVclRequestSettingList extends cdktf.ComplexList {
  public internalValue? : ServiceVclRequestSetting[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ServiceVclRequestSettingOutputReference {
    return new ServiceVclRequestSettingOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl fastly_service_vcl}
*/
export class ServiceVcl extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "fastly_service_vcl";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ServiceVcl resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ServiceVcl to import
  * @param importFromId The id of the existing ServiceVcl that should be imported. Refer to the {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ServiceVcl to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "fastly_service_vcl", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/service_vcl fastly_service_vcl} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ServiceVclConfig
  */
  public constructor(scope: Construct, id: string, config: ServiceVclConfig) {
    super(scope, id, {
      terraformResourceType: 'fastly_service_vcl',
      terraformGeneratorMetadata: {
        providerName: 'fastly',
        providerVersion: '9.5.1',
        providerVersionConstraint: '~> 9.5'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._activate = config.activate;
    this._comment = config.comment;
    this._defaultHost = config.defaultHost;
    this._defaultTtl = config.defaultTtl;
    this._forceDestroy = config.forceDestroy;
    this._http3 = config.http3;
    this._id = config.id;
    this._name = config.name;
    this._reuse = config.reuse;
    this._stage = config.stage;
    this._staleIfError = config.staleIfError;
    this._staleIfErrorTtl = config.staleIfErrorTtl;
    this._versionComment = config.versionComment;
    this._backend.internalValue = config.backend;
    this._domain.internalValue = config.domain;
    this._requestSetting.internalValue = config.requestSetting;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // activate - computed: false, optional: true, required: false
  private _activate?: boolean | cdktf.IResolvable; 
  public get activate() {
    return this.getBooleanAttribute('activate');
  }
  public set activate(value: boolean | cdktf.IResolvable) {
    this._activate = value;
  }
  public resetActivate() {
    this._activate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get activateInput() {
    return this._activate;
  }

  // active_version - computed: true, optional: false, required: false
  public get activeVersion() {
    return this.getNumberAttribute('active_version');
  }

  // cloned_version - computed: true, optional: false, required: false
  public get clonedVersion() {
    return this.getNumberAttribute('cloned_version');
  }

  // comment - computed: false, optional: true, required: false
  private _comment?: string; 
  public get comment() {
    return this.getStringAttribute('comment');
  }
  public set comment(value: string) {
    this._comment = value;
  }
  public resetComment() {
    this._comment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get commentInput() {
    return this._comment;
  }

  // default_host - computed: false, optional: true, required: false
  private _defaultHost?: string; 
  public get defaultHost() {
    return this.getStringAttribute('default_host');
  }
  public set defaultHost(value: string) {
    this._defaultHost = value;
  }
  public resetDefaultHost() {
    this._defaultHost = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultHostInput() {
    return this._defaultHost;
  }

  // default_ttl - computed: false, optional: true, required: false
  private _defaultTtl?: number; 
  public get defaultTtl() {
    return this.getNumberAttribute('default_ttl');
  }
  public set defaultTtl(value: number) {
    this._defaultTtl = value;
  }
  public resetDefaultTtl() {
    this._defaultTtl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultTtlInput() {
    return this._defaultTtl;
  }

  // force_destroy - computed: false, optional: true, required: false
  private _forceDestroy?: boolean | cdktf.IResolvable; 
  public get forceDestroy() {
    return this.getBooleanAttribute('force_destroy');
  }
  public set forceDestroy(value: boolean | cdktf.IResolvable) {
    this._forceDestroy = value;
  }
  public resetForceDestroy() {
    this._forceDestroy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceDestroyInput() {
    return this._forceDestroy;
  }

  // force_refresh - computed: true, optional: false, required: false
  public get forceRefresh() {
    return this.getBooleanAttribute('force_refresh');
  }

  // http3 - computed: false, optional: true, required: false
  private _http3?: boolean | cdktf.IResolvable; 
  public get http3() {
    return this.getBooleanAttribute('http3');
  }
  public set http3(value: boolean | cdktf.IResolvable) {
    this._http3 = value;
  }
  public resetHttp3() {
    this._http3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get http3Input() {
    return this._http3;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // imported - computed: true, optional: false, required: false
  public get imported() {
    return this.getBooleanAttribute('imported');
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // reuse - computed: false, optional: true, required: false
  private _reuse?: boolean | cdktf.IResolvable; 
  public get reuse() {
    return this.getBooleanAttribute('reuse');
  }
  public set reuse(value: boolean | cdktf.IResolvable) {
    this._reuse = value;
  }
  public resetReuse() {
    this._reuse = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reuseInput() {
    return this._reuse;
  }

  // stage - computed: false, optional: true, required: false
  private _stage?: boolean | cdktf.IResolvable; 
  public get stage() {
    return this.getBooleanAttribute('stage');
  }
  public set stage(value: boolean | cdktf.IResolvable) {
    this._stage = value;
  }
  public resetStage() {
    this._stage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get stageInput() {
    return this._stage;
  }

  // staged_version - computed: true, optional: false, required: false
  public get stagedVersion() {
    return this.getNumberAttribute('staged_version');
  }

  // stale_if_error - computed: false, optional: true, required: false
  private _staleIfError?: boolean | cdktf.IResolvable; 
  public get staleIfError() {
    return this.getBooleanAttribute('stale_if_error');
  }
  public set staleIfError(value: boolean | cdktf.IResolvable) {
    this._staleIfError = value;
  }
  public resetStaleIfError() {
    this._staleIfError = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get staleIfErrorInput() {
    return this._staleIfError;
  }

  // stale_if_error_ttl - computed: false, optional: true, required: false
  private _staleIfErrorTtl?: number; 
  public get staleIfErrorTtl() {
    return this.getNumberAttribute('stale_if_error_ttl');
  }
  public set staleIfErrorTtl(value: number) {
    this._staleIfErrorTtl = value;
  }
  public resetStaleIfErrorTtl() {
    this._staleIfErrorTtl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get staleIfErrorTtlInput() {
    return this._staleIfErrorTtl;
  }

  // version_comment - computed: false, optional: true, required: false
  private _versionComment?: string; 
  public get versionComment() {
    return this.getStringAttribute('version_comment');
  }
  public set versionComment(value: string) {
    this._versionComment = value;
  }
  public resetVersionComment() {
    this._versionComment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get versionCommentInput() {
    return this._versionComment;
  }

  // backend - computed: false, optional: true, required: false
  private _backend = new ServiceVclBackendList(this, "backend", true);
  public get backend() {
    return this._backend;
  }
  public putBackend(value: ServiceVclBackend[] | cdktf.IResolvable) {
    this._backend.internalValue = value;
  }
  public resetBackend() {
    this._backend.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backendInput() {
    return this._backend.internalValue;
  }

  // domain - computed: false, optional: true, required: false
  private _domain = new ServiceVclDomainList(this, "domain", true);
  public get domain() {
    return this._domain;
  }
  public putDomain(value: ServiceVclDomain[] | cdktf.IResolvable) {
    this._domain.internalValue = value;
  }
  public resetDomain() {
    this._domain.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get domainInput() {
    return this._domain.internalValue;
  }

  // request_setting - computed: false, optional: true, required: false
  private _requestSetting = new ServiceVclRequestSettingList(this, "request_setting", true);
  public get requestSetting() {
    return this._requestSetting;
  }
  public putRequestSetting(value: ServiceVclRequestSetting[] | cdktf.IResolvable) {
    this._requestSetting.internalValue = value;
  }
  public resetRequestSetting() {
    this._requestSetting.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requestSettingInput() {
    return this._requestSetting.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      activate: cdktf.booleanToTerraform(this._activate),
      comment: cdktf.stringToTerraform(this._comment),
      default_host: cdktf.stringToTerraform(this._defaultHost),
      default_ttl: cdktf.numberToTerraform(this._defaultTtl),
      force_destroy: cdktf.booleanToTerraform(this._forceDestroy),
      http3: cdktf.booleanToTerraform(this._http3),
      id: cdktf.stringToTerraform(this._id),
      name: cdktf.stringToTerraform(this._name),
      reuse: cdktf.booleanToTerraform(this._reuse),
      stage: cdktf.booleanToTerraform(this._stage),
      stale_if_error: cdktf.booleanToTerraform(this._staleIfError),
      stale_if_error_ttl: cdktf.numberToTerraform(this._staleIfErrorTtl),
      version_comment: cdktf.stringToTerraform(this._versionComment),
      backend: cdktf.listMapper(serviceVclBackendToTerraform, true)(this._backend.internalValue),
      domain: cdktf.listMapper(serviceVclDomainToTerraform, true)(this._domain.internalValue),
      request_setting: cdktf.listMapper(serviceVclRequestSettingToTerraform, true)(this._requestSetting.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      activate: {
        value: cdktf.booleanToHclTerraform(this._activate),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      comment: {
        value: cdktf.stringToHclTerraform(this._comment),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      default_host: {
        value: cdktf.stringToHclTerraform(this._defaultHost),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      default_ttl: {
        value: cdktf.numberToHclTerraform(this._defaultTtl),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      force_destroy: {
        value: cdktf.booleanToHclTerraform(this._forceDestroy),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      http3: {
        value: cdktf.booleanToHclTerraform(this._http3),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      reuse: {
        value: cdktf.booleanToHclTerraform(this._reuse),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      stage: {
        value: cdktf.booleanToHclTerraform(this._stage),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      stale_if_error: {
        value: cdktf.booleanToHclTerraform(this._staleIfError),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      stale_if_error_ttl: {
        value: cdktf.numberToHclTerraform(this._staleIfErrorTtl),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      version_comment: {
        value: cdktf.stringToHclTerraform(this._versionComment),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      backend: {
        value: cdktf.listMapperHcl(serviceVclBackendToHclTerraform, true)(this._backend.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "ServiceVclBackendList",
      },
      domain: {
        value: cdktf.listMapperHcl(serviceVclDomainToHclTerraform, true)(this._domain.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "ServiceVclDomainList",
      },
      request_setting: {
        value: cdktf.listMapperHcl(serviceVclRequestSettingToHclTerraform, true)(this._requestSetting.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "ServiceVclRequestSettingList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
