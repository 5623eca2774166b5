/** Every content and results schema, from one place. Imports only zod. */
export * from './results';
export * from './exercise';
export * from './lesson';
export * from './module';
export * from './course';
