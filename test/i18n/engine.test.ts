/**
 * The engine names its messages and their parameters (engine/findings/messages.ts); the i18n
 * tables hold the words. Each text must use exactly the parameters the engine gives: a
 * placeholder the engine never fills would print as `{name}` in a clerk's minutes.
 */
import { ENGINE_MESSAGES, type EngineMessageId } from '../../src/engine/findings/messages';
import { template } from '../../src/i18n';

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

describe('engine messages', () => {
  const ids = Object.keys(ENGINE_MESSAGES) as EngineMessageId[];

  test.each(ids)('%s has Vietnamese and English text with the declared parameters', (id) => {
    const declared = new Set<string>(ENGINE_MESSAGES[id]);
    const vi = template('vi', id);
    const en = template('en', id);
    expect(vi).toEqual(expect.any(String));
    expect(en).toEqual(expect.any(String));
    const used = new Set([...placeholders(vi), ...placeholders(en)]);
    expect([...used].sort()).toEqual([...declared].sort());
    // Vietnamese text must not leave out a figure the English one gives (quotaEn is the one English-only form).
    for (const p of placeholders(en)) if (p !== 'quotaEn') expect(placeholders(vi)).toContain(p);
  });
});
