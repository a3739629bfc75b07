// The council's ballot sidebar in real Chromium (300 px, Apps Script's sidebar width), with payloads made by the
// built Code.js in the vm from the recorded answers of the real castBallot: the open round's nominees with
// "Đồng ý" / "Không đồng ý" per row, "Gửi phiếu" enabled once every row is chosen, the saved ballot shown after.
// Screenshot: test-artifacts/sheets-addon/vote-sidebar.png; with UPDATE_DOC_IMAGES=1 also docs/img/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Addon } from '../../../../fakes/apps-script/sandbox';
import { readRecording, replayRoutes } from '../../../support/recordings';
import { lastPayload, SidebarPages, shoot } from '../../../support/sidebar-pages';
import { addon, connect } from '../../../support/world';

/** google.script.run stub: each call of `name` answers the next item of __answers[name] (the last repeats). */
const STUB = `
window.__calls = [];
window.__answers = {};
function __runner(success, failure) {
  return new Proxy({}, {
    get: function (_t, name) {
      if (name === 'withSuccessHandler') return function (fn) { return __runner(fn, failure); };
      if (name === 'withFailureHandler') return function (fn) { return __runner(success, fn); };
      return function () {
        window.__calls.push([name, Array.prototype.slice.call(arguments)]);
        var list = window.__answers[name] || [null];
        var value = list.length > 1 ? list.shift() : list[0];
        setTimeout(function () {
          if (value && value.__error) { if (failure) failure(new Error(value.__error)); }
          else if (success) success(value);
        }, 0);
      };
    }
  });
}
window.google = { script: { run: __runner(null, null) } };
`;

const pages = new SidebarPages();

beforeAll(() => pages.start(), 60_000);
afterAll(() => pages.close());

async function open(payload: unknown, answers: Record<string, unknown[]>): Promise<Page> {
  const script = `${STUB}\nwindow.__answers = ${JSON.stringify(answers)};`;
  const { page, errors } = await pages.open('SidebarVote', payload, { script, height: 640 });
  expect(errors).toEqual([]);
  return page;
}

async function council(castAnswer: string): Promise<Addon> {
  const a = await addon({ fetch: replayRoutes({ castBallot: castAnswer }) });
  connect(a);
  return a;
}

describe('council ballot sidebar', () => {
  it('lists the open round, sends the whole ballot once every row is chosen, then shows it saved', async () => {
    const reading = await council('read-open');
    reading.call('menuCouncilBallot');
    const payload = lastPayload(reading) as { round: { round: number; nominees: { nomineeId: string }[] } };
    const ids = payload.round.nominees.map((n) => n.nomineeId);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    // the answer "Gửi phiếu" gets: the built Code.js's castBallotVotes over the recorded cast answer
    const cast = readRecording('castBallot', 'cast').request.body as {
      votes: { nomineeId: string; vote: string }[];
    };
    const choices = Object.fromEntries(cast.votes.map((v) => [v.nomineeId, v.vote]));
    const saved = (await council('cast')).call('castBallotVotes', 1, choices);

    const page = await open(payload, { castBallotVotes: [saved] });
    await expect.poll(() => page.locator('.nominee').count()).toBe(ids.length);
    expect(await page.locator('#title').textContent()).toBe(
      'Phiếu biểu quyết – Xét đề nghị khen thưởng năm 2026',
    );
    expect(await page.locator('#saved').textContent()).toBe('Bạn chưa gửi phiếu.');
    expect(await page.locator('#send').isDisabled()).toBe(true);
    for (const vote of cast.votes) {
      const label = vote.vote === 'agree' ? 'Đồng ý' : 'Không đồng ý';
      await page
        .locator(`.nominee[data-nominee="${vote.nomineeId}"] label`, {
          hasText: new RegExp(`^\\s*${label}$`),
        })
        .click();
    }
    expect(await page.locator('#send').isDisabled()).toBe(false);
    await page.locator('#send').click();
    await expect.poll(() => page.locator('#saved').textContent()).toMatch(/^Phiếu đã gửi \(lần 1\) lúc /);
    const calls = (await page.evaluate('window.__calls')) as Array<[string, unknown[]]>;
    expect(calls).toEqual([['castBallotVotes', [1, choices]]]);
    const checked = (await page.evaluate(
      "[...document.querySelectorAll('input[type=radio]:checked')].map((i) => [i.name, i.value])",
    )) as Array<[string, string]>;
    expect(Object.fromEntries(checked)).toEqual(choices);
    expect(await page.locator('#message').textContent()).toBe('Đã lưu phiếu của bạn.');
    await shoot(page, 'vote-sidebar');
    await page.close();
  });

  it('after close: the recorded refusal reaches the page as its Vietnamese message, the choices stay', async () => {
    const closed = await council('closed');
    const body = readRecording('castBallot', 'closed').request.body as { votes: { nomineeId: string }[] };
    const choices = Object.fromEntries(body.votes.map((v) => [v.nomineeId, 'agree']));
    let message = '';
    try {
      closed.call('castBallotVotes', 1, choices);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('Vòng biểu quyết đã kết thúc; không thể gửi hoặc sửa phiếu.');
    const payload = lastPayload(await readingAddon());
    const page = await open(payload, { castBallotVotes: [{ __error: message }] });
    for (const id of Object.keys(choices))
      await page.locator(`.nominee[data-nominee="${id}"] input[value=agree]`).check();
    await page.locator('#send').click();
    await expect.poll(() => page.locator('#message.error-box').textContent()).toContain('đã kết thúc');
    expect(await page.locator('input[type=radio]:checked').count()).toBe(Object.keys(choices).length);
    await page.close();
  });
});

async function readingAddon(): Promise<Addon> {
  const a = await council('read-open');
  a.call('menuCouncilBallot');
  return a;
}
