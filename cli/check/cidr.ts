/** Cloudflare's proxy address ranges, the only sign in DNS of a proxied record. */
import { BlockList, isIP } from "node:net";

/**
 * Cloudflare's published proxy address ranges (cloudflare.com/ips). A proxied name shows no
 * CNAME, so an address in these ranges is the only sign in DNS that Cloudflare answers for it.
 * The list changes rarely; a stale entry only turns a pass into a warning.
 */
export const CLOUDFLARE_RANGES: readonly string[] = [
  "173.245.48.0/20",
  "103.21.244.0/22",
  "103.22.200.0/22",
  "103.31.4.0/22",
  "141.101.64.0/18",
  "108.162.192.0/18",
  "190.93.240.0/20",
  "188.114.96.0/20",
  "197.234.240.0/22",
  "198.41.128.0/17",
  "162.158.0.0/15",
  "104.16.0.0/13",
  "104.24.0.0/14",
  "172.64.0.0/13",
  "131.0.72.0/22",
  "2400:cb00::/32",
  "2606:4700::/32",
  "2803:f800::/32",
  "2405:b500::/32",
  "2405:8100::/32",
  "2a06:98c0::/29",
  "2c0f:f248::/32",
];

/** A set of address ranges written as CIDR strings, IPv4 or IPv6. */
export function rangeSet(cidrs: readonly string[]): (address: string) => boolean {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [network, bits] = cidr.split("/");
    const family = isIP(network);
    const prefix = Number(bits);
    if (family === 0 || !Number.isInteger(prefix)) throw new Error(`not a CIDR range: ${cidr}`);
    list.addSubnet(network, prefix, family === 4 ? "ipv4" : "ipv6");
  }
  return (address) => {
    const family = isIP(address);
    return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
  };
}

export const isCloudflareAddress = rangeSet(CLOUDFLARE_RANGES);
