// A child process running `npm start` (functions/local/start.ts) on free loopback ports with its own data and
// outbox directories, for the fault test: started, killed with SIGKILL, started again on the same data.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const START = join(import.meta.dirname, '..', '..', '..', 'functions', 'local', 'start.ts');
const READY = /local stack on (http:\/\/127\.0\.0\.1:\d+)/;

export interface ChildStackOptions {
  dataDir: string;
  outboxDir: string;
  env?: Record<string, string>;
  /** Bound on one start (restore, seed, listen); generous. */
  startTimeoutMs?: number;
}

class ForeignSignal extends Error {}

export class ChildStack {
  url: string | undefined;
  starts = 0;
  private child: ChildProcess | undefined;
  private output = '';

  constructor(private readonly options: ChildStackOptions) {}

  /** Starts that ended by a signal we did not send (another process on the machine); they are retried. */
  foreignSignals = 0;

  /** Starts the child; a start ended by a foreign signal is tried again (up to 3 times), a crash fails. */
  async start(): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.startOnce();
      } catch (error) {
        if (!(error instanceof ForeignSignal) || attempt >= 3) throw error;
        this.foreignSignals++;
      }
    }
  }

  private async startOnce(): Promise<string> {
    const child = spawn(process.execPath, ['--import', 'tsx', START], {
      env: {
        ...process.env,
        PORT: '0',
        LOCAL_DATA_DIR: this.options.dataDir,
        MAIL_OUTBOX_DIR: this.options.outboxDir,
        LOG_LEVEL: 'error',
        ...this.options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.starts++;
    this.output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`stack did not start:\n${this.output}`)),
        this.options.startTimeoutMs ?? 120_000,
      );
      const onData = (chunk: Buffer) => {
        this.output = (this.output + chunk.toString('utf8')).slice(-20_000);
        const match = READY.exec(this.output);
        if (!match?.[1]) return;
        clearTimeout(timer);
        resolve(match[1]);
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        const message = `stack exited (${code ?? signal}) before it was ready:\n${this.output}`;
        reject(signal !== null ? new ForeignSignal(message) : new Error(message));
      });
    });
    this.url = url;
    return url;
  }

  /** SIGKILL, then waits for the process to be gone. */
  async kill(): Promise<void> {
    const child = this.child;
    this.url = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  get log(): string {
    return this.output;
  }
}
