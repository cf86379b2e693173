import { describe, expect, it } from 'vitest';
import { detectPii, isBankCardNumber, isChineseIdNumber, maskPii, passesLuhn } from './pii.js';

describe('isChineseIdNumber', () => {
  it('accepts numbers whose ISO 7064 check character matches, X included', () => {
    expect(isChineseIdNumber('11010519491231002X')).toBe(true);
    expect(isChineseIdNumber('11010519491231002x')).toBe(true);
    expect(isChineseIdNumber('440304199203081520')).toBe(true);
  });

  it('rejects a wrong check character, an impossible birth date and a wrong length', () => {
    expect(isChineseIdNumber('110105194912310021')).toBe(false);
    expect(isChineseIdNumber('110105199002300012')).toBe(false);
    expect(isChineseIdNumber('11010519491231002')).toBe(false);
  });
});

describe('bank cards', () => {
  it('checks the Luhn digit', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
  });

  it('needs a card network prefix and a card length, and is never an ID number', () => {
    expect(isBankCardNumber('6222021234567890128')).toBe(true);
    expect(passesLuhn('9111111111111110')).toBe(true);
    expect(isBankCardNumber('9111111111111110')).toBe(false);
    expect(isBankCardNumber('424242')).toBe(false);
    expect(isBankCardNumber('440304199203081520')).toBe(false);
  });
});

describe('detectPii', () => {
  it('finds each kind in running text, with the data masked', () => {
    const found = detectPii(
      '身份证11010519491231002x，卡号6222 0212 3456 7890 128，电话138-1234-5678，邮箱li@example.cn，住朝阳区建国路88号3号楼2单元501室',
    );
    expect(found.map((m) => m.kind).sort()).toEqual(
      ['address', 'address', 'bank_card', 'email', 'id_number', 'phone'].sort(),
    );
    expect(found.find((m) => m.kind === 'id_number')?.masked).toBe('110*************2x');
  });

  it('reads North American phones and street addresses', () => {
    const kinds = detectPii('call (415) 555-0132 or visit 1200 market street apt 5').map((m) => m.kind);
    expect(kinds).toEqual(['phone', 'address']);
  });

  it('does not read order numbers, prices or dates as personal data', () => {
    expect(detectPii('order 20240615-0001, ¥1299, shipped 2024-06-15, 3 kg')).toEqual([]);
  });
});

describe('maskPii', () => {
  it('keeps only the ends of a value', () => {
    expect(maskPii('13812345678')).toBe('138******78');
    expect(maskPii('12345')).toBe('*****');
  });
});
