export { DEMO_DEFAULTS, generateDemoData } from "./demo-data";
export type { DemoData, DemoOptions } from "./demo-data";
