/**
 * Single words that are also ordinary English words, common first names, or names shared by
 * several well-known places and people. An alias that is one of these must not fire on its own
 * (`always`): the pack check refuses it, so "Summary", "Source", "Stone" or "May" in an article
 * never becomes a name by accident. Lower-case; compared after case folding.
 */
export const AMBIGUOUS_SINGLE_WORDS: ReadonlySet<string> = new Set([
  // Words that are also surnames or names in the news.
  'summary', 'source', 'stone', 'smith', 'may', 'bush', 'chase', 'rice', 'power', 'brown', 'black',
  'white', 'green', 'young', 'king', 'price', 'cook', 'baker', 'hill', 'wood', 'ford', 'hunt',
  'long', 'little', 'rich', 'love', 'bishop', 'pope', 'church', 'marsh', 'moon', 'sun', 'star',
  'post', 'times', 'guardian', 'independent', 'mirror', 'express', 'telegraph', 'economist',
  'cruz', 'graham', 'warren', 'sanders', 'johnson', 'jones', 'williams', 'miller', 'davis',
  'wilson', 'moore', 'taylor', 'anderson', 'thomas', 'jackson', 'martin', 'lee', 'walker', 'hall',
  'allen', 'wright', 'scott', 'adams', 'nelson', 'carter', 'mitchell', 'roberts', 'turner', 'phillips',
  'campbell', 'parker', 'evans', 'edwards', 'collins', 'stewart', 'morris', 'rogers', 'reed', 'bell',
  'murphy', 'bailey', 'cooper', 'howard', 'ward', 'cox', 'gray', 'james', 'watson', 'kelly', 'clinton',
  'kennedy', 
  // First names.
  'paul', 'john', 'james', 'george', 'michael', 'david', 'mark', 'peter', 'robert', 'william',
  'richard', 'joseph', 'charles', 'thomas', 'daniel', 'matthew', 'anthony', 'donald', 'steven',
  'andrew', 'kenneth', 'joshua', 'kevin', 'brian', 'edward', 'ronald', 'timothy', 'jason', 'jeffrey',
  'ryan', 'jacob', 'gary', 'nicholas', 'eric', 'jonathan', 'stephen', 'larry', 'justin', 'scott',
  'brandon', 'benjamin', 'samuel', 'gregory', 'alexander', 'frank', 'patrick', 'raymond', 'jack',
  'dennis', 'jerry', 'tyler', 'aaron', 'jose', 'adam', 'henry', 'nathan', 'douglas', 'zachary',
  'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah',
  'karen', 'nancy', 'lisa', 'betty', 'margaret', 'sandra', 'ashley', 'kimberly', 'emily', 'donna',
  'michelle', 'dorothy', 'carol', 'amanda', 'melissa', 'deborah', 'stephanie', 'rebecca', 'sharon',
  'laura', 'cynthia', 'kathleen', 'amy', 'angela', 'helen', 'anna', 'maria', 'julie', 'victoria',
  'vladimir', 'sergei', 'sergey', 'dmitry', 'alexei', 'olga', 'ivan', 'igor', 'mohammed', 'ali',
  'ahmed', 'omar', 'hassan', 'kim', 'wang', 'barack', 'hillary', 'angela', 'rex', 'kurt',
  'oliver', 'melania', 'emmanuel', 'theresa', 'boris', 'joe', 'kamala', 'nikki', 'jill',
  // Places that share their name with a state, a person or a common word.
  'georgia', 'jordan', 'chad', 'turkey', 'niger', 'guinea', 'congo', 'washington', 'victoria',
  'lincoln', 'madison', 'jackson', 
  'nice', 'reading', 'split', 'mobile', 'buffalo', 'orange', 'phoenix',
  'york', 'jersey', 'wales', 'dominica', 'dominican', 'macedonia', 
  // Ordinary words that appear capitalised at the start of a sentence or in headings.
  'the', 'this', 'that', 'these', 'summit', 'president', 'minister', 'chancellor', 'secretary',
  'general', 'army', 'state', 'union', 'republic', 'party', 'council', 'court', 'house', 'senate',
  'congress', 'parliament', 'assembly', 'ministry', 'agency', 'bank', 'fund', 'office', 'group',
  'force', 'forces', 'front', 'movement', 'liberty', 'freedom', 'justice', 'unity', 'solidarity',
  'hope', 'faith', 'grace', 'joy', 'will', 'bill', 'august', 'march', 'april', 'june', 'july',
  'january', 'february', 'september', 'october', 'november', 'december', 'monday', 'sunday',
  'news', 'today', 'report', 'update', 'live', 'video', 'opinion', 'analysis', 'comment', 'world',
  'west', 'east', 'north', 'south', 'central', 'western', 'eastern', 'northern', 'southern',
]);
