/** The people behind the demo records: staff, customers and the products they own. */
import { formatSerial } from "../domain/serial";
import { serialOf } from "./calendar";
import type { Rng } from "./random";
import { weighted } from "./random";
import type { ProductLine } from "./vocabulary";
import {
  BRAND_WORDS,
  CITIES,
  COMPANY_SUFFIXES,
  CONTACT_TITLES,
  GIVEN_NAMES,
  INDUSTRIES,
  MAIL_DOMAINS,
  MOBILE_SECOND_DIGITS,
  PRODUCT_LINES,
  SURNAMES,
} from "./vocabulary";

export const TEAMS = ["在线客服部", "电话客服部", "售后支持组", "上门服务组", "技术支持组"] as const;
export type Team = (typeof TEAMS)[number];

export interface Staff {
  /** Like `S0123`. */
  readonly id: string;
  readonly name: string;
  readonly team: Team;
}

function surname(rng: Rng): readonly [string, string] {
  return rng.chance(0.03) ? rng.pick(SURNAMES.slice(-4)) : rng.pick(SURNAMES);
}

export function personName(rng: Rng): string {
  return surname(rng)[0] + rng.pick(GIVEN_NAMES);
}

export function mobile(rng: Rng): string {
  return `1${rng.pick([...MOBILE_SECOND_DIGITS])}${rng.digits(9)}`;
}

/** Eight staff per team with unique names and ids S0101, S0102, … */
export class StaffRoster {
  readonly all: readonly Staff[];
  private readonly byTeam: ReadonlyMap<Team, readonly Staff[]>;

  constructor(rng: Rng) {
    const names = new Set<string>();
    const all: Staff[] = [];
    for (const team of TEAMS) {
      for (let i = 0; i < 8; i++) {
        let name = personName(rng);
        while (names.has(name)) name = personName(rng);
        names.add(name);
        all.push({ id: `S${String(101 + all.length).padStart(4, "0")}`, name, team });
      }
    }
    this.all = all;
    this.byTeam = new Map(TEAMS.map((t) => [t, all.filter((s) => s.team === t)]));
  }

  of(team: Team): readonly Staff[] {
    return this.byTeam.get(team) ?? this.all;
  }

  /** The team lead, who reviews plans and owns follow-ups: the first of the team. */
  lead(team: Team): Staff {
    return this.of(team)[0] ?? (this.all[0] as Staff);
  }
}

export interface Product {
  readonly line: ProductLine;
  /** 名称 型号，安装日期，批次. */
  readonly text: string;
}

/** Products in use, a few of them popular, so the same product text recurs (共性问题, DOMAIN.md §7). */
export class ProductCatalog {
  private readonly home: (rng: Rng) => Product;
  private readonly business: (rng: Rng) => Product;

  constructor(rng: Rng, before: number) {
    const entries: (readonly [Product, number])[] = [];
    const first = serialOf(2021, 1, 1);
    for (const line of PRODUCT_LINES) {
      for (const model of line.models) {
        for (let b = rng.int(2, 5); b > 0; b--) {
          const installed = Math.floor(rng.between(first, before - 30));
          const made = formatSerial(Math.floor(installed - rng.int(20, 90)), false);
          const batch = `B${made.slice(2, 4)}${made.slice(5, 7)}${rng.pick(["A", "B", "C"])}`;
          const text = `${line.name} ${model}，安装日期${formatSerial(Math.floor(installed), false)}，批次${batch}`;
          entries.push([{ line, text }, rng.logBetween(0.5, 40)]);
        }
      }
    }
    this.home = weighted(entries.filter(([p]) => !p.line.business));
    this.business = weighted(entries);
  }

  draw(rng: Rng, company: boolean): Product {
    return company ? this.business(rng) : this.home(rng);
  }
}

export type CustomerType = "个人" | "企业";

export interface Customer {
  /** `C` + yyyymmdd + 3-digit sequence (004). */
  readonly id: string;
  readonly name: string;
  readonly type: CustomerType;
  /** Phone, sometimes with an e-mail (issues.contact). */
  readonly contact: string;
  /** Name or title plus phone (followups.contact). */
  readonly contactPerson: string;
  readonly product: Product;
  readonly segment: "新客户" | "老客户" | "高价值客户";
}

/** Customers met over the demo period: new ones get an id of the day they registered, some come back. */
export class CustomerBook {
  private readonly known: Customer[] = [];
  private readonly perDay = new Map<number, number>();
  private readonly firstPast: number;

  constructor(
    private readonly rng: Rng,
    private readonly products: ProductCatalog,
    private readonly rangeStart: number,
  ) {
    this.firstPast = rangeStart - 5 * 365;
  }

  /** A customer who contacts us on `day`; `returning` is the share of customers already met in the period. */
  contact(day: number, returning = 0.22): Customer {
    if (this.known.length > 0 && this.rng.chance(returning)) return this.rng.pick(this.known);
    const customer = this.create(day);
    this.known.push(customer);
    return customer;
  }

  private create(day: number): Customer {
    const rng = this.rng;
    const registered = this.registrationDay(rng.chance(0.45) ? Math.floor(day) : -1);
    const seq = (this.perDay.get(registered) ?? 0) + 1;
    this.perDay.set(registered, seq);
    const id = `C${formatSerial(Math.floor(registered), false).replaceAll("-", "")}${String(seq).padStart(3, "0")}`;
    const company = rng.chance(0.35);
    const [family, pinyin] = surname(rng);
    const phone = mobile(rng);
    const email = `${pinyin}${rng.int(1, 9999)}@${rng.pick(MAIL_DOMAINS)}`;
    const person = company ? family + rng.pick(CONTACT_TITLES) : family + rng.pick(GIVEN_NAMES);
    const name = company
      ? rng.pick(CITIES) + rng.pick(BRAND_WORDS) + rng.pick(INDUSTRIES) + rng.pick(COMPANY_SUFFIXES)
      : person;
    const withEmail = rng.chance(company ? 0.4 : 0.25);
    const contact = `${company ? `${person} ` : ""}${phone}${withEmail ? ` / ${email}` : ""}`;
    const isNew = registered >= this.rangeStart;
    const valued = rng.chance(company ? 0.45 : 0.12);
    return {
      id,
      name,
      type: company ? "企业" : "个人",
      contact,
      contactPerson: `${person} ${phone}`,
      product: this.products.draw(rng, company),
      segment: isNew ? "新客户" : valued ? "高价值客户" : "老客户",
    };
  }

  /** `today` when ≥ 0 and its sequence has room, else a day in the five years before the period. */
  private registrationDay(today: number): number {
    let day = today;
    while (day < 0 || (this.perDay.get(day) ?? 0) >= 999) {
      day = this.rng.int(this.firstPast, this.rangeStart - 1);
    }
    return day;
  }
}
