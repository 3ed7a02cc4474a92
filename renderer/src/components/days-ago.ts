/** A day count as the network views say it: "today", "yesterday", "12 days ago"; ahead, "in 3 days". */
export function daysAgoText(days: number): string {
  if (days < 0) return `in ${days === -1 ? '1 day' : `${-days} days`}`;
  return days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}
