/** `sendgrid validate <link-id>`: SendGrid's own validation of a link's DNS records. */
import { printable, printableLines } from "../check/printable";
import { SendgridApiError } from "./client";
import type { SendgridClient } from "./client";
import { isObject } from "./links";

/** The per-record results of `POST /v3/whitelabel/links/{id}/validate`. */
export function validationLines(value: unknown, id: string): { lines: string[]; valid: boolean } {
  if (!isObject(value) || !isObject(value.validation_results)) {
    throw new SendgridApiError(`the validation of link ${id} has no validation_results`);
  }
  // Names and reasons from the API, escaped (a line break too) before the layout adds its own.
  const results = Object.entries(value.validation_results)
    .filter(([, result]) => isObject(result))
    .map(([name, result]) => [printable(name), result]) as [string, Record<string, unknown>][];
  if (results.length === 0) throw new SendgridApiError(`the validation of link ${id} returned no record results`);
  const width = Math.max(...results.map(([name]) => name.length));
  const lines = results.map(([name, result]) => {
    const ok = result.valid === true;
    const reason = typeof result.reason === "string" && result.reason ? `  ${printable(result.reason)}` : "";
    return `  ${ok ? "PASS" : "FAIL"}  ${name.padEnd(width)}${ok ? "" : reason}`;
  });
  return { lines, valid: value.valid === true && results.every(([, result]) => result.valid === true) };
}

/** Asks SendGrid to validate the link; exit 1 when a record is not valid. */
export async function validateCommand(client: SendgridClient, id: string, stdout: (text: string) => void): Promise<number> {
  const result = validationLines(await client.json("POST", `/v3/whitelabel/links/${id}/validate`, `branded link ${id}`), id);
  stdout(printableLines(`Link ${id}: ${result.valid ? "valid" : "NOT valid"}\n${result.lines.join("\n")}\n`));
  return result.valid ? 0 : 1;
}
