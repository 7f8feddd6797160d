"use strict";
/*
 * Which CDK framework the package's constructs are built on: cdktf (CDK for Terraform 0.21) or
 * cdktn (CDK Terrain 0.24). Every construct and binding here extends the classes of one of them,
 * and they must be the classes of the app's own stacks: a cdktn stack cannot synthesize elements
 * of cdktf classes. Chosen once, when the package is loaded: the one installed; when both are,
 * CDKTF_SSL_TRACKING_DOMAIN_FRAMEWORK, else cdktf (the type declarations follow cdktf too).
 */

const ENV = "CDKTF_SSL_TRACKING_DOMAIN_FRAMEWORK";

/** What differs between the two frameworks: their packages, and the AWS bindings each has. */
const FRAMEWORKS = {
  cdktf: { name: "cdktf", version: "0.21", aws: { package: "@cdktf/provider-aws", range: "^21", pins: "6.25.0" } },
  cdktn: { name: "cdktn", version: "0.24", aws: { package: "@cdktn/provider-aws", range: "^25.7.0", pins: "6.66.0" } },
};

/** Whether `name` resolves from this package, as a require of it would. */
function isInstalled(name) {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}

/** The value as it may be quoted in a message: JSON-escaped, cut to a readable length. */
function quote(value) {
  const text = JSON.stringify(String(value));
  return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}

/**
 * The framework to load, and why: `env` and `installed` are the environment and a check of
 * whether a package is installed (parameters for the tests). Throws an Error naming the variable
 * and its value, or the packages to install.
 */
function chooseFramework(env = process.env, installed = isInstalled) {
  const wanted = env[ENV];
  if (wanted !== undefined && wanted !== "") {
    const framework = FRAMEWORKS[wanted];
    if (!Object.hasOwn(FRAMEWORKS, wanted)) {
      throw new Error(`cdktf-ssl-tracking-domain: ${ENV} is ${quote(wanted)}; it must be cdktf or cdktn`);
    }
    if (!installed(wanted)) {
      throw new Error(
        `cdktf-ssl-tracking-domain: ${ENV} is ${quote(wanted)}, but the package ${wanted} is not installed; npm install ${wanted}@^${framework.version}`,
      );
    }
    return { ...framework, reason: `${ENV}=${wanted}` };
  }
  const present = Object.keys(FRAMEWORKS).filter((name) => installed(name));
  if (present.length === 0) {
    throw new Error(
      "cdktf-ssl-tracking-domain needs a CDK framework: install cdktf (CDK for Terraform 0.21) or cdktn (CDK Terrain 0.24), e.g. npm install cdktn@^0.24",
    );
  }
  if (present.length === 2) return { ...FRAMEWORKS.cdktf, reason: `both cdktf and cdktn are installed and ${ENV} is not set` };
  return { ...FRAMEWORKS[present[0]], reason: `only ${present[0]} is installed` };
}

/** The framework this process loaded. */
const FRAMEWORK = chooseFramework();

module.exports = { ENV, FRAMEWORKS, FRAMEWORK, chooseFramework };
