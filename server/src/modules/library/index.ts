export { libraryRoutes } from './library.routes';
export { createLibraryService } from './library.service';
export { type SyncResult, syncBuiltInCards } from './library.sync';
