import { describe, expect, it } from 'vitest';
import { fitText, graphemeEnds, wordEnds, wrapText } from './text-fit';

/** Every user-perceived character 5 px wide. */
const measure = (text: string) => graphemeEnds(text).length * 5;

describe('fitText', () => {
  it('keeps a text that fits whole', () => {
    expect(fitText('Obama visits Bangkok', 100, measure)).toEqual({ text: 'Obama visits Bangkok', full: true });
  });

  it('cuts after the last whole word that fits with the ellipsis', () => {
    // 64 px hold 12 characters: "Obama visits" plus "…" is 13, so the cut falls in "visits" and goes back to "Obama".
    expect(fitText('Obama visits Bangkok', 64, measure)).toEqual({ text: 'Obama…', full: false });
    expect(fitText('Obama visits Bangkok', 65, measure)).toEqual({ text: 'Obama visits…', full: false });
  });

  it('drops the punctuation and space before the ellipsis', () => {
    expect(fitText('Tech firms, advocates and survivors', 70, measure)).toEqual({ text: 'Tech firms…', full: false });
  });

  it('never cuts inside a word: what is shown stays words of the title', () => {
    // 60 px hold 11 characters and the ellipsis, but no word ends in "Internationalisation".
    expect(fitText('Internationalisation', 60, measure)).toBeNull();
    expect(fitText('First White House Forum', 25, measure)).toBeNull();
    // A whole short word is worth showing.
    expect(fitText('2008 TIP report', 25, measure)).toEqual({ text: '2008…', full: false });
  });

  it('hides what would keep fewer than the least number of characters', () => {
    expect(fitText('IOM brings fishermen home', 24, measure)).toBeNull();
    expect(fitText('IOM brings fishermen home', 20, measure, 3)).toEqual({ text: 'IOM…', full: false });
  });

  it('keeps a character made of several code points whole', () => {
    // "Cafe\u0301" is four characters, five code points; "Café crème…" is eleven characters, 55 px.
    const fitted = fitText('Cafe\u0301 cre\u0300me bru\u0302le\u0301e', 55, measure)!;
    expect(fitted).toEqual({ text: 'Cafe\u0301 cre\u0300me…', full: false });
    expect(graphemeEnds(fitted.text)).toHaveLength(11);
  });
});

describe('graphemeEnds and wordEnds', () => {
  it('find where characters and words end', () => {
    expect(graphemeEnds('Ae\u0301b')).toEqual([1, 3, 4]);
    expect(wordEnds('US-led roundtable, 2012')).toEqual([2, 6, 17, 23]);
  });
});

describe('wrapText', () => {
  it('breaks between words so that every line fits', () => {
    expect(wrapText('Obama visits Phnom Penh, the first US president', 80, measure)).toEqual([
      'Obama visits',
      'Phnom Penh, the',
      'first US',
      'president',
    ]);
  });

  it('shortens a word longer than a line', () => {
    expect(wrapText('Internationalisation now', 50, measure)).toEqual(['Internati…', 'now']);
  });
});
