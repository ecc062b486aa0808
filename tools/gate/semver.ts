// `info.version` as semver: the breaking-change gate and the release script
// compare only major.minor.patch; pre-release and build labels are ignored.

export interface Version {
  major: number;
  minor: number;
  patch: number;
  text: string;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:[-+][0-9A-Za-z.+-]*)?$/;

/** The version, or undefined when `text` is not `major.minor.patch` semver. */
export function parseVersion(text: unknown): Version | undefined {
  if (typeof text !== 'string') return undefined;
  const match = SEMVER.exec(text.trim());
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), text: text.trim() };
}

/** Negative when a < b, zero when equal (labels ignored), positive when a > b. */
export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
