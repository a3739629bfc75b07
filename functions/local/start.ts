// npm start: the whole system on one machine. Starts the embedded Firestore emulator (127.0.0.1), serves every
// function on http://127.0.0.1:8080/<functionName> (dev sign-in with the X-Dev-User header), seeds the sample
// campaign on first start, and keeps the data in .local/ across restarts (journalled: an answered write survives
// kill -9). Environment: PORT (0 = any free port), LOCAL_DATA_DIR, MAIL_OUTBOX_DIR, LOCAL_COMPACT_AFTER_BYTES,
// and the functions' own AUTH_MODE, ID_TOKEN_AUDIENCES, LOG_LEVEL, MAX_BODY_BYTES, BASE_SALARY_VND.
import { join, resolve } from 'node:path';
import { HTTP_FUNCTIONS } from '../../shared/api/functions';

import { LOCAL_SPREADSHEET_FILE, LOCAL_SPREADSHEET_ID } from './fake-sheets-api';
import { BOARD_EMAIL, SEED_CAMPAIGN_ID, unitEmail } from './seed-data';
import { functionsEnv, startStack } from './stack';

// No Google account here: don't probe the GCE metadata server (its failure printed a MetadataLookupWarning).
process.env.METADATA_SERVER_DETECTION ??= 'none';
const port = Number(process.env.PORT ?? 8080);
const dataDir = process.env.LOCAL_DATA_DIR ?? join(import.meta.dirname, '..', '..', '.local', 'firestore');
process.env.MAIL_OUTBOX_DIR ??= join(import.meta.dirname, '..', '..', '.local', 'outbox');
const compactAfterBytes = process.env.LOCAL_COMPACT_AFTER_BYTES;
const stack = await startStack({
  port,
  dataDir,
  env: functionsEnv(process.env),
  ...(compactAfterBytes ? { compactAfterBytes: Number(compactAfterBytes) } : {}),
});
const mail = stack.services.mail().config;

const curl = (fn: string, user: string, body: string) =>
  `curl -s -X POST ${stack.url}/${fn} -H 'content-type: application/json' -H 'x-dev-user: ${user}' -d '${body}'`;

console.log(
  `tonvinh: local stack on ${stack.url} (Firestore emulator on ${stack.emulatorHost}, data in ${dataDir})`,
);
console.log(
  stack.seeded
    ? `Seeded campaign ${SEED_CAMPAIGN_ID} (Lạng Sơn, 12 units).`
    : `Restored ${stack.restoredDocuments} documents; cut short by the last stop: ${stack.interruptedRuns} consolidation runs (marked failed), ${stack.interruptedSubmissions} submissions (finished by their retry).`,
);
console.log(
  `Sign-in: AUTH_MODE=${stack.services.config.authMode}; log level ${stack.services.config.logLevel}`,
);
console.log(`Functions: ${HTTP_FUNCTIONS.join(', ')}; CloudEvent: weeklyDigest, deadlineReminders`);
console.log(`Mail: ${mail.transport}${mail.transport === 'outbox' ? ` → ${resolve(mail.outboxDir)}` : ''}`);
console.log(
  stack.sheets
    ? `Master spreadsheet: local Sheets API stand-in, id ${LOCAL_SPREADSHEET_ID} (set it as a campaign's masterSpreadsheetId; tabs saved to ${join(dataDir, LOCAL_SPREADSHEET_FILE)})`
    : 'Master spreadsheet: SHEETS_API_ROOT_URL from the environment',
);
console.log('Try next:');
console.log(
  '  npm run demo       # units submit (errors, a repeat, a late one); the board consolidates, reviews, writes the master sheet and exports xlsx',
);
console.log(
  `  npm run import -- --campaign ${SEED_CAMPAIGN_ID} --unit so-noi-vu --user ${unitEmail('so-noi-vu')} <file.xlsx>`,
);
console.log(
  '  npm run outbox     # the messages sent so far; npm run digest | npm run reminders -- --date YYYY-MM-DD',
);
console.log(`  ${curl('campaignStatus', BOARD_EMAIL, `{"campaignId":"${SEED_CAMPAIGN_ID}"}`)}`);
console.log(
  `  npm run submit -- examples/grids/so-noi-vu.json   # a sample list, as the unit's editor ${unitEmail('so-noi-vu')}${port === 8080 ? '' : ` (add --url ${stack.url})`}`,
);
console.log('Stop with Ctrl+C (every answered write is already on disk).');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the local stack …`);
    void stack.close().then(
      () => {
        console.log(`Stopped. The data is kept in ${dataDir}; npm start restores it.`);
        process.exit(0);
      },
      (error: unknown) => {
        console.error(`Stopped with an error: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  });
}
