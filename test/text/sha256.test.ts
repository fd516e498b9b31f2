/**
 * The engine's SHA-256 and the command line's (Node's crypto, `useNodeSha256`) are one function:
 * FIPS 180-4's vectors for both, and the same digest of any text, lone surrogates included (a
 * fingerprint printed by the pane must verify on the command line and the other way round).
 */
import fc from 'fast-check';
import { createHash } from 'crypto';
import { sha256Hex, sha256HexScript, useSha256 } from '../../src/engine/text/sha256';
import { useNodeSha256 } from '../../src/cli/nodeCodec';

const native = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const VECTORS: [string, string][] = [
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  [
    'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
  ],
  ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
];

describe('SHA-256', () => {
  afterEach(() => useSha256(sha256HexScript));

  it.each(VECTORS.map(([text, digest]) => [text.slice(0, 20), text, digest]))(
    'gives the standard digest of "%s…", in the engine and through the command line',
    (_label, text, digest) => {
      expect(sha256HexScript(text)).toBe(digest);
      useNodeSha256();
      expect(sha256Hex(text)).toBe(digest);
    },
  );

  it('the command line installs Node crypto in place of the engine’s own', () => {
    let calls = 0;
    useSha256((text) => {
      calls++;
      return native(text);
    });
    expect(sha256Hex('abc')).toBe(VECTORS[1][1]);
    expect(calls).toBe(1);
    useNodeSha256();
    expect(sha256Hex('abc')).toBe(VECTORS[1][1]);
    expect(calls).toBe(1);
  });

  it('both give the same digest of any text: Vietnamese, astral characters, lone surrogates', () => {
    const units = fc
      .array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(0xd800, 0xdfff, 0x1ea1, 0x20)), {
        maxLength: 300,
      })
      .map((codes) => String.fromCharCode(...codes));
    fc.assert(
      fc.property(fc.oneof(units, fc.fullUnicodeString({ maxLength: 200 })), (text) => {
        expect(sha256HexScript(text)).toBe(native(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('pads at every length around a block edge', () => {
    for (let n = 0; n < 200; n++) expect(sha256HexScript('é'.repeat(n))).toBe(native('é'.repeat(n)));
  });
});
