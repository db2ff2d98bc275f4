import { StandInError } from "./model";
import type { ObjectState } from "./proxy";
import { makeProxy } from "./proxy";
import { TYPES } from "./types";
import type { WorkbookModel } from "./workbook-model";

/** One round trip: bytes of the request (the queued actions as JSON) and of the response (loaded values). */
export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** Actions the request carried (object creations, calls, sets and loads). */
  readonly actions?: number;
  /** Excel's error code when the request failed. */
  readonly error?: string;
}

/** What a proxy queues; proxies given as arguments travel as `{ $ref: id }`. */
export type Action =
  | { readonly a: "new"; readonly id: number; readonly parent: number; readonly m: string; readonly args?: unknown[] }
  | { readonly a: "call"; readonly id: number; readonly m: string; readonly args: unknown[] }
  | { readonly a: "set"; readonly id: number; readonly p: string; readonly v: unknown }
  | { readonly a: "load"; readonly id: number; readonly p: readonly string[] };

/**
 * A RequestContext in the shape of Office.js: proxies queue actions; `sync()` sends them as one request, applies
 * them to the model in order and only then fills what was loaded. Reading a property that was not loaded and
 * synced throws PropertyNotLoaded, as Excel does.
 */
export class StandInContext {
  private nextId = 1;
  queue: Action[] = [];
  private created: ObjectState[] = [];
  readonly states = new Map<number, ObjectState>();
  private readonly targets = new Map<number, unknown>();
  readonly api: { readonly workbook: object; readonly runtime: object; sync(): Promise<void> };

  constructor(
    private readonly model: WorkbookModel,
    private readonly limits: { readonly request: number; readonly response: number },
    private readonly record: (r: SyncRecord) => void,
    /**
     * The error code the next request is refused with, and how many of its actions are applied before (fault
     * injection; loads of a refused request return nothing).
     */
    private readonly fault: () => { code: string; applied: number } | undefined = () => undefined,
  ) {
    this.api = { workbook: this.root("Workbook"), runtime: this.root("Runtime"), sync: () => this.sync() };
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const actions = this.queue;
    const created = this.created;
    this.queue = [];
    this.created = [];
    const requestBytes = Buffer.byteLength(JSON.stringify(actions));
    const fault = this.fault();
    if (fault) {
      this.model.suspendRequested = false;
      const applied = actions.slice(0, fault.applied).filter((a) => a.a !== "load");
      try {
        for (const action of applied) this.execute(action, [], []);
      } finally {
        this.record({ requestBytes, responseBytes: 0, actions: actions.length, error: fault.code });
      }
      throw new StandInError(fault.code, "The operation can't be completed while Excel is in cell-editing mode.");
    }
    if (requestBytes > this.limits.request) {
      this.record({ requestBytes, responseBytes: 0, error: "RequestPayloadSizeLimitExceeded" });
      throw new StandInError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    const staged: (() => void)[] = [];
    const response: unknown[] = [];
    this.model.suspendRequested = false;
    try {
      for (const action of actions) this.execute(action, staged, response);
    } catch (e) {
      const error = e instanceof StandInError ? e : new StandInError("GeneralException", String(e));
      this.record({ requestBytes, responseBytes: 0, error: error.code });
      throw error;
    }
    const responseBytes = Buffer.byteLength(JSON.stringify(response));
    if (responseBytes > this.limits.response) {
      this.record({ requestBytes, responseBytes, error: "ResponsePayloadSizeLimitExceeded" });
      throw new StandInError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    this.record({ requestBytes, responseBytes, actions: actions.length });
    for (const apply of staged) apply();
    for (const s of created) s.synced = true;
    this.model.eventsAtSync.push(this.model.enableEvents);
    if (this.model.suspendRequested) this.model.suspendedSyncs++;
  }

  /** A new proxy's state; `queued` ones are resolved by a "new" action of the current request. */
  newState(type: string, queued = true): ObjectState {
    const state: ObjectState = { id: this.nextId++, type, loaded: new Map(), navs: new Map(), synced: false };
    this.states.set(state.id, state);
    if (queued) this.created.push(state);
    return state;
  }

  private root(type: string): object {
    const state = this.newState(type, false);
    state.synced = true;
    this.targets.set(state.id, this.model);
    return makeProxy(this, state);
  }

  /**
   * The model object behind a proxy. A navigation property whose request failed is found again from its parent
   * (Office.js sends object paths with each request); an object a failed request was to create stays invalid.
   */
  private target(id: number): unknown {
    const nav = this.states.get(id)?.navigation;
    if (!this.targets.has(id) && nav) {
      const parentType = this.states.get(nav.parent)?.type ?? "";
      this.targets.set(id, TYPES[parentType]?.nav?.[nav.member]?.get(this.target(nav.parent), this.model) ?? null);
    }
    if (!this.targets.has(id)) throw new StandInError("InvalidObjectPath", "an object from a failed request");
    const t = this.targets.get(id);
    if (t === null) throw new StandInError("InvalidObjectPath", "an action on a null object");
    return t;
  }

  private args(args: readonly unknown[] | undefined): unknown[] {
    return (args ?? []).map((a) => {
      const ref = typeof a === "object" && a !== null && "$ref" in a ? a.$ref : undefined;
      return typeof ref === "number" ? this.target(ref) : a;
    });
  }

  private execute(action: Action, staged: (() => void)[], response: unknown[]): void {
    const state = this.states.get(action.id);
    if (!state) throw new TypeError(`stand-in: unknown object ${action.id}`);
    if (action.a === "new") {
      const spec = TYPES[this.states.get(action.parent)?.type ?? ""];
      const parent = this.target(action.parent);
      const nav = spec?.nav?.[action.m];
      const result = nav
        ? nav.get(parent, this.model)
        : spec?.methods?.[action.m]?.run(parent, this.args(action.args), this.model);
      this.targets.set(action.id, result ?? null);
      state.isNull = result === null || result === undefined;
      return;
    }
    const spec = TYPES[state.type];
    if (action.a === "call") spec?.methods?.[action.m]?.run(this.target(action.id), this.args(action.args), this.model);
    else if (action.a === "set") spec?.props?.[action.p]?.set?.(this.target(action.id), action.v, this.model);
    else if (this.targets.get(action.id) !== null) this.load(state, this.target(action.id), action.p, staged, response);
  }

  /** Loads "prop", "nav/prop", "items/prop" and "items/nav/prop" paths. */
  private load(state: ObjectState, target: unknown, paths: readonly string[], staged: (() => void)[], out: unknown[]) {
    const spec = TYPES[state.type];
    let items: { state: ObjectState; target: unknown }[] | undefined;
    for (const path of paths) {
      if (path.startsWith("items/") && spec?.items) {
        const itemType = spec.items.type;
        if (!items) {
          const loadedItems = spec.items
            .list(target, this.model)
            .map((t) => ({ state: this.newState(itemType, false), target: t }));
          loadedItems.forEach((i) => this.targets.set(i.state.id, i.target));
          staged.push(() => (state.items = loadedItems.map((i) => makeProxy(this, i.state))));
          items = loadedItems;
        }
        for (const item of items) this.loadPath(item.state, item.target, path.slice(6), staged, out);
      } else this.loadPath(state, target, path, staged, out);
    }
  }

  private loadPath(state: ObjectState, target: unknown, path: string, staged: (() => void)[], out: unknown[]): void {
    const [head = "", ...rest] = path.split("/");
    const spec = TYPES[state.type];
    staged.push(() => (state.synced = true));
    if (rest.length > 0) {
      const nav = spec?.nav?.[head];
      if (!nav) throw new StandInError("InvalidArgument", `stand-in: ${state.type}.${head} is not a navigation`);
      const child = state.navs.get(head) ?? this.newState(nav.type, false);
      child.navigation = { parent: state.id, member: head };
      state.navs.set(head, child);
      const childTarget = nav.get(target, this.model);
      this.targets.set(child.id, childTarget);
      this.loadPath(child, childTarget, rest.join("/"), staged, out);
      return;
    }
    const get = spec?.props?.[head]?.get;
    if (!get) throw new StandInError("InvalidArgument", `stand-in: ${state.type}.${head} cannot be loaded`);
    const value = get(target, this.model);
    out.push(value);
    staged.push(() => state.loaded.set(head, value));
  }
}
