// DELETE /api/v1/claims/{id} - remove a claim the caller made (whole-sentence claims stay)
import { NextResponse } from 'next/server';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { removeClaim } from '@/lib/claims/remove-claim';
import { errorResponse } from '@/lib/http/error-response';

export async function DELETE(request: Request, { params }: { params: Promise<{ claimId: string }> }) {
  try {
    const actor = await authenticateRequest(request);
    return NextResponse.json(await removeClaim({ actor, input: await params }));
  } catch (error) {
    return errorResponse(error);
  }
}
