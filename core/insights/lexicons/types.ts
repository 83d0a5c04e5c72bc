/** Bloom's revised taxonomy, cognitive process dimension. */
export const BLOOM_LEVELS = ['remember', 'understand', 'apply', 'analyze', 'evaluate', 'create'] as const;
export type BloomLevel = (typeof BLOOM_LEVELS)[number];

/**
 * The shape every language's word lists follow. Entries in "phrase" lists are plain words or
 * phrases: they are normalised and stemmed with the language's stemmer, so list the base
 * form and only add irregular forms. Entries in "pattern" lists are regular-expression
 * sources matched against the lower-case, accent-free text (write "segun", not "según").
 */
export type Lexicon = {
  /** Verbs that name no observable behaviour ("understand", "comprender"). Phrases allowed. */
  vagueVerbs: string[];
  /** Verb → Bloom levels. Ambiguous verbs list several levels; the engine reports the range. */
  bloom: Record<string, BloomLevel[]>;
  /** Extra observable verbs that are not in the Bloom table. */
  observableVerbs: string[];
  /** Words that introduce a condition rather than an action ("using", "given"). */
  conditionWords: string[];
  /** Words that join two actions ("compare and contrast"): a verb after one is a separate action. */
  coordinators: string[];
  /** Determiners: a verb-looking word right after one is a noun ("a model", "la lista"). */
  determiners: string[];
  /** Patterns for a student-as-subject frame ("students will", "swbat", "puedo"). */
  studentFramePatterns: string[];
  /** Patterns for a teacher-as-subject frame or an activity ("I will", "explicaré"). */
  teacherFramePatterns: string[];
  /** Condition or degree of an objective ("given", "with 80% accuracy", "según la rúbrica"). */
  criterionPatterns: string[];
  /** What the teacher will do with a check's result ("if fewer than 70%… reteach"). */
  decisionRulePatterns: string[];
  /** Check-for-understanding techniques named in a segment's text. */
  cfuTechniques: string[];
  /** Structured student-talk routines and accountable-talk stems. */
  talkStructures: string[];
  /** Verbs whose subject is usually the teacher (explain, present, lecture). */
  teacherCentredVerbs: string[];
  /** Higher-order question cues: phrases (stemmed) and patterns (on the raw question text). */
  higherOrderPhrases: string[];
  higherOrderPatterns: string[];
  /** Boilerplate supports ("differentiate as needed"). */
  genericSupportPatterns: string[];
  /** Groups of learners a support can name. */
  supportGroups: string[];
  /** "for" values that name no group ("all", "as needed"). */
  genericGroupPatterns: string[];
  /** Specific scaffolds (sentence frames, graphic organiser, extended time). */
  specificScaffolds: string[];
  /** Words that mark a closure segment. */
  closureTerms: string[];
  /** Words that mark an exit ticket or final assessment. */
  exitTicketTerms: string[];
  /**
   * Function words ignored when comparing content. Matched by their exact (folded) form, never
   * by stem: a closed class, so list every form ("be", "been", "being"). Stemming them would
   * swallow content words whose stem happens to equal one ("notes" → "not", "comida" → "com"
   * = "como", "seres" → "ser").
   */
  stopWords: string[];
  /**
   * Words every lesson plan uses whatever it teaches ("students", "practice", "lesson",
   * "tiempo"). Matched by form and by stem, so "activities" meets "activity". They say nothing
   * about the topic or the strategy, so content overlaps (exit ticket ↔ objective,
   * carry-forward "next time" ↔ plan) ignore them. Single words only.
   */
  genericWords: string[];
};
