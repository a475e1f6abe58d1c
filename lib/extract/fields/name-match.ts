// Whether an e-mail address spells a person's name, however its letters are written ("Krüger",
// "krueger"; "else.kayser", "ekayser").

/** ASCII spellings of a name part: "Krüger" → kruger, krueger; "Sjöberg" → sjoberg, sjoeberg. */
function folds(s: string): string[] {
  const low = s.toLowerCase();
  const plain = (x: string) =>
    x
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z]/g, '');
  const a = plain(low.replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').replace(/ß/g, 'ss'));
  const b = plain(
    low.replace(/æ/g, 'ae').replace(/[øö]/g, 'oe').replace(/[åä]/g, 'aa').replace(/ä/g, 'ae').replace(/ü/g, 'ue').replace(/ß/g, 'ss'),
  );
  const c = plain(
    low
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .replace(/å/g, 'a')
      .replace(/ø/g, 'o')
      .replace(/æ/g, 'ae'),
  );
  return [...new Set([a, b, c])];
}

function fold(s: string): string {
  return folds(s)[0] ?? '';
}

/** An address whose local part holds the word ("Bjarne" in "bjarne.overli@…") or is initials that open with it ("Gard": "gsm@…"). */
export function emailHoldsWord(email: string, word: string): boolean {
  const local = fold(email.split('@')[0] ?? '');
  return folds(word).some((f) => (f.length >= 3 && local.includes(f)) || (/^\p{L}{2,4}$/u.test(local) && local.charAt(0) === f.charAt(0)));
}

/** An address whose local part spells the name ("elsekayser", "else.kayser", "ekayser"). */
export function emailFitsName(email: string, name: string): boolean {
  const local = fold(email.split('@')[0] ?? '');
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  if (local.length < 3 || words.length === 0) return false;
  const firsts = folds(words[0]!);
  const lasts = folds(words[words.length - 1]!);
  const alls = words.length > 1 ? [words.map(fold).join(''), words.map((w) => folds(w)[1] ?? '').join('')] : [];
  for (const f of firsts) {
    if (words.length === 1) {
      if (local === f) return true;
      continue;
    }
    if (local.length >= 5 && local === f) return true;
    for (const l of lasts) if (local === f + l || local === l + f || local === (f[0] ?? '') + l || local === f + (l[0] ?? '')) return true;
  }
  return alls.includes(local);
}
