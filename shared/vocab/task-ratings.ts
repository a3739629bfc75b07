// Yearly task ratings (mức độ hoàn thành nhiệm vụ), ordered from best to worst: `rank` compares them.
export type TaskRating = 'excellent' | 'good' | 'complete' | 'incomplete';

export const TASK_RATINGS: readonly {
  code: TaskRating;
  label: string;
  aliases: readonly string[];
  rank: number;
}[] = [
  {
    code: 'excellent',
    label: 'Hoàn thành xuất sắc nhiệm vụ',
    aliases: ['HTXSNV', 'HTXS', 'Xuất sắc', 'Hoàn thành xuất sắc'],
    rank: 4,
  },
  {
    code: 'good',
    label: 'Hoàn thành tốt nhiệm vụ',
    aliases: ['HTTNV', 'HTT', 'Tốt', 'Hoàn thành tốt'],
    rank: 3,
  },
  { code: 'complete', label: 'Hoàn thành nhiệm vụ', aliases: ['HTNV', 'HT', 'Hoàn thành', 'Đạt'], rank: 2 },
  {
    code: 'incomplete',
    label: 'Không hoàn thành nhiệm vụ',
    aliases: ['KHTNV', 'Không hoàn thành', 'Không đạt'],
    rank: 1,
  },
];

export function taskRatingRank(code: TaskRating): number {
  return TASK_RATINGS.find((r) => r.code === code)?.rank ?? 0;
}
