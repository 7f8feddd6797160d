import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { configSchema } from "./config";

/** Where the published schema lives; the example config points at it with `$schema`. */
export const SCHEMA_FILE = resolve(__dirname, "..", "tracking-domains.schema.json");

/** The config's JSON Schema, generated from the same zod schema the app validates with. */
export function configJsonSchema(): string {
  const schema = {
    title: "cdktf-ssl-tracking-domain config",
    ...z.toJSONSchema(configSchema),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(SCHEMA_FILE, configJsonSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
