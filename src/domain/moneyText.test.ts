import { describe, expect, it } from 'vitest';
import { readMoneyText } from './moneyText';

const DOLLARS_AND_PESOS = ['USD', 'MXN', 'COP', 'ARS', 'CLP', 'UYU', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD'];

describe('readMoneyText', () => {
  it.each([
    ['US$12', '12', ['USD']],
    ['us$ 12', '12', ['USD']],
    ['12 US$', '12', ['USD']],
    ['U$S 40', '40', ['USD']],
    ['MX$250', '250', ['MXN']],
    ['Mex$250', '250', ['MXN']],
    ['CA$9.99', '9.99', ['CAD']],
    ['A$15', '15', ['AUD']],
    ['R$ 30,90', '30,90', ['BRL']],
    ['S/ 45', '45', ['PEN']],
    ['$U 120', '120', ['UYU']],
    ['12 eur', '12', ['EUR']],
    ['12 EUR', '12', ['EUR']],
    ['12eur', '12', ['EUR']],
    ['Eur 12', '12', ['EUR']],
    ['12€', '12', ['EUR']],
    ['€ 12', '12', ['EUR']],
    ['1.234,5 €', '1.234,5', ['EUR']],
    ['£3', '3', ['GBP']],
    ['cop 4.500', '4.500', ['COP']],
    // Any code in capitals: a file may hold any currency.
    ['XYZ 12', '12', ['XYZ']],
    ['12', '12', null],
  ])('reads "%s" as "%s" in %j', (text, amount, currencies) => {
    expect(readMoneyText(text)).toEqual({ amount, currencies });
  });

  it('reads "$" alone as every dollar and peso, and a code beside it as the one it names', () => {
    expect(readMoneyText('$12')).toEqual({ amount: '12', currencies: DOLLARS_AND_PESOS });
    expect(readMoneyText('12 $')).toEqual({ amount: '12', currencies: DOLLARS_AND_PESOS });
    expect(readMoneyText('$250 MXN')).toEqual({ amount: '250', currencies: ['MXN'] });
    expect(readMoneyText('$250 mxn')).toEqual({ amount: '250', currencies: ['MXN'] });
  });

  it('refuses marks that name no currency in common, and takes no word for a code', () => {
    expect(readMoneyText('€12 USD')).toBeNull();
    expect(readMoneyText('R$ 12 USD')).toBeNull();
    // Lower-case letters that are no currency's code stay in the amount, for the number parser to refuse.
    expect(readMoneyText('12 abc')).toEqual({ amount: '12 abc', currencies: null });
    expect(readMoneyText('12 euros')).toEqual({ amount: '12 euros', currencies: null });
    expect(readMoneyText('US$abc')).toEqual({ amount: 'abc', currencies: ['USD'] });
  });
});
