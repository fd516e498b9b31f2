/**
 * Integrity through the Office host on the fake Excel, against the exceljs host: the same sheets
 * (protection included) after tally, finalise and a reopened recount; protection and the trail
 * cost no sync (names, one read, two writes); a refused count writes nothing.
 */
import { OfficeHost, SYNC_BUDGET_BYTES } from '../../src/hosts/office/officeHost';
import type { WorkbookPort } from '../../src/workbook/port';
import { tallyCommand } from '../../src/commands/tally';
import { finaliseCommand } from '../../src/commands/finalise';
import { verifyCommand } from '../../src/commands/verify';
import type { PackageHost } from '../../src/hosts/package/packageHost';
import { workbookFrom } from '../helpers/workbook';
import { type FakeExcel, fakeFromXlsx } from '../office/fakeExcel';
import { normalizeFake, normalizePackage } from '../office/normalize';
import { congress, LATER, STRIKE } from './fixtures';
import { ctxOf } from './helpers';

async function both(): Promise<{ xlsx: PackageHost; fake: FakeExcel; office: OfficeHost }> {
  const xlsx = await workbookFrom(congress([STRIKE]));
  const fake = await fakeFromXlsx(xlsx);
  // An Excel with merged areas (ExcelApi 1.13), as the pane runs in: they ride in the sizing sync.
  return { xlsx, fake, office: new OfficeHost(fake.run, SYNC_BUDGET_BYTES, { isSetSupported: fake.isSetSupported }) };
}

async function run<T>(hosts: { xlsx: PackageHost; office: OfficeHost }, step: (port: WorkbookPort) => Promise<T>) {
  return { xlsx: await step(hosts.xlsx), office: await step(hosts.office) };
}

async function expectSameSheets(xlsx: PackageHost, fake: FakeExcel): Promise<void> {
  const names = await xlsx.sheetNames();
  expect(fake.sheets.map((s) => s.name)).toEqual(names);
  const bytes = xlsx.toBytes(LATER());
  for (const name of names.filter((n) => /^(Kết quả|Biên bản|Chốt|Nhật ký)/.test(n))) {
    const sheet = fake.sheet(name);
    if (!sheet) throw new Error(`missing ${name}`);
    expect(normalizeFake(sheet)).toEqual(await normalizePackage(bytes, name));
  }
}

describe('integrity through the Office host', () => {
  test('tally, finalise, tally again: identical sheets, protected alike, five syncs each (names, sizes, values, two writes)', async () => {
    const hosts = await both();
    const { fake, office } = hosts;
    let syncs = fake.syncCount;
    await run(hosts, (port) => tallyCommand(ctxOf(port)));
    expect(fake.syncCount - syncs).toBeLessThanOrEqual(5);
    syncs = fake.syncCount;
    const finalised = await run(hosts, (port) => finaliseCommand(ctxOf(port, { now: LATER }), { election: 'CU' }));
    expect(finalised.office.errors).toEqual([]);
    expect(fake.syncCount - syncs).toBe(5);
    expect(office.stats.chunks).toBe(0);
    for (const sheet of ['Kết quả CU', 'Biên bản CU', 'Chốt kết quả', 'Nhật ký'])
      expect([sheet, fake.sheet(sheet)?.protected]).toEqual([sheet, true]);
    // Same data: the count goes through, the sheets replaced and protected again, still four syncs.
    syncs = fake.syncCount;
    const again = await run(hosts, (port) => tallyCommand(ctxOf(port, { now: LATER })));
    expect(again.office.errors).toEqual([]);
    expect(again.office.warnings.map((w) => w.code)).not.toContain('LOG_BROKEN');
    expect(fake.syncCount - syncs).toBe(5);
    expect(fake.sheet('Kết quả CU')?.protected).toBe(true);
    await expectSameSheets(hosts.xlsx, fake);
    expect(again.office.report).toEqual(again.xlsx.report);
  });

  test('a mark changed in Excel after finalising: refused in the read syncs, nothing written', async () => {
    const hosts = await both();
    const { fake, office } = hosts;
    await finaliseCommand(ctxOf(office), { election: 'CU' });
    const cell = fake.sheet('Phiếu CU')?.cell(2, 1);
    if (!cell) throw new Error('no cell');
    cell.value = cell.value === 'x' ? null : 'x';
    const before = fake.sheets.map((s) => [s.name, JSON.stringify(normalizeFake(s))]);
    const syncs = fake.syncCount;
    const outcome = await tallyCommand(ctxOf(office, { now: LATER }));
    expect(outcome.errors.map((e) => e.code)).toEqual(['FINALISED_CHANGED']);
    expect(fake.syncCount - syncs).toBe(3);
    expect(fake.sheets.map((s) => [s.name, JSON.stringify(normalizeFake(s))])).toEqual(before);
    const verify = await verifyCommand(ctxOf(office), {
      election: 'CU',
      fingerprint: outcome.results[0].fingerprint,
    });
    expect(verify.match).toBe(true);
    // Reopened with a reason: counted, logged, no longer protected.
    const reopened = await tallyCommand(ctxOf(office, { now: LATER }), { reopen: 'Sửa phiếu số 2' });
    expect(reopened.errors).toEqual([]);
    expect(fake.sheet('Kết quả CU')?.protected).toBe(false);
    expect(
      fake
        .sheet('Chốt kết quả')
        ?.values()
        .map((r) => r[4]),
    ).toEqual(['Trạng thái', 'Đã chốt', 'Mở lại']);
  });
});
