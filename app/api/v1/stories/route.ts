// GET /api/v1/stories - every story with its reports' ids (archived reports left out): { items: [{ id, title, reportIds }] }
// POST /api/v1/stories - {title, reportIds?}: a new story, the reports named moved into it (editors and admins): 201
import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/http/api-route';
import { createStory } from '@/lib/stories/create-story';
import { listStories } from '@/lib/stories/list-stories';

export const GET = apiRoute(({ actor }) => listStories({ actor }));

export const POST = apiRoute(
  async ({ actor, input }) => {
    const story = await createStory({ actor, input });
    return NextResponse.json(story, { status: 201, headers: { Location: `/api/v1/stories/${story.id}` } });
  },
  { maxBodyBytes: 64 * 1024 },
);
