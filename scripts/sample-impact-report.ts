/*
 * Renders a sample impact report so its look can be checked by eye:
 *   tsx scripts/sample-impact-report.ts out.pdf [en|es]
 */
import { writeFile } from 'node:fs/promises';
import { renderImpactReport, sampleImpactReport } from '../server/src/modules/impact-report';

const [out = 'impact-report.pdf', locale = 'en'] = process.argv.slice(2);
const pdf = await renderImpactReport(sampleImpactReport(locale === 'es' ? 'es' : 'en'));
await writeFile(out, pdf);
console.log(`${out}: ${pdf.length} bytes`);
