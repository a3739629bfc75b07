import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeLegacy,
  decodeTcvn3,
  decodeUtf8Mojibake,
  decodeVni,
  detectLegacyEncoding,
  encodingOfFont,
  fixLegacyText,
  looksLegacy,
} from '../../../shared/text/legacy-encoding';

// Independent encoders written from the published tables, used to round-trip random Vietnamese text.
const TCVN3_LOWER =
  'àµ á¸ ả¶ ã· ạ¹ ă¨ ằ» ắ¾ ẳ¼ ẵ½ ặÆ â© ầÇ ấÊ ẩÈ ẫÉ ậË đ® èÌ éÐ ẻÎ ẽÏ ẹÑ êª ềÒ ếÕ ểÓ ễÔ ệÖ ì× íÝ ỉØ ĩÜ ịÞ ' +
  'òß óã ỏá õâ ọä ô« ồå ốè ổæ ỗç ộé ơ¬ ờê ớí ởë ỡì ợî ùï úó ủñ ũò ụô ư\u00AD ừõ ứø ửö ữ÷ ựù ỳú ýý ỷû ỹü ỵþ';
const TO_TCVN3 = new Map(TCVN3_LOWER.split(' ').map((pair) => [pair.slice(0, 1), pair.slice(1)] as const));

function encodeTcvn3(text: string): string {
  return [...text.normalize('NFC')].map((ch) => TO_TCVN3.get(ch) ?? ch).join('');
}

const VNI_TONE: Record<string, number> = { '\u0300': 0, '\u0301': 1, '\u0309': 2, '\u0303': 3, '\u0323': 4 };
function encodeVniChar(ch: string): string {
  const [base = '', ...marks] = [...ch.normalize('NFD')];
  if (ch === 'đ') return 'ñ';
  if (ch === 'Đ') return 'Ñ';
  const tone = marks.map((m) => VNI_TONE[m]).find((t) => t !== undefined);
  const upper = base !== base.toLowerCase();
  const set = upper
    ? { tone: 'ØÙÛÕÏ', hat: 'ÀÁÅÃÄ', breve: 'ÈÉÚÜË' }
    : { tone: 'øùûõï', hat: 'àáåãä', breve: 'èéúüë' };
  if (marks.includes('\u0302')) return base + (tone === undefined ? (upper ? 'Â' : 'â') : set.hat[tone]);
  if (marks.includes('\u0306')) return base + (tone === undefined ? (upper ? 'Ê' : 'ê') : set.breve[tone]);
  const horned = marks.includes('\u031B') ? { o: 'ô', u: 'ö', O: 'Ô', U: 'Ö' }[base] : undefined;
  const letter = horned ?? base;
  if (tone === undefined) return letter;
  if (base.toLowerCase() === 'i') return (upper ? 'ÌÍÆÓÒ' : 'ìíæóò')[tone] ?? '';
  if (base.toLowerCase() === 'y' && tone === 4) return upper ? 'Î' : 'î';
  return letter + set.tone[tone];
}
function encodeVni(text: string): string {
  return [...text.normalize('NFC')].map(encodeVniChar).join('');
}

const SYLLABLES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'văn',
  'thị',
  'Hữu',
  'Đức',
  'Thành',
  'Hương',
  'Ngọc',
  'Quỳnh',
  'Mường',
  'Khương',
  'Lạng',
  'Sơn',
  'trưởng',
  'phòng',
  'giáo',
  'viên',
  'trường',
  'tiểu',
  'học',
  'xã',
  'Tân',
  'Thanh',
  'ủy',
  'ban',
  'nhân',
  'dân',
  'Nùng',
  'Tày',
  'Dao',
  'Mông',
  'Sán',
  'Chay',
  'Hoa',
  'chiến',
  'sĩ',
  'thi',
  'đua',
  'cơ',
  'sở',
  'lao',
  'động',
  'tiên',
  'tiến',
  'bằng',
  'khen',
  'Chủ',
  'tịch',
  'tỉnh',
  'ấp',
  'Ỷ',
  'ỵ',
  'ữ',
  'Ước',
  'ỡ',
  'ặc',
  'ẵng',
  'ẳng',
  'ẫy',
  'ổn',
  'Ệ',
];
const vietnameseText = fc
  .array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 6 })
  .map((words) => words.join(' '));

describe('decodeTcvn3', () => {
  it('converts names and place names typed in .VnTime', () => {
    expect(decodeTcvn3('NguyÔn V¨n An')).toBe('Nguyễn Văn An');
    expect(decodeTcvn3('TiÕng ViÖt rÊt hay')).toBe('Tiếng Việt rất hay');
    expect(decodeTcvn3('Hoµng ThÞ Hång')).toBe('Hoàng Thị Hồng');
    expect(decodeTcvn3('L¹ng S¬n')).toBe('Lạng Sơn');
    expect(decodeTcvn3('§oµn Thanh niªn')).toBe('Đoàn Thanh niên');
    expect(decodeTcvn3('Tr\u00ADêng TiÓu häc M\u00ADêng Kh\u00AD¬ng')).toBe('Trường Tiểu học Mường Khương');
  });

  it('puts words typed in capitals back in capitals, and a whole .VnTimeH text', () => {
    expect(decodeTcvn3('DANH S¸CH ®Ò NGHÞ')).toBe('DANH SÁCH đề NGHỊ');
    expect(decodeTcvn3('danh s¸ch ®Ò nghÞ', true)).toBe('DANH SÁCH ĐỀ NGHỊ');
  });

  it('round-trips any lower-case Vietnamese text (property)', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const lower = text.toLocaleLowerCase('vi');
        expect(decodeTcvn3(encodeTcvn3(lower))).toBe(lower);
      }),
    );
  });

  it('returns NFC', () => {
    const out = decodeTcvn3('NguyÔn');
    expect(out).toBe(out.normalize('NFC'));
  });
});

describe('decodeVni', () => {
  it('converts names typed in VNI-Times', () => {
    expect(decodeVni('Nguyeãn Vaên An')).toBe('Nguyễn Văn An');
    expect(decodeVni('Tieáng Vieät raát hay')).toBe('Tiếng Việt rất hay');
    expect(decodeVni('Hoaøng Thò Hoàng')).toBe('Hoàng Thị Hồng');
    expect(decodeVni('Laïng Sôn')).toBe('Lạng Sơn');
    expect(decodeVni('Ñoaøn Thanh nieân')).toBe('Đoàn Thanh niên');
    expect(decodeVni('Tröôøng Tieåu hoïc Möôøng Khöông')).toBe('Trường Tiểu học Mường Khương');
    expect(decodeVni('NGUYEÃN ÑAÛNG ÖÔÙC')).toBe('NGUYỄN ĐẢNG ƯỚC');
  });

  it('round-trips any Vietnamese text, capitals included (property)', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        expect(decodeVni(encodeVni(text))).toBe(text.normalize('NFC'));
      }),
    );
  });
});

describe('detectLegacyEncoding', () => {
  it('recognises TCVN3 text', () => {
    expect(detectLegacyEncoding(['NguyÔn V¨n An', 'Kinh', 'Tr\u00ADêng TiÓu häc'])).toBe('tcvn3');
  });

  it('recognises VNI text', () => {
    expect(detectLegacyEncoding(['Nguyeãn Vaên An', 'Kinh', 'Tröôøng Tieåu hoïc'])).toBe('vni');
  });

  it('leaves Unicode text alone, including old-style tone placement such as "hoà", "thuý"', () => {
    const unicode = ['Nguyễn Văn An', 'Hoà Bình', 'Thuý', 'khoẻ', 'Chiến sĩ thi đua cơ sở', 'ÁNH', 'Quý'];
    expect(detectLegacyEncoding(unicode)).toBeNull();
    for (const text of unicode) expect(looksLegacy(text)).toBe(false);
  });

  it('detects random encoded text of either encoding (property)', () => {
    fc.assert(
      fc.property(fc.array(vietnameseText, { minLength: 3, maxLength: 8 }), (texts) => {
        const lower = texts.map((t) => t.toLocaleLowerCase('vi'));
        const tcvn3 = lower.map(encodeTcvn3);
        const vni = texts.map(encodeVni);
        if (tcvn3.some(looksLegacy)) expect(detectLegacyEncoding(tcvn3)).toBe('tcvn3');
        if (vni.some(looksLegacy)) expect(detectLegacyEncoding(vni)).toBe('vni');
        expect(detectLegacyEncoding(texts)).toBeNull();
      }),
    );
  });
});

describe('UTF-8 read as Latin-1', () => {
  const garble = (text: string) =>
    [...new TextEncoder().encode(text)].map((b) => String.fromCharCode(b)).join('');

  it('is recognised and decoded, not mistaken for TCVN3', () => {
    const texts = ['Nguyễn Văn An', 'Trần Thị Bình', 'Đoàn Thanh niên'].map(garble);
    expect(detectLegacyEncoding(texts)).toBe('utf8-as-latin1');
    expect(texts.map((t) => decodeLegacy(t, 'utf8-as-latin1'))).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Đoàn Thanh niên',
    ]);
    expect(decodeUtf8Mojibake('Hoà Bình')).toBeNull();
    expect(decodeUtf8Mojibake('plain ascii')).toBeNull();
  });

  it('round-trips any Vietnamese text (property)', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        expect(decodeUtf8Mojibake(garble(text)) ?? garble(text)).toBe(text.normalize('NFC'));
      }),
    );
  });
});

describe('fixLegacyText', () => {
  it('converts only texts that look legacy', () => {
    expect(fixLegacyText('NguyÔn V¨n An', 'tcvn3')).toBe('Nguyễn Văn An');
    expect(fixLegacyText('Hoà Bình', 'tcvn3')).toBe('Hoà Bình');
    expect(fixLegacyText('NguyÔn V¨n An', null)).toBe('NguyÔn V¨n An');
  });
});

describe('encodingOfFont', () => {
  it('maps legacy font names', () => {
    expect(encodingOfFont('.VnTime')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(encodingOfFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(encodingOfFont('VNI-Times')).toEqual({ encoding: 'vni', capitals: false });
    expect(encodingOfFont('Times New Roman')).toBeNull();
    expect(encodingOfFont(undefined)).toBeNull();
  });
});
