import { hostname } from "node:os";
import { link, mkdir, open, readFile, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { AppError } from "../../domain/errors";

/** Another writer holds the workbook's lock file longer than this process would wait. */
export class WorkbookBusyError extends AppError {
  constructor(
    readonly file: string,
    readonly lockFile: string,
    holder: string,
    waitedSeconds: number,
  ) {
    super(
      "workbook-busy",
      `${file}: another program is writing this workbook (${holder}); waited ${waitedSeconds} s. ` +
        `If no such program is running, delete ${lockFile} and try again.`,
    );
  }
}

interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

/** How long a writer waits for another one by default (SQD_LOCK_WAIT_SECONDS overrides it). */
const DEFAULT_WAIT_SECONDS = 60;
const POLL_MS = 200;

export const lockFileOf = (file: string) => `${file}.lock`;

/** The temporary files a save writes beside the workbook before renaming one over it. */
export const tempFileOf = (file: string, tag: string) => join(dirname(file), `.${basename(file)}.${tag}.tmp`);
const isTempOf = (file: string, name: string) =>
  name.startsWith(`.${basename(file)}.`) && /^\.[^/]*\.[0-9a-f]{8}\.tmp$/.test(name);

function waitSeconds(): number {
  const value = Number(process.env["SQD_LOCK_WAIT_SECONDS"] ?? DEFAULT_WAIT_SECONDS);
  return Number.isFinite(value) && value >= 0 ? value : DEFAULT_WAIT_SECONDS;
}

async function readOwner(file: string): Promise<LockOwner | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as LockOwner;
  } catch {
    return undefined;
  }
}

/** A lock left by a process of this machine that no longer runs (it crashed or was killed). */
function isStale(owner: LockOwner | undefined): boolean {
  if (!owner || owner.host !== hostname()) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

async function tryCreate(lockFile: string): Promise<boolean> {
  try {
    const handle = await open(lockFile, "wx");
    const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
    await handle.writeFile(JSON.stringify(owner));
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/**
 * Removes a stale lock without ever removing a live one: the lock is first moved aside (only one process can),
 * and put back when what was moved turns out to belong to a running writer after all.
 */
async function breakStaleLock(lockFile: string): Promise<void> {
  const aside = `${lockFile}.${process.pid}.stale`;
  try {
    await rename(lockFile, aside);
  } catch {
    return;
  }
  if (!isStale(await readOwner(aside))) await link(aside, lockFile).catch(() => undefined);
  await rm(aside, { force: true });
}

/** Temporary files of a writer that crashed mid-save (only ever removed while this process holds the lock). */
async function removeLeftoverTemps(file: string): Promise<void> {
  const names = await readdir(dirname(file)).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => isTempOf(file, n)).map((n) => rm(join(dirname(file), n), { force: true })));
}

/**
 * Runs `work` while holding `file`'s lock file (`<file>.lock`, beside it), so one writer at a time reads, changes
 * and saves a workbook. A second writer waits (`onWait` is told once when it starts) up to SQD_LOCK_WAIT_SECONDS
 * (60 s) and then stops with WorkbookBusyError. A lock whose process is gone is taken over, with the temporary
 * files it left. Interrupted (Ctrl+C, kill), the lock and the temporary files are removed.
 */
export async function withWorkbookLock<T>(
  file: string,
  work: () => Promise<T>,
  onWait?: (lockFile: string) => void,
): Promise<T> {
  const lockFile = lockFileOf(file);
  const limit = waitSeconds();
  const started = Date.now();
  let told = false;
  await mkdir(dirname(file), { recursive: true });
  while (!(await tryCreate(lockFile))) {
    const owner = await readOwner(lockFile);
    if (isStale(owner)) {
      await breakStaleLock(lockFile);
      continue;
    }
    if (Date.now() - started >= limit * 1000) {
      const holder = owner ? `process ${owner.pid} on ${owner.host} since ${owner.since}` : "lock file unreadable";
      throw new WorkbookBusyError(file, lockFile, holder, limit);
    }
    if (!told) onWait?.(lockFile);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const release = () => rm(lockFile, { force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    void Promise.all([removeLeftoverTemps(file), release()]).finally(() =>
      process.exit(signal === "SIGINT" ? 130 : 143),
    );
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    await removeLeftoverTemps(file);
    return await work();
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await release();
  }
}
