import type { StandInContext } from "./context";
import { StandInError } from "./model";
import { TYPES } from "./types";

export interface ObjectState {
  readonly id: number;
  readonly type: string;
  readonly loaded: Map<string, unknown>;
  /** Navigation children (workbook.worksheets, range.format), one per property as in Office.js. */
  readonly navs: Map<string, ObjectState>;
  /** Set for navigation children: their path is sent again with every request. */
  navigation?: { readonly parent: number; readonly member: string };
  /** isNullObject may be read once the request that resolved the object came back. */
  synced: boolean;
  isNull?: boolean;
  items?: object[];
  proxy?: object;
}

const notLoaded = (type: string, key: string) =>
  new StandInError(
    "PropertyNotLoaded",
    `The property '${key}' of ${type} is not available. Before reading the property's value, call the load method ` +
      `on the containing object and call "context.sync()" on the associated request context.`,
  );

const ids = new WeakMap<object, number>();

/** A proxy given as an argument travels by reference, as Office.js sends object paths. */
const encode = (arg: unknown): unknown => {
  if (typeof arg !== "object" || arg === null) return arg;
  if (Array.isArray(arg)) return arg.map(encode);
  const id = ids.get(arg);
  if (id === undefined) throw new TypeError("stand-in: only proxies, strings, numbers and booleans are arguments");
  return { $ref: id };
};

/** The proxy of an object: reads need load + sync, writes and method calls are queued on the context. */
export function makeProxy(context: StandInContext, state: ObjectState): object {
  if (state.proxy) return state.proxy;
  const spec = TYPES[state.type];
  if (!spec) throw new TypeError(`stand-in: no type ${state.type}`);
  const navChild = (key: string, type: string) => {
    const known = state.navs.get(key);
    if (known) return makeProxy(context, known);
    const child = context.newState(type);
    child.navigation = { parent: state.id, member: key };
    state.navs.set(key, child);
    context.queue.push({ a: "new", id: child.id, parent: state.id, m: key });
    return makeProxy(context, child);
  };
  const self: object = new Proxy(
    {},
    {
      get: (_o, key) => {
        if (typeof key === "symbol" || key === "then") return undefined;
        if (key === "context") return context.api;
        if (key === "load") {
          return (props: string | string[]) => {
            const list = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim());
            context.queue.push({ a: "load", id: state.id, p: list });
            return self;
          };
        }
        if (key === "isNullObject") {
          if (!state.synced) throw notLoaded(state.type, key);
          return state.isNull === true;
        }
        if (key === "items" && spec.items) {
          if (!state.items) throw notLoaded(state.type, key);
          return state.items;
        }
        if (spec.props?.[key]) {
          if (!state.loaded.has(key)) throw notLoaded(state.type, key);
          return state.loaded.get(key);
        }
        const nav = spec.nav?.[key];
        if (nav) return navChild(key, nav.type);
        const method = spec.methods?.[key];
        if (!method) throw new TypeError(`stand-in: ${state.type}.${key} is not modelled`);
        return (...raw: unknown[]) => {
          const args = raw.map(encode);
          if (!method.type) {
            context.queue.push({ a: "call", id: state.id, m: key, args });
            return undefined;
          }
          const child = context.newState(method.type);
          context.queue.push({ a: "new", id: child.id, parent: state.id, m: key, args });
          return makeProxy(context, child);
        };
      },
      set: (_o, key, value) => {
        if (typeof key !== "string" || !spec.props?.[key]?.set) {
          throw new TypeError(`stand-in: ${state.type}.${String(key)} cannot be set`);
        }
        context.queue.push({ a: "set", id: state.id, p: key, v: value });
        return true;
      },
    },
  );
  ids.set(self, state.id);
  state.proxy = self;
  return self;
}
