/**
 * Two builds (addin-engineering.md §1.4):
 *  - the task pane (dist/taskpane.html + small script chunks, office.js copied from
 *    @microsoft/office-js so the add-in runs from an intranet host without internet);
 *  - the standalone page (dist/dai-hoi-ngoai-tuyen.html: one file, every script and style inline,
 *    the package host with fflate for the zip, no exceljs, no Office.js, no network).
 *
 * Environment at build time:
 *  ADDIN_URL=https://host/path/   production origin written into the manifest (default https://localhost:3000/)
 *  OFFICE_JS_CDN=1                load office.js from Microsoft's CDN instead of the add-in's own origin
 *  ADDIN_HTTP=1                   dev-server over plain HTTP (headless tests; no certificates)
 */
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const URL_DEV = 'https://localhost:3000/';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_DIST = path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist');
const STANDALONE = 'dai-hoi-ngoai-tuyen.html';

/**
 * office.js and only what it loads for Excel: the host scripts per platform (web, Windows, Mac,
 * iPad, Android, WinRT; minified only), its string tables for English and Vietnamese, its
 * telemetry shim, the platform mapping table and the Promise polyfill.
 */
const OFFICE_FILES = [
  'office.js',
  'o15apptofilemappingtable.js',
  'es6-promise.js',
  'telemetry/oteljs_agave.js',
  'en-us/office_strings.js',
  'vi-vn/office_strings.js',
  ...fs
    .readdirSync(OFFICE_DIST)
    .filter((f) => /^excel-(web|win32|mac|ios|android|winrt)-16\.\d\d(-core)?\.js$/.test(f)),
];

const tsRule = (dev) => ({
  test: /\.ts$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: {
      transpileOnly: true, // `npm run typecheck` checks types; the bundle only needs the JavaScript.
      compilerOptions: {
        module: 'esnext',
        moduleResolution: 'node',
        target: 'es2019',
        sourceMap: dev,
        declaration: false,
      },
    },
  },
});

/** Inlines the standalone page's scripts into its HTML and drops the separate files. */
class InlineStandalonePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InlineStandalone', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'InlineStandalone', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const html = compilation.getAsset(STANDALONE);
          const script = compilation.getAsset('standalone.js');
          if (!html || !script) throw new Error('standalone: missing html or script');
          // A script element ends at the first `</script`; `<!--` would start an escaped state.
          const safe = (code) => code.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
          const inline = `<script>${safe(script.source.source().toString())}</script>`;
          const source = html.source.source().toString();
          if (!source.includes('</body>')) throw new Error('standalone: no </body>');
          const page = source.replace('</body>', () => `${inline}\n</body>`);
          compilation.updateAsset(STANDALONE, new webpack.sources.RawSource(page));
          for (const name of Object.keys(compilation.assets)) if (name !== STANDALONE) compilation.deleteAsset(name);
        },
      );
    });
  }
}

async function httpsOptions() {
  if (process.env.ADDIN_HTTP === '1') return { type: 'http' };
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
}

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  const urlProd = process.env.ADDIN_URL || URL_DEV;
  const cdn = process.env.OFFICE_JS_CDN === '1';
  const out = path.resolve(__dirname, (env && env.out) || 'dist');

  const pane = {
    name: 'pane',
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/taskpane.ts',
      // The projection dialog (Trình chiếu kết quả): its own small page, same origin as the pane.
      projection: './src/taskpane/projection/page.ts',
    },
    output: {
      path: out,
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: { keep: new RegExp(STANDALONE.replace('.', '\\.')) },
    },
    resolve: {
      extensions: ['.ts', '.js'],
      // The pane must never carry exceljs (the standalone page does); a stray import fails the build.
      alias: { exceljs: false },
      fallback: { fs: false, path: false },
    },
    module: { rules: [tsRule(dev)] },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        officeJs: cdn ? OFFICE_JS_CDN : 'office.js',
      }),
      new HtmlWebpackPlugin({
        filename: 'projection.html',
        template: './src/taskpane/projection/projection.html',
        chunks: ['projection'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'src/taskpane/projection/projection.css', to: 'projection.css' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : content.toString().split(URL_DEV).join(urlProd)),
          },
          // Microsoft's files are copied as shipped (already minified; not re-minified).
          ...(cdn
            ? []
            : OFFICE_FILES.map((file) => ({
                from: path.join(OFFICE_DIST, file),
                to: file,
                info: { minimized: true },
              }))),
        ],
      }),
    ],
    devServer: {
      static: { directory: out },
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: await (env && env.WEBPACK_BUILD ? Promise.resolve({ type: 'http' }) : httpsOptions()),
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };

  const standalone = {
    name: 'standalone',
    devtool: false,
    target: 'web',
    entry: { standalone: './src/standalone/standalone.ts' },
    output: { path: out, filename: '[name].js' },
    resolve: {
      extensions: ['.ts', '.js'],
      // The page reads and writes workbooks with the package host; exceljs must never come back in.
      alias: { exceljs: false },
      fallback: { fs: false, path: false },
    },
    module: { rules: [tsRule(false)] },
    performance: { hints: false },
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new HtmlWebpackPlugin({
        filename: STANDALONE,
        template: './src/standalone/standalone.html',
        inject: false,
        minify: false,
        css: fs.readFileSync(path.resolve(__dirname, 'src/taskpane/taskpane.css'), 'utf8'),
      }),
      new InlineStandalonePlugin(),
    ],
  };

  return [pane, standalone];
};
