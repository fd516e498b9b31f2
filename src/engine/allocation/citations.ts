/**
 * The rules allocation findings rest on (reference/regulations.md §7), as printed in `Căn cứ`,
 * and the directive's caps on the number of delegates by congress level (§7.3).
 */

/** §7.1: the convening committee allocates seats by members, units and importance, and decides. */
export const ALLOCATION_RULE = 'Quy định 29-QĐ/TW mục 11.2';

/** §7.3, CT 45-CT/TW (2025–2030). Levels without one figure (provinces: by merger) have none. */
export interface DirectiveCap {
  cap: number;
  citation: string;
}

export const DIRECTIVE_CAPS: Record<string, DirectiveCap | undefined> = {
  // "Cấp trên trực tiếp cơ sở": ≤ 300 under both CT 35 (2019) and CT 45 (2025) [V].
  'Cấp trên cơ sở': { cap: 300, citation: 'Chỉ thị 45-CT/TW (2025); Chỉ thị 35-CT/TW (2019)' },
  // Commune or ward directly under the province after the 2025 merger: ≤ 250 [V].
  'Xã, phường, đặc khu': { cap: 250, citation: 'Chỉ thị 45-CT/TW (2025)' },
  // Grassroots đảng bộ: "không quá 250" — the heading is retrieved, the text is cut off [P].
  'Cơ sở': { cap: 250, citation: 'Chỉ thị 45-CT/TW (2025)' },
};
