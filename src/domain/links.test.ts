import { findLinks, sanitizeLink } from './links';

describe('sanitizeLink', () => {
  it.each([
    ['https://example.com/encuesta?nps=9', 'https://example.com/encuesta?nps=9'],
    ['http://intranet.local/informe', 'http://intranet.local/informe'],
    ['mailto:cx@empresa.es', 'mailto:cx@empresa.es'],
    ['www.empresa.es/ayuda', 'https://www.empresa.es/ayuda'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    [' javascript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['java\nscript:alert(1)', null],
    ['java\u0000script:alert(1)', null],
    ['&#106;avascript:alert(1)', null],
    ['&#x6A;avascript:alert(1)', null],
    ['javascript&colon;alert(1)', null],
    ['%6Aavascript:alert(1)', null],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', null],
    ['vbscript:msgbox(1)', null],
    ['VBScript:msgbox(1)', null],
    ['file:///etc/passwd', null],
    ['\u200bjavascript:alert(1)', null],
    ['notes about javascript', null],
  ])('%j -> %j', (input, expected) => {
    expect(sanitizeLink(input)).toBe(expected);
  });
});

describe('findLinks', () => {
  it('finds links in a note and leaves the rest as text', () => {
    expect(findLinks('Ver https://empresa.es/nps. Y www.x.es, gracias')).toEqual([
      { text: 'Ver ', href: null },
      { text: 'https://empresa.es/nps', href: 'https://empresa.es/nps' },
      { text: '. Y ', href: null },
      { text: 'www.x.es', href: 'https://www.x.es/' },
      { text: ', gracias', href: null },
    ]);
  });

  it('never turns a script URL into a link', () => {
    expect(findLinks('javascript:alert(1)')).toEqual([{ text: 'javascript:alert(1)', href: null }]);
  });
});
