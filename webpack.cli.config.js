/**
 * The command line as one script (src/cli/codeCache.ts): the modules tsc compiled into dist-cli,
 * bundled without minifying, packages from node_modules left to `require` (the Word library
 * loads only for the commands that need it). `npm run build:cli` runs it after tsc.
 */
const path = require('path');
const { minify } = require('terser');
const { Compilation, sources } = require('webpack');

/**
 * Comments and spaces dropped and every string in ASCII escapes: the script V8 keeps in memory is
 * then a one-byte string of half the size. Nothing renamed or rewritten (stack traces keep names).
 */
class StripBundle {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('StripBundle', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: 'StripBundle', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE },
        async (assets) => {
          for (const name of Object.keys(assets).filter((n) => n.endsWith('.js'))) {
            const { code } = await minify(assets[name].source().toString(), {
              compress: false,
              mangle: false,
              format: { comments: false, ascii_only: true },
            });
            compilation.updateAsset(name, new sources.RawSource(code));
          }
        },
      );
    });
  }
}

module.exports = {
  mode: 'production',
  target: 'node20',
  context: __dirname,
  entry: './dist-cli/cli/bundleEntry.js',
  output: { path: path.join(__dirname, 'dist-cli', 'cli', 'bundle'), filename: 'dai-hoi.js' },
  // `__dirname` stays the bundle's own folder (dist-cli/cli/bundle, as deep as cli/commands).
  node: { __dirname: false, __filename: false },
  externalsPresets: { node: true },
  externals: [
    ({ request }, callback) => (/^[a-z@]/.test(request) ? callback(null, `commonjs ${request}`) : callback()),
  ],
  optimization: { minimize: false },
  plugins: [new StripBundle()],
  devtool: false,
  performance: { hints: false },
  stats: 'errors-warnings',
};
