// npm-less helper: posts a Pub/Sub-shaped CloudEvent (binary mode) to the running stack's deadlineReminders, as
// Cloud Scheduler → Pub/Sub would every day at 07:30 Asia/Ho_Chi_Minh. Same options as scripts/digest.ts;
// --date simulates a day (e.g. 7, 3 or 1 day before the deadline).
//   node --import tsx scripts/reminders.ts [--url http://127.0.0.1:8080/deadlineReminders] [--date 2026-12-12]
import { runScheduleCommand } from './digest';

await runScheduleCommand('http://127.0.0.1:8080/deadlineReminders', 'deadline-reminders');
