export { type CardCatalog, type CatalogCard, cardCatalogFrom } from './card-catalog';
export { reactionFactsFrom } from './impact-facts';
export { libraryRoutes } from './library.routes';
export { createLibraryService } from './library.service';
export { type SyncResult, syncBuiltInCards } from './library.sync';
