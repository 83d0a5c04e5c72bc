export { type FocusCards, focusCardsFrom } from './focus-cards';
export { type FocusPractice, type FocusPractices, focusPracticesFrom } from './focus-practices';
export { frameworksRoutes } from './frameworks.routes';
export { createFrameworksService } from './frameworks.service';
export { type FrameworkSyncResult, syncBuiltInFramework } from './frameworks.sync';
export { type KnownTags, knownTagsFrom } from './known-tags';
export { type PracticeTerms, practiceTermsFrom } from './practice-terms';
export { type PracticeTitleOf, practiceTitleFrom } from './practice-title';
export { type SchoolLookFor, type SchoolLookForOf, schoolLookForFrom } from './school-look-for';
