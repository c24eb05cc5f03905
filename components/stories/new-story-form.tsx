'use client';

import { useRouter } from 'next/navigation';
import { createStoryAction } from '@/actions/stories';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';
import { ZCreateStory } from '@/lib/validations/story';

/** Creates a story (editors) and opens its page, where reports are added. */
export function NewStoryForm() {
  const router = useRouter();
  const { onSubmit, register, errors, isSubmitting } = useActionForm({
    schema: ZCreateStory,
    defaultValues: { title: '' },
    fields: ['title'],
    action: createStoryAction,
    onSuccess: ({ id }) => router.push(`/stories/${id}`),
    keepValues: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card form-grid" aria-label="New story">
      <FormError message={errors.root?.message} />
      <TextField id="story-title" label="Story title" hint="The event its reports are about, e.g. “Seoul envoys' meeting, 7 April 2023”." error={errors.title?.message} {...register('title')} />
      <SubmitButton label="Create story" pendingLabel="Creating…" isPending={isSubmitting} />
    </form>
  );
}
