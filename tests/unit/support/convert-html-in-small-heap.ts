// Run by tests/unit/server/import-memory.test.ts in a child Node with a small heap: converts
// the HTML of `count` paragraphs and prints how many blocks came out. A crash shows as the
// child's exit code.
import { htmlToDoc } from "@/server/import/html-to-doc";

const count = Number(process.argv[2]);
const doc = htmlToDoc(Array.from({ length: count }, (_, i) => `<p>${i}</p>`).join(""));
process.stdout.write(`${doc.content?.length}\n`);
