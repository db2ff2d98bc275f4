import { randomBytes } from "node:crypto";
import { constants, existsSync } from "node:fs";
import { access, chmod, chown, mkdir, open, readFile, realpath, rename, rm, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { Readable } from "node:stream";
import { getHeapStatistics } from "node:v8";
import { AppError } from "../../domain/errors";
import { nodeDeflate } from "./node-deflate";
import { openEstimate, OpenTooLargeError } from "./open-size";
import { decryptWorkbook, encryptWorkbook } from "./workbook-encryption";
import { tempFileOf } from "./workbook-lock";
import { XlsxHost } from "./xlsx-host";

/** A workbook file that cannot be opened or written. */
export class WorkbookFileError extends AppError {
  constructor(
    readonly file: string,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super("workbook-file", `${file}: ${problem}`, options);
  }
}

/** The workbook (or another file an operation must write) is read-only: it is refused before anything is done. */
export class ReadOnlyFileError extends AppError {
  constructor(readonly file: string) {
    super("read-only", `${file}: the file is read-only; make it writable or write to another file with --out`);
  }
}

/** An output path (--out, --json) that cannot take a file: checked before the workbook is changed. */
export class OutputPathError extends AppError {
  constructor(
    readonly file: string,
    readonly flag: string,
    problem: string,
  ) {
    super("output-path", `${flag} ${file}: ${problem}; nothing was written`);
  }
}

/**
 * Opens an .xlsx file, or starts an empty workbook when the file does not exist yet. An encrypted file is decrypted
 * with `password`.
 * @throws WorkbookPasswordError when the file is encrypted and the password is missing or wrong.
 * @throws WorkbookFileError when opening it would take more memory than this process may use (refuseTooLarge).
 */
export async function openWorkbookFile(
  file: string,
  options: { mustExist: boolean; password?: string },
): Promise<XlsxHost> {
  if (!existsSync(file)) {
    if (options.mustExist) throw new WorkbookFileError(file, "no such file");
    return XlsxHost.create();
  }
  if ((await stat(file)).isDirectory()) throw new WorkbookFileError(file, "is a folder, not a workbook");
  const data = await decryptWorkbook(await readFile(file), options.password, file);
  const limitBytes = getHeapStatistics().heap_size_limit;
  await refuseTooLarge(file, data, limitBytes);
  try {
    return await XlsxHost.load(data, { limitBytes });
  } catch (cause) {
    if (cause instanceof OpenTooLargeError) throw tooLarge(file, cause);
    throw new WorkbookFileError(file, "not a readable .xlsx workbook", { cause });
  }
}

const tooLarge = (file: string, { xmlMB, needMB, limitMB }: OpenTooLargeError) =>
  new WorkbookFileError(
    file,
    `its sheets hold ${xmlMB} MB of cells, which take about ${needMB} MB of memory to open, more than the ` +
      `${limitMB} MB this process may use; nothing was read. Give it more (NODE_OPTIONS=--max-old-space-size=` +
      `${needMB}) or keep fewer records in one workbook`,
  );

/**
 * Refuses, before anything is read, a workbook whose cells would take more memory to open than this process may use
 * (`limitBytes`, Node's heap limit by default): it would otherwise stop with an out-of-memory abort partway.
 * @throws WorkbookFileError naming the file, its size in cells and the limit
 */
export async function refuseTooLarge(
  file: string,
  data: Uint8Array,
  limitBytes = getHeapStatistics().heap_size_limit,
): Promise<void> {
  const { xmlMB, needMB, limitMB, fits } = await openEstimate(data, limitBytes);
  if (!fits) throw tooLarge(file, new OpenTooLargeError(xmlMB, needMB, limitMB));
}

/** Where a write to `file` lands: through a symbolic link to its target, so the link stays a link. */
export async function writeTarget(file: string): Promise<string> {
  return realpath(file).catch(() => resolve(file));
}

const isWritable = (file: string) =>
  access(file, constants.W_OK).then(
    () => true,
    () => false,
  );

/** Read-only is the file's own mark (no write bit, like Windows' read-only attribute), even for root, who could write. */
const isWritableFile = async (file: string, mode: number) => (mode & 0o222) !== 0 && (await isWritable(file));

/** A file an operation writes, with the command-line flag that named it (for the message). */
export interface OutputPath {
  readonly file: string;
  readonly flag: string;
}

/**
 * Checks, before any work, that each output can be written: an existing file must be a writable file (not a
 * folder, not read-only), and its folder must take the new file that replaces it. No two outputs may be the same file, and no
 * output may be one of `inputs` (files the operation reads and must not replace).
 * @throws OutputPathError or ReadOnlyFileError naming the flag and the path.
 */
export async function checkOutputPaths(outputs: readonly OutputPath[], inputs: readonly OutputPath[] = []) {
  const seen = new Map<string, string>();
  for (const input of inputs) seen.set(await writeTarget(input.file), input.flag);
  for (const { file, flag } of outputs) {
    const target = await writeTarget(file);
    const other = seen.get(target);
    if (other !== undefined) throw new OutputPathError(file, flag, `is the same file as ${other}`);
    seen.set(target, flag);
    const info = await stat(target).catch(() => undefined);
    if (info?.isDirectory()) throw new OutputPathError(file, flag, "is a folder; name a file in it");
    if (info && !info.isFile()) throw new OutputPathError(file, flag, "is not a regular file");
    if (info && !(await isWritableFile(target, info.mode))) throw new ReadOnlyFileError(file);
    // The new file is made beside the target and renamed over it: its folder (or the first one that exists) must
    // take a new file.
    let folder = dirname(target);
    while (!existsSync(folder)) folder = dirname(folder);
    if (!(await stat(folder)).isDirectory()) throw new OutputPathError(file, flag, `${folder} is not a folder`);
    if (!(await isWritable(folder))) throw new OutputPathError(file, flag, `the folder ${folder} is not writable`);
  }
}

/** One file to write: the workbook package (whole, or a stream of its bytes) or a text beside it (a JSON summary). */
export interface OutputFile {
  readonly file: string;
  readonly data: Uint8Array | string | NodeJS.ReadableStream;
}

/**
 * Writes every output as a careful editor does: each into a temporary file beside its target (through a symbolic
 * link, to the link's target), with the mode and owner of the file it replaces, flushed to disk; then all are
 * renamed over their targets. A failure before the renames removes the temporary files and leaves every target as
 * it was.
 */
export async function writeOutputFiles(outputs: readonly OutputFile[]): Promise<void> {
  const staged: { temp: string; target: string }[] = [];
  let current = outputs[0]?.file ?? "";
  try {
    for (const { file, data } of outputs) {
      current = file;
      const target = await writeTarget(file);
      const original = await stat(target).catch(() => undefined);
      if (original && !(await isWritableFile(target, original.mode))) throw new ReadOnlyFileError(file);
      await mkdir(dirname(target), { recursive: true });
      const temp = tempFileOf(target, randomBytes(4).toString("hex"));
      staged.push({ temp, target });
      const handle = await open(temp, "wx", original ? original.mode & 0o7777 : 0o666);
      try {
        if (typeof data === "string" || data instanceof Uint8Array) await handle.writeFile(data);
        else {
          // JSZip's stream is an older kind of Node stream, not async iterable itself.
          for await (const chunk of new Readable().wrap(data)) await handle.write(chunk as Uint8Array);
        }
        await handle.sync();
      } finally {
        await handle.close();
      }
      if (original) {
        await chmod(temp, original.mode & 0o7777);
        // Only root may give a file to another owner; anyone else writes it as their own, as any editor does.
        await chown(temp, original.uid, original.gid).catch(() => undefined);
      }
    }
    for (const { temp, target } of staged) {
      current = target;
      await rename(temp, target);
    }
  } catch (cause) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    if (cause instanceof AppError) throw cause;
    throw new WorkbookFileError(current, "could not be written", { cause });
  }
}

/**
 * Saves the workbook to `file` (see writeOutputFiles), with optional text files written alongside; encrypted with
 * `options.password` when one is given. An unencrypted package goes into its temporary file as its zip is generated,
 * never whole in memory (at 500,000 issues some 200 MB); an encrypted one is encrypted whole.
 */
export async function saveWorkbookFile(
  host: XlsxHost,
  file: string,
  alongside: readonly OutputFile[] = [],
  options: { readonly password?: string } = {},
) {
  const data =
    options.password === undefined
      ? await host.toStream(nodeDeflate)
      : encryptWorkbook(await host.toBuffer(nodeDeflate), options.password);
  await writeOutputFiles([{ file, data }, ...alongside]);
}
