/*
 * Route 53 name rules, apart from the zone construct so that the config schema can check them
 * without loading `@cdktf/provider-aws`.
 */

/** Route 53 hosted zone ids: `Z` and upper-case letters and digits, as the console shows them. */
export const HOSTED_ZONE_ID = /^Z[A-Z0-9]{1,31}$/;

/**
 * The import id of a Route 53 record: `<hosted zone id>_<name>_<type>`, the form
 * `existingRecordId` takes for a Route 53 zone.
 */
export function route53ImportId(hostedZoneId: string, name: string, type: string): string {
  return `${hostedZoneId}_${name}_${type}`;
}
