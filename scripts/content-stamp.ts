// Records in a translation which English text it was made from:
//   npm run content:stamp -- content/courses/x/01-m/02-lesson.uk.md [more files]
// Run it after updating a translation; content:check then reports it current.
import fs from "node:fs";
import { bodyHash } from "../app/curriculum/load.server";
import { splitFrontMatter } from "../app/curriculum/yaml-source.server";

const files = process.argv.slice(2);
if (!files.length) {
  console.error("Usage: npm run content:stamp -- <translation.uk.md|translation.ja.md> [...]");
  process.exit(2);
}

let failed = false;
for (const file of files) {
  const match = /^(.*)\.([a-z]{2})\.md$/.exec(file);
  if (!match || match[2] === "en") {
    console.error(`${file}: not a translation (expected <lesson>.<uk|ja>.md)`);
    failed = true;
    continue;
  }
  const english = `${match[1]}.en.md`;
  if (!fs.existsSync(english) || !fs.existsSync(file)) {
    console.error(`${file}: ${fs.existsSync(file) ? `no English original ${english}` : "file not found"}`);
    failed = true;
    continue;
  }
  const source = splitFrontMatter(fs.readFileSync(english, "utf8"));
  const text = fs.readFileSync(file, "utf8").replace(/\r\n?/g, "\n");
  const own = splitFrontMatter(text);
  if (!source || !own) {
    console.error(`${file}: missing front-matter in ${source ? file : english}`);
    failed = true;
    continue;
  }
  const hash = bodyHash(source.body);
  // Quoted: an all-digit hash would otherwise be read back as a number.
  const line = `source: "${hash}"`;
  const yaml = /^source:.*$/m.test(own.yaml) ? own.yaml.replace(/^source:.*$/m, line) : `${own.yaml}\n${line}`;
  fs.writeFileSync(file, `---\n${yaml}\n---\n${own.body}`);
  console.log(`${file}: source ${hash}`);
}
process.exit(failed ? 1 : 0);
