/**
 * The LibreOffice workbook repacked by Python's zipfile in the ways zip writers differ
 * (test/fixtures/producers/zip, made by make_fixtures.py): zip64 records (forced, and those of an
 * archive past 4 GiB and 65,535 entries), more than 65,535 parts, data descriptors, stored parts,
 * an archive comment. Each reads as the original does, and `tally -o` writes a package that
 * Python's zipfile (a reader of its own, zip64 and all) finds sound, keeping every other part's
 * compressed bytes and CRC.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runCli } from '../helpers/cli';
import { checkPackage } from './packageCheck';

jest.setTimeout(120000);

const PRODUCERS = path.join(__dirname, '..', 'fixtures', 'producers');
const ORIGINAL = path.join(PRODUCERS, 'libreoffice-congress.xlsx');
const work = mkdtempSync(path.join(tmpdir(), 'dai-hoi-zip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The parts the host edits (CONTRACT-EXTENSIONS.md "Files (issue 13)"). */
const EDITED = new Set([
  '[Content_Types].xml',
  '_rels/.rels',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'docProps/app.xml',
  'docProps/custom.xml',
]);

interface Listing {
  /** Entries in the central directory (Python's count, from the zip64 end record when there is one). */
  count: number;
  /** Whether the archive ends with a zip64 end record and locator. */
  zip64End: boolean;
  /** Part → [CRC, SHA-256 of its compressed bytes as stored]. */
  entries: Record<string, [number, string]>;
}

/** What Python's zipfile reads of an archive, every part's CRC checked (testzip). */
function pythonList(file: string): Listing {
  const script = `
import hashlib, json, struct, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z, open(sys.argv[1], 'rb') as f:
    bad = z.testzip()
    if bad: sys.exit('bad CRC: ' + bad)
    entries = {}
    for i in z.infolist():
        f.seek(i.header_offset)
        n, e = struct.unpack('<HH', f.read(30)[26:30])
        f.seek(i.header_offset + 30 + n + e)
        entries[i.filename] = [i.CRC, hashlib.sha256(f.read(i.compress_size)).hexdigest()]
    data = open(sys.argv[1], 'rb').read()
    end = data.rfind(b'PK\\x05\\x06')
    print(json.dumps({'count': len(z.infolist()), 'zip64End': data[end - 20:end - 16] == b'PK\\x06\\x07', 'entries': entries}))
`;
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }),
  );
}

async function report(file: string): Promise<unknown> {
  const run = await runCli(['tally', file, '--json', '--lang', 'en']);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

const VARIANTS: [string, (input: Listing) => void][] = [
  ['zip64-forced.xlsx', () => undefined],
  [
    'zip64-records.xlsx',
    (input) => {
      expect(input.zip64End).toBe(true);
    },
  ],
  [
    'zip64-many-parts.xlsx',
    (input) => {
      expect(input.zip64End).toBe(true);
      expect(input.count).toBeGreaterThan(65535);
    },
  ],
  ['data-descriptors.xlsx', () => undefined],
  ['stored.xlsx', () => undefined],
  ['comment.xlsx', () => undefined],
];

describe('zip variants: read as the original, written whole', () => {
  let expected: unknown;
  beforeAll(async () => {
    expected = await report(ORIGINAL);
  });

  test.each(VARIANTS)('%s: tally -o', async (fixture, checkInput) => {
    const input = path.join(PRODUCERS, 'zip', fixture);
    const before = pythonList(input);
    checkInput(before);
    expect(await report(input)).toEqual(expected);

    const output = path.join(work, fixture);
    const run = await runCli(['tally', input, '-o', output]);
    expect(run.stderr).not.toContain('Lỗi');
    expect(run.code).toBe(0);
    const after = pythonList(output);
    // As many entries as went in, plus our three sheets and the custom properties (and no more:
    // a count that wrapped at 65,536 would drop them all).
    expect(after.count).toBe(before.count + Object.keys(after.entries).filter((p) => !before.entries[p]).length);
    expect(after.zip64End).toBe(after.count >= 0xffff);
    const lost = Object.entries(before.entries)
      .filter(([part]) => !EDITED.has(part))
      .filter(
        ([part, [crc, compressed]]) => after.entries[part]?.[0] !== crc || after.entries[part]?.[1] !== compressed,
      )
      .map(([part]) => part);
    expect(lost).toEqual([]);
    expect(checkPackage(new Uint8Array(readFileSync(output)))).toEqual([]);
    // And our own reader reads its output again: the same results.
    const again = (await report(output)) as { elections: unknown[] };
    expect(again.elections).toEqual((expected as { elections: unknown[] }).elections);
  });
});
