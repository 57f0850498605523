/**
 * Which Bawaslu office handles an item, and what it is called. Routing (DOMAIN.md §2, DESIGN.md):
 * the Bawaslu of the incident's regency/city by default; the province's Bawaslu when it concerns
 * the governor's election, or when the place is known only to the province.
 */
export function officeCodeFor(incidentRegionCode: string, governorElection: boolean): string {
  const [province, regency] = incidentRegionCode.split('.');
  if (governorElection || regency === undefined) return province!;
  return `${province}.${regency}`;
}

/** "KABUPATEN TANGERANG" (regency) → "Bawaslu Kabupaten Tangerang"; "BANTEN" → "Bawaslu Provinsi Banten". */
export function officeName(level: string, regionName: string): string {
  const name = titleCase(regionName);
  return level === 'province' ? `Bawaslu Provinsi ${name}` : `Bawaslu ${name}`;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s(-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
