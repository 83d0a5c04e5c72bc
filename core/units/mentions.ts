export type Mentionable = { id: string; name: string };

const folded = (text: string) => text.normalize('NFC').toLocaleLowerCase('und');
/** A name ends where a letter or digit would not continue it ("@Ana," is Ana; "@Anabel" is not). */
const continuesName = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}_]/u.test(char);

/**
 * The people an "@Name" in a comment points to, among those who may be mentioned. The longest
 * name wins ("@Ana María" over "@Ana"), matching ignores case, and each person counts once.
 */
export function findMentions(body: string, people: readonly Mentionable[]): string[] {
  const text = folded(body);
  const byLength = [...people].filter((p) => p.name.trim() !== '').sort((a, b) => b.name.length - a.name.length);
  const found = new Set<string>();
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    // An email address (ana@school.org) is not a mention.
    if (continuesName(text[at - 1])) continue;
    const rest = text.slice(at + 1);
    const person = byLength.find((p) => {
      const name = folded(p.name.trim());
      return rest.startsWith(name) && !continuesName(rest[name.length]);
    });
    if (person) found.add(person.id);
  }
  return [...found];
}
