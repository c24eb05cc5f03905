// Every workflow change shows on the report page, its adjudication page, the dashboard and the
// list. They are all rendered per request, so only the page the change was made on needs
// rendering again: revalidating '/' would also make the browser fetch every link's route again.
export const workflowPages = { refresh: true } as const;
