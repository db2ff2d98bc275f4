/**
 * Browser mode keeps the open workbook in the browser's own storage (IndexedDB), so a reload or a closed tab does
 * not lose it (issue 10 item 6): the pane writes it after every change and offers it again on the next visit.
 */

/** The workbook as last kept. */
export interface StoredWorkbook {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** When it was kept, in milliseconds since the Unix epoch. */
  readonly savedAt: number;
  /** It had changes that were not downloaded. */
  readonly unsaved: boolean;
}

/** Where the pane keeps the open workbook: one slot, replaced on every write. */
export interface WorkbookStore {
  load(): Promise<StoredWorkbook | undefined>;
  save(workbook: StoredWorkbook): Promise<void>;
  clear(): Promise<void>;
}

const DATABASE = "service-quality-desk";
const STORE = "workbook";
const KEY = "current";

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error("IndexedDB request failed"));
  });
}

/** The IndexedDB store; undefined where the browser offers none (private modes of some browsers, tests). */
export function indexedDbStore(factory: IDBFactory | undefined = globalThis.indexedDB): WorkbookStore | undefined {
  if (!factory) return undefined;
  let opened: Promise<IDBDatabase> | undefined;
  const database = () => {
    if (!opened) {
      const open = factory.open(DATABASE, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE);
      opened = request(open);
    }
    return opened;
  };
  const slot = async (mode: IDBTransactionMode) => (await database()).transaction(STORE, mode).objectStore(STORE);
  return {
    async load() {
      const value: unknown = await request((await slot("readonly")).get(KEY));
      return isStored(value) ? value : undefined;
    },
    async save(workbook) {
      await request((await slot("readwrite")).put(workbook, KEY));
    },
    async clear() {
      await request((await slot("readwrite")).delete(KEY));
    },
  };
}

function isStored(value: unknown): value is StoredWorkbook {
  const v = value as Partial<StoredWorkbook> | undefined;
  return typeof v?.name === "string" && v.bytes instanceof Uint8Array && typeof v.savedAt === "number";
}
