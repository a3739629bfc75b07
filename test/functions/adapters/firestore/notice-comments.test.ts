// NoticeCommentRepository: one contract, two implementations (in memory; Firestore on the embedded emulator).
import { describe } from 'vitest';
import { FirestoreNoticeComments } from '../../../../functions/adapters/firestore/notice-comments';
import { emulatorDb } from '../../../support/contracts/emulator-db';
import { noticeCommentsContract } from '../../../support/contracts/notice-comments';
import { MemoryNoticeComments } from '../../../support/memory/notice-comments';

const db = emulatorDb();

describe('MemoryNoticeComments', () => noticeCommentsContract(() => new MemoryNoticeComments()));
describe('FirestoreNoticeComments', () => noticeCommentsContract(() => new FirestoreNoticeComments(db())));
