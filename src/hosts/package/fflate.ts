/**
 * The parts of fflate the package host uses, in a module of their own: zip.ts requires this
 * module on first use (the command line installs Node's zlib and so never loads fflate), and its
 * static imports let the bundler keep only these parts of fflate's ES build in the offline page (a
 * `require('fflate')` in zip.ts itself took fflate's whole CommonJS build into the page).
 */
export { Inflate, deflateSync } from 'fflate';
