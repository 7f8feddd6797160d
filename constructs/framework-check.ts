import { Construct, IConstruct } from "constructs";
import { TerraformStack, TerraformVariable } from "../framework";
import { ENV, FRAMEWORK } from "../framework/select";
import { TrackingDomainError, quote } from "./errors";

/**
 * Refuses a scope whose stack comes from another framework (or another copy of it) than the one
 * this package loaded: a cdktn stack crashes when it synthesizes elements of cdktf classes, and
 * a mix would not synthesize the same output as either. `TerraformStack.of` finds either kind,
 * since both frameworks mark stacks with the same symbol.
 */
export function checkStackFramework(scope: IConstruct, owner: string): void {
  const stack: IConstruct = TerraformStack.of(scope);
  if (stack instanceof TerraformStack) return;
  throw new TrackingDomainError(
    `${owner}: stack ${quote(stack.node.path)} was not made with the ${FRAMEWORK.name} package that cdktf-ssl-tracking-domain loaded (${FRAMEWORK.reason}); ${otherStackFix(FRAMEWORK)}`,
  );
}

/**
 * What to do about a stack that is not of the loaded framework, by why that one was loaded: when
 * the variable or the both-installed default chose it, the app may well be of the other one.
 */
export function otherStackFix(loaded: { readonly name: string; readonly reason: string }): string {
  const other = loaded.name === "cdktf" ? "cdktn" : "cdktf";
  const switchTo = `set ${ENV}=${other} if the app is a ${other} app`;
  if (loaded.reason.startsWith("both")) return switchTo;
  const same = `the app and this package must use the same ${loaded.name} package (npm ls ${loaded.name})`;
  return loaded.reason.startsWith(`${ENV}=`) ? `${switchTo}; otherwise ${same}` : same;
}

/**
 * Whether `value` is a `TerraformVariable`, by its shape rather than by `instanceof`: a variable
 * of another copy of the framework (two versions installed side by side) is one too.
 */
export function isTerraformVariable(value: unknown): value is TerraformVariable {
  if (value instanceof TerraformVariable) return true;
  if (typeof value !== "object" || value === null || !Construct.isConstruct(value)) return false;
  const shape = value as unknown as Record<string, unknown>;
  return (
    typeof shape.toTerraform === "function" &&
    typeof shape.addValidation === "function" &&
    "sensitive" in shape &&
    "default" in shape &&
    "nullable" in shape
  );
}
