import { Token } from "cdktf";

/**
 * A Terraform `for` expression that picks `attribute` of the first element of `collection`
 * matching `condition` (written against the loop variable `x`). cdktf has no builder for
 * filtered `for` expressions; a string token keeps the reference (and its dependency) intact.
 *
 * @param collection a reference token, e.g. `${resource.fqn}.managed_dns_challenges`
 */
export function firstWhere(collection: string, attribute: string, condition: string): string {
  return Token.asString(`\${[for x in ${collection} : x.${attribute} if ${condition}][0]}`);
}

/** An HCL string literal. Only used for host names, which hold no quote or `${`. */
export function hclString(value: string): string {
  return JSON.stringify(value);
}
