import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fingerprint } from './fingerprint';

describe('fingerprint', () => {
  it('is the same for the same text, with or without a byte order mark', () => {
    fc.assert(fc.property(fc.string(), (text) => fingerprint(text) === fingerprint(`\uFEFF${text}`)));
  });

  it('tells apart texts that differ in one character or in their order', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 1 }),
        (text, at, char) => {
          const i = at % text.length;
          fc.pre(text[i] !== char);
          return fingerprint(text) !== fingerprint(text.slice(0, i) + char + text.slice(i + 1));
        },
      ),
    );
    expect(fingerprint('{"a":1,"b":2}')).not.toBe(fingerprint('{"b":2,"a":1}'));
  });

  it('starts with the length of the text', () => {
    expect(fingerprint('')).toMatch(/^0-[0-9a-f]{16}$/);
    expect(fingerprint('héllo')).toMatch(/^5-/);
  });
});
