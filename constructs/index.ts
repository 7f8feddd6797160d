export * from "./ssl-tracking-domain";
export * from "./tracking-edge";
export * from "./dns-zone";
export * from "./cloudflare-dns-zone";
export * from "./fastly-tls-edge";
export * from "./fastly-tls-configuration";
export * from "./domain-name";
export * from "./errors";
export { FastlyProvider, type FastlyProviderConfig } from "../.gen/providers/fastly/provider";
