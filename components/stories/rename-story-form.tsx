'use client';

import { renameStoryAction } from '@/actions/stories';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';
import { ZRenameStory } from '@/lib/validations/story';

export function RenameStoryForm({ storyId, title }: { storyId: string; title: string }) {
  const { onSubmit, register, errors, isSubmitting } = useActionForm({
    schema: ZRenameStory,
    defaultValues: { storyId, title },
    fields: ['title'],
    action: renameStoryAction,
    onSuccess: () => undefined,
    refresh: true,
    keepValues: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="form-grid" aria-label="Rename story">
      <FormError message={errors.root?.message} />
      <TextField id="story-new-title" label="Title" error={errors.title?.message} {...register('title')} />
      <SubmitButton label="Rename" pendingLabel="Renaming…" isPending={isSubmitting} />
    </form>
  );
}
