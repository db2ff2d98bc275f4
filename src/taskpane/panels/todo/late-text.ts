import type { TodoItem } from "../../../domain/todo/todo-types";
import type { Catalogue } from "../../locale";
import { fill } from "../../locale/format";

/** "3 d 4 h", "5 h", "2 d": a span of days, in hours below a day and for times, whole days for dates. */
function span(days: number, allDay: boolean, t: Catalogue): string {
  if (allDay) return fill(t.todoDays, { days });
  const hours = Math.round(days * 24);
  if (hours < 24) return fill(t.todoHours, { hours });
  return hours % 24 === 0
    ? fill(t.todoDays, { days: hours / 24 })
    : fill(t.todoDaysHours, { days: Math.floor(hours / 24), hours: hours % 24 });
}

/** How late an item is, or how soon it is due, in the pane's language. */
export function lateText(item: TodoItem, t: Catalogue): string {
  if (item.late === undefined) return t.todoDueNow;
  if (item.allDay && item.late === 0) return t.todoDueToday;
  if (item.late > 0) return fill(t.todoLate, { span: span(item.late, item.allDay, t) });
  return fill(t.todoDueIn, { span: span(-item.late, item.allDay, t) });
}
