/** A character table written as "from=to from=to …" (an empty "to" drops the character). */
export function table(pairs: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of pairs.split(" ")) {
    const [from, to = ""] = pair.split("=");
    if (from) map.set(from, to);
  }
  return map;
}
