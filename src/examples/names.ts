/**
 * Realistic Vietnamese names for the examples' rolls. Every name is unique even ignoring accents
 * and case, so the examples raise neither `NEAR_DUPLICATE_NAME` nor a need for `(yyyy)` suffixes.
 */
import { labelKey } from '../engine/text/normalize';
import { type Random, randomInt } from './random';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đỗ',
  'Bùi',
  'Đặng',
  'Ngô',
  'Dương',
  'Lý',
  'Phan',
  'Trịnh',
  'Đinh',
  'Lương',
  'Hà',
  'Tạ',
  'Mai',
  'Cao',
  'Kiều',
  'Đào',
  'Chu',
  'Lưu',
  'Vương',
  'Tô',
];
const MIDDLE_MALE = [
  'Văn',
  'Đức',
  'Minh',
  'Quang',
  'Xuân',
  'Hữu',
  'Mạnh',
  'Ngọc',
  'Thanh',
  'Công',
  'Tiến',
  'Duy',
  'Đình',
  'Trọng',
];
const MIDDLE_FEMALE = [
  'Thị',
  'Thị Thu',
  'Thị Thanh',
  'Thị Minh',
  'Thị Ngọc',
  'Thị Hồng',
  'Thu',
  'Phương',
  'Thị Kim',
  'Thị Bích',
];
const GIVEN_MALE = [
  'An',
  'Bình',
  'Chiến',
  'Dũng',
  'Giang',
  'Hải',
  'Hiếu',
  'Hòa',
  'Huy',
  'Kiên',
  'Lâm',
  'Lực',
  'Nam',
  'Phong',
  'Quân',
  'Sang',
  'Tài',
  'Thái',
  'Thiện',
  'Trung',
  'Tú',
  'Việt',
  'Vinh',
  'Đông',
  'Hưng',
];
const GIVEN_FEMALE = [
  'Chi',
  'Dung',
  'Duyên',
  'Hạnh',
  'Hằng',
  'Hiền',
  'Hoa',
  'Hương',
  'Lan',
  'Liên',
  'Loan',
  'Mai',
  'Nga',
  'Nhàn',
  'Oanh',
  'Quyên',
  'Sen',
  'Thủy',
  'Trang',
  'Vân',
  'Yến',
  'Xuân',
  'Hậu',
  'Lụa',
];

export type Gender = 'Nam' | 'Nữ';

/** Deals out names never seen before (taken names included, compared ignoring accents and case). */
export class NamePool {
  private readonly seen = new Set<string>();

  constructor(
    private readonly random: Random,
    taken: readonly string[],
  ) {
    for (const name of taken) this.seen.add(labelKey(name));
  }

  next(gender: Gender): string {
    for (;;) {
      const pick = (list: readonly string[]) => list[randomInt(this.random, list.length)];
      const name =
        gender === 'Nam'
          ? `${pick(FAMILY)} ${pick(MIDDLE_MALE)} ${pick(GIVEN_MALE)}`
          : `${pick(FAMILY)} ${pick(MIDDLE_FEMALE)} ${pick(GIVEN_FEMALE)}`;
      const key = labelKey(name);
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      return name;
    }
  }
}
