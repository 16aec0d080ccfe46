import type { EngineService } from './engineService';
import type { GoldService } from './goldService';

/**
 * In a workspace that already holds review work (notes in its gold file), loads the model as soon
 * as the extension activates (VS Code activates it when such a workspace opens: see
 * `workspaceContains` in package.json), so that the first note opened finds the engine ready
 * instead of waiting for its warm-up. Elsewhere the model loads with the first note, as before.
 */
export async function warmUpForReviewWork(gold: GoldService, engine: EngineService): Promise<void> {
  await gold.ready();
  if (gold.allDocuments().length > 0) await engine.warmUp();
}
