/**
 * @jest-environment jsdom
 *
 * The pane's card (and the offline page's, which is the same) for a trust vote and for an
 * introduction: bands with who is in each; the names introduced and the tied, never a next round.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { electionCard, type CardContext } from '../../src/taskpane/outcome/electionCard';
import type { ElectionResult } from '../../src/engine/model/results';

const context = (lang: 'vi' | 'en'): CardContext => ({
  lang,
  mode: 'result',
  sheetExists: () => false,
  nextRoundOf: () => null,
  actions: { nextRound: () => undefined, project: () => undefined },
});

const golden = (name: string): ElectionResult[] =>
  (JSON.parse(readFileSync(path.join(__dirname, '..', 'golden', name), 'utf8')) as { elections: ElectionResult[] })
    .elections;

test('trust vote: R, the badge, each band with its people; no threshold, no elected', () => {
  const [tn] = golden('tin-nhiem.tally.json');
  const card = electionCard(tn, context('vi'));
  const text = card.textContent ?? '';
  expect(card.querySelector('.badge')?.textContent).toBe('Đã kiểm phiếu');
  expect(text).toContain('Tổng số phiếu thu về (R)30');
  expect(text).not.toContain('Số phiếu cần đạt');
  expect(text).not.toContain('Trúng cử');
  const upper = Array.from(card.querySelectorAll('[data-band="twoThirds"] li')).map((li) => li.textContent);
  expect(upper).toEqual([
    'Phạm Quốc Huy — 23 phiếu tín nhiệm thấp (76,67%)',
    'Ngô Thanh Tùng — 20 phiếu tín nhiệm thấp (66,67%)',
  ]);
  const lower = Array.from(card.querySelectorAll('[data-band="half"] li')).map((li) => li.textContent);
  expect(lower).toEqual(['Đặng Thị Lan — 17 phiếu tín nhiệm thấp (56,67%)']);
  expect(text).not.toContain('Bùi Quang Vinh');
});

test('introduction: the names introduced, the tie for the committee head, and no next-round button', () => {
  const [gt1, gt2] = golden('gioi-thieu.tally.json');
  const card = electionCard(gt1, context('vi'));
  const text = card.textContent ?? '';
  expect(text).toContain('Số lượng cần giới thiệu17');
  expect(text).toContain('Số người được triệu tập33');
  expect(text).toContain('Được giới thiệu (16)');
  expect(text).toContain('Bằng phiếu (2)');
  expect(text).toContain('người đứng đầu cấp ủy lựa chọn');
  expect(card.querySelector('[data-command="next-round"]')).toBeNull();
  // The hall screen marks `Trúng cử`: not offered for an introduction.
  expect(card.querySelector('[data-project]')).toBeNull();
  expect(electionCard(gt2, context('en')).textContent).toContain('Introduced (17)');
});

test('introduction: each name introduced and each tied with its count and share of those convened', () => {
  const [gt1] = golden('gioi-thieu.tally.json');
  const card = electionCard(gt1, context('vi'));
  const lists = Array.from(card.querySelectorAll('ol.names'));
  expect(lists).toHaveLength(2);
  const byName = new Map(gt1.candidates.map((c) => [c.name, c]));
  const lines = Array.from(lists[0].querySelectorAll('li'));
  expect(lines.map((li) => li.querySelector('.name')?.textContent)).toEqual(gt1.introduced);
  for (const li of [...lines, ...Array.from(lists[1].querySelectorAll('li'))]) {
    const c = byName.get(li.querySelector('.name')?.textContent ?? '');
    expect(c).toBeDefined();
    // % of those convened (33): 23 votes are 69,70 %.
    expect(li.querySelector('.votes')?.textContent).toBe(
      `${c!.votes} phiếu · ${c!.percentOfDenominator.toFixed(2).replace('.', ',')}%`,
    );
  }
  const tied = Array.from(lists[1].querySelectorAll('.votes'), (v) => v.textContent);
  expect(new Set(tied).size).toBe(1);
});
