/**
 * `npm run test:unit`: the engine and workbook tests alone, in seconds. Everything that starts a
 * process, a browser or LibreOffice, or goes through a host, is left to the full `npm test`.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/e2e/',
    '<rootDir>/test/render/libreoffice',
    '<rootDir>/test/office/',
    '<rootDir>/test/examples/',
    '<rootDir>/test/cli/',
    'cli\\.test\\.ts$',
    'command\\.test\\.ts$',
  ],
};
