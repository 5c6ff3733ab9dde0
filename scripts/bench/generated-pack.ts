/**
 * A large, realistic pack for the matcher benchmark, generated deterministically (seeded PRNG):
 * people ("Amara K. Velasquez-Osei", surname alone after the full name, "Senator Velasquez-Osei"),
 * organisations (with acronyms that need context), places, events, and loaded phrases that match
 * in any case. Names mix real and invented first names and surnames, particles (de la, van der,
 * al-, bin), Mc/O' prefixes, hyphenated surnames and Latin diacritics. A share of the aliases are
 * capitalised names harvested from the corpus texts themselves, so the matcher finds real mentions.
 */
import type { Alias, ContextEntry, ContextPack, EntryKind } from '../../core/types.ts';
import { seededRandom, type SeededRandom } from '../../tests/support/seeded-random.ts';

const REAL_FIRST = [
  'Anna', 'Maria', 'Olga', 'Fatima', 'Aisha', 'Mei', 'Yuki', 'Priya', 'Zoë', 'Chloé', 'Ingrid', 'Sofia', 'Leila', 'Nadia',
  'Elena', 'Grace', 'Amara', 'Ngozi', 'Ewa', 'Małgorzata', 'Hana', 'Carmen', 'Lucía', 'Astrid', 'Mohammed', 'Ahmed', 'Omar',
  'José', 'Luis', 'Carlos', 'João', 'Pierre', 'François', 'Hans', 'Jürgen', 'Lars', 'Sven', 'Piotr', 'Łukasz', 'Dmitri',
  'Sergei', 'Ivan', 'Hiroshi', 'Kenji', 'Wei', 'Jun', 'Rahul', 'Arjun', 'Kwame', 'Chinedu', 'Tomás', 'Mateo', 'David',
  'James', 'John', 'Robert', 'Michael', 'William', 'Richard', 'Thomas', 'Daniel', 'Paul', 'Mark', 'Peter', 'Emma', 'Sarah',
];
const REAL_SURNAMES = [
  'Smith', 'Johnson', 'Brown', 'García', 'Martínez', 'Rodríguez', 'Müller', 'Schmidt', 'Schneider', 'Nguyen', 'Tran', 'Kim',
  'Lee', 'Park', 'Wang', 'Li', 'Zhang', 'Chen', 'Singh', 'Patel', 'Sharma', 'Khan', 'Ali', 'Hussain', 'Okafor', 'Okonkwo',
  'Mensah', 'Diallo', 'Traoré', 'Kowalski', 'Nowak', 'Wiśniewski', 'Ivanov', 'Petrov', 'Smirnov', 'Kovalenko', 'Shevchenko',
  'Papadopoulos', 'Rossi', 'Russo', 'Bianchi', 'Dubois', 'Lefèvre', 'Moreau', 'Jansen', 'de Vries', 'van der Berg',
  'Andersson', 'Nilsson', 'Hansen', 'Jensen', 'Yamamoto', 'Tanaka', 'Suzuki', 'Sato', 'Silva', 'Santos', 'Pereira',
  "O'Brien", "O'Connell", 'McCarthy', 'MacDonald', 'McAllister', 'Murphy', 'Kelly', 'Walsh', 'Cohen', 'Levi', 'Friedman',
];
const TITLES = ['President', 'Senator', 'Minister', 'Dr.', 'General', 'Judge', 'Mayor', 'Ambassador', 'Governor', 'Prime Minister', 'Chancellor', 'Rep.'];
const ONSETS = ['b', 'br', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'kh', 'l', 'm', 'n', 'p', 'r', 's', 'sh', 'st', 't', 'tr', 'v', 'w', 'z', 'zh', '', '', 'qu', 'y'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ei', 'ou', 'ia', 'y', 'é', 'ö'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'm', 'k', 't', 'x', 'nd', 'rt', 'sk', 'v'];
const SURNAME_SUFFIXES = ['', '', '', '', 'son', 'sen', 'ski', 'enko', 'ović', 'escu', 'ini', 'ez', 'berg', 'mann', 'ley', 'ton'];
const PARTICLES = ['de la ', 'van der ', 'van ', 'de ', 'von ', 'al-', 'bin ', 'da ', 'di ', 'Mc', "O'", 'Mac', 'Fitz'];
const ORG_WORDS = ['National', 'United', 'Federal', 'Central', 'People’s', 'Democratic', 'Independent', 'International', 'Northern', 'Southern', 'Free', 'Green', 'Civic', 'Royal'];
const ORG_NOUNS = ['Energy', 'Grain', 'Steel', 'Water', 'Rail', 'Shipping', 'Labour', 'Farmers', 'Veterans', 'Press', 'Mining', 'Textile', 'Health', 'Reform', 'Liberty', 'Security'];
const ORG_TYPES = ['Council', 'Agency', 'Union', 'Party', 'Front', 'Institute', 'Foundation', 'Bank', 'Corporation', 'Holdings', 'Commission', 'Authority', 'Alliance', 'Federation', 'Group', 'Trust'];
const PLACE_FORMS = ['{}', '{}', 'Port {}', 'San {}', 'Saint-{}', 'North {}', 'New {}', 'Lake {}', 'Mount {}', '{} City', '{}ville', '{}burg', '{}stan', '{} Island'];
const EVENT_FORMS = ['{} Summit', 'Battle of {}', '{} Accord', 'Treaty of {}', '{} Conference', '{} Crisis', 'Siege of {}', '{} Uprising'];
const TOPIC_WORDS = ['grain', 'corridor', 'sanctions', 'pipeline', 'border', 'water', 'rights', 'debt', 'election', 'vaccine', 'migration', 'tariff', 'climate', 'ceasefire', 'frontier', 'currency'];
const TOPIC_HEADS = ['crisis', 'dispute', 'deal', 'scandal', 'reform', 'war', 'talks', 'standoff', 'affair', 'protests'];
/** Capitalised words that start sentences or head sections: never harvested as names alone. */
const STOP = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'It', 'This', 'That', 'These', 'Those', 'But', 'And', 'Or', 'If', 'When', 'What', 'Why', 'How', 'We', 'I', 'He', 'She', 'They', 'You', 'As', 'For', 'To', 'Of', 'By', 'So', 'Its', 'His', 'Her', 'My', 'Our', 'Their', 'There', 'Here', 'After', 'Before', 'With', 'From', 'Not', 'No', 'Yes', 'One', 'Some', 'All', 'Many', 'Most']);

const REVIEWED = '2026-11-01';
const SOURCE = { title: 'Generated for the benchmark', publisher: 'Backstory', url: 'https://example.org/' };

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function inventWord(random: SeededRandom, syllables: number): string {
  let word = '';
  for (let s = 0; s < syllables; s++) word += random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
  return capitalise(word);
}

function firstName(random: SeededRandom): string {
  return random.chance(0.35) ? random.pick(REAL_FIRST) : inventWord(random, 2 + random.int(2));
}

function surname(random: SeededRandom): string {
  if (random.chance(0.15)) return random.pick(REAL_SURNAMES);
  let name = inventWord(random, 1 + random.int(3)) + random.pick(SURNAME_SUFFIXES);
  while (name.length < 4) name += random.pick(VOWELS) + random.pick(CODAS.filter(Boolean));
  if (random.chance(0.12)) {
    const particle = random.pick(PARTICLES);
    name = particle.endsWith(' ') || particle.endsWith('-') ? particle + name : particle + capitalise(name.toLowerCase());
  }
  if (random.chance(0.08)) name += '-' + inventWord(random, 2);
  return name;
}

function acronym(words: string[]): string {
  return words.map((w) => w.charAt(0)).filter((c) => /\p{Lu}/u.test(c)).join('');
}

/** Words the texts also write in lower case: ordinary words, not names on their own. */
function lowerCaseWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(/(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{L}\p{M}]*/gu)) words.add(m[0]);
  return words;
}

/**
 * Capitalised names of one to three words found in the texts, most frequent first; a single word
 * only when the texts never write it in lower case ("Obama", not "People").
 */
export function harvestNames(texts: readonly string[], ordinary = lowerCaseWords(texts)): string[] {
  const counts = new Map<string, number>();
  const name = /(?<![\p{L}\p{M}\p{N}.])\p{Lu}[\p{Ll}\p{M}]+(?:[ ](?:\p{Lu}[\p{Ll}\p{M}]+|of|de|van|von|al)){0,2}(?![\p{L}\p{M}\p{N}])/gu;
  for (const text of texts) {
    for (const m of text.matchAll(name)) {
      const words = m[0].split(' ');
      while (words.length > 0 && STOP.has(words[0]!)) words.shift();
      while (words.length > 0 && /^\p{Ll}/u.test(words[words.length - 1]!)) words.pop();
      if (words.length === 0 || (words.length === 1 && (words[0]!.length < 5 || ordinary.has(words[0]!.toLowerCase())))) continue;
      const key = words.join(' ');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
}

interface Draft {
  kind: EntryKind;
  name: string;
  aliases: Alias[];
}

function person(random: SeededRandom): Draft {
  const first = firstName(random);
  const last = surname(random);
  const name = `${first} ${last}`;
  const aliases: Alias[] = [{ text: name }];
  if (random.chance(0.2)) aliases.push({ text: `${first} ${String.fromCharCode(65 + random.int(26))}. ${last}` });
  aliases.push({ text: last, match: 'after-full-name' });
  if (random.chance(0.35)) aliases.push({ text: `${random.pick(TITLES)} ${last}` });
  return { kind: 'person', name, aliases };
}

function organisation(random: SeededRandom): Draft {
  const head = random.chance(0.5) ? random.pick(ORG_WORDS) : inventWord(random, 2);
  const words = [head, random.pick(ORG_NOUNS), random.pick(ORG_TYPES)];
  if (random.chance(0.2)) words.push('of', inventWord(random, 2));
  const name = words.join(' ');
  const aliases: Alias[] = [{ text: name }];
  const short = acronym(words);
  if (short.length >= 3) aliases.push(random.chance(0.5) ? { text: short } : { text: short, match: 'needs-context', context: [words[1]!.toLowerCase()] });
  if (random.chance(0.2)) aliases.push({ text: `the ${name}` });
  return { kind: 'organisation', name, aliases };
}

function place(random: SeededRandom): Draft {
  const base = inventWord(random, 2 + random.int(2));
  const name = random.pick(PLACE_FORMS).replace('{}', base);
  const aliases: Alias[] = [name.includes(' ') || random.chance(0.7) ? { text: name } : { text: name, match: 'needs-context', context: ['province', 'region'] }];
  if (random.chance(0.3)) aliases.push({ text: `${name} Province` });
  if (random.chance(0.15)) aliases.push({ text: name.toUpperCase() });
  return { kind: 'place', name, aliases };
}

function event(random: SeededRandom): Draft {
  const name = `${random.chance(0.4) ? `${1950 + random.int(76)} ` : ''}${random.pick(EVENT_FORMS).replace('{}', inventWord(random, 2))}`;
  return { kind: 'event', name, aliases: [{ text: name }] };
}

function topic(random: SeededRandom): Draft {
  const name = `${random.pick(TOPIC_WORDS)} ${random.pick(TOPIC_WORDS)} ${random.pick(TOPIC_HEADS)}`;
  return { kind: 'topic', name: capitalise(name), aliases: [{ text: name, match: 'case-insensitive' }] };
}

function fromCorpus(text: string, ordinary: Set<string>): Draft {
  const words = text.split(' ');
  const aliases: Alias[] = [{ text }];
  const last = words[words.length - 1]!;
  if (words.length > 1 && last.length >= 5 && !ordinary.has(last.toLowerCase()) && /^\p{Lu}/u.test(last)) aliases.push({ text: last, match: 'after-full-name' });
  return { kind: 'person', name: text, aliases };
}

/**
 * A pack of exactly `aliasCount` distinct aliases. `corpusShare` of them are harvested from
 * `texts` (as many as the texts offer), the rest invented.
 */
export const GENERATED_PACK_SEED = 20261126;

/** The generated pack, and how many of its aliases were harvested from the texts. */
export interface GeneratedPack {
  pack: ContextPack;
  harvested: number;
}

export function generatePack(aliasCount: number, texts: readonly string[], seed = GENERATED_PACK_SEED, corpusShare = 0.03): GeneratedPack {
  const random = seededRandom(seed);
  const seen = new Set<string>();
  const entries: ContextEntry[] = [];
  let total = 0;
  const add = (draft: Draft) => {
    const aliases = draft.aliases.filter((a) => !seen.has(a.text)).slice(0, aliasCount - total);
    if (aliases.length === 0) return;
    for (const a of aliases) seen.add(a.text);
    total += aliases.length;
    entries.push({ id: `gen-${entries.length}`, kind: draft.kind, name: draft.name, aliases, summary: `Generated ${draft.kind}.`, sources: [SOURCE], reviewed: REVIEWED, changelog: [{ date: REVIEWED, change: 'Generated.' }] });
  };
  const ordinary = lowerCaseWords(texts);
  for (const name of harvestNames(texts, ordinary)) {
    if (total >= aliasCount * corpusShare) break;
    add(fromCorpus(name, ordinary));
  }
  const harvested = total;
  const makers: [number, (r: SeededRandom) => Draft][] = [[0.6, person], [0.8, organisation], [0.93, place], [0.97, event], [1, topic]];
  while (total < aliasCount) {
    const roll = random.next();
    add(makers.find(([upTo]) => roll < upTo)![1](random));
  }
  return { pack: { format: 1, id: `bench-generated-${aliasCount}`, name: `Generated (${aliasCount} aliases)`, publisher: 'Backstory benchmarks', version: '0.0.0', changelog: [], entries }, harvested };
}

/** The same entries with every alias plain (`always`, case as written): what the baselines do. */
export function plainEntries(entries: readonly ContextEntry[]): ContextEntry[] {
  return entries.map((e) => ({ ...e, aliases: e.aliases.map((a) => ({ text: a.text })) }));
}
