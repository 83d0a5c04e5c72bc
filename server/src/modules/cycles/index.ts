export { type ActiveCycles, activeCyclesFrom } from './active-cycles';
export { cyclesRoutes } from './cycles.routes';
export { createCyclesService } from './cycles.service';
