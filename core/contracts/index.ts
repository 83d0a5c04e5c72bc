export * from './classes';
export * from './common';
export * from './organizations';
export * from './session';
export * from './reflections';
