/**
 * Which chunk each module of the production build goes to (rolldown's `output.codeSplitting.groups`).
 *
 * Left to itself, the bundler cuts the app into ~130 chunks, one per set of lazy imports sharing a module.
 * Opening a journey then fetched ~90 files in three waves (the start page's, the journey page's, the
 * services'), and each file costs a request even from the browser's cache: on 2 cores, ~100-150 ms of a
 * ~500 ms open at N = 100 (README, Benchmark, "Sixth pass"). So the modules the pages need first are grouped
 * by who loads them, in this order (the first rule that holds):
 *
 * - `base`: imported by the app's page (index.html) and reached by the phones' page (participate.html);
 * - `start`: the rest of what the app's page imports;
 * - `syncKit`: what the phones' page imports that the app's services import too (links, keys, settings);
 * - `sync`: the rest of what the phones' page imports that the app reaches (Yjs, the provider, workshop);
 * - `participate`: the rest of what the phones' page imports;
 * - `services`: what the services import (database, repository, sync) that no page reaches without them;
 * - `journey`: what the journey pages import that no page reaches without them;
 * - `shared`: the rest of what those two import (the insights page or the import dialogs use it too),
 *   except the words (the start page's, and each language's whole catalog), which load on their own;
 * - anything else (PDF, PNG, import readers, other pages) keeps the bundler's own chunks.
 *
 * Each group holds the static imports of its modules, or they sit in an earlier group, in `shared` or in the
 * words' chunks, so `includeDependenciesRecursively` can stay off. The chunks form no cycle (checked on the
 * build's output: `services` and `journey` take from `shared`, which takes from `start`, `base` and the
 * words). The entry modules stay chunks of their own: main.tsx awaits its words at the top level, and a
 * words chunk importing from the chunk that awaits it would wait forever.
 */
import { resolve } from 'node:path';
import { normalizePath } from 'vite';

/** The little of rolldown's module graph this reads (`ChunkingContext.getModuleInfo`). */
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null;
}

/** Source files (relative to the project root) whose modules start each group. */
export interface ChunkRoots {
  /** The app's page's entry module (index.html's script). */
  start: string;
  /** The phones' page's entry module (participate.html's script). */
  participate: string;
  /** Loaded by the app before any journey: the services and sync. */
  services: readonly string[];
  /** Loaded together to open a journey. */
  journey: readonly string[];
  /** The words' modules, each loaded on its own (one language at a time): what they import stays apart. */
  words: readonly string[];
}

type Edges = 'static' | 'all';

/** Every module reachable from `roots` along static imports (and dynamic ones for 'all'), minus `stop`. */
function reach(graph: ModuleGraph, roots: readonly string[], edges: Edges, stop = new Set<string>()) {
  const seen = new Set<string>();
  const queue = roots.filter((id) => !stop.has(id));
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const info = graph.getModuleInfo(id);
    if (!info) continue;
    const next = edges === 'all' ? [...info.importedIds, ...info.dynamicallyImportedIds] : info.importedIds;
    for (const dep of next) if (!seen.has(dep) && !stop.has(dep)) queue.push(dep);
  }
  return seen;
}

/**
 * A `name` function for one catch-all group: the chunk name of a module (see above) or null to leave it to
 * the bundler. Reads the module graph once, on the first call; `root` is the project's directory.
 */
export function chunkNamer(root: string, roots: ChunkRoots) {
  // Module ids use forward slashes on every system.
  const abs = (file: string) => normalizePath(resolve(root, file));
  let names: Map<string, string> | undefined;
  const classify = (graph: ModuleGraph) => {
    const allRoots = [roots.start, roots.participate, ...roots.services, ...roots.journey, ...roots.words];
    const lost = allRoots.filter((file) => !graph.getModuleInfo(abs(file)));
    // A root renamed or moved would quietly empty its group: the build says so instead.
    if (lost.length > 0) throw new Error(`chunkGroups: no module ${lost.join(', ')} in the build`);
    const [main, phones] = [abs(roots.start), abs(roots.participate)];
    const servicesRoots = roots.services.map(abs);
    const journeyRoots = roots.journey.map(abs);
    const mainStatic = reach(graph, [main], 'static');
    const phonesStatic = reach(graph, [phones], 'static');
    const mainAll = reach(graph, [main], 'all');
    const phonesAll = reach(graph, [phones], 'all');
    const services = reach(graph, servicesRoots, 'static');
    const journey = reach(graph, journeyRoots, 'static');
    const words = reach(graph, roots.words.map(abs), 'static');
    // What the pages reach, lazily too, without opening a journey (or without starting the services).
    const notJourney = reach(graph, [main, phones], 'all', new Set(journeyRoots));
    const notServices = reach(graph, [main, phones], 'all', new Set([...journeyRoots, ...servicesRoots]));
    const result = new Map<string, string>();
    const name = (id: string): string | null => {
      if (mainStatic.has(id)) return phonesAll.has(id) ? 'base' : 'start';
      // What the app's services need of it stays apart, so they do not fetch Yjs and the provider with it.
      if (phonesStatic.has(id)) return !mainAll.has(id) ? 'participate' : services.has(id) ? 'syncKit' : 'sync';
      if (services.has(id) && !notServices.has(id)) return 'services';
      if (journey.has(id) && !notJourney.has(id)) return 'journey';
      if (words.has(id) || !(journey.has(id) || services.has(id))) return null;
      return phonesAll.has(id) ? 'sync' : 'shared';
    };
    for (const id of new Set([...mainStatic, ...phonesStatic, ...services, ...journey])) {
      const chunk = id === main || id === phones ? null : name(id);
      if (chunk) result.set(id, chunk);
    }
    return result;
  };
  return (id: string, graph: ModuleGraph): string | null => {
    names ??= classify(graph);
    return names.get(id) ?? null;
  };
}
