/** Module metadata: `content/<module>/meta.yaml`. */
import { z } from 'zod';

export const moduleMeta = z
  .object({
    /** Module heading, e.g. "Python first steps". */
    title: z.string().trim().min(1).describe('Module heading'),
    /** One or two sentences on what the module covers. */
    summary: z.string().trim().min(1).describe('What the module covers'),
    /** What the learner will be able to do after the module. */
    outcomes: z.array(z.string().trim().min(1)).min(1).describe('What the learner can do afterwards'),
  })
  .strict();
export type ModuleMeta = z.infer<typeof moduleMeta>;
