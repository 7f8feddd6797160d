import { Testing } from "../../framework";
import { buildApp } from "../../stacks/app";
import { parseConfig } from "../../stacks/config";
import { Synth } from "../helpers";

export const ZONE = { name: "example.com", provider: "cloudflare", zoneId: "023e105f4ecef8ad9ca31a8372d0c353" };

/** A config of one stack, `main`, in zone example.com. */
export function oneStack(domains: unknown[], zone: Record<string, unknown> = {}): unknown {
  return { stacks: [{ name: "main", zones: [{ ...ZONE, ...zone }], domains }] };
}

/** Every stack of a config, synthesized as the app does it, and the warnings of synthesis. */
export function synthConfig(data: unknown): { stacks: Record<string, Synth>; warnings: string[] } {
  const app = buildApp(parseConfig(data), Testing.app());
  const stacks: Record<string, Synth> = {};
  for (const child of app.node.children) stacks[child.node.id] = JSON.parse(Testing.synth(child as never));
  const warnings = app.node
    .findAll()
    .flatMap((c) => c.node.metadata)
    .filter((m) => m.type === "@cdktf/warn")
    .map((m) => String(m.data));
  return { stacks, warnings };
}

/** `type.name` of every resource, sorted: the addresses Terraform plans against the state. */
export function addresses(json: Synth): string[] {
  return Object.entries(json.resource ?? {})
    .flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`))
    .sort();
}

/** The resource at `address` (`type.name`). */
export function at(json: Synth, address: string): Record<string, any> {
  const [type, name] = address.split(".");
  const body = json.resource?.[type]?.[name];
  if (!body) throw new Error(`no resource ${address}`);
  return body;
}

/** The addresses of one domain's resources: those whose name starts with its construct id. */
export function addressesOf(json: Synth, domainName: string): string[] {
  const prefix = domainName.replace(/[^A-Za-z0-9]/g, "");
  return addresses(json).filter((address) => address.split(".")[1].startsWith(prefix));
}

/** The address of the single resource of `type` among `list`. */
export function one(list: string[], type: string): string {
  const found = list.filter((address) => address.startsWith(`${type}.`));
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.join(", ") || "none"}`);
  return found[0];
}
