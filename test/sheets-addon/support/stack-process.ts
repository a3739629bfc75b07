// Child process running the real local stack (embedded emulator + every function). The add-on's UrlFetchApp fake
// blocks its thread while waiting for HTTP, so the server must live in another process. Prints {"url"} once ready
// and closes the stack when stdin ends.
import { startStack } from '../../../functions/local/stack';

// With TONVINH_TEST_DATA_DIR the stack keeps its data there (the master spreadsheet's tabs are then readable by
// the test: <dir>/master-spreadsheet.json, saved before each Sheets call is answered).
const dataDir = process.env.TONVINH_TEST_DATA_DIR;
const stack = await startStack({ port: 0, ...(dataDir ? { dataDir } : {}) });
process.stdout.write(`${JSON.stringify({ url: stack.url })}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void stack.close().finally(() => process.exit(0));
});
