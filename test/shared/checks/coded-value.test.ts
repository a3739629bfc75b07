import { describe, expect, it } from 'vitest';
import { checkCoded, codedVocab } from '../../../shared/checks/coded-value';
import { EDUCATION_LEVELS, POLITICAL_THEORY_LEVELS } from '../../../shared/vocab/education-levels';
import { SECTORS } from '../../../shared/vocab/sectors';
import { SOCIAL_COMPOSITIONS } from '../../../shared/vocab/social-compositions';
import { TASK_RATINGS } from '../../../shared/vocab/task-ratings';

const education = codedVocab(EDUCATION_LEVELS, true);
const theory = codedVocab(POLITICAL_THEORY_LEVELS, true);

describe('coded values', () => {
  it.each([
    ['Cử nhân Luật', 'university'],
    ['Đại học Sư phạm', 'university'],
    ['ĐH', 'university'],
    ['Kỹ sư Nông nghiệp', 'university'],
    ['ThS. Quản lý giáo dục', 'master'],
    ['Thạc sĩ', 'master'],
    ['PGS.TS', 'doctor'],
    ['Tiến sĩ Kinh tế', 'doctor'],
    ['12/12', 'general'],
    ['Trung cấp', 'intermediate'],
  ])('education %s → %s', (text, code) => {
    expect(checkCoded(education, text, 'Trình độ chuyên môn').value).toBe(code);
  });

  it.each([
    ['Cao cấp', 'advanced'],
    ['Cao cấp lý luận chính trị', 'advanced'],
    ['Trung cấp', 'intermediate'],
    ['Sơ cấp', 'elementary'],
    ['Cử nhân chính trị', 'bachelor'],
  ])('political theory %s → %s', (text, code) => {
    expect(checkCoded(theory, text, 'Trình độ lý luận chính trị').value).toBe(code);
  });

  it('reads sectors, compositions and task ratings by label or abbreviation', () => {
    expect(checkCoded(codedVocab(SECTORS), 'Văn hóa, xã hội', 'Lĩnh vực').value).toBe('cultureSociety');
    expect(checkCoded(codedVocab(SECTORS), 'QP-AN', 'Lĩnh vực').value).toBe('defenceSecurity');
    expect(checkCoded(codedVocab(SOCIAL_COMPOSITIONS), 'nông dân', 'Thành phần').value).toBe('farmer');
    expect(checkCoded(codedVocab(TASK_RATINGS), 'HTXSNV', 'Xếp loại').value).toBe('excellent');
    expect(checkCoded(codedVocab(TASK_RATINGS), 'hoàn thành tốt nhiệm vụ', 'Xếp loại').value).toBe('good');
  });

  it('reports unknown values with the choices', () => {
    const r = checkCoded(codedVocab(SECTORS), 'Nông nghiệp', 'Lĩnh vực');
    expect(r.problems[0]).toMatchObject({ code: 'vocab.unknown', params: { label: 'Lĩnh vực' } });
    expect(String(r.problems[0]?.params?.choices)).toContain('Kinh tế');
  });
});
