/*
 * Imported first by the AWS entry points (`./aws`, `./route53`): without `@cdktf/provider-aws`
 * they would fail on whichever AWS module comes first, with Node's bare "Cannot find module";
 * this says which package to install instead. Resolved, not loaded: it costs no binding.
 */
import { requireOptionalAws } from "./optional-aws";

requireOptionalAws("@cdktf/provider-aws/lib/provider", "cdktf-ssl-tracking-domain/aws (and /route53)", require.resolve);
