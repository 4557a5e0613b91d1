import { describe, expect, test } from 'vitest';
import { decodeEntities, htmlToLine, htmlToText } from './html-to-text';

describe('htmlToText', () => {
  test.each([
    ['<img src=x onerror=alert(1)>', ''],
    ['<img src=x onerror=alert(1)>Tom', 'Tom'],
    ['<svg onload="alert(1)"><circle/></svg>after', 'after'],
    ['<a href="javascript:alert(1)" title="a > b">link</a>', 'link'],
    ["<a title='x\">y'>quoted</a>", 'quoted'],
    ['before<script>alert("<p>x</p>")</script>after', 'beforeafter'],
    ['<SCRIPT type="module">evil()</SCRIPT>kept', 'kept'],
    ['<style>p { color: red }</style>text', 'text'],
    ['text<script>never closed', 'text'],
    ['a<!-- <b>hidden</b> -->b', 'ab'],
    ['a<!-- never closed', 'a'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
    ['<3 and <-- arrows', '<3 and <-- arrows'],
    ['<img src=x onerror=alert(1)', '<img src=x onerror=alert(1)'],
  ])('%j gives %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  test('breaks lines at <br> and paragraphs, and collapses the whitespace of the source', () => {
    expect(htmlToText('<p>First\n   paragraph<br/>next line</p>\n<p>Second</p>')).toBe(
      'First paragraph\nnext line\n\nSecond',
    );
    expect(htmlToText('<ul><li>one</li><li>two</li></ul>')).toBe('one\ntwo');
    expect(htmlToText('<br><br><br>x<br><br><br><br>')).toBe('x');
  });

  test('one line for titles', () => {
    expect(htmlToLine('Whitney Houston<br/> 1963 - 2012')).toBe('Whitney Houston 1963 - 2012');
    expect(htmlToLine('<p>a</p><p>b</p>')).toBe('a b');
  });
});

describe('decodeEntities', () => {
  test.each([
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['&lt;b&gt;', '<b>'],
    ['&quot;q&quot; &apos;a&apos;', `"q" 'a'`],
    ['it&#39;s', "it's"],
    ['it&#x27;s', "it's"],
    ['&#X27;', "'"],
    ['a&nbsp;b', 'a b'],
    ['Caf&eacute; &mdash; &hellip;', 'Café — …'],
    ['&#128512;', '😀'],
    ['&#0; &#xD800; &#x110000;', '\ufffd \ufffd \ufffd'],
    ['&amp;lt;', '&lt;'],
    ['&unknown; &amp', '&unknown; &amp'],
    ['AT&T', 'AT&T'],
  ])('%j gives %j', (html, text) => {
    expect(decodeEntities(html)).toBe(text);
  });
});
