/*
 * Imported first by the AWS entry points (`./aws`, `./route53`): without the AWS bindings (`@cdktf/provider-aws` or `@cdktn/provider-aws`)
 * they would fail on whichever AWS module comes first, with Node's bare "Cannot find module";
 * this says which package to install instead. Resolved, not loaded: it costs no binding.
 */
import { AWS_PACKAGE, requireOptionalAws } from "./optional-aws";

requireOptionalAws(`${AWS_PACKAGE}/lib/provider`, "cdktf-ssl-tracking-domain/aws (and /route53)", require.resolve);
