// The types of whichever AWS bindings are installed; see ../index.d.ts for why @ts-ignore. The
// stand-in comes last, so it only counts when neither is installed (a user without AWS).
// @ts-ignore -- @cdktf/provider-aws is not installed in a cdktn project
export * from "@cdktf/provider-aws/lib/acm-certificate-validation";
// @ts-ignore -- @cdktn/provider-aws is not installed in a cdktf project
export * from "@cdktn/provider-aws/lib/acm-certificate-validation";
// @ts-ignore -- the names above win over the stand-in's
export * from "./absent/acm-certificate-validation";
