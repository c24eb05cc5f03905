// Every workflow change shows on the report page, its adjudication page, the dashboard and the list.
export const workflowPages = { revalidate: [['/', 'layout']] } as const;
