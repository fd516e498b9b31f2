/* The office.js stub for the headless pane tests (test/e2e/officeStub.ts → office-stub.js). */
const path = require('path');

module.exports = (env) => ({
  mode: 'development',
  devtool: false,
  entry: { 'office-stub': path.resolve(__dirname, 'officeStub.ts') },
  output: { path: env.out, filename: '[name].js' },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            compilerOptions: { module: 'esnext', moduleResolution: 'node', target: 'es2019' },
          },
        },
      },
    ],
  },
});
