import { readFileSync } from "node:fs";
import { configJsonSchema, SCHEMA_FILE } from "../../stacks/json-schema";

test("the checked-in JSON Schema is the one generated from the config schema (run `npm run schema`)", () => {
  expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(configJsonSchema());
});

test("the schema refuses unknown keys and lists the edges, for editors", () => {
  const schema = JSON.parse(configJsonSchema());
  const domain = schema.properties.stacks.items.properties.domains.items;
  expect(domain.additionalProperties).toBe(false);
  expect(domain.properties.edge.enum).toEqual(["fastly", "cloudflare-proxy", "cloudfront", "sendgrid-auto-ssl"]);
  expect(domain.required).toEqual(["domainName", "edge"]);
});

test("the bundled example points at the schema", () => {
  expect(JSON.parse(readFileSync("tracking-domains.json", "utf8")).$schema).toBe("./tracking-domains.schema.json");
});
