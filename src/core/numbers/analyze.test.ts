import { describe, expect, it } from 'vitest';
import { analyze, analyzeText, splitTokens } from './analyze.js';
import type { InputKind, Lookalike } from './types.js';

describe('analyze', () => {
  it.each<[string, InputKind, string, Lookalike | undefined]>([
    ['RB123456785GB', 'tracking', 'RB123456785GB', undefined],
    ['  lp 0012 3456 7890 12 ', 'tracking', 'LP00123456789012', undefined],
    ['ＲＢ１２３４５６７８５ＧＢ', 'tracking', 'RB123456785GB', undefined],
    ['https://t.17track.net/en#nums=RB123456785GB', 'tracking', 'RB123456785GB', undefined],
    ['8123456789012345', 'order_number', '8123456789012345', 'aliexpress_order'],
    ['123-1234567-1234567', 'order_number', '12312345671234567', 'shop_order'],
    ['PO-211-01234567890123', 'order_number', 'PO21101234567890123', 'shop_order'],
    ['+1 415 555 2671', 'phone', '14155552671', 'phone'],
    ['(415) 555-2671', 'phone', '4155552671', 'phone'],
    ['2024-05-12', 'unknown', '20240512', 'date'],
    ['$12.99', 'unknown', '1299', 'price'],
    ['buyer@example.com', 'unknown', 'BUYEREXAMPLECOM', 'email'],
    ['90210', 'unknown', '90210', 'postal_code'],
    ['hello', 'unknown', 'HELLO', undefined],
    ['13812345678', 'phone', '13812345678', 'phone'],
    ['041441760228964', 'tracking', '041441760228964', undefined],
  ])('%s → %s', (input, kind, normalized, lookalike) => {
    const d = analyze(input);
    expect(d.input).toBe(input);
    expect(d.kind).toBe(kind);
    expect(d.normalized).toBe(normalized);
    expect(d.lookalike).toBe(lookalike);
  });

  it('gives ranked candidates for a valid number and no suggestions', () => {
    const d = analyze('RB123456785GB');
    expect(d.candidates[0]).toMatchObject({
      carrierId: 'royal-mail',
      checksum: 'valid',
      country: 'GB',
    });
    expect(d.suggestions).toEqual([]);
  });

  it('suggests corrections when the check digit fails', () => {
    const d = analyze('RB1234S6785GB');
    expect(d.suggestions[0]).toBe('RB123456785GB');
    const typo = analyze('RB123456784GB');
    expect(typo.kind).toBe('tracking');
    expect(typo.candidates.every((c) => c.checksum === 'invalid')).toBe(true);
    expect(typo.suggestions).toContain('RB123456785GB');
  });

  it('never lists carriers for a strong lookalike', () => {
    expect(analyze('+1 331 881 0025').candidates).toEqual([]);
    expect(analyze('8123456789012345').candidates).toEqual([]);
  });
});

describe('splitTokens / analyzeText', () => {
  it.each<[string, string[]]>([
    ['RB123456785GB', ['RB123456785GB']],
    ['RB123456785GB\nLP00123456789012', ['RB123456785GB', 'LP00123456789012']],
    [
      'RB123456785GB, LP00123456789012; 1Z999AA10123456784',
      ['RB123456785GB', 'LP00123456789012', '1Z999AA10123456784'],
    ],
    ['RB123456785GB LP00123456789012', ['RB123456785GB', 'LP00123456789012']],
    ['LP 0012 3456 7890 12', ['LP 0012 3456 7890 12']],
    ['9400 1112 0620 6406 2607 87', ['9400 1112 0620 6406 2607 87']],
    ['RB 1234 56785 GB LP00123456789012', ['RB 1234 56785 GB', 'LP00123456789012']],
    ['Tracking number: RB123456785GB', ['RB123456785GB']],
    ['+1 415 555 2671', ['+1 415 555 2671']],
    [
      'https://t.17track.net/en#nums=LP00123456789012,RB123456785GB',
      ['LP00123456789012', 'RB123456785GB'],
    ],
    ['RB123456785GB\t\r\n\n  ', ['RB123456785GB']],
    ['', []],
  ])('%j → %j', (text, tokens) => {
    expect(splitTokens(text)).toEqual(tokens);
  });

  it('keeps the order and one detection per token', () => {
    const out = analyzeText('RB123456785GB\n8123456789012345\nRB123456784GB');
    expect(out.map((d) => d.kind)).toEqual(['tracking', 'order_number', 'tracking']);
    expect(out[2]!.suggestions).toContain('RB123456785GB');
  });

  it('searches prose with extractAll', () => {
    const mail =
      'Hello, your order 8123456789012345 has been shipped on 12/05/2024.\n' +
      'You can follow the parcel with tracking number LP 0012 3456 7890 12 on our site.\n' +
      'Questions? Call +1 415 555 2671.';
    const out = analyzeText(mail);
    expect(out.map((d) => d.normalized)).toEqual(['LP00123456789012']);
    expect(out[0]!.input).toBe('LP 0012 3456 7890 12');
  });
});
