#!/usr/bin/env bash
# Regenerates the README's docs/minutes.png and docs/ballot.png from the bundled example, as
# LibreOffice prints them: page 1 of the committee's minutes (`Biên bản BCH`) and page 1 of its
# ballot papers (`Mẫu phiếu BCH`), each printed alone as a clerk prints one sheet. Needs
# LibreOffice Calc and poppler; run by hand after a change to the example or to the layouts
# (tests never write tracked files).
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build:cli
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
node - "$tmp" <<'JS'
const path = require('path');
const { readFileSync, writeFileSync } = require('fs');
const { PackageHost } = require('./dist-cli/hosts/package/packageHost');
const { tallyCommand } = require('./dist-cli/commands/tally');
const { ballotsCommand } = require('./dist-cli/commands/ballots');
(async () => {
  const dir = process.argv[2];
  const host = PackageHost.open(new Uint8Array(readFileSync('examples/dai-hoi-phuong.xlsx')));
  const ctx = { port: host, lang: 'vi', now: () => new Date('2025-08-06T12:00:00Z'), write: false };
  const sheets = [
    ['minutes', (await tallyCommand(ctx, { elections: ['BCH'] })).plans.find((p) => p.name === 'Biên bản BCH')],
    ['ballot', (await ballotsCommand(ctx, { elections: ['BCH'] })).plans[0]],
  ];
  for (const [name, plan] of sheets) {
    const out = PackageHost.blank();
    await out.writeOutputs([plan], []);
    writeFileSync(path.join(dir, `${name}.xlsx`), out.toBytes(new Date('2025-08-06T12:00:00Z')));
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
JS
for name in minutes ballot; do
  soffice --headless "-env:UserInstallation=file://$tmp/profile" --convert-to pdf --outdir "$tmp" "$tmp/$name.xlsx" >/dev/null 2>&1
  # 80 dpi: an A4 page of 662 × 936 pixels.
  pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$tmp/$name.pdf" "docs/$name"
  echo "docs/$name.png"
done
