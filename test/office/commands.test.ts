/**
 * Contract through the real commands: the same congress (a real .xlsx built with the test helper,
 * and the same values loaded into the fake Excel) tallied through the package host and through
 * the Office host gives identical output sheets, in the same order, within 4 syncs.
 */
import { OfficeHost } from '../../src/hosts/office/officeHost';
import { tallyCommand } from '../../src/commands/tally';
import { nationalWorkbook } from '../../bench/office';
import { workbookFrom, type Cell } from '../helpers/workbook';
import { fakeFromXlsx } from './fakeExcel';
import { normalizeFake, normalizePackage } from './normalize';

const NOW = () => new Date(Date.UTC(2025, 9, 15, 9, 30));

async function congress(voters: number, candidates: number, seats: number) {
  const sheets = Object.fromEntries(nationalWorkbook(voters, candidates, seats)) as Record<string, Cell[][]>;
  const xlsx = await workbookFrom(sheets);
  const fake = await fakeFromXlsx(xlsx);
  return { xlsx, fake, office: new OfficeHost(fake.run) };
}

describe('tally through both hosts', () => {
  test('identical result, minutes and log sheets', async () => {
    const { xlsx, fake, office } = await congress(40, 12, 10);
    const viaXlsx = await tallyCommand({ port: xlsx, lang: 'vi', now: NOW, write: true });
    const viaOffice = await tallyCommand({ port: office, lang: 'vi', now: NOW, write: true });
    expect(viaOffice.errors).toEqual([]);
    expect(viaXlsx.errors).toEqual([]);
    expect(viaOffice.report).toEqual(viaXlsx.report);
    expect(viaOffice.written).toBe(true);
    const names = await xlsx.sheetNames();
    expect(fake.sheets.map((s) => s.name)).toEqual(names);
    expect(names).toEqual(expect.arrayContaining(['Kết quả BCH', 'Biên bản BCH']));
    for (const plan of viaXlsx.plans) {
      const a = normalizeFake(fake.sheet(plan.name) ?? fail(plan.name));
      const b = await normalizePackage(xlsx.toBytes(NOW()), plan.name);
      expect(a).toEqual(b);
      expect(a.formulas).toEqual([]);
    }
    // Sync 1 names, sync 2 the used ranges' sizes, sync 3 their values, two write syncs.
    expect(fake.syncCount).toBeLessThanOrEqual(5);
    expect(office.stats.chunks).toBe(0);
  });

  test('input errors: the Office host writes nothing', async () => {
    const sheets = Object.fromEntries(nationalWorkbook(20, 6, 5)) as Record<string, Cell[][]>;
    sheets['Phiếu BCH'][3][2] = 'k'; // not a mark
    const xlsx = await workbookFrom(sheets);
    const fake = await fakeFromXlsx(xlsx);
    const before = fake.sheets.map((s) => s.name);
    const outcome = await tallyCommand({ port: new OfficeHost(fake.run), lang: 'vi', now: NOW, write: true });
    expect(outcome.errors.length).toBeGreaterThan(0);
    expect(outcome.errors[0].cell).toBe("'Phiếu BCH'!C4");
    expect(outcome.written).toBe(false);
    expect(fake.sheets.map((s) => s.name)).toEqual(before);
    expect(fake.syncs.every((s) => s.operations === 0 || s.requestBytes < 2000)).toBe(true);
    expect(fake.syncCount).toBe(3);
  });
});

function fail(name: string): never {
  throw new Error(`missing sheet ${name}`);
}
