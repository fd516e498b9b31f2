/**
 * Offline manifest check (office-addin-manifest validate needs Microsoft's service, §1.9):
 * well-formed, the required elements in the schema's order, every resid resolves, every URL and
 * icon points at a file the webpack build produces.
 */
import { readFileSync, existsSync } from 'fs';
import * as path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = path.resolve(__dirname, '../..');
const xml = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: false });
const ordered = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true });
type Node = Record<string, unknown>;
const doc = parser.parse(xml) as { OfficeApp: Node };
const app = doc.OfficeApp;
const DEV = 'https://localhost:3000/';

function all(node: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => all(n, out));
  else if (node && typeof node === 'object') {
    out.push(node as Node);
    Object.values(node as Node).forEach((v) => all(v, out));
  }
  return out;
}

/** The files the pane build writes for a dev URL (mirrors webpack.config.js). */
function buildFile(url: string): string {
  // A view of the pane (`taskpane.html?view=tally`) is the pane's file.
  const rel = url.slice(DEV.length).replace(/\?.*$/, '');
  if (rel === 'taskpane.html') return 'src/taskpane/taskpane.html';
  if (rel.startsWith('assets/')) return rel;
  throw new Error(`no build output for ${url}`);
}

describe('manifest.xml', () => {
  test('is well-formed and an add-in-only task pane manifest for Workbook', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(app['@xsi:type']).toBe('TaskPaneApp');
    expect(String(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((app.Hosts as Node).Host).toMatchObject({ '@Name': 'Workbook' });
    expect(app.Permissions).toBe('ReadWriteDocument');
  });

  test('root elements come in the order the schema requires', () => {
    const tree = ordered.parse(xml) as Node[];
    const root = tree.find((n) => 'OfficeApp' in n) as { OfficeApp: Node[] };
    const names = root.OfficeApp.map((n) => Object.keys(n).find((k) => k !== ':@')).filter(
      (n): n is string => !!n && n !== '#comment',
    );
    const order = [
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ];
    expect(names).toEqual(order);
  });

  test('requires ExcelApi 1.9', () => {
    const set = ((app.Requirements as Node).Sets as Node).Set as Node;
    expect(set).toMatchObject({ '@Name': 'ExcelApi', '@MinVersion': '1.9' });
  });

  test('has a ribbon group "Đại hội" whose buttons open the pane on their views, with vi-VN overrides', () => {
    const resources = (app.VersionOverrides as Node).Resources as Node;
    const strings = [
      (resources['bt:ShortStrings'] as Node)['bt:String'],
      (resources['bt:LongStrings'] as Node)['bt:String'],
    ].flat() as Node[];
    const byId = new Map(strings.map((s) => [s['@id'], s]));
    const group = all(app.VersionOverrides).find((n) => n['@id'] === 'DaiHoi.Group');
    expect(group).toBeDefined();
    const label = byId.get(((group as Node).Label as Node)['@resid']) as Node;
    expect((label['bt:Override'] as Node)['@Value']).toBe('Đại hội');
    expect((label['bt:Override'] as Node)['@Locale']).toBe('vi-VN');
    // The pane, and the three things the users click, each opening the one pane on its view.
    const controls = [(group as Node).Control].flat() as Node[];
    expect(controls.map((c) => c['@id'])).toEqual([
      'DaiHoi.OpenPane',
      'DaiHoi.Tally',
      'DaiHoi.Allocate',
      'DaiHoi.Check',
    ]);
    const urls = new Map(
      ([(resources['bt:Urls'] as Node)['bt:Url']].flat() as Node[]).map((u) => [u['@id'], String(u['@DefaultValue'])]),
    );
    const views = controls.map((c) => {
      expect(c['@xsi:type']).toBe('Button');
      const action = c.Action as Node;
      expect(action['@xsi:type']).toBe('ShowTaskpane');
      expect(action.TaskpaneId).toBe('DaiHoiPane');
      const url = urls.get((action.SourceLocation as Node)['@resid']) ?? '';
      expect(url.startsWith(`${DEV}taskpane.html`)).toBe(true);
      return new URL(url).searchParams.get('view');
    });
    expect(views).toEqual([null, 'tally', 'allocate', 'check']);
    expect(controls.map((c) => (byId.get((c.Label as Node)['@resid'])?.['bt:Override'] as Node)['@Value'])).toEqual([
      'Đại hội',
      'Kiểm phiếu',
      'Phân bổ đại biểu',
      'Kiểm tra danh sách',
    ]);
    for (const s of strings) {
      expect((s['bt:Override'] as Node)['@Locale']).toBe('vi-VN');
      const limit =
        (resources['bt:ShortStrings'] as Node)['bt:String'] &&
        ([(resources['bt:ShortStrings'] as Node)['bt:String']].flat() as Node[]).includes(s)
          ? 125
          : 250;
      expect(String(s['@DefaultValue']).length).toBeLessThanOrEqual(limit);
      expect(String((s['bt:Override'] as Node)['@Value']).length).toBeLessThanOrEqual(limit);
    }
    expect(((app.DisplayName as Node)['Override'] as Node)['@Locale']).toBe('vi-VN');
    expect(((app.Description as Node)['Override'] as Node)['@Locale']).toBe('vi-VN');
  });

  test('every resid resolves and every URL and icon is a file of the build', () => {
    const nodes = all(app);
    const ids = new Set(nodes.map((n) => n['@id']).filter(Boolean));
    const resids = nodes.map((n) => n['@resid']).filter(Boolean);
    expect(resids.length).toBeGreaterThan(8);
    for (const r of resids) expect(ids).toContain(r);
    const urls = nodes
      .flatMap((n) => ['@DefaultValue', '@Value'].map((k) => n[k]))
      .filter((v): v is string => typeof v === 'string' && /^https?:/.test(v));
    const appDomains = [(app.AppDomains as Node).AppDomain].flat().map(String);
    expect(appDomains).toEqual(['https://localhost:3000']);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const url of urls) {
      expect(url.startsWith(DEV)).toBe(true);
      expect(existsSync(path.join(ROOT, buildFile(url)))).toBe(true);
    }
    // Icon sizes match their files (PNG width at byte 16).
    for (const node of nodes.filter((n) => typeof n['@id'] === 'string' && String(n['@id']).startsWith('Icon.'))) {
      const size = Number(/\.(\d+)x\d+$/.exec(String(node['@id']))?.[1]);
      const png = readFileSync(path.join(ROOT, buildFile(String(node['@DefaultValue']))));
      expect(png.readUInt32BE(16)).toBe(size);
    }
    // The webpack config copies assets/*.png to assets/ and writes taskpane.html; keep them in step.
    const config = readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8');
    expect(config).toContain("to: 'assets/[name][ext]'");
    expect(config).toContain("filename: 'taskpane.html'");
    expect(config).toContain("const URL_DEV = 'https://localhost:3000/'");
  });
});
