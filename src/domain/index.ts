export * from './types';
export * from './events';
export * from './reducer';
export * from './views';
export * from './bulk';
export * from './clock';
export * from './conversation';
