/**
 * `npm run screenshots`: redraws the README's screenshots (docs/*.png) from the built pane and
 * standalone page in Chromium. Not part of `npm test`, which never writes into tracked files.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  testMatch: ['**/screenshots/*.shots.ts'],
  testTimeout: 240000,
};
