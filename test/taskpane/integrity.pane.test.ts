/**
 * @jest-environment jsdom
 */
/**
 * The pane's part of the integrity trail (WORKBOOK.md "Integrity", issue 12), driven through its
 * DOM over the package host: the operator asked once per workbook and named in `Nhật ký`;
 * "Kiểm tra mã" on an election's card; "Chốt kết quả" on the card, a changed count refused and
 * reopened with a reason; "Phiếu thử" on the chosen election, its card marked `PHIẾU THỬ`.
 */
import { Buffer } from 'buffer';
import * as path from 'path';
import { setImmediate } from 'timers';
import { TextDecoder, TextEncoder } from 'util';
import { mountApp, type App } from '../../src/taskpane/app';
import type { PaneOutcome } from '../../src/taskpane/commandTable';
import { memoryStore, OPERATOR_SETTING, type SettingsStore } from '../../src/taskpane/operator';
import type { PackageHost } from '../../src/hosts/package/packageHost';
import { congress, NAMES, STRIKE } from '../integrity/fixtures';

// jsdom lacks what the package host and exceljs (which builds the workbooks) use in Node; they
// are loaded once these are in place.
Object.assign(globalThis, { TextEncoder, TextDecoder, Buffer, setImmediate });
let workbookFrom: typeof import('../helpers/workbook').workbookFrom;
let loadHost: typeof import('../helpers/workbook').loadHost;
let helpers: typeof import('../integrity/helpers');
beforeAll(async () => {
  ({ workbookFrom, loadHost } = await import('../helpers/workbook'));
  helpers = await import('../integrity/helpers');
});
const values = (host: PackageHost, sheet: string) => helpers.values(host, sheet);
const setCell: typeof import('../integrity/helpers').setCell = (...args) => helpers.setCell(...args);
const isProtected = (host: PackageHost, sheet: string) => helpers.isProtected(host, sheet);

jest.setTimeout(60_000);

const OPERATOR = 'Trần Văn Kiểm';

interface Pane {
  app: App;
  root: HTMLElement;
  store: SettingsStore;
  use(host: PackageHost): void;
}

function mount(host: PackageHost): Pane {
  document.body.innerHTML = '';
  const root = document.createElement('div');
  document.body.append(root);
  const store = memoryStore();
  let port = host;
  const app = mountApp(root, 'vi', {
    port: () => port,
    explainError: (error) => ({ text: String(error), code: 'Error', detail: String(error) }),
    settings: () => store,
  });
  return { app, root, store, use: (h) => (port = h) };
}

async function until<T>(probe: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const found = probe();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function find<T extends Element>(root: ParentNode, selector: string): T {
  const node = root.querySelector<T>(selector);
  if (!node) throw new Error(`no ${selector}`);
  return node;
}

/** Fills a form's text field and presses its submit button. */
function submit(form: Element, text: string): void {
  find<HTMLInputElement>(form, 'input[type="text"]').value = text;
  find<HTMLButtonElement>(form, 'button[type="submit"]').click();
}

/** Runs a writing command, answering the operator's question when it is asked. */
async function runAnswering(pane: Pane, run: Promise<PaneOutcome | null>, name = OPERATOR) {
  const form = await until(() => pane.root.querySelector('.operator-form'), 'the operator question');
  submit(form, name);
  return run;
}

const logOperators = async (host: PackageHost) => (await values(host, 'Nhật ký')).slice(1).map((r) => r[2]);

describe('the pane and the integrity trail', () => {
  test('a writing run asks the operator once per workbook; every Nhật ký row names them', async () => {
    const host = await workbookFrom(congress([STRIKE]));
    const pane = mount(host);
    // A run that writes nothing asks nobody; nor one that only lays out input sheets (no log row).
    expect(await pane.app.run('before')).not.toBeNull();
    expect(pane.root.querySelector('.operator-form')).toBeNull();
    expect(await pane.app.run('ballot-sheets')).not.toBeNull();
    expect(await pane.app.run('prepare')).not.toBeNull();
    expect(pane.root.querySelector('.operator-form')).toBeNull();
    // Cancelled: nothing runs, nothing is written.
    const names = await host.sheetNames();
    const cancelled = pane.app.run('tally');
    find<HTMLButtonElement>(
      await until(() => pane.root.querySelector('.operator-form'), 'the question'),
      'button[type="button"]',
    ).click();
    expect(await cancelled).toBeNull();
    expect(find(pane.root, 'p.status').textContent).toBe('Chưa có tên người thực hiện: chưa chạy gì.');
    expect(await host.sheetNames()).toEqual(names);

    const first = await runAnswering(pane, pane.app.run('tally'), `  ${OPERATOR} `);
    expect(first?.written).toBe(true);
    expect(pane.store.get(OPERATOR_SETTING)).toBe(OPERATOR);
    expect(find(pane.root, '.operator').textContent).toContain(`Người thực hiện: ${OPERATOR}`);
    // Asked once: the second run goes ahead with the name kept.
    const second = await pane.app.run('tally');
    expect(second?.written).toBe(true);
    expect(await logOperators(host)).toEqual([OPERATOR, OPERATOR]);
    // Changed on request, then used.
    const change = find<HTMLButtonElement>(pane.root, 'button[data-operator="change"]');
    change.click();
    submit(await until(() => pane.root.querySelector('.operator-form'), 'the change'), 'Lê Thị Mới');
    await until(() => pane.store.get(OPERATOR_SETTING) === 'Lê Thị Mới', 'the new name kept');
    await pane.app.run('tally');
    expect((await logOperators(host)).slice(-1)).toEqual(['Lê Thị Mới']);
  });

  test('Kiểm tra mã on the card: the printed code matches; a changed mark does not', async () => {
    const host = await workbookFrom(congress([STRIKE]));
    const pane = mount(host);
    const outcome = await runAnswering(pane, pane.app.run('tally'));
    const fingerprint = outcome?.results?.[0]?.fingerprint ?? '';
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const check = async (code: string) => {
      const form = find(pane.root, '.card[data-election="CU"] details.verify form');
      const answer = find(form, '.verify-result');
      answer.textContent = '';
      submit(form, code);
      await until(() => answer.textContent, 'the answer');
      return { text: answer.textContent ?? '', ok: answer.classList.contains('ok') };
    };
    // As copied from the minutes: its label, upper case, a line break.
    const printed = `Mã kiểm tra: ${fingerprint.slice(0, 32).toUpperCase()}\n${fingerprint.slice(32)}`;
    expect(await check(printed)).toEqual({ ok: true, text: 'Khớp: dữ liệu phiếu đúng như khi in mã này.' });
    const other = fingerprint.slice(0, 63) + (fingerprint.endsWith('0') ? '1' : '0');
    expect(await check(other)).toMatchObject({ ok: false, text: expect.stringMatching(/^Không khớp/) });
    expect(await check('abc')).toMatchObject({ ok: false, text: expect.stringMatching(/^Mã kiểm tra gồm 64/) });
    // The card stays: checking writes nothing and clears nothing.
    expect(pane.root.querySelectorAll('.card')).toHaveLength(1);

    // A mark changed after the minutes were printed: the printed code no longer matches.
    pane.use(await setCell(host, 'Phiếu CU', 1, 1, null));
    const changed = await check(printed);
    expect(changed.ok).toBe(false);
    expect(changed.text).toMatch(/^Không khớp: dữ liệu phiếu nay đã khác/);
  });

  test('Chốt kết quả on the card; a changed mark is refused, then reopened with a reason', async () => {
    const host = await workbookFrom(congress([STRIKE]));
    const pane = mount(host);
    await runAnswering(pane, pane.app.run('tally'));
    find<HTMLButtonElement>(pane.root, '.card[data-election="CU"] button[data-command="finalise"]').click();
    await until(() => pane.root.querySelector('.card .finalised'), 'the finalised card');
    const final = await values(host, 'Chốt kết quả');
    expect(final[1].slice(0, 5)).toEqual([
      'CU',
      expect.stringMatching(/^[0-9a-f]{64}$/),
      expect.any(String),
      OPERATOR,
      'Đã chốt',
    ]);
    expect(await isProtected(host, 'Kết quả CU')).toBe(true);
    expect(await isProtected(host, 'Biên bản CU')).toBe(true);
    // Finalised: the card says so and offers it no more, here and after a tally on the same data.
    expect(pane.root.querySelector('button[data-command="finalise"]')).toBeNull();
    await pane.app.run('tally');
    expect(find(pane.root, '.card[data-election="CU"] .finalised').textContent).toMatch(/^Đã chốt kết quả/);
    expect(pane.root.querySelector('button[data-command="finalise"]')).toBeNull();

    // One mark changed: refused, nothing written, and the pane offers to reopen.
    const changed = await setCell(host, 'Phiếu CU', 1, 1, null);
    pane.use(changed);
    const names = await changed.sheetNames();
    const log = await values(changed, 'Nhật ký');
    const refused = await pane.app.run('tally');
    expect(refused?.errors.map((e) => e.code)).toEqual(['FINALISED_CHANGED']);
    expect(refused?.written).toBe(false);
    expect(await changed.sheetNames()).toEqual(names);
    expect(await values(changed, 'Nhật ký')).toEqual(log);
    // One sentence of what happened; the message points at the form below, not the command line.
    expect(find(pane.root, 'p.status').textContent).toBe(
      'Cuộc bầu CU đã chốt kết quả mà dữ liệu phiếu nay đã khác: không kiểm lại, chưa ghi gì vào sổ.',
    );
    const refusal = find(pane.root, '.group[data-code="FINALISED_CHANGED"]');
    expect(find(refusal, '.title').textContent).toBe('Kết quả đã chốt mà dữ liệu đã đổi');
    expect(refusal.textContent).toContain('ô "Mở lại kết quả đã chốt" bên dưới');
    expect(refusal.textContent).not.toContain('--reopen');
    // No "correct the cell and click again" over it: what to do is the form below.
    expect(pane.root.querySelector('.message.error')).toBeNull();
    const reopen = find(pane.root, 'form.reopen-form');
    // No reason, no reopening.
    submit(reopen, '   ');
    expect(await values(changed, 'Nhật ký')).toEqual(log);
    submit(reopen, 'Tổ 2 nhập sai phiếu số 2');
    await until(() => pane.root.querySelector('.card'), 'the count');
    await until(() => !pane.app.busy(), 'the end of the run');
    const reopened = (await values(changed, 'Chốt kết quả')).slice(1);
    expect(reopened.map((r) => [r[0], r[3], r[4], r[5]])).toEqual([
      ['CU', OPERATOR, 'Đã chốt', null],
      ['CU', OPERATOR, 'Mở lại', 'Tổ 2 nhập sai phiếu số 2'],
    ]);
    const rows = (await values(changed, 'Nhật ký')).slice(log.length);
    expect(rows.map((r) => [r[3], r[2]])).toEqual([
      ['reopen', OPERATOR],
      ['tally', OPERATOR],
    ]);
    expect(String(rows[0][7])).toContain('Lý do: Tổ 2 nhập sai phiếu số 2');
    expect(await isProtected(changed, 'Kết quả CU')).toBe(false);
    expect(find(pane.root, '.card[data-election="CU"] button[data-command="finalise"]')).toBeTruthy();
  });

  test('a trust vote’s card (issue 14) has Kiểm tra mã and Chốt kết quả like any election’s', async () => {
    const host = loadHost(path.join(__dirname, '../../examples/tin-nhiem.xlsx'));
    const pane = mount(host);
    await runAnswering(pane, pane.app.run('tally'));
    const card = find(pane.root, '.card[data-election="TN"]');
    const printed = (await values(host, 'Biên bản TN'))
      .flat()
      .find((v): v is string => typeof v === 'string' && v.startsWith('Mã kiểm tra: '));
    const form = find(card, 'details.verify form');
    submit(form, printed ?? '');
    await until(() => find(form, '.verify-result').textContent, 'the answer');
    expect(find(form, '.verify-result').textContent).toBe('Khớp: dữ liệu phiếu đúng như khi in mã này.');
    find<HTMLButtonElement>(card, 'button[data-command="finalise"]').click();
    await until(() => pane.root.querySelector('.card[data-election="TN"] .finalised'), 'the finalised card');
    expect((await values(host, 'Chốt kết quả'))[1].slice(3, 5)).toEqual([OPERATOR, 'Đã chốt']);
    expect(await isProtected(host, 'Kết quả TN')).toBe(true);
    expect(await isProtected(host, 'Biên bản TN')).toBe(true);
    // Its own layout, with the trail's lines: the banner, and the log row of the run that wrote it.
    const sheet = (await values(host, 'Kết quả TN')).map((row) => row.filter((v) => v !== null));
    expect(String(sheet[1][0])).toMatch(/^ĐÃ CHỐT KẾT QUẢ lúc .* \(Trần Văn Kiểm\)/);
    const log = await values(host, 'Nhật ký');
    expect(sheet.find((row) => row[0] === 'Dòng Nhật ký')).toEqual([
      'Dòng Nhật ký',
      String(log.length - 1),
      log[log.length - 1][8],
    ]);
    // Its own outcome (the bands) is still there.
    expect(find(pane.root, '.card[data-election="TN"]').querySelector('[data-band="twoThirds"]')).not.toBeNull();
  });

  test('Phiếu thử on the chosen election: its card says PHIẾU THỬ and offers no Chốt kết quả', async () => {
    const host = await workbookFrom(congress([{ ...STRIKE, ballots: [] }]));
    const pane = mount(host);
    // No election chosen: nothing asked, nothing run.
    expect(await pane.app.run('testdeck')).toBeNull();
    expect(find(pane.root, 'p.status').textContent).toBe('Hãy chọn cuộc bầu trước, trong ô ngay trên nút.');
    expect(document.activeElement?.id).toBe('election-testdeck');
    expect(pane.root.querySelector('.operator-form')).toBeNull();

    const deck = await runAnswering(pane, pane.app.run('testdeck', { election: 'CU' }));
    expect(deck?.errors).toEqual([]);
    expect(deck?.written).toBe(true);
    expect((await values(host, 'Phiếu CU')).length).toBe(22);
    expect((await values(host, 'Đối chiếu')).slice(1, 2)).toEqual([['CU', 'Phiếu thử', 1]]);
    const card = find(pane.root, '.card[data-election="CU"]');
    expect(card.classList.contains('rehearsal')).toBe(true);
    expect(find(card, '.badge-rehearsal').textContent).toBe('PHIẾU THỬ');
    expect(card.querySelector('button[data-command="finalise"]')).toBeNull();

    const tally = await pane.app.run('tally');
    expect(tally?.errors).toEqual([]);
    expect(tally?.results?.[0]?.crossCheck?.every((e) => e.ok)).toBe(true);
    const counted = find(pane.root, '.card[data-election="CU"]');
    expect(find(counted, '.badge-rehearsal').textContent).toBe('PHIẾU THỬ');
    expect(counted.querySelector('button[data-command="finalise"]')).toBeNull();
    expect((await logOperators(host)).every((name) => name === OPERATOR)).toBe(true);
  });

  test('on issue 11’s pane: Chốt kết quả redraws its own card only; Phiếu thử has its own picker in step 2', async () => {
    const host = await workbookFrom(
      congress([STRIKE, { ...STRIKE, id: 'CU2', title: 'Bầu Chi ủy lần hai' }, { ...STRIKE, id: 'TD', ballots: [] }]),
    );
    const pane = mount(host);
    await pane.app.refresh();
    // Only an election still at the zero report (its ballot sheet empty) can get test ballots.
    const deckPicker = find<HTMLSelectElement>(pane.root, '.step-body select#election-testdeck');
    const offered = () => Array.from(deckPicker.options).map((o) => o.value);
    expect(offered()).toEqual(['', 'TD']);
    expect(find(pane.root, '.step[data-step="before"] .step-body').contains(deckPicker)).toBe(true);

    await runAnswering(pane, pane.app.run('tally'));
    const ids = () => Array.from(pane.root.querySelectorAll('.card')).map((c) => c.getAttribute('data-election'));
    expect(ids()).toEqual(['CU', 'CU2', 'TD']);
    // Counted cards offer it; the zero report's does not.
    expect(pane.root.querySelectorAll('.card button[data-command="finalise"]')).toHaveLength(2);
    find<HTMLButtonElement>(pane.root, '.card[data-election="CU2"] button[data-command="finalise"]').click();
    await until(() => pane.root.querySelector('.card[data-election="CU2"] .finalised'), 'the finalised card');
    await until(() => !pane.app.busy(), 'the end of the run');
    expect(ids()).toEqual(['CU', 'CU2', 'TD']);
    expect(find(pane.root, 'p.status').textContent).toBe(
      'Đã chốt kết quả cuộc bầu CU2; trang Kết quả và Biên bản của nó đã được khóa.',
    );
    expect(pane.root.querySelector('.card[data-election="CU"] .finalised')).toBeNull();
    expect(pane.root.querySelector('.card[data-election="CU"] button[data-command="finalise"]')).not.toBeNull();
    // Finalised twice on the same data: said so, nothing added.
    const rows = (await values(host, 'Chốt kết quả')).length;
    const again = await pane.app.run('finalise', { election: 'CU2' });
    expect(again?.written).toBe(false);
    expect(find(pane.root, 'p.status').textContent).toBe(
      'Cuộc bầu CU2 đã chốt kết quả trên đúng dữ liệu này từ trước; không ghi thêm gì.',
    );
    expect((await values(host, 'Chốt kết quả')).length).toBe(rows);

    // Phiếu thử from step 2: the name is kept, nothing is asked.
    deckPicker.value = 'TD';
    find<HTMLButtonElement>(pane.root, '.step-body button[data-command="testdeck"]').click();
    await until(() => pane.root.querySelector('.card.rehearsal[data-election="TD"]'), 'the rehearsal card');
    await until(() => !pane.app.busy(), 'the end of the run');
    expect(pane.root.querySelector('.operator-form')).toBeNull();
    expect(find(pane.root, 'p.status').textContent).toBe(
      'Đã điền 21 phiếu thử vào trang Phiếu TD và số liệu phải ra vào trang Đối chiếu; bấm Kiểm phiếu ở bước 3 để tập dượt.',
    );
    // Its ballot sheet is no longer empty: the picker offers it no more.
    expect(offered()).toEqual(['']);
    const tally = await pane.app.run('tally');
    expect(find(pane.root, 'p.status').textContent).toBe(
      'Đã kiểm phiếu 3 cuộc bầu: 2 bầu đủ, 1 bầu chưa đủ; 1 là phiếu thử, không công bố.',
    );
    const deck = find(pane.root, '.card[data-election="TD"]');
    expect(find(deck, '.cross-check-ok').textContent).toMatch(
      /^Khớp với số liệu phải ra của phiếu thử: cả \d+ số liệu\.$/,
    );
    expect(find(deck, '.rehearsal-note').textContent).toMatch(/^Phiếu thử để tập dượt/);
    // Said by the badge and the note, not again as a second look; the deck's invalid ballots ask none.
    expect(deck.querySelector('.card-warnings')).toBeNull();
    expect(tally?.warnings.map((w) => w.code)).toEqual(['REHEARSAL']);
  });

  test('a cross-check difference: the card lists both figures and the cell, once, and blocks', async () => {
    const host = await workbookFrom(
      congress([STRIKE], {
        'Đối chiếu': [
          ['Mã', 'Mục', 'Số liệu'],
          ['CU', 'Số phiếu hợp lệ', 21],
          ['CU', NAMES[0], 3],
        ],
      }),
    );
    const pane = mount(host);
    const outcome = await runAnswering(pane, pane.app.run('tally'));
    const counted = outcome?.results?.[0];
    const votes = counted?.candidates.find((c) => c.name === NAMES[0])?.votes;
    const card = find(pane.root, '.card[data-election="CU"]');
    expect(card.getAttribute('data-status')).toBe('blocked');
    const check = find(card, '.check');
    expect(find(check, '.check-name').textContent).toBe('Đối chiếu');
    expect(Array.from(check.querySelectorAll('.check-figures')).map((n) => n.textContent)).toEqual([
      'Số liệu được phép chênh: 0',
      'Số liệu chênh lệch: 1',
    ]);
    const items = Array.from(card.querySelectorAll('.cross-check li'));
    expect(items.map((li) => li.querySelector('.text')?.textContent)).toEqual([
      `${NAMES[0]}: phần mềm chính thức 3, ở đây ${votes}`,
    ]);
    // No cell can be selected from jsdom's face: the cell is written out.
    expect(items[0].textContent).toContain("'Đối chiếu'!C3");
    // Said once: under the check that blocks, not again as a second look that "does not block".
    expect(card.querySelector('.card-warnings')).toBeNull();
    expect(pane.root.querySelector('.findings')).toBeNull();
    expect(card.querySelector('button[data-command="finalise"]')).toBeNull();
  });
});
