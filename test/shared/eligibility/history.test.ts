import { describe, expect, it } from 'vitest';
import { consecutiveYears, historyFor, parsePriorAwards } from '../../../shared/eligibility/history';

describe('award history', () => {
  it('parses "Khen thưởng đã đạt" text', () => {
    expect(parsePriorAwards('CSTĐCS năm 2022, 2023; Bằng khen UBND tỉnh 2021\nLĐTT 2019-2020')).toEqual([
      { awardCode: 'CSTD_CS', year: 2022 },
      { awardCode: 'CSTD_CS', year: 2023 },
      { awardCode: 'BK_TINH', year: 2021 },
      { awardCode: 'LDTT', year: 2019 },
      { awardCode: 'LDTT', year: 2020 },
    ]);
    expect(parsePriorAwards('Bằng khen Thủ tướng Chính phủ năm 2020')).toEqual([
      { awardCode: 'BK_TTG', year: 2020 },
    ]);
    expect(parsePriorAwards('không')).toEqual([]);
  });

  it('matches history entries to the nominee by CCCD, name + birth year, or collective name', () => {
    const history = [
      { awardCode: 'CSTD_CS', year: 2025, cccd: '020085001234' },
      { awardCode: 'CSTD_CS', year: 2024, fullName: 'NGUYEN VAN AN', birthYear: 1985 },
      { awardCode: 'CSTD_CS', year: 2023, fullName: 'Nguyễn Văn An', birthYear: 1990 },
      { awardCode: 'TTLDXS', year: 2025, collectiveName: 'Phòng Tổ chức cán bộ' },
      { awardCode: 'LDTT', year: 2026 },
    ];
    const person = historyFor({ fullName: 'Nguyễn Văn An', birthYear: 1985, cccd: '020085001234' }, history);
    expect(person.map((e) => e.year)).toEqual([2025, 2024, 2026]);
    const byName = historyFor({ fullName: 'Nguyễn Văn An', birthYear: 1985 }, history);
    expect(byName.map((e) => e.year)).toEqual([2024, 2026]);
    expect(historyFor({ collectiveName: 'phòng tổ chức cán bộ' }, history)).toEqual([
      { awardCode: 'TTLDXS', year: 2025 },
      { awardCode: 'LDTT', year: 2026 },
    ]);
  });

  it('counts consecutive years', () => {
    const e = [2021, 2022, 2024, 2025].map((year) => ({ awardCode: 'CSTD_CS', year }));
    expect(consecutiveYears(e, 'CSTD_CS', 2026)).toBe(2);
    expect(consecutiveYears(e, 'CSTD_CS', 2025)).toBe(2);
    expect(consecutiveYears(e, 'CSTD_CS', 2023)).toBe(2);
    expect(consecutiveYears(e, 'LDTT', 2026)).toBe(0);
  });
});
