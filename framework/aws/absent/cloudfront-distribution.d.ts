import { TerraformResource } from "../..";
/** Stands for the binding when no AWS bindings are installed, so that the types still check. */
export declare class CloudfrontDistribution extends TerraformResource {}
