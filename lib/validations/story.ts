import { z } from 'zod';

const storyId = z.uuid({ message: 'storyId must be a story id' });
const reportId = z.uuid({ message: 'reportId must be a report id' });

/** A story's title: what the reports are about, such as “Seoul envoys' meeting, 7 April 2023”. */
export const ZStoryTitle = z
  .string({ message: 'title is required' })
  .trim()
  .min(1, 'title is required')
  .max(300, 'title must be at most 300 characters');

/** A new story, with the reports it starts with (moved from their stories, if any). */
export const ZCreateStory = z.object({
  title: ZStoryTitle,
  reportIds: z
    .array(z.uuid({ message: 'Each of reportIds must be a report id' }), { message: 'reportIds must be a list of report ids' })
    .max(500, 'reportIds may name at most 500 reports')
    .optional()
    .transform((ids) => [...new Set(ids ?? [])]),
});
export type TCreateStoryInput = z.input<typeof ZCreateStory>;

export const ZRenameStory = z.object({ storyId, title: ZStoryTitle });
export type TRenameStoryInput = z.input<typeof ZRenameStory>;

export const ZStoryReport = z.object({ storyId, reportId });

export const ZGetStory = z.object({ storyId });

/** A report stored already, or text not yet imported, to find the story it belongs to. */
export const ZProposeStory = z
  .object({
    reportId: reportId.optional(),
    text: z.string({ message: 'text must be text' }).max(1_000_000, 'text must be at most 1,000,000 characters').optional(),
  })
  .superRefine((input, context) => {
    if ((input.reportId === undefined) === (input.text === undefined || input.text.trim() === '')) {
      context.addIssue({ code: 'custom', path: ['reportId'], message: 'Name a reportId or give the text, one of the two' });
    }
  });
export type TProposeStoryInput = z.input<typeof ZProposeStory>;

/** The story an import goes into (optional; none puts it in no story). */
export const ZImportStoryId = z
  .union([z.literal(''), storyId])
  .nullish()
  .transform((value) => (value ? value : null));
