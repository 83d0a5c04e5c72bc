export { renderImpactReport } from './render-impact-report';
export { sampleImpactReport } from './sample-report';
