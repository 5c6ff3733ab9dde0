import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildBundledPack } from '../../cli/bundled-pack.ts';
import { compileMatchIndex, matchEntities } from '../../core/match-entities.ts';

// Every person, organisation, place, event, work and contested topic a careful reader finds in
// the seed article (a missed name is a bug), with the words the article uses for it.
const EXPECTED: Record<string, string[]> = {
  'donald-trump': ['Donald Trump', 'President Trump', 'Trump'],
  'vladimir-putin': ['Putin'],
  'rex-tillerson': ['Secretary of State Tillerson', 'Tillerson'],
  'maria-zakharova': ['Maria Zakharova'],
  'angela-merkel': ['Chancellor Merkel', 'Angela Merkel', 'Merkel'],
  'barack-obama': ['Barack Obama'],
  'joe-biden': ['Biden'],
  'victoria-nuland': ['Nuland'],
  'geoffrey-pyatt': ['Pyatt'],
  'kurt-volker': ['Kurt Volker', 'Volker'],
  'petro-poroshenko': ['President Poroshenko'],
  'julianne-smith': ['Julie Smith', 'Smith'],
  'john-podesta': ['John Podesta'],
  'oliver-stone': ['Oliver Stone'],
  'melania-trump': ['Melania'],
  nato: ['NATO'],
  'islamic-state': ['ISIS'],
  'hayat-tahrir-al-sham': ['Al-Qaeda in Syria'],
  'free-syrian-army': ['Free Syrian Army'],
  'syrian-arab-army': ['Syrian army', 'Syrian military'],
  'syrian-democratic-forces': ['Kurdish allies'],
  'us-department-of-defense': ['Pentagon'],
  'national-security-agency': ['NSA'],
  'democratic-national-committee': ['DNC'],
  'center-for-a-new-american-security': ['Center for a New American Security'],
  'russian-foreign-ministry': ['foreign ministry'],
  'us-armed-forces': ['US military'],
  'russian-armed-forces': ['Russian military'],
  'obama-administration': ['Obama administration'],
  'trump-administration': ['Trump administration'],
  'the-duran': ['The Duran'],
  'united-states': ['US', 'United States'],
  russia: ['Russia'],
  syria: ['Syria'],
  ukraine: ['Ukraine'],
  germany: ['Germany'],
  hamburg: ['Hamburg'],
  'al-tanf': ['Al-Tanf'],
  'deir-ez-zor': ['Deir Ezzor'],
  'washington-dc': ['Washington'],
  iraq: ['Iraqi border'],
  europe: ['Europe'],
  'soviet-union': ['Soviet era'],
  'g20-hamburg-summit-2017': ['G20 summit'],
  'trump-putin-meeting-2017': ['Trump-Putin meeting'],
  'southern-syria-ceasefire-2017': ['ceasefire in southern Syria'],
  'mar-a-lago-summit-2017': ['US-Chinese summit at Mar-a-Lago'],
  'us-election-2016': ['US election campaign'],
  'us-russia-cyber-working-group-2017': ['joint cyber security working group'],
  'us-special-envoy-ukraine-2017': ['special envoy for Ukraine'],
  euromaidan: ['Maidan coup', 'Maidan regime'],
  'minsk-agreements': ['Minsk Agreement'],
  'war-in-donbas': ['Ukrainian conflict'],
  'syria-chemical-attacks': ['chemical attack'],
  'russian-interference-2016': ['Russiagate'],
  'us-cyber-implants-russia': ['cyber bombs'],
  russophobia: ['Russophobia'],
  'the-putin-interviews': ['Putin Interviews'],
};

const { pack } = buildBundledPack();
const text = readFileSync('../shared/fixtures/seed-article.txt', 'utf8');
const mentions = matchEntities(compileMatchIndex(pack!.entries), text);
const surfacesOf = (id: string) => new Set(mentions.filter((m) => m.id === id).map((m) => text.slice(m.start, m.end)));

describe('the bundled pack on the seed article', () => {
  test.each(Object.entries(EXPECTED))('recognises %s', (id, surfaces) => {
    const found = surfacesOf(id);
    for (const surface of surfaces) expect(found, `${id}: "${surface}"`).toContain(surface);
  });

  test('every contested claim of the article has opposing views', () => {
    const byId = new Map(pack!.entries.map((e) => [e.id, e]));
    for (const id of ['euromaidan', 'minsk-agreements', 'war-in-donbas', 'syria-chemical-attacks', 'russian-interference-2016', 'free-syrian-army', 'al-tanf', 'the-duran']) {
      expect(byId.get(id)?.perspectives?.length ?? 0, id).toBeGreaterThanOrEqual(2);
    }
  });

  test('common words are not names by accident', () => {
    // "Summary" heads a section; "Source" trails the text; "Stone"/"Smith" only after the full name.
    const bare = mentions.map((m) => text.slice(m.start, m.end));
    expect(bare).not.toContain('Summary');
    expect(bare).not.toContain('Source');
    const stoneText = 'A stone wall. Smith said so. Summary: none.';
    expect(matchEntities(compileMatchIndex(pack!.entries), stoneText)).toEqual([]);
  });

  test('the outlet is recognised by its domain', () => {
    const duran = pack!.entries.find((e) => e.id === 'the-duran');
    expect(duran?.outlet?.domains).toContain('theduran.com');
  });
});
