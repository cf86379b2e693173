import type { TemplateListParams } from '@draftbench/client';
import type {
  ContentType,
  Language,
  PromptTemplate,
  PromptTemplateCreateInput,
  TemplateLabelMove,
  TemplatePreviewRequest,
} from '@draftbench/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../api/client';

export const templateKeys = {
  all: ['templates'] as const,
  list: (params: TemplateListParams) => [...templateKeys.all, 'list', params] as const,
  briefs: (contentType: ContentType, language: Language) =>
    ['templates', 'briefs', contentType, language] as const,
};

export function useTemplates(params: TemplateListParams = {}, { enabled = true } = {}) {
  return useQuery({
    queryKey: templateKeys.list(params),
    // Every version: the page groups them by key and language.
    queryFn: async ({ signal }) => {
      const all: PromptTemplate[] = [];
      for await (const template of client.templates.listAll(params, { signal })) all.push(template);
      return all;
    },
    enabled,
  });
}

export function useCreateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PromptTemplateCreateInput) => client.templates.create(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templateKeys.all }),
  });
}

export function useMoveLabel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TemplateLabelMove) => client.templates.moveLabel(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templateKeys.all }),
  });
}

export function usePreview() {
  return useMutation({
    mutationFn: (input: TemplatePreviewRequest) => client.templates.preview(input),
  });
}

/** Briefs a template can render: the same content type and language (the newest 100). */
export function useBriefsFor(contentType: ContentType, language: Language) {
  return useQuery({
    queryKey: templateKeys.briefs(contentType, language),
    queryFn: async ({ signal }) =>
      (await client.briefs.list({ contentType, language, limit: 100 }, { signal })).items,
  });
}
