import { IConstruct, Node } from "constructs";
import { TerraformResource, TerraformStack } from "../framework";

/**
 * Lets `record` take over the state of the record of the same DNS name that another edge of the
 * same domain creates at `scope`/`ids` (a Terraform `moved` block). Fastly's managed certificate
 * and SendGrid's Auto SSL both need `_acme-challenge.<domain>`: on a switch between them the
 * record is then updated in place, where a second record of one name would be refused by the DNS
 * provider while the first still exists. Terraform ignores the block when nothing is at that address.
 */
export function takeOverRecord(record: TerraformResource, scope: IConstruct, ...ids: string[]): void {
  // The stack's own naming of a construct at that path (the method a stack overrides to name
  // differently, so the address is the one that stack gives); nothing is created there.
  const path = { scopes: [...scope.node.scopes, ...ids.map((id) => ({ node: { id } }))] } as unknown as Node;
  const stack = TerraformStack.of(record) as unknown as { allocateLogicalId(node: Node): string };
  record.moveFromId(`${record.terraformResourceType}.${stack.allocateLogicalId(path)}`);
}

/**
 * Where each edge keeps its `_acme-challenge.<domain>` record, below the tracking domain: the
 * Fastly edge (id `fastly`) through `validateByDns` (id `acme-challenge`), the Auto SSL edge
 * directly. Construct ids are addresses, so these never change; a test checks them against both.
 */
export const CHALLENGE_RECORD_PATHS = {
  fastly: ["fastly", "acme-challenge"],
  sendgridAutoSsl: ["auto-ssl-challenge"],
} as const;
