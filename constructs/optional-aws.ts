import { TrackingDomainError } from "./errors";
import { FRAMEWORK } from "../framework/select";

/** The optional peer dependency the AWS parts are built against: the AWS bindings of the framework in use. */
export const AWS_PACKAGE = FRAMEWORK.aws.package;
const AWS_RANGE = FRAMEWORK.aws.range;

/**
 * Requires a module that needs `@cdktf/provider-aws`, an optional peer dependency: the one place
 * that turns its absence into a `TrackingDomainError` saying what needed it and what to install.
 * `what` names the need ("a zone with provider route53"); `load` is for tests, to stand for a
 * project without the package. Module ids are resolved from this folder (`constructs/`).
 */
export function requireOptionalAws<T>(id: string, what: string, load: (id: string) => unknown = require): T {
  try {
    return load(id) as T;
  } catch (error) {
    if ((error as { code?: string }).code === "MODULE_NOT_FOUND" && String((error as Error).message).includes(AWS_PACKAGE)) {
      throw new TrackingDomainError(
        `${what} needs the package ${AWS_PACKAGE} (${AWS_RANGE}), which is not installed: npm install --save-dev ${AWS_PACKAGE}@${AWS_RANGE}`,
      );
    }
    throw error;
  }
}
