export * from './columns';
export * from './messages';
export * from './rows';
export * from './template';
