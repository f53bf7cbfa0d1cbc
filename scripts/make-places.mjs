// Builds server/lexicon/builtin/places.json, the place names a company name may open with
// ("Springfield Biolabs" is also called "Biolabs"-less forms by its readers; see link.ts).
//
//   node scripts/make-places.mjs WORLD_CITIES_CSV ENGLISH_WORDS_TXT
//
// WORLD_CITIES_CSV: the GeoNames-derived list of cities over 15,000 people with their country and
// first-level subdivision (github.com/datasets/world-cities, data/world-cities.csv, CC BY 4.0,
// GeoNames). ENGLISH_WORDS_TXT: one English word a line (the word-list npm package's words.txt).
// Names that are also English words ("Summit", "Reading", "Mobile") are left out: at the head of a
// company name they are more likely the name than a place.
import { readFileSync, writeFileSync } from 'fs';

const [csvPath, wordsPath] = process.argv.slice(2);
if (!csvPath || !wordsPath) { console.error('usage: node scripts/make-places.mjs WORLD_CITIES_CSV ENGLISH_WORDS_TXT'); process.exit(2); }
const words = new Set(readFileSync(wordsPath, 'utf8').split('\n').map(w => w.trim().toLowerCase()).filter(Boolean));
const places = new Set();
const lines = readFileSync(csvPath, 'utf8').split('\n').slice(1);
const field = s => s.replace(/^"|"$/g, '').trim();
for (const line of lines) {
  if (!line.trim()) continue;
  // name,country,subcountry,geonameid; names may be quoted and hold commas
  const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g).map(c => field(c.replace(/,$/, '')));
  for (const name of cells.slice(0, 3)) {
    const n = name.toLowerCase();
    if (n.length < 3 || /\d/.test(n)) continue;
    if (!n.includes(' ') && words.has(n)) continue;
    places.add(n);
  }
}
const list = [...places].sort();
writeFileSync('server/lexicon/builtin/places.json', JSON.stringify({
  source: 'GeoNames cities over 15,000 people, their countries and subdivisions (CC BY 4.0, via github.com/datasets/world-cities); names that are English words left out',
  places: list.join('|'),
}) + '\n');
console.log(`${list.length} place names`);
