// Starts support/stack-process.ts as a child process and returns the functions URL.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface ChildStack {
  url: string;
  close(): Promise<void>;
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!child.stdout) return reject(new Error('no stdout'));
    const lines = createInterface({ input: child.stdout });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`local stack exited early with code ${code}`)));
  });
}

/** `dataDir`: the stack stores its data there (see stack-process.ts). */
export async function startChildStack(dataDir?: string): Promise<ChildStack> {
  const script = join(import.meta.dirname, 'stack-process.ts');
  const env = dataDir ? { ...process.env, TONVINH_TEST_DATA_DIR: dataDir } : process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env,
  });
  const { url } = JSON.parse(await firstLine(child)) as { url: string };
  const close = async () => {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.stdin?.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return { url, close };
}
