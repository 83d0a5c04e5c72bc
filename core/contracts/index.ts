export * from './classes';
export * from './common';
export * from './lesson-plans';
export * from './library';
export * from './organizations';
export * from './planning';
export * from './reflections';
export * from './session';
