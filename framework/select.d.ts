/** The variable that chooses the framework when both cdktf and cdktn are installed. */
export declare const ENV = "CDKTF_SSL_TRACKING_DOMAIN_FRAMEWORK";
/** The name of a framework the package runs on. */
export type FrameworkName = "cdktf" | "cdktn";
/** A framework, and the prebuilt AWS bindings made for it. */
export interface Framework {
  /** Its npm package. */
  readonly name: FrameworkName;
  /** The minor version the package is tested with. */
  readonly version: string;
  /** Its AWS bindings: the npm package, the range to install, the aws provider version they pin. */
  readonly aws: { readonly package: string; readonly range: string; readonly pins: string };
}
/** Both frameworks. */
export declare const FRAMEWORKS: Readonly<Record<FrameworkName, Framework>>;
/** The framework this process loaded, and why that one. */
export declare const FRAMEWORK: Framework & { readonly reason: string };
/** Which framework to load for the environment `env`, given which packages are `installed`. */
export declare function chooseFramework(
  env?: Readonly<Record<string, string | undefined>>,
  installed?: (name: string) => boolean,
): Framework & { readonly reason: string };
